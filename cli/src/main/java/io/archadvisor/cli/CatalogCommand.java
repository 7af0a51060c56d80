package io.archadvisor.cli;

import io.archadvisor.base.InvalidValueException;
import io.archadvisor.catalog.Advisory;
import io.archadvisor.catalog.Catalogs;
import io.archadvisor.catalog.Deprecation;
import io.archadvisor.catalog.LiveCatalog;
import io.archadvisor.catalog.ReleaseLine;
import io.archadvisor.catalog.TechnologyCatalog;
import io.archadvisor.catalog.TechnologyEntry;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code archadvisor catalog show NAME | list | update}: what the technology catalog knows, and bringing it current. */
@Command(
        name = "catalog",
        mixinStandardHelpOptions = true,
        description = "What the technology catalog knows: versions, support dates, deprecations and advisories;"
                + " `catalog update` fetches the latest from endoflife.date and OSV into the cache.",
        subcommands = {CatalogCommand.Show.class, CatalogCommand.ListEntries.class, CatalogCommand.Update.class})
final class CatalogCommand implements Runnable {

    @ParentCommand
    ArchAdvisorCommand parent;

    @Override
    public void run() {
        throw new CliException("catalog needs a command: `catalog show NAME`, `catalog list` or `catalog update`");
    }

    /** The flags both catalog commands take. */
    static final class CatalogFlags {
        @Option(
                names = "--catalog",
                paramLabel = "PATH",
                description = "Layer this catalog file over the built-in one, or read the built-in one with the data"
                        + " `catalog update` cached in this folder.")
        Path catalog;

        @Option(
                names = "--date",
                paramLabel = "YYYY-MM-DD",
                description = "Judge support on this date (default" + " today).")
        String date;

        TechnologyCatalog catalog() {
            if (catalog == null) {
                return Catalogs.builtIn();
            }
            return CatalogOption.load(catalog, "--catalog");
        }

        LocalDate date() {
            return date == null ? LocalDate.now(ZoneOffset.UTC) : AdvisorOptions.parseDate(date, "--date");
        }
    }

