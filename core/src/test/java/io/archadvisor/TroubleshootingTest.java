package io.archadvisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import io.archadvisor.base.ArchAdvisorException;
import io.archadvisor.base.InvalidSettingException;
import io.archadvisor.base.Problem;
import io.archadvisor.base.ProblemsException;
import io.archadvisor.catalog.CatalogException;
import io.archadvisor.catalog.CatalogReader;
import io.archadvisor.catalog.Catalogs;
import io.archadvisor.graph.WaiverException;
import io.archadvisor.model.RequirementsException;
import io.archadvisor.pack.RuleCompilationException;
import io.archadvisor.pack.RuleError;
import io.archadvisor.pack.RuleLoadingException;
import io.archadvisor.pack.RulePack;
import io.archadvisor.pack.RuleSource;
import io.archadvisor.pack.UnknownRuleException;
import io.archadvisor.render.Format;
import io.archadvisor.render.UnknownFormatException;
import io.archadvisor.vetting.RuleVettingException;
import io.archadvisor.waiver.WaiverReader;
import io.archadvisor.yaml.ReadLimits;
import io.archadvisor.yaml.RequirementsReader;
import io.archadvisor.yaml.StrictYaml;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of docs/troubleshooting.md: each wrong thing a user does, the typed error it gives, the exact first
 * line of its message and, where the mistake is in a file, the place it points at ({@code file:line:column}).
 */
class TroubleshootingTest {

    /**
     * One mistake.
     *
     * @param id the entry's id in docs/troubleshooting.md
     * @param type the exact exception type
     * @param firstLine the message's first line
     * @param where the place the error points at, or {@code null} when the mistake is in no file
     * @param action what the user does
     */
    record Mistake(
            String id, Class<? extends ArchAdvisorException> type, String firstLine, String where, Executable action) {
        @Override
        public String toString() {
            return id;
        }
    }

    private static Mistake m(
            String id, Class<? extends ArchAdvisorException> type, String where, String firstLine, Executable action) {
        return new Mistake(id, type, firstLine, where, action);
    }

    private static Executable yaml(String text) {
        return () -> RequirementsReader.read(text, "system.yaml");
    }

    private static Executable waivers(String text) {
        return () -> WaiverReader.read(text, "waivers.yaml");
    }

    private static Executable catalog(String text) {
        return () -> Catalogs.fromYaml("our-catalog.yaml", text);
    }

    private static Executable drl(String name, String text) {
        return () -> Advisor.builder()
                .withoutDefaultPacks()
                .addRules(name, text)
                .build()
                .close();
    }

    private static final String HEAD =
            "package acme;\nimport io.archadvisor.facts.*;\nimport io.archadvisor.graph.*;\n\n";

    private static final String CATALOG = """
            technologies:
              - name: postgresql
                displayName: PostgreSQL
                category: database
                docs: https://www.postgresql.org/docs/current/
                verifiedOn: 2026-08-22
                source: https://endoflife.date/postgresql
                releases:
                  - cycle: "17"
                    releaseDate: 2024-09-26
                    endOfLife: 2029-11-08
            """;

    /** A configuration file as an embedding tool reads it with the library's one strict YAML reader. */
    record Config(String format, Integer maxRuleFirings, List<String> disabledRules) {}

    /** The error a tool reading {@link Config} files throws. */
    static final class ConfigException extends ProblemsException {
        private static final long serialVersionUID = 1L;
        private final transient List<Problem> problems;

        ConfigException(List<Problem> problems) {
            super(problems.get(0).message());
            this.problems = problems;
        }

        @Override
        public List<Problem> problems() {
            return problems;
        }
    }

    private static Executable config(String text) {
        return () -> StrictYaml.of(Config.class, ConfigException::new)
                .describedAs("a config file", "ReadLimits")
                .read(text, ".archadvisor.yaml");
    }

