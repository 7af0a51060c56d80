package io.archadvisor.cli;

import io.archadvisor.catalog.Advisory;
import io.archadvisor.catalog.Catalogs;
import io.archadvisor.catalog.Deprecation;
import io.archadvisor.catalog.ReleaseLine;
import io.archadvisor.catalog.TechnologyCatalog;
import io.archadvisor.catalog.TechnologyEntry;
import java.io.PrintStream;
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

/** {@code archadvisor catalog show NAME | list}: what the technology catalog knows. */
@Command(
        name = "catalog",
        mixinStandardHelpOptions = true,
        description = "What the technology catalog knows: versions, support dates, deprecations and advisories.",
        subcommands = {CatalogCommand.Show.class, CatalogCommand.ListEntries.class})
final class CatalogCommand implements Runnable {

    @ParentCommand
    ArchAdvisorCommand parent;

    @Override
    public void run() {
        throw new CliException("catalog needs a command: `catalog show NAME` or `catalog list`");
    }

    /** The flags both catalog commands take. */
    static final class CatalogFlags {
        @Option(
                names = "--catalog",
                paramLabel = "FILE",
                description = "Layer this catalog file over the built-in" + " one.")
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
            if (!Files.isRegularFile(catalog)) {
                throw new CliException("--catalog " + catalog + ": no such file; give a catalog YAML file");
            }
            return Catalogs.overlay(Catalogs.fromYaml(catalog), Catalogs.builtIn());
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
}