    /** {@code catalog show NAME}. */
    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "Show one technology: its release lines with their support on the date, deprecations,"
                    + " advisories, documentation and sources.")
    static final class Show implements Callable<Integer> {

        @ParentCommand
        CatalogCommand catalogCommand;

        @Parameters(paramLabel = "NAME", description = "A technology name or alias, such as postgresql or pg.")
        String name;

        @picocli.CommandLine.Mixin
        CatalogFlags flags;

        @Override
        public Integer call() {
            TechnologyCatalog catalog = flags.catalog();
            LocalDate at = flags.date();
            TechnologyEntry e = catalog.find(name)
                    .orElseThrow(() -> new CliException("the catalog has no `" + name + "`" + closest(catalog, name)
                            + " (`archadvisor catalog list` names every entry)"));
            PrintStream out = catalogCommand.parent.streams.out();
            out.println(e.displayName() + " (" + e.name() + ") — "
                    + e.category().name().toLowerCase(Locale.ROOT));
            if (!e.aliases().isEmpty()) {
                out.println("  also: " + String.join(", ", e.aliases()));
            }
            out.println("  docs: " + e.docs());
            out.println("  source: " + e.source() + " (verified " + e.verifiedOn() + ")");
            if (e.policy() != null) {
                out.println("  policy: " + e.policy());
            }
            if (e.unversioned() != null) {
                out.println("  unversioned: " + e.unversioned());
            }
            if (!e.releases().isEmpty()) {
                out.println("  release lines on " + at + ":");
                for (ReleaseLine l : e.releases()) {
                    out.println(
                            "    " + l.describe(at) + (l.releaseDate() == null ? "" : ", released " + l.releaseDate()));
                }
                e.recommendedLine(at).ifPresent(l -> out.println("  recommended on " + at + ": " + l.describe(at)));
            }
            for (Deprecation d : e.deprecations()) {
                out.println("  deprecated: " + d.feature() + (d.replacement() == null ? "" : " → " + d.replacement()));
            }
            for (Advisory a : e.advisories()) {
                out.println("  advisory " + a.id() + " (" + a.severity() + "): " + a.summary());
            }
            out.flush();
            return ExitCode.OK;
        }

        private static String closest(TechnologyCatalog catalog, String name) {
            String n = name.toLowerCase(Locale.ROOT);
            List<String> close = catalog.entries().stream()
                    .map(TechnologyEntry::name)
                    .filter(x ->
                            x.contains(n) || n.contains(x) || x.startsWith(n.substring(0, Math.min(3, n.length()))))
                    .limit(3)
                    .map(x -> "`" + x + "`")
                    .toList();
            return close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close) + "?";
        }
    }

    /** {@code catalog list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List every technology of the catalog.")
    static final class ListEntries implements Callable<Integer> {

        @ParentCommand
        CatalogCommand catalogCommand;

        @picocli.CommandLine.Mixin
        CatalogFlags flags;

        @Override
        public Integer call() {
            PrintStream out = catalogCommand.parent.streams.out();
            for (TechnologyEntry e : flags.catalog().entries()) {
                out.println(e.name() + "\t" + e.category().name().toLowerCase(Locale.ROOT) + "\t" + e.displayName());
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code catalog update}: {@link LiveCatalog#runUpdate} from the command line. */
    @Command(
            name = "update",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Fetch the release lines of every catalog technology from endoflife.date and their advisories from"
                        + " OSV into the cache (conditional requests: what did not change is not downloaded again),"
                        + " validate them, and print what was updated and every notice.",
                "A source that cannot be reached or answers with unusable data falls back to the cache, else to the"
                        + " embedded snapshot, with a notice. Exit 0 when the sources answered, 1 when neither could"
                        + " be used."
            })
    static final class Update implements Callable<Integer> {

        @ParentCommand
        CatalogCommand catalogCommand;

        @Option(
                names = "--cache-dir",
                paramLabel = "DIR",
                description = "Where to keep the fetched data (default: $XDG_CACHE_HOME/archadvisor/catalog, else the"
                        + " platform's cache folder).")
        Path cacheDir;

        @Option(
                names = "--catalog",
                paramLabel = "FILE",
                description = "Update this catalog file layered over the built-in one.")
        Path catalog;

        @Option(
                names = "--endoflife-api",
                paramLabel = "URL",
                description = "The endoflife.date API v1 root, such as a mirror (default"
                        + " https://endoflife.date/api/v1/); https only, or http to localhost.")
        String endOfLifeApi;

        @Option(
                names = "--osv-api",
                paramLabel = "URL",
                description = "The OSV API root, such as a mirror (default https://api.osv.dev/v1/); https only, or"
                        + " http to localhost.")
        String osvApi;

        @Option(
                names = "--timeout",
                paramLabel = "DURATION",
                description = "How long one request may take, such as 20s (default 20s).")
        String timeout;

        @Override
        public Integer call() {
            if (catalog != null && Files.isDirectory(catalog)) {
                throw new CliException("--catalog " + catalog + " is a folder: `catalog update` updates a catalog"
                        + " YAML file layered over the built-in one; name the cache folder with --cache-dir");
            }
            CatalogFlags flags = new CatalogFlags();
            flags.catalog = catalog;
            TechnologyCatalog base = flags.catalog();
            LiveCatalog.Options defaults = LiveCatalog.Options.defaults();
            LiveCatalog.Options options;
            try {
                options = new LiveCatalog.Options(
                        endOfLifeApi == null ? defaults.endOfLifeApi() : uri(endOfLifeApi, "--endoflife-api"),
                        osvApi == null ? defaults.osvApi() : uri(osvApi, "--osv-api"),
                        cacheDir == null ? defaults.cacheDir() : cacheDir,
                        timeout == null ? defaults.timeout() : AdvisorOptions.parseDuration(timeout, "--timeout"),
                        defaults.clock());
            } catch (InvalidValueException | IllegalArgumentException e) {
                // the library names its parameters; the user wrote flags
                throw new CliException(String.valueOf(e.getMessage())
                        .replace("endOfLifeApi (", "--endoflife-api (")
                        .replace("osvApi (", "--osv-api ("));
            }
            if (Files.exists(options.cacheDir()) && !Files.isDirectory(options.cacheDir())) {
                throw new CliException("--cache-dir " + options.cacheDir() + " is a file: give a folder, or leave"
                        + " the flag out for the user's cache folder");
            }
            PrintStream out = catalogCommand.parent.streams.out();
            int status = LiveCatalog.runUpdate(base, options, out);
            out.println("Use it with --catalog " + options.cacheDir() + " (or `catalog: " + options.cacheDir()
                    + "` in " + Config.FILE_NAME + ") in advise, check and the other commands; without it they use"
                    + " the catalog embedded in this release.");
            out.flush();
            return status;
        }

        private static URI uri(String text, String option) {
            try {
                URI u = new URI(text.strip());
                if (u.getScheme() == null || u.getHost() == null) {
                    throw new URISyntaxException(text, "not an absolute address");
                }
                return u;
            } catch (URISyntaxException e) {
                throw new CliException(
                        option + " `" + text + "` is not a web address: write it as" + " https://host/path/");
            }
        }
    }
}
