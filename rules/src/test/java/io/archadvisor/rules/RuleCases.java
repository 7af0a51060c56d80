package io.archadvisor.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Loads the rule case files and the coverage map of the seed rule pack. */
final class RuleCases {

    static final String BASE = "io/archadvisor/rules/";
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    /**
     * One requirements document a rule must fire on, or stay silent on; {@code date} (optional, {@code date:} next
     * to {@code rule:}) is the advice date for rules that depend on it, such as end of life, or {@code null};
     * {@code policy} (optional, a calibration policy override next to {@code rule:}) is the policy to advise with.
     */
    record Case(String rule, boolean fires, String yaml, String where, java.time.LocalDate date, String policy) {
        @Override
        public String toString() {
            return rule + (fires ? " fires on " : " stays silent on ")
                    + yaml.strip().replace('\n', ' ') + " (" + where + ")";
        }
    }

    private RuleCases() {}

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (Path file : files("cases")) {
            JsonNode root = read(file);
            for (JsonNode entry : root) {
                String rule = entry.required("rule").asString();
                java.time.LocalDate date = entry.has("date")
                        ? java.time.LocalDate.parse(entry.get("date").asString())
                        : null;
                String policy = entry.has("policy")
                        ? YAML.writeValueAsString(entry.get("policy")).replaceFirst("^---\\s*\n", "")
                        : null;
                add(out, rule, true, entry.path("fires"), file, date, policy);
                add(out, rule, false, entry.path("silent"), file, date, policy);
            }
        }
        return out;
    }

    private static void add(
            List<Case> out,
            String rule,
            boolean fires,
            JsonNode docs,
            Path file,
            java.time.LocalDate date,
            String policy) {
        for (int i = 0; i < docs.size(); i++) {
            String yaml = YAML.writeValueAsString(docs.get(i)).replaceFirst("^---\\s*\n", "");
            out.add(new Case(
                    rule,
                    fires,
                    yaml,
                    "cases/" + file.getFileName() + " " + rule + (fires ? " fires[" : " silent[") + i + "]",
                    date,
                    policy));
        }
    }

    /** Seed item → rule ids, merged over every coverage file. */
    static Map<String, List<String>> coverage() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Path file : mainFiles("coverage")) {
            for (JsonNode entry : read(file)) {
                List<String> rules = out.computeIfAbsent(entry.required("seed").asString(), k -> new ArrayList<>());
                for (JsonNode r : entry.required("rules")) {
                    rules.add(r.asString());
                }
            }
        }
        return out;
    }

    /** The items of seed-items.txt. */
    static List<String> seedItems() {
        try (InputStream in = RuleCases.class.getClassLoader().getResourceAsStream(BASE + "seed-items.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(String folder) {
        return list(RuleCases.class.getClassLoader().getResource(BASE + folder), folder);
    }

    private static List<Path> mainFiles(String folder) {
        return list(SeedRulePack.class.getClassLoader().getResource(BASE + folder), folder);
    }

    private static List<Path> list(URL url, String folder) {
        if (url == null) {
            throw new IllegalStateException("No " + folder + " folder on the classpath");
        }
        try (Stream<Path> s = Files.list(Path.of(url.toURI()))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