    static Stream<Mistake> mistakes() {
        return Stream.of(
                // requirements YAML
                m(
                        "req-unknown-section",
                        RequirementsException.class,
                        "system.yaml:1:1",
                        "system.yaml:1:1: The field `syztem` is not a section of the requirements; did you mean `system`? The sections are: system, scale, team, budget, timeline, existing, nfrs, deployment, workload, domain, dataAccess, security, observability, proposal.",
                        yaml("syztem: shop\n")),
                m(
                        "req-misspelt-field",
                        RequirementsException.class,
                        "system.yaml:2:3",
                        "system.yaml:2:3: The field `team.sise` is not a field of `team`; did you mean `size`? The fields are: size, expertise, opsMaturity.",
                        yaml("team:\n  sise: 5\n")),
                m(
                        "req-text-for-number",
                        RequirementsException.class,
                        "system.yaml:1:14",
                        "system.yaml:1:14: The field `team.size` (five) must be a whole number, not text.",
                        yaml("team: {size: five}\n")),
                m(
                        "req-fraction-for-whole",
                        RequirementsException.class,
                        "system.yaml:1:14",
                        "system.yaml:1:14: The field `team.size` (5.5) must be a whole number.",
                        yaml("team: {size: 5.5}\n")),
                m(
                        "req-below-minimum",
                        RequirementsException.class,
                        "system.yaml:1:14",
                        "system.yaml:1:14: The field `team.size` (0) must be ≥ 1.",
                        yaml("team: {size: 0}\n")),
                m(
                        "req-beyond-java-range",
                        RequirementsException.class,
                        "system.yaml:1:35",
                        "system.yaml:1:35: The field `scale.currentRequestsPerSecond` (3000000000) must be a whole number ≤ 2147483647.",
                        yaml("scale: {currentRequestsPerSecond: 3000000000}\n")),
                m(
                        "req-availability-over-100",
                        RequirementsException.class,
                        "system.yaml:1:29",
                        "system.yaml:1:29: The field `nfrs.availabilityPercent` (120) must be a percentage greater than 0 and at most 100 (e.g. 99.9).",
                        yaml("nfrs: {availabilityPercent: 120}\n")),
                m(
                        "req-unknown-enum",
                        RequirementsException.class,
                        "system.yaml:1:19",
                        "system.yaml:1:19: The field `timeline.stage` (beta) must be one of idea, mvp, growth, mature.",
                        yaml("timeline: {stage: beta}\n")),
                m(
                        "req-enum-close-match",
                        RequirementsException.class,
                        "system.yaml:1:27",
                        "system.yaml:1:27: The field `nfrs.compliance[1]` (pci) must be one of gdpr, hipaa, pci-dss, soc2, iso27001, ccpa, fedramp; did you mean `pci-dss`?",
                        yaml("nfrs: {compliance: [gdpr, pci]}\n")),
                m(
                        "req-scalar-for-list",
                        RequirementsException.class,
                        "system.yaml:1:20",
                        "system.yaml:1:20: The field `nfrs.compliance` (gdpr) must be a list; write [gdpr] for a single item.",
                        yaml("nfrs: {compliance: gdpr}\n")),
                m(
                        "req-yes-for-boolean",
                        RequirementsException.class,
                        "system.yaml:1:23",
                        "system.yaml:1:23: The field `observability.logs` (yes) must be true or false.",
                        yaml("observability: {logs: yes}\n")),
                m(
                        "req-duplicate-key",
                        RequirementsException.class,
                        "system.yaml:3:3",
                        "system.yaml:3:3: The field `team.size` (4) is given twice (first at system.yaml:2:3); keep only one.",
                        yaml("team:\n  size: 5\n  size: 4\n")),
                m(
                        "req-empty-document",
                        RequirementsException.class,
                        "system.yaml:1:1",
                        "system.yaml:1:1: The document is empty; write `{}` to say that nothing is known yet, or start with `system: <name>`.",
                        yaml("")),
                m(
                        "req-list-document",
                        RequirementsException.class,
                        "system.yaml:1:1",
                        "system.yaml:1:1: The document (a list) must be a mapping of sections (system, scale, team, budget, timeline, existing, nfrs, deployment, workload, domain, dataAccess, security, observability, proposal).",
                        yaml("- a\n- b\n")),
                m(
                        "req-broken-yaml",
                        RequirementsException.class,
                        "system.yaml:2:1",
                        "system.yaml:2:1: The document is not valid YAML: expected ',' or ']', but got <stream end> (while parsing a flow sequence started at system.yaml:1:7).",
                        yaml("team: [5\n")),
                m(
                        "req-two-documents",
                        RequirementsException.class,
                        "system.yaml:2:1",
                        "system.yaml:2:1: The document starts a second YAML document; a requirements file holds exactly one (remove this `---` and what follows, or split it into its own file).",
                        yaml("system: a\n---\nsystem: b\n")),
                m(
                        "req-blank-service-name",
                        RequirementsException.class,
                        "system.yaml:3:14",
                        "system.yaml:3:14: The field `proposal.services[0].name` (\" \") is required and must not be blank.",
                        yaml("proposal:\n  services:\n    - {name: \" \"}\n")),
                m(
                        "req-dangling-call",
                        RequirementsException.class,
                        "system.yaml:3:35",
                        "system.yaml:3:35: The field `proposal.services[0].calls[0].to` (paymnts) names no service declared in proposal.services; did you mean `payments`?",
                        yaml("proposal:\n  services:\n    - {name: orders, calls: [{to: paymnts, mode: sync}]}\n"
                                + "    - {name: payments}\n")),
                m(
                        "req-self-call",
                        RequirementsException.class,
                        "system.yaml:3:35",
                        "system.yaml:3:35: The field `proposal.services[0].calls[0].to` (orders) is the calling service itself; a service does not call itself through the network: remove the call.",
                        yaml("proposal:\n  services:\n    - {name: orders, calls: [{to: orders, mode: sync}]}\n")),
                m(
                        "req-undeclared-datastore",
                        RequirementsException.class,
                        "system.yaml:3:35",
                        "system.yaml:3:35: The field `proposal.services[0].datastores[0]` (orders-db) names no datastore declared in proposal.datastores; did you mean `order-db`?",
                        yaml("proposal:\n  services:\n    - {name: orders, datastores: [orders-db]}\n"
                                + "  datastores: [{name: order-db}]\n")),
                m(
                        "req-duplicate-service",
                        RequirementsException.class,
                        "system.yaml:4:14",
                        "system.yaml:4:14: The field `proposal.services[1].name` (orders) is also the name of proposal.services[0]; service names must be unique: rename one, or merge the two entries.",
                        yaml("proposal:\n  services:\n    - {name: orders}\n    - {name: orders}\n")),
                m(
                        "req-duplicate-datastore",
                        RequirementsException.class,
                        "system.yaml:2:35",
                        "system.yaml:2:35: The field `proposal.datastores[1].name` (db) is also the name of proposal.datastores[0]; datastore names must be unique: rename one, or merge the two entries.",
                        yaml("proposal:\n  datastores: [{name: db}, {name: db}]\n")),
                m(
                        "req-deploys-with-nothing",
                        RequirementsException.class,
                        "system.yaml:3:36",
                        "system.yaml:3:36: The field `proposal.services[0].deploysWith[0]` (billing) names no service declared in proposal.services; declare it there, or use one of: orders.",
                        yaml("proposal:\n  services:\n    - {name: orders, deploysWith: [billing]}\n")),
                m(
                        "req-java-dangling-call",
                        RequirementsException.class,
                        null,
                        "The field `proposal.services[0].calls[0].to` (paymnts) names no service declared in proposal.services; did you mean `payments`?",
                        () -> {
                            try (Advisor advisor = Advisor.builder()
                                    .withoutDefaultPacks()
                                    .addRules("empty.drl", HEAD)
                                    .build()) {
                                advisor.advise(new io.archadvisor.model.Requirements(
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        new io.archadvisor.model.Proposal(
                                                null,
                                                List.of(
                                                        new io.archadvisor.model.ServiceSpec(
                                                                "orders",
                                                                null,
                                                                List.of(new io.archadvisor.model.ServiceCall(
                                                                        "paymnts", null)),
                                                                null,
                                                                null),
                                                        new io.archadvisor.model.ServiceSpec(
                                                                "payments", null, null, null, null)),
                                                null,
                                                null)));
                            }
                        }),
                m(
                        "req-file-missing",
                        RequirementsException.class,
                        null,
                        "The document (no-such-system.yaml) does not exist.",
                        () -> RequirementsReader.read(Path.of("no-such-system.yaml"))),
                // DRL packs
                m(
                        "drl-misplaced-annotation",
                        RuleCompilationException.class,
                        "acme.drl:7:5",
                        "acme.drl:7:5: [ERR 102] Line 7:4 mismatched input '@' in rule \"ACME-1\"",
                        drl(
                                "acme.drl",
                                HEAD + "rule \"ACME-1\"\n    agenda-group \"custom\"\n"
                                        + "    @description(\"late\")\nwhen\n    TeamSize(value > 3)\nthen\nend\n")),
                m(
                        "drl-missing-parenthesis",
                        RuleCompilationException.class,
                        "acme.drl:7:22",
                        "acme.drl:7:22: [ERR 101] Line 7:21 no viable alternative at input ')' in rule \"ACME-1\"",
                        drl("acme.drl", HEAD + "rule \"ACME-1\"\nwhen\n    TeamSize(value < )\nthen\nend\n")),
                m(
                        "drl-unknown-agenda-group",
                        RuleCompilationException.class,
                        "acme.drl:6:5",
                        "acme.drl:6:5: Rule `ACME-1` is in agenda-group \"advice\", which no phase runs, so it would"
                                + " never fire.",
                        drl(
                                "acme.drl",
                                HEAD + "rule \"ACME-1\"\n    agenda-group \"advice\"\nwhen\n    TeamSize(value > 3)\n"
                                        + "then\nend\n")),
                m(
                        "drl-unknown-severity",
                        RuleCompilationException.class,
                        "acme.drl:6:5",
                        "acme.drl:6:5: Rule `ACME-1` has @severity(\"SEVERE\"), which is not a severity.",
                        drl(
                                "acme.drl",
                                HEAD + "rule \"ACME-1\"\n    @severity(\"SEVERE\")\nwhen\n    TeamSize(value > 3)\n"
                                        + "then\nend\n")),
                m(
                        "drl-unknown-type",
                        RuleCompilationException.class,
                        "acme.drl:7:5",
                        "acme.drl:7:5: Unable to resolve ObjectType 'TeamSise'",
                        drl("acme.drl", HEAD + "rule \"ACME-1\"\nwhen\n    TeamSise(value > 3)\nthen\nend\n")),
                m(
                        "drl-unknown-property",
                        RuleCompilationException.class,
                        "acme.drl:7:14",
                        "acme.drl:7:14: Unable to Analyse Expression size > 3:",
                        drl("acme.drl", HEAD + "rule \"ACME-1\"\nwhen\n    TeamSize(size > 3)\nthen\nend\n")),
                m(
                        "drl-missing-import",
                        RuleCompilationException.class,
                        "acme.drl:6:5",
                        "acme.drl:6:5: Unable to resolve ObjectType 'Guidance'",
                        drl(
                                "acme.drl",
                                "package acme;\nimport io.archadvisor.facts.*;\n\nrule \"ACME-1\"\nwhen\n"
                                        + "    Guidance()\nthen\nend\n")),
                m(
                        "drl-duplicate-id",
                        RuleCompilationException.class,
                        "b.drl:5:1",
                        "b.drl:5:1: Duplicate rule id `ACME-1`: also defined at a.drl:5 (pack custom); this one is in pack custom.",
                        () -> Advisor.builder()
                                .withoutDefaultPacks()
                                .addRules("a.drl", HEAD + "rule \"ACME-1\"\nwhen\nthen\nend\n")
                                .addRules("b.drl", HEAD + "rule \"ACME-1\"\nwhen\nthen\nend\n")
                                .build()
                                .close()),
                m(
                        "drl-broken-next-to-built-in",
                        RuleCompilationException.class,
                        "acme.drl:7:5",
                        "acme.drl:7:5: Unable to resolve ObjectType 'TeamSise'",
                        () -> Advisor.builder()
                                .classLoader(BuiltInLikePack.loader(TEMP))
                                .addRules(
                                        "acme.drl",
                                        HEAD + "rule \"ACME-1\"\nwhen\n    TeamSise(value > 3)\nthen\nend\n")
                                .build()
                                .close()),
                m(
                        "drl-disable-unknown-rule",
                        UnknownRuleException.class,
                        null,
                        "Cannot disable rule `ACME-2`: no loaded pack defines it (1 rule loaded). Did you mean `ACME-1`?",
                        () -> Advisor.builder()
                                .withoutDefaultPacks()
                                .addRules("a.drl", HEAD + "rule \"ACME-1\"\n" + "when\nthen\nend\n")
                                .disableRule("ACME-2")
                                .build()
                                .close()),
                m(
                        "drl-replace-unknown-rule",
                        UnknownRuleException.class,
                        null,
                        "Cannot replace rule `ACME-9`: no loaded pack defines it (1 rule loaded). Did you mean `ACME-1`?",
                        () -> Advisor.builder()
                                .withoutDefaultPacks()
                                .addRules("a.drl", HEAD + "rule \"ACME-1\"\n" + "when\nthen\nend\n")
                                .replaceRule("ACME-9", HEAD + "rule \"ACME-9\"\nwhen\nthen\nend\n")
                                .build()
                                .close()),
                m(
                        "drl-folder-missing",
                        RuleLoadingException.class,
                        null,
                        "The rule folder no-such-rules does not exist. Pass a folder holding .drl files (they are read recursively).",
                        () -> RuleSource.fromDirectory(Path.of("no-such-rules"))),
                m(
                        "drl-no-packs",
                        RuleLoadingException.class,
                        null,
                        "No rule packs to load: add archadvisor-rules to the classpath, or add rules with Advisor.builder().addRules(...)",
                        () -> Advisor.builder().withoutDefaultPacks().build().close()),
                m(
                        "drl-two-packs-one-name",
                        RuleLoadingException.class,
                        null,
                        "Two rule packs are named `acme` (versions 1 and 2); give each pack its own name.",
                        () -> Advisor.builder()
                                .withoutDefaultPacks()
                                .addPack(RulePack.of("acme", "1", List.of(RuleSource.of("a.drl", HEAD))))
                                .addPack(RulePack.of("acme", "2", List.of(RuleSource.of("b.drl", HEAD))))
                                .build()
                                .close()),
                m(
                        "drl-select-unloaded-pack",
                        RuleLoadingException.class,
                        null,
                        "Cannot select the rule pack `acme`: it is not loaded. Loaded packs: custom.",
                        () -> Advisor.builder()
                                .withoutDefaultPacks()
                                .addRules("a.drl", HEAD + "rule \"ACME-1\"\n" + "when\nthen\nend\n")
                                .onlyPacks("acme")
                                .build()
                                .close()),
                m(
                        "drl-untrusted-reaches-out",
                        RuleVettingException.class,
                        "u.drl:5:8",
                        "u.drl:5:8: `java.io.File` (file system) is a class outside the allowed API.",
                        () -> Advisor.builder()
                                .withoutDefaultPacks()
                                .addUntrustedRules(
                                        "u.drl", HEAD + "import java.io.File;\n\nrule \"U\"\nwhen\nthen\nend\n")
                                .build()
                                .close()),
                // waivers
                m(
                        "waiver-misspelt-field",
                        WaiverException.class,
                        "waivers.yaml:3:5",
                        "waivers.yaml:3:5: The field `waivers[0].reasons` is not a field of `waivers[0]`; did you mean `reason`? The fields are: finding, subject, reason, owner, expires.",
                        waivers("waivers:\n  - finding: BASE-SPOF\n    reasons: x\n    owner: me\n")),
                m(
                        "waiver-missing-owner",
                        WaiverException.class,
                        "waivers.yaml:2:5",
                        "waivers.yaml:2:5: The field `waivers[0].owner` is required: name the person or team who answers for the waiver.",
                        waivers("waivers:\n  - finding: BASE-SPOF\n    reason: accepted\n")),
                m(
                        "waiver-bad-date",
                        WaiverException.class,
                        "waivers.yaml:5:14",
                        "waivers.yaml:5:14: The field `waivers[0].expires` (30.09.2026) must be a date written YYYY-MM-DD, such as 2026-12-31.",
                        waivers("waivers:\n  - finding: BASE-SPOF\n    reason: accepted\n    owner: me\n"
                                + "    expires: 30.09.2026\n")),
                m(
                        "waiver-duplicate-key",
                        WaiverException.class,
                        "waivers.yaml:5:5",
                        "waivers.yaml:5:5: The field `waivers[0].owner` (you) is given twice (first at waivers.yaml:4:5); keep only one.",
                        waivers("waivers:\n  - finding: BASE-SPOF\n    reason: accepted\n    owner: me\n"
                                + "    owner: you\n")),
                m(
                        "waiver-file-missing",
                        WaiverException.class,
                        null,
                        "The document (no-such-waivers.yaml) does not exist.",
                        () -> WaiverReader.read(Path.of("no-such-waivers.yaml"))),
                // catalog overlays
                m(
                        "catalog-unknown-field",
                        CatalogException.class,
                        "our-catalog.yaml:6:5",
                        "our-catalog.yaml:6:5: The field `technologies[0].verified` is not a catalog field here; allowed: [advisories, aliases, category, deprecations, displayName, docs, identifiers, name, notes, policy, releases, source, unversioned, verifiedOn].",
                        catalog(CATALOG.replace("    verifiedOn:", "    verified: 2026-08-22\n    verifiedOn:"))),
                m(
                        "catalog-dates-out-of-order",
                        CatalogException.class,
                        "our-catalog.yaml:11:20",
                        "our-catalog.yaml:11:20: The field `technologies[0].releases[0].endOfLife` (2017-01-01) must be on or after releaseDate (2024-09-26).",
                        catalog(CATALOG.replace("endOfLife: 2029-11-08", "endOfLife: 2017-01-01"))),
                m(
                        "catalog-bad-version",
                        CatalogException.class,
                        "our-catalog.yaml:9:16",
                        "our-catalog.yaml:9:16: The field `technologies[0].releases[0].cycle` (seventeen) must be a version such as 17, 3.2, 2.7.18 or 5.0.0-beta.3 (quote it in YAML: \"3.10\").",
                        catalog(CATALOG.replace("cycle: \"17\"", "cycle: \"seventeen\""))),
                m(
                        "catalog-bad-date",
                        CatalogException.class,
                        "our-catalog.yaml:6:17",
                        "our-catalog.yaml:6:17: The field `technologies[0].verifiedOn` (22.08.2026) must be a date written YYYY-MM-DD.",
                        catalog(CATALOG.replace("verifiedOn: 2026-08-22", "verifiedOn: 22.08.2026"))),
                m(
                        "catalog-file-missing",
                        CatalogException.class,
                        null,
                        "The document (no-such-catalog.yaml) does not exist; check the path and that the file is readable.",
                        () -> CatalogReader.read(Path.of("no-such-catalog.yaml"))),
                // configuration files read with the strict YAML reader, and settings (the values of flags)
                m(
                        "config-unknown-key",
                        ConfigException.class,
                        ".archadvisor.yaml:1:1",
                        ".archadvisor.yaml:1:1: The field `fromat` is not a key of a config file; did you mean `format`? The keys are: format, maxRuleFirings, disabledRules.",
                        config("fromat: json\n")),
                m(
                        "config-text-for-number",
                        ConfigException.class,
                        ".archadvisor.yaml:1:17",
                        ".archadvisor.yaml:1:17: The field `maxRuleFirings` (many) must be a whole number, not text.",
                        config("maxRuleFirings: many\n")),
                m(
                        "setting-unknown-format",
                        UnknownFormatException.class,
                        null,
                        "Unknown output format `mardown`: choose one of markdown, mermaid, json, sarif, junit, github, html (or the file extensions md, mmd). Did you mean `markdown`?",
                        () -> Format.parse("mardown")),
                m(
                        "setting-zero-rule-firings",
                        InvalidSettingException.class,
                        null,
                        "Advisor.builder().maxRuleFirings(0) must be ≥ 1: it is the most rule firings per advice.",
                        () -> Advisor.builder().maxRuleFirings(0)),
                m(
                        "setting-zero-timeout",
                        InvalidSettingException.class,
                        null,
                        "Advisor.builder().timeout(PT0S) must be positive, such as Duration.ofSeconds(10).",
                        () -> Advisor.builder().timeout(Duration.ZERO)),
                m(
                        "setting-read-limit-out-of-range",
                        InvalidSettingException.class,
                        null,
                        "The reading limit maxDepth (0) must be between 1 and 500.",
                        () -> RequirementsReader.builder().maxDepth(0).build()),
                m(
                        "setting-negative-aliases",
                        InvalidSettingException.class,
                        null,
                        "The reading limit maxAliases (-1) must be ≥ 0; 0 forbids aliases.",
                        () -> new ReadLimits(1024, 20, -1, 100, 100, 10, 10)));
    }

