package io.archadvisor.render;

import io.archadvisor.base.InvalidSettingException;
import io.archadvisor.base.InvalidValueException;
import io.archadvisor.base.Location;
import io.archadvisor.graph.AntiPatternFinding;
import io.archadvisor.graph.CheckStatus;
import io.archadvisor.graph.ChecklistResult;
import io.archadvisor.graph.FactRef;
import io.archadvisor.graph.Finding;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Severity;
import io.archadvisor.pack.RuleInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Findings (anti-patterns, and the {@link Finding} nodes of custom packs such as expired waivers) and failed
 * pre-response checklist items as a SARIF 2.1.0 log, for code-scanning tools. Each finding is a result whose rule id is
 * the finding's code; each failed checklist item is a result whose rule id is the rule that evaluated it. A waived
 * finding carries an accepted external suppression with the waiver's reason, owner and expiry. Severities map to SARIF levels: CRITICAL and HIGH to {@code error}, MEDIUM to
 * {@code warning}, LOW and INFO to {@code note}; failed checklist items are warnings. The rule's help text is the
 * remediation; its {@code helpUri} the section of the documentation that describes it. Every result has a logical
 * location for its subject (a component, or {@code system}), and a partial fingerprint made from its rule id and
 * subject only, so it stays the same when the wording changes or the requirements move to other lines.
 *
 * <p>When the graph was advised with a {@link io.archadvisor.model.SourceMap} (its facts carry locations), each result
 * points at the line and column of the first input fact it rests on, following the provenance from the node to the
 * nodes it was derived from; the other located facts become {@code relatedLocations}. A result that rests on no
 * located fact points at line 1 of the requirements file. {@code tool.driver.version} is this build's version.
 *
 * <p>{@link #withRules} adds the loaded rules' descriptions, seed references and {@code @helpUri} to the rule
 * metadata; {@link #withArtifact} names the requirements file as the repository does, for graphs without locations and
 * for tools that need a file location (such as GitHub code scanning). Instances are immutable and thread-safe.
 */
public final class SarifRenderer implements Renderer {

    /** The SARIF version written. */
    public static final String VERSION = "2.1.0";
    /** The schema the log names in {@code $schema}. */
    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The tool name in {@code runs[0].tool.driver.name}. */
    public static final String TOOL_NAME = "archadvisor";
    /** The key of the partial fingerprint of every result. */
    public static final String FINGERPRINT_KEY = "archadvisorFinding/v1";
    /** The most related locations (further located facts) a result lists. */
    static final int MAX_RELATED_LOCATIONS = 20;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final SarifRenderer STANDARD = new SarifRenderer(Map.of(), null, null, RuleDocs.DEFAULT_BASE);

    private final Map<String, RuleInfo> rules;
    private final @Nullable String toolVersion;
    private final @Nullable String artifactUri;
    private final String docsBase;

    private SarifRenderer(
            Map<String, RuleInfo> rules, @Nullable String toolVersion, @Nullable String artifactUri, String docsBase) {
        this.rules = rules;
        this.toolVersion = toolVersion;
        this.artifactUri = artifactUri;
        this.docsBase = docsBase;
    }

    /**
     * The default renderer: rule metadata from the graph alone, this build's version, physical locations from the
     * located facts of the graph.
     */
    public static SarifRenderer standard() {
        return STANDARD;
    }

    /** The same renderer, describing rules with the metadata of these loaded rules, such as {@code advisor.rules()}. */
    public SarifRenderer withRules(Collection<RuleInfo> loaded) {
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        for (RuleInfo r : loaded) {
            byId.put(r.id(), r);
        }
        return new SarifRenderer(Map.copyOf(byId), toolVersion, artifactUri, docsBase);
    }

    /** The same renderer, naming this archadvisor version in {@code tool.driver.version}. */
    public SarifRenderer withToolVersion(String version) {
        Objects.requireNonNull(version, "version");
        return new SarifRenderer(rules, version, artifactUri, docsBase);
    }

    /**
     * The same renderer, naming the requirements file by this URI, such as {@code requirements/system.yaml} relative
     * to the repository root: results located in the file the graph was mostly read from point at it under this name,
     * and results that rest on no located fact (or every result of a graph without locations) at its line 1. A file
     * name that is not a URI reference is written as one: {@code my system.yaml} as {@code my%20system.yaml}, an
     * absolute path as a {@code file:} URI, backslashes as slashes.
     */
    public SarifRenderer withArtifact(String uri) {
        Objects.requireNonNull(uri, "uri");
        if (uri.isBlank()) {
            throw new InvalidSettingException("SarifRenderer.withArtifact", "The artifact URI must not be blank.");
        }
        return new SarifRenderer(rules, toolVersion, Locations.reference(uri), docsBase);
    }

    /**
     * The same renderer, resolving the built-in rules' documentation sections ({@code docs/anti-patterns.md#...})
     * against this base, such as the address of the repository's files at a release; default
     * {@value RuleDocs#DEFAULT_BASE}.
     */
    public SarifRenderer withDocsBase(String base) {
        Objects.requireNonNull(base, "base");
        String b = base.endsWith("/") ? base : base + "/";
        if (!RuleDocs.isWebAddress(b)) {
            throw new InvalidValueException(
                    "The documentation base must be an absolute http(s) address, got `" + base + "`");
        }
        return new SarifRenderer(rules, toolVersion, artifactUri, b);
    }

    /** The SARIF level of a severity: CRITICAL and HIGH are errors, MEDIUM warnings, LOW and INFO notes. */
    public static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }

    @Override
    public void render(RecommendationGraph graph, Appendable out) throws IOException {
        out.append(write(graph));
    }

    private String write(RecommendationGraph graph) {
        Map<String, Descriptor> descriptors = new TreeMap<>();
        List<ResultSpec> results = new ArrayList<>();
        for (AntiPatternFinding f : graph.findings()) {
            Descriptor d = descriptors.computeIfAbsent(f.code(), code -> findingDescriptor(f, graph));
            d.raise(f.severity());
            String message = sentence(f.code() + " in " + f.subject() + ": " + f.evidence()) + " Remediation: "
                    + sentence(f.remediation())
                    + (f.migrationPath() == null ? "" : " Migration path: " + sentence(f.migrationPath()));
            results.add(new ResultSpec(f.code(), level(f.severity()), message, f.subject(), f, f.severity()));
        }
        for (Node n : graph.nodes()) {
            if (n instanceof Finding f && !(n instanceof AntiPatternFinding)) {
                Descriptor d = descriptors.computeIfAbsent(f.code(), code -> customDescriptor(f, n, graph));
                d.raise(f.severity());
                results.add(new ResultSpec(
                        f.code(),
                        level(f.severity()),
                        sentence(f.code() + " in " + f.subject() + ": " + n.summary()),
                        f.subject(),
                        n,
                        f.severity()));
            }
        }
        for (ChecklistResult c : graph.checklist()) {
            if (c.status() != CheckStatus.FAIL) {
                continue;
            }
            String ruleId = graph.provenance(c).ruleId();
            Descriptor d = descriptors.computeIfAbsent(ruleId, id -> checklistDescriptor(id));
            d.addChecklistItem(c.item().text());
            results.add(new ResultSpec(
                    ruleId,
                    "warning",
                    sentence("Checklist item failed: " + c.item().text() + ": " + c.evidence()),
                    "checklist",
                    c,
                    null));
        }
        List<String> order = new ArrayList<>(descriptors.keySet());

        ObjectNode log = NODES.objectNode();
        log.put("$schema", SCHEMA_URI);
        log.put("version", VERSION);
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", TOOL_NAME);
        driver.put("version", toolVersion != null ? toolVersion : ToolVersion.current());
        driver.put("informationUri", docsBase);
        ArrayNode rulesJson = driver.putArray("rules");
        for (Descriptor d : descriptors.values()) { // in key order, as `order` lists them
            rulesJson.add(d.toJson());
        }
        ArrayNode resultsJson = run.putArray("results");
        String mainSource = Locations.mainSource(graph).orElse(null);
        for (ResultSpec r : results) {
            resultsJson.add(result(r, order.indexOf(r.ruleId()), graph, mainSource));
        }
        return Json.pretty(log);
    }

    private ObjectNode result(ResultSpec r, int ruleIndex, RecommendationGraph graph, @Nullable String mainSource) {
        ObjectNode json = NODES.objectNode();
        json.put("ruleId", r.ruleId());
        json.put("ruleIndex", ruleIndex);
        json.put("kind", "fail");
        json.put("level", r.level());
        json.putObject("message").put("text", r.message());
        ObjectNode location = json.putArray("locations").addObject();
        List<FactRef> located = Locations.located(graph, r.node());
        if (!located.isEmpty()) {
            physical(location, Locations.location(located.get(0)), mainSource);
        } else {
            String uri = artifactUri != null ? artifactUri : mainSource != null ? Locations.uri(mainSource) : null;
            if (uri != null) {
                ObjectNode physical = location.putObject("physicalLocation");
                physical.putObject("artifactLocation").put("uri", uri);
                physical.putObject("region").put("startLine", 1);
            }
        }
        ObjectNode logical = location.putArray("logicalLocations").addObject();
        logical.put("name", r.subject());
        logical.put(
                "fullyQualifiedName",
                r.subject().equals("system") || r.subject().equals("checklist")
                        ? r.subject()
                        : "system/" + r.subject());
        logical.put("kind", "module");
        if (located.size() > 1) {
            ArrayNode related = json.putArray("relatedLocations");
            for (int i = 1; i < located.size() && i <= MAX_RELATED_LOCATIONS; i++) {
                ObjectNode rel = related.addObject();
                rel.put("id", i);
                physical(rel, Locations.location(located.get(i)), mainSource);
                rel.putObject("message").put("text", located.get(i).toString());
            }
        }
        json.putObject("partialFingerprints").put(FINGERPRINT_KEY, fingerprint(r.ruleId(), r.subject(), r.node()));
        graph.waiverOf(r.node()).ifPresent(w -> {
            ObjectNode suppression = json.putArray("suppressions").addObject();
            suppression.put("kind", "external");
            suppression.put("status", "accepted");
            suppression.put("justification", w.reason());
            ObjectNode props = suppression.putObject("properties");
            props.put("owner", w.owner());
            if (w.expires() != null) {
                props.put("expires", w.expires().toString());
            }
        });
        ObjectNode properties = json.putObject("properties");
        if (r.severity() != null) {
            properties.put("severity", r.severity().name());
        }
        properties.put("nodeId", r.node().id());
        properties.put("derivedBy", graph.provenance(r.node()).ruleId());
        ArrayNode facts = properties.putArray("facts");
        Provenances.factTexts(graph, r.node()).forEach(facts::add);
        return json;
    }

    private void physical(ObjectNode location, Location at, @Nullable String mainSource) {
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation")
                .put(
                        "uri",
                        artifactUri != null && at.source().equals(mainSource)
                                ? artifactUri
                                : Locations.uri(at.source()));
        ObjectNode region = physical.putObject("region");
        region.put("startLine", at.line());
        if (at.column() > 0) {
            region.put("startColumn", at.column());
        }
    }

    private static String fingerprint(String ruleId, String subject, Node node) {
        String key = ruleId + "\u0000"
                + (node instanceof ChecklistResult c ? c.item().name() : subject);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private Descriptor findingDescriptor(AntiPatternFinding first, RecommendationGraph graph) {
        RuleInfo info = rules.get(first.code());
        if (info == null) {
            info = rules.get(graph.provenance(first).ruleId());
        }
        String name = humanize(first.code());
        String shortText = info != null && info.description() != null
                ? info.description()
                : "Architecture anti-pattern: " + name + ".";
        String fullText = info != null && info.description() != null
                ? sentence(info.description()) + (info.seed() != null ? " Seed: " + sentence(info.seed()) : "")
                : "Architecture anti-pattern " + first.code() + " (" + name.toLowerCase(Locale.ROOT) + "), flagged by"
                        + " rule " + graph.provenance(first).ruleId()
                        + "; each result gives the evidence and the remediation.";
        Descriptor d = new Descriptor(
                first.code(),
                pascal(name),
                shortText,
                fullText,
                sentence(first.remediation())
                        + (first.migrationPath() == null ? "" : " Migration path: " + sentence(first.migrationPath())),
                List.of("architecture", "anti-pattern"));
        d.helpUri = RuleDocs.uri(first.code(), info, docsBase).orElse(null);
        if (info != null && info.severity() != null) {
            try {
                d.raise(Severity.valueOf(info.severity().strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                // an unknown @severity leaves the level to the findings
            }
        }
        return d;
    }

    private Descriptor customDescriptor(Finding first, Node node, RecommendationGraph graph) {
        RuleInfo info = rules.get(first.code());
        if (info == null) {
            info = rules.get(graph.provenance(node).ruleId());
        }
        String name = humanize(first.code());
        String shortText = info != null && info.description() != null ? info.description() : "Finding: " + name + ".";
        String fullText = info != null && info.description() != null
                ? sentence(info.description()) + (info.seed() != null ? " Seed: " + sentence(info.seed()) : "")
                : "Finding " + first.code() + " of a custom rule pack ("
                        + node.getClass().getSimpleName() + "); each result says what was found.";
        Descriptor d = new Descriptor(
                first.code(),
                pascal(name),
                shortText,
                fullText,
                sentence(node.summary()),
                List.of("architecture", "policy"));
        d.helpUri = RuleDocs.uri(first.code(), info, docsBase).orElse(null);
        return d;
    }

    private Descriptor checklistDescriptor(String ruleId) {
        RuleInfo info = rules.get(ruleId);
        Descriptor d = new Descriptor(
                ruleId, pascal(humanize(ruleId)), null, null, null, List.of("architecture", "checklist"));
        d.info = info;
        d.defaultLevel = "warning";
        d.helpUri = RuleDocs.uri(ruleId, info, docsBase).orElse(null);
        return d;
    }

    /** The text as a sentence: with a full stop unless it ends with one, a question or an exclamation mark. */
    static String sentence(String s) {
        String t = s.strip();
        return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") ? t : t + ".";
    }

    /** "AP-DISTRIBUTED-MONOLITH" gives "Distributed monolith": the family prefix dropped, in sentence case. */
    static String humanize(String code) {
        String rest = code.contains("-") ? code.substring(code.indexOf('-') + 1) : code;
        String words = rest.replace('-', ' ').replace('_', ' ').strip().toLowerCase(Locale.ROOT);
        if (words.isEmpty()) {
            return code;
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String pascal(String words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return sb.toString();
    }

    private record ResultSpec(
            String ruleId,
            String level,
            String message,
            String subject,
            Node node,
            @Nullable Severity severity) {}

    /** A rule descriptor being assembled from the findings that use it. */
    private static final class Descriptor {
        private final String id;
        private final String name;
        private final @Nullable String shortText;
        private final @Nullable String fullText;
        private final @Nullable String help;
        private final List<String> tags;
        private final List<String> checklistItems = new ArrayList<>();
        private @Nullable RuleInfo info;
        private @Nullable Severity highest;
        private @Nullable String defaultLevel;
        private @Nullable String helpUri;

        Descriptor(
                String id,
                String name,
                @Nullable String shortText,
                @Nullable String fullText,
                @Nullable String help,
                List<String> tags) {
            this.id = id;
            this.name = name;
            this.shortText = shortText;
            this.fullText = fullText;
            this.help = help;
            this.tags = tags;
        }

        void raise(Severity s) {
            if (highest == null || s.compareTo(highest) > 0) {
                highest = s;
            }
        }

        void addChecklistItem(String text) {
            if (!checklistItems.contains(text)) {
                checklistItems.add(text);
            }
        }

        ObjectNode toJson() {
            String s = shortText;
            String f = fullText;
            String h = help;
            if (!checklistItems.isEmpty()) {
                String items = String.join("; ", checklistItems);
                s = info != null && info.description() != null ? info.description() : items;
                f = "Pre-response checklist: " + items + "."
                        + (info != null && info.seed() != null ? " Seed: " + info.seed() + "." : "");
                h = "Before finalizing recommendations, verify: " + items + ".";
            }
            ObjectNode json = NODES.objectNode();
            json.put("id", id);
            if (!name.isEmpty()) {
                json.put("name", name);
            }
            json.putObject("shortDescription").put("text", s);
            json.putObject("fullDescription").put("text", f);
            json.putObject("help").put("text", h);
            if (helpUri != null) {
                json.put("helpUri", helpUri);
            }
            json.putObject("defaultConfiguration").put("level", highest != null ? level(highest) : defaultLevel);
            ArrayNode t = json.putObject("properties").putArray("tags");
            tags.forEach(t::add);
            return json;
        }
    }
}
