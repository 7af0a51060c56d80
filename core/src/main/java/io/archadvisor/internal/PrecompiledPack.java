package io.archadvisor.internal;

import io.archadvisor.pack.RulePack;
import io.archadvisor.pack.RuleSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.Adler32;
import java.util.zip.CRC32C;

/**
 * The build-time index of a rule pack whose rules were compiled to Drools' executable model when the pack was built
 * ({@link PackPrecompiler}): the fingerprint of the sources it was compiled from, the generated model classes, and each
 * rule's id and place, so that building an advisor needs neither to parse nor to compile the pack's DRL. A pack whose
 * sources no longer match the fingerprint is compiled from its DRL as any other pack.
 *
 * @param pack the pack's name
 * @param fingerprint the {@linkplain #fingerprint checksums} of the names and texts of the pack's sources, in order
 * @param models the generated {@code org.drools.model.Model} classes
 * @param rules every rule of the pack, in source order
 */
record PrecompiledPack(String pack, String fingerprint, List<String> models, List<Rule> rules) {

    /** Where a pack's index lives on the class path, by pack name. */
    static final String DIRECTORY = "META-INF/archadvisor/precompiled/";

    /**
     * One rule of the pack: the index of its source in {@link RulePack#sources()}, and its place there.
     *
     * @param source the index of the source that defines it
     * @param id the rule's name
     * @param line its line (1-based, 0 when unknown)
     * @param column its column (1-based)
     * @param endLine the line of its {@code end}
     */
    record Rule(int source, String id, int line, int column, int endLine) {}

    PrecompiledPack {
        models = List.copyOf(models);
        rules = List.copyOf(rules);
    }

    /** The resource name of a pack's index. */
    static String resource(String packName) {
        return DIRECTORY + packName + ".idx";
    }

    /**
     * The precompiled index of {@code pack}, if its class loader has one for the pack's name whose fingerprint matches
     * the pack's sources as they are now.
     */
    static Optional<PrecompiledPack> of(RulePack pack) {
        ClassLoader loader = pack.getClass().getClassLoader();
        if (loader == null) {
            return Optional.empty();
        }
        if (pack.getClass().getModule().isNamed()) {
            // A pack loaded as a named module is compiled from its DRL: its generated classes are made after the
            // module is compiled, so only packages it anchors and exports are reachable by the rule classes Drools
            // defines, and the precompiled path is verified on the class path only.
            return Optional.empty();
        }
        PrecompiledPack index;
        try (InputStream in = loader.getResourceAsStream(resource(pack.name()))) {
            if (in == null) {
                return Optional.empty();
            }
            index = read(in);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged index: compile the DRL instead
        }
        if (!index.pack().equals(pack.name()) || !index.fingerprint().equals(fingerprint(pack.sources()))) {
            return Optional.empty();
        }
        return Optional.of(index);
    }

    /**
     * The CRC-32C and the Adler-32 of the names and texts of {@code sources}, in order, each followed by a zero byte,
     * with their length in bytes: enough to tell a pack whose sources were edited after it was precompiled, and cheap
     * at every start (a SHA-256 of the built-in packs took 60 to 90 ms of a cold build, most of it the digest running
     * interpreted). Not a defence against a pack made to deceive it: a pack's index and classes come from the pack's
     * own class loader, like the rest of its code.
     */
    static String fingerprint(List<RuleSource> sources) {
        CRC32C crc = new CRC32C();
        Adler32 adler = new Adler32();
        long length = 0;
        for (RuleSource s : sources) {
            for (String part : new String[] {s.name(), s.drl()}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                crc.update(bytes);
                crc.update(0);
                adler.update(bytes);
                adler.update(0);
                length += bytes.length + 1L;
            }
        }
        HexFormat hex = HexFormat.of();
        return "crc32c-" + hex.toHexDigits((int) crc.getValue()) + "-adler32-" + hex.toHexDigits((int) adler.getValue())
                + "-bytes-" + length;
    }

    /** The index as text: one tab-separated record a line. */
    String write() {
        StringBuilder sb = new StringBuilder();
        sb.append("# archadvisor precompiled rule pack index; generated when the pack was built, do not edit\n");
        sb.append("pack\t").append(pack).append('\n');
        sb.append("fingerprint\t").append(fingerprint).append('\n');
        for (String m : models) {
            sb.append("model\t").append(m).append('\n');
        }
        for (Rule r : rules) {
            if (r.id().indexOf('\t') >= 0 || r.id().indexOf('\n') >= 0) {
                throw new IllegalArgumentException("Rule id with a tab or line break: " + r.id());
            }
            sb.append("rule\t")
                    .append(r.source())
                    .append('\t')
                    .append(r.line())
                    .append('\t')
                    .append(r.column())
                    .append('\t')
                    .append(r.endLine())
                    .append('\t')
                    .append(r.id())
                    .append('\n');
        }
        return sb.toString();
    }

    static PrecompiledPack read(InputStream in) throws IOException {
        String pack = null;
        String fingerprint = null;
        List<String> models = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 6);
                switch (f[0]) {
                    case "pack" -> pack = f[1];
                    case "fingerprint" -> fingerprint = f[1];
                    case "model" -> models.add(f[1]);
                    case "rule" ->
                        rules.add(new Rule(
                                Integer.parseInt(f[1]),
                                f[5],
                                Integer.parseInt(f[2]),
                                Integer.parseInt(f[3]),
                                Integer.parseInt(f[4])));
                    default -> throw new IOException("Unknown record `" + f[0] + "` in a precompiled pack index");
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (pack == null || fingerprint == null || models.isEmpty()) {
            throw new IOException("Incomplete precompiled pack index");
        }
        return new PrecompiledPack(pack, fingerprint, models, rules);
    }
}
