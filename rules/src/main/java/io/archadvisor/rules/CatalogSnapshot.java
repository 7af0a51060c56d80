package io.archadvisor.rules;

import io.archadvisor.catalog.Advisory;
import io.archadvisor.catalog.AdvisorySeverity;
import io.archadvisor.catalog.CatalogReader;
import io.archadvisor.catalog.Category;
import io.archadvisor.catalog.Compatibility;
import io.archadvisor.catalog.Deprecation;
import io.archadvisor.catalog.ListCatalog;
import io.archadvisor.catalog.Milestone;
import io.archadvisor.catalog.ReleaseLine;
import io.archadvisor.catalog.TechnologyEntry;
import io.archadvisor.catalog.Version;
import io.archadvisor.catalog.VersionRange;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;

/**
 * The embedded catalog, already read and checked when {@code archadvisor-rules} was built, as a compact binary file
 * beside its YAML ({@value #RESOURCE}): reading it takes a few milliseconds, where reading the YAML takes about half a
 * second in a fresh JVM. The file names the length and CRC-32 of the YAML it was made from; a file that does not match
 * the YAML beside it, or that is damaged, is ignored, and the YAML is read as before.
 *
 * <p>Build-time use: {@code CatalogSnapshot <class-output-directory>} reads the YAML under the directory and writes
 * the snapshot next to it.
 */
final class CatalogSnapshot {

    /** The class path resource of the snapshot. */
    static final String RESOURCE = "io/archadvisor/rules/catalog/technologies.snapshot";

    private static final int MAGIC = 0x41414354; // "AACT"
    private static final int FORMAT = 1;

    private CatalogSnapshot() {}

    /**
     * Writes the snapshot of the catalog YAML under the class output directory given first.
     *
     * @throws Exception when the YAML is missing or is not a valid catalog
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: CatalogSnapshot <class-output-directory>");
        }
        Path out = Path.of(args[0]);
        byte[] yaml = Files.readAllBytes(out.resolve(EmbeddedCatalog.RESOURCE));
        ListCatalog catalog = CatalogReader.read(EmbeddedCatalog.NAME, new String(yaml, StandardCharsets.UTF_8));
        Path target = out.resolve(RESOURCE);
        Files.createDirectories(target.getParent());
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(target))) {
            write(yaml, catalog.entries(), o);
        }
        System.out.printf(
                "archadvisor: catalog snapshot of %d technologies, %d bytes%n",
                catalog.entries().size(), Files.size(target));
    }

    /** Writes the snapshot of {@code entries}, read from {@code yaml}. */
    static void write(byte[] yaml, List<TechnologyEntry> entries, OutputStream out) throws IOException {
        DataOutputStream o = new DataOutputStream(out);
        o.writeInt(MAGIC);
        o.writeInt(FORMAT);
        o.writeInt(yaml.length);
        o.writeLong(crc(yaml));
        o.writeInt(entries.size());
        for (TechnologyEntry e : entries) {
            Writer w = new Writer(o);
            w.string(e.name());
            w.string(e.displayName());
            w.string(e.category().name());
            w.string(e.docs());
            w.strings(e.aliases());
            w.date(e.verifiedOn());
            w.string(e.source());
            w.string(e.policy());
            w.string(e.unversioned());
            w.list(e.releases(), w::release);
            w.list(e.deprecations(), w::deprecation);
            w.list(e.advisories(), w::advisory);
            w.strings(e.identifiers());
        }
        o.flush();
    }

    /**
     * The catalog the snapshot at {@code snapshot} holds, or {@code null} when there is none, when it was made from
     * another YAML than {@code yaml}, or when it cannot be read.
     */
    static @Nullable ListCatalog read(@Nullable URL snapshot, byte[] yaml) {
        if (snapshot == null) {
            return null;
        }
        try (InputStream in = snapshot.openStream()) {
            List<TechnologyEntry> entries = read(in, yaml);
            return entries == null ? null : new ListCatalog(EmbeddedCatalog.NAME, entries);
        } catch (IOException | RuntimeException e) {
            return null; // a damaged snapshot: the YAML is read instead, and reports what is wrong with it
        }
    }

    /** The entries of the snapshot in {@code in}, or {@code null} when it was made from another YAML. */
    static @Nullable List<TechnologyEntry> read(InputStream in, byte[] yaml) throws IOException {
        DataInputStream i = new DataInputStream(new BufferedInputStream(in, 1 << 16));
        if (i.readInt() != MAGIC || i.readInt() != FORMAT || i.readInt() != yaml.length || i.readLong() != crc(yaml)) {
            return null;
        }
        Reader r = new Reader(i);
        int n = r.count();
        List<TechnologyEntry> entries = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            entries.add(new TechnologyEntry(
                    r.required(),
                    r.required(),
                    Category.valueOf(r.required()),
                    r.required(),
                    r.strings(),
                    r.requiredDate(),
                    r.required(),
                    r.string(),
                    r.string(),
                    r.list(Reader::release),
                    r.list(Reader::deprecation),
                    r.list(Reader::advisory),
                    r.strings()));
        }
        if (i.read() != -1) {
            throw new IOException("Trailing bytes in the catalog snapshot");
        }
        return entries;
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    private interface Item<T> {
        void write(T item) throws IOException;
    }