    static final Path TEMP;

    static {
        try {
            TEMP = java.nio.file.Files.createTempDirectory("builtin-like");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeGivesItsTypedErrorWithTheExactFirstLineAndPlace(Mistake mistake) {
        ArchAdvisorException e = assertThrows(ArchAdvisorException.class, mistake.action(), mistake.id());
        String first = e.getMessage().lines().findFirst().orElse("");
        if (mistake.firstLine().isEmpty()) {
            fail("no first line recorded for " + mistake.id() + "; it is: " + first);
        }
        assertEquals(mistake.type(), e.getClass(), e.getMessage());
        assertEquals(mistake.firstLine(), first, e.getMessage());
        if (mistake.where() != null) {
            assertEquals(mistake.where(), place(e), e.getMessage());
            assertEquals(true, first.startsWith(mistake.where() + ": "), first);
        }
    }

    @org.junit.jupiter.api.Test
    void theTroubleshootingGuideListsEveryMistakeWithItsFirstLine() throws java.io.IOException {
        String guide = java.nio.file.Files.readString(Path.of("..", "docs", "troubleshooting.md"));
        List<Mistake> all = mistakes().toList();
        assertEquals(true, all.size() >= 40, "at least 40 mistakes, got " + all.size());
        for (Mistake m : all) {
            assertEquals(true, guide.contains("### `" + m.id() + "`"), "docs/troubleshooting.md lacks " + m.id());
            assertEquals(
                    true,
                    guide.contains("\n" + m.firstLine() + "\n"),
                    "docs/troubleshooting.md lacks the first" + " line of " + m.id() + ": " + m.firstLine());
        }
    }

    /** One public entry point driven with bad input. */
    record EntryPoint(String name, Executable call) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static EntryPoint e(String name, Executable call) {
        return new EntryPoint(name, call);
    }

    static Stream<EntryPoint> entryPoints() {
        Path missing = Path.of("no-such-file.yaml");
        return Stream.of(
                e("RequirementsReader.read(Path)", () -> RequirementsReader.read(missing)),
                e("RequirementsReader.read(String, String)", () -> RequirementsReader.read("team: [", "s.yaml")),
                e(
                        "RequirementsReader.read(InputStream, String)",
                        () -> RequirementsReader.read(
                                new java.io.ByteArrayInputStream(new byte[] {(byte) 0xC3, 0x28}), "s.yaml")),
                e(
                        "RequirementsReader.builder().build()",
                        () -> RequirementsReader.builder().maxNodes(0).build()),
                e("WaiverReader.read(Path)", () -> WaiverReader.read(missing)),
                e("WaiverReader.read(String, String)", () -> WaiverReader.read("waivers: 3", "w.yaml")),
                e(
                        "WaiverReader.readNextTo(Path)",
                        () -> WaiverReader.readNextTo(java.nio.file.Files.writeString(
                                        java.nio.file.Files.createDirectories(TEMP.resolve("w"))
                                                .resolve("waivers.yaml"),
                                        "waiverz: []\n")
                                .resolveSibling("system.yaml"))),
                e("Catalogs.fromYaml(Path)", () -> Catalogs.fromYaml(missing)),
                e("Catalogs.fromYaml(String, String)", () -> Catalogs.fromYaml("c.yaml", "technologies: 3")),
                e(
                        "CatalogReader.read(String, URL)",
                        () -> CatalogReader.read(
                                "c.yaml", TEMP.resolve("absent.yaml").toUri().toURL())),
                e("Format.parse", () -> Format.parse("pdf")),
                e(
                        "GraphJson.read",
                        () -> io.archadvisor.render.GraphJson.standard().read("{")),
                e(
                        "MermaidRenderer.direction",
                        () -> io.archadvisor.render.MermaidRenderer.standard().direction("up")),
                e(
                        "MarkdownRenderer.withTitle",
                        () -> io.archadvisor.render.MarkdownRenderer.standard().withTitle(" ")),
                e("RuleSource.fromFile", () -> RuleSource.fromFile(Path.of("no-such.drl"))),
                e("RuleSource.fromDirectory", () -> RuleSource.fromDirectory(Path.of("no-such-folder"))),
                e(
                        "RuleSource.fromClasspath",
                        () -> RuleSource.fromClasspath("no/such.drl", TroubleshootingTest.class.getClassLoader())),
                e(
                        "RuleSource.fromClasspathFolder",
                        () -> RuleSource.fromClasspathFolder("no/such", TroubleshootingTest.class.getClassLoader())),
                e("Advisor.Builder.addRules(Path)", () -> Advisor.builder().addRules(Path.of("no-such-rules"))),
                e("Advisor.Builder.build (compile)", drl("x.drl", HEAD + "rule \"X\"\nwhen\n    Nope()\nthen\nend\n")),
                e(
                        "Advisor.Builder.build (untrusted)",
                        () -> Advisor.builder()
                                .withoutDefaultPacks()
                                .addUntrustedRules("u.drl", HEAD + "rule \"U\"\nwhen\nthen\n    System.exit(1);\nend\n")
                                .build()
                                .close()),
                e("Advisor.Builder.maxInsertedFacts", () -> Advisor.builder().maxInsertedFacts(0)),
                e("Advisor.Builder.maxStuckEvaluations", () -> Advisor.builder().maxStuckEvaluations(0)),
                e("AdvisorSession.set", () -> session(s -> s.set("team.sise", 3))),
                e("AdvisorSession.removeService", () -> session(s -> s.removeService("orders"))),
                e(
                        "AdvisorSession.addService",
                        () -> session(s -> {
                            s.addService(new io.archadvisor.model.ServiceSpec("a", null, null, null, null));
                            s.addService(new io.archadvisor.model.ServiceSpec("a", null, null, null, null));
                        })),
                e("Requirements records", () -> new io.archadvisor.model.Team(0, null, null)));
    }

    private static void session(java.util.function.Consumer<io.archadvisor.whatif.AdvisorSession> use) {
        try (Advisor advisor = Advisor.builder()
                        .withoutDefaultPacks()
                        .addRules("a.drl", HEAD + "rule \"A\"\nwhen\n    TeamSize()\nthen\nend\n")
                        .build();
                io.archadvisor.whatif.AdvisorSession session =
                        advisor.openSession(io.archadvisor.model.Requirements.named("shop"))) {
            use.accept(session);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entryPoints")
    void everyPublicEntryPointFailsWithATypedArchAdvisorException(EntryPoint entry) {
        Throwable thrown = assertThrows(Throwable.class, entry.call(), entry.name());
        assertInstanceOf(ArchAdvisorException.class, thrown, () -> entry.name() + " threw " + thrown);
        assertEquals(false, thrown.getMessage() == null || thrown.getMessage().isBlank(), entry.name());
    }

    /** The place the error's structured data points at: its first problem's or first rule error's. */
    private static String place(ArchAdvisorException e) {
        if (e instanceof ProblemsException p) {
            return p.problems().get(0).where().map(Object::toString).orElse(null);
        }
        if (e instanceof RuleVettingException v) {
            var first = v.violations().get(0);
            return first.source() + ":" + first.line() + ":" + first.column();
        }
        RuleCompilationException c = assertInstanceOf(RuleCompilationException.class, e);
        RuleError r = c.errors().get(0);
        return r.source() + ":" + r.line() + ":" + r.column();
    }
}
