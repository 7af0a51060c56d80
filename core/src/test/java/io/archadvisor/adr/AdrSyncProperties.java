package io.archadvisor.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.graph.RecommendationGraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random walks over advice (team sizes across the pattern boundary, questions opened and answered, decisions
 * dropped and back, records edited by hand, dates), syncing the folder after each step. After every step: a second
 * sync writes nothing; every record is valid MADR; each decision has one current record; every
 * {@code superseded by} points at the record that supersedes it; numbers are unique and never reused.
 */
class AdrSyncProperties {

    static LongStream seeds() {
        return LongStream.range(0, 12).map(i -> 0x5eed_ad70L + i * 7919);
    }

    @TempDir
    Path root;

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aFolderStaysConsistentWhateverTheAdviceDoes(long seed) throws IOException {
        Random random = new Random(seed);
        Path dir = root.resolve("adr-" + seed);
        List<String> log = new ArrayList<>();
        int maxNumber = 0;
        for (int step = 0; step < 8; step++) {
            int team = List.of(3, 5, 12, 19, 20, 40).get(random.nextInt(6));
            boolean latencyKnown = random.nextBoolean();
            boolean dropDepartures = random.nextInt(4) == 0;
            AdrRenderer renderer = AdrRenderer.standard()
                    .withDate(
                            random.nextBoolean()
                                    ? null
                                    : LocalDate.of(2026, 1, 1).plusDays(random.nextInt(400)));
            RecommendationGraph g = AdrGraphs.system(team, latencyKnown);
            List<AdrDraft> drafts = renderer.drafts(g).stream()
                    .filter(d -> !(dropDepartures && d.key().startsWith("departure:")))
                    .toList();
            if (random.nextInt(5) == 0 && Files.isDirectory(dir)) {
                editOneByHand(dir, random, log);
            }
            log.add("step " + step + ": team " + team + ", latency " + (latencyKnown ? "known" : "open")
                    + (dropDepartures ? ", no departures" : "") + ", date " + renderer.date());
            String context = "seed " + seed + "\n" + String.join("\n", log);

            AdrPlan plan = AdrPlanner.of(renderer).plan(drafts, AdrFolder.read(dir));
            AdrFolder.apply(plan, dir);
            log.add(plan.summary());
            AdrPlan again = AdrPlanner.of(renderer).plan(drafts, AdrFolder.read(dir));
            assertTrue(again.writesNothing(), () -> context + "\nsecond run: " + again.summary());

            Map<String, AdrFile> files = new TreeMap<>();
            for (AdrFile f : AdrFolder.read(dir)) {
                files.put(f.fileName(), f);
            }
            int highest =
                    files.values().stream().mapToInt(AdrFile::number).max().orElse(0);
            assertTrue(highest >= maxNumber, context);
            maxNumber = highest;
            assertEquals(
                    files.size(),
                    files.values().stream().map(AdrFile::number).distinct().count(),
                    () -> context + "\nnumbers are unique: " + files.keySet());
            Map<String, List<AdrFile>> live = new HashMap<>();
            for (AdrFile f : files.values()) {
                if (f.editedByHand()) {
                    continue;
                }
                MadrCheck.check(f.fileName(), f.content());
                AdrStatus status = f.status().orElseThrow();
                if (status == AdrStatus.PROPOSED || status == AdrStatus.ACCEPTED) {
                    live.computeIfAbsent(f.key().orElseThrow(), k -> new ArrayList<>())
                            .add(f);
                }
                if (status == AdrStatus.SUPERSEDED) {
                    String by = f.frontMatterStatusText().substring("superseded by ADR-".length());
                    AdrFile successor = files.values().stream()
                            .filter(s -> s.number() == Integer.parseInt(by))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError(
                                    context + "\n" + f.fileName() + " is superseded by a missing record"));
                    assertEquals(f.fileName(), successor.supersedes().orElse(null), context);
                    assertEquals(f.key(), successor.key(), context);
                }
            }
            for (AdrDraft d : drafts) {
                assertTrue(
                        live.getOrDefault(d.key(), List.of()).size() <= 1,
                        () -> context + "\n" + d.key() + " has more than one current record: " + live.get(d.key()));
            }
            for (String key : live.keySet()) {
                assertTrue(
                        drafts.stream().anyMatch(d -> d.key().equals(key))
                                || live.get(key).isEmpty(),
                        () -> context + "\n" + key + " is no longer decided but still current");
            }
        }
    }

    private static void editOneByHand(Path dir, Random random, List<String> log) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> AdrFile.isRecordName(p.getFileName().toString()))
                    .sorted()
                    .toList();
        }
        if (files.isEmpty()) {
            return;
        }
        Path file = files.get(random.nextInt(files.size()));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(
                file,
                text.replace(
                        "## Context and Problem Statement\n",
                        "## Context and Problem Statement\n\nAgreed in review.\n"),
                StandardCharsets.UTF_8);
        log.add("edited " + file.getFileName() + " by hand");
    }
}