    private static final class Writer {
        private final DataOutputStream o;

        Writer(DataOutputStream o) {
            this.o = o;
        }

        void string(@Nullable String s) throws IOException {
            if (s == null) {
                o.writeInt(-1);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            o.writeInt(b.length);
            o.write(b);
        }

        void strings(List<String> list) throws IOException {
            list(list, this::string);
        }

        <T> void list(List<T> list, Item<T> item) throws IOException {
            o.writeInt(list.size());
            for (T t : list) {
                item.write(t);
            }
        }

        void date(@Nullable LocalDate d) throws IOException {
            o.writeBoolean(d != null);
            if (d != null) {
                o.writeLong(d.toEpochDay());
            }
        }

        void version(@Nullable Version v) throws IOException {
            string(v == null ? null : v.toString());
        }

        void milestone(@Nullable Milestone m) throws IOException {
            o.writeBoolean(m != null);
            if (m != null) {
                date(m.date());
                o.writeBoolean(m.reached());
                o.writeBoolean(m.monthOnly());
            }
        }

        void release(ReleaseLine l) throws IOException {
            version(l.cycle());
            date(l.releaseDate());
            milestone(l.lts());
            milestone(l.endOfActiveSupport());
            milestone(l.endOfLife());
            milestone(l.endOfExtendedSupport());
            version(l.latest());
            date(l.latestReleaseDate());
            string(l.releaseNotes());
            list(l.requires(), this::compatibility);
            string(l.source());
        }

        void compatibility(Compatibility c) throws IOException {
            string(c.technology());
            version(c.min());
            version(c.max());
            string(c.source());
        }

        void deprecation(Deprecation d) throws IOException {
            string(d.feature());
            string(d.replacement());
            string(d.since());
            version(d.removedIn());
            list(d.affected(), this::range);
            string(d.guide());
            string(d.source());
        }

        void advisory(Advisory a) throws IOException {
            string(a.id());
            string(a.severity().name());
            string(a.summary());
            list(a.affected(), this::range);
            string(a.source());
            strings(a.aliases());
            date(a.published());
        }

        void range(VersionRange r) throws IOException {
            version(r.introduced());
            version(r.fixed());
            version(r.lastAffected());
        }
    }

    private interface Decoder<T> {
        T read(Reader r) throws IOException;
    }

    private static final class Reader {
        private final DataInputStream i;

        Reader(DataInputStream i) {
            this.i = i;
        }

        int count() throws IOException {
            int n = i.readInt();
            if (n < 0 || n > 10_000_000) {
                throw new IOException("Bad count in the catalog snapshot: " + n);
            }
            return n;
        }

        @Nullable
        String string() throws IOException {
            int n = i.readInt();
            if (n < 0) {
                return null;
            }
            byte[] b = new byte[n];
            i.readFully(b);
            return new String(b, StandardCharsets.UTF_8);
        }

        String required() throws IOException {
            String s = string();
            if (s == null) {
                throw new IOException("A required text is missing from the catalog snapshot");
            }
            return s;
        }

        List<String> strings() throws IOException {
            return list(Reader::required);
        }

        <T> List<T> list(Decoder<T> item) throws IOException {
            int n = count();
            List<T> out = new ArrayList<>(Math.min(n, 1024));
            for (int k = 0; k < n; k++) {
                out.add(item.read(this));
            }
            return out;
        }

        @Nullable
        LocalDate date() throws IOException {
            return i.readBoolean() ? LocalDate.ofEpochDay(i.readLong()) : null;
        }

        LocalDate requiredDate() throws IOException {
            LocalDate d = date();
            if (d == null) {
                throw new IOException("A required date is missing from the catalog snapshot");
            }
            return d;
        }

        @Nullable
        Version version() throws IOException {
            String s = string();
            return s == null ? null : Version.parse(s);
        }

        Version requiredVersion() throws IOException {
            return Version.parse(required());
        }

        @Nullable
        Milestone milestone() throws IOException {
            if (!i.readBoolean()) {
                return null;
            }
            LocalDate date = date();
            boolean reached = i.readBoolean();
            boolean monthOnly = i.readBoolean();
            return new Milestone(date, reached, monthOnly);
        }

        ReleaseLine release() throws IOException {
            return new ReleaseLine(
                    requiredVersion(),
                    date(),
                    milestone(),
                    milestone(),
                    milestone(),
                    milestone(),
                    version(),
                    date(),
                    string(),
                    list(Reader::compatibility),
                    string());
        }

        Compatibility compatibility() throws IOException {
            return new Compatibility(required(), version(), version(), string());
        }

        Deprecation deprecation() throws IOException {
            return new Deprecation(
                    required(), required(), string(), version(), list(Reader::range), string(), required());
        }

        Advisory advisory() throws IOException {
            String id = required();
            AdvisorySeverity severity = AdvisorySeverity.valueOf(required());
            String summary = required();
            List<VersionRange> affected = list(Reader::range);
            String source = required();
            List<String> aliases = strings();
            return new Advisory(id, severity, summary, affected, source, aliases, date());
        }

        VersionRange range() throws IOException {
            return new VersionRange(version(), version(), version());
        }
    }
}
