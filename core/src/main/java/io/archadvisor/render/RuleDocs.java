package io.archadvisor.render;

import io.archadvisor.pack.RuleInfo;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where each rule's findings are documented: a section of the project's {@code docs/}, by rule id, or the address a
 * rule gives itself with {@code @helpUri("https://...")}. Renderers link a rule to it ({@code helpUri} in SARIF, links in
 * HTML).
 */
final class RuleDocs {

    /** The default base the documentation paths resolve against. */
    static final String DEFAULT_BASE = "https://archadvisor.io/";

    /** The metadata attribute a rule can give its own documentation address with. */
    static final String HELP_URI_ATTRIBUTE = "helpUri";

    /** Documentation sections by rule id prefix; the longest matching prefix wins. */
    private static final List<Map.Entry<String, String>> SECTIONS = List.of(
            Map.entry("AP-OUTDATED", "docs/catalog.md#how-the-rules-use-it"),
            Map.entry("AP-DEPRECATED", "docs/catalog.md#how-the-rules-use-it"),
            Map.entry("AP-VULNERABLE", "docs/catalog.md#how-the-rules-use-it"),
            Map.entry("AP-INCOMPATIBLE", "docs/catalog.md#how-the-rules-use-it"),
            Map.entry("AP-", "docs/anti-patterns.md#anti-pattern-findings"),
            Map.entry("PRN-", "docs/anti-patterns.md#core-principles"),
            Map.entry("ARCH-", "docs/anti-patterns.md#system-architecture"),
            Map.entry("CHK-API-CURRENT", "docs/catalog.md#how-the-rules-use-it"),
            Map.entry("CHK-NO-DEPRECATED", "docs/catalog.md#how-the-rules-use-it"),
            Map.entry("CHK-NO-VULNERABILITIES", "docs/catalog.md#how-the-rules-use-it"),
            Map.entry("CHK-TECH-VERIFIED", "docs/catalog.md#how-the-rules-use-it"),
            Map.entry("CHK-VERSIONS-CONFIRMED", "docs/catalog.md#how-the-rules-use-it"),
            Map.entry("CHK-", "docs/responsibilities.md#deployment-strategy-and-checklist"),
            Map.entry("WAIVER-", "docs/extending.md#waivers"));

    private RuleDocs() {}

    /** Every documentation section a built-in rule links to, as {@code docs/file.md#anchor}. */
    static List<String> sections() {
        return SECTIONS.stream().map(Map.Entry::getValue).distinct().toList();
    }

    /** The documentation section of a built-in rule id, as {@code docs/file.md#anchor}. */
    static Optional<String> section(String ruleId) {
        String best = null;
        int length = -1;
        for (Map.Entry<String, String> e : SECTIONS) {
            if (ruleId.startsWith(e.getKey()) && e.getKey().length() > length) {
                best = e.getValue();
                length = e.getKey().length();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The documentation address of a rule: the absolute {@code http(s)} address its {@code @helpUri} gives, else its
     * built-in section resolved against {@code base}; empty for a rule of a custom pack that gives none.
     */
    static Optional<String> uri(String ruleId, @Nullable RuleInfo info, String base) {
        if (info != null) {
            String own = info.metadata().get(HELP_URI_ATTRIBUTE);
            if (own != null && isWebAddress(own.strip())) {
                return Optional.of(own.strip());
            }
        }
        return section(ruleId).map(s -> base + s);
    }

    /** Whether the text is an absolute {@code http} or {@code https} URI. */
    static boolean isWebAddress(String s) {
        try {
            URI uri = new URI(s);
            return uri.isAbsolute()
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
