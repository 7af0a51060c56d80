package io.archadvisor.render;

import io.archadvisor.base.Location;
import io.archadvisor.graph.AntiPatternFinding;
import io.archadvisor.graph.CheckStatus;
import io.archadvisor.graph.ChecklistResult;
import io.archadvisor.graph.Finding;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Severity;
import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Open findings and failed checklist items as GitHub Actions workflow commands, one line each, which a workflow step
 * prints to annotate the requirements file in the pull request:
 * {@code ::error file=system.yaml,line=8,col=23,title=AP-SINGLE-POINT-OF-FAILURE in PostgreSQL::...}. CRITICAL and HIGH
 * findings are errors, MEDIUM findings and failed checklist items warnings, LOW and INFO findings notices; waived
 * findings are left out. {@code file}, {@code line} and {@code col} come from the first located fact the finding rests
 * on, as in SARIF; a finding on no located fact names the requirements file alone. Values are escaped as the Actions
 * runner unescapes them: {@code %}, CR and LF in the message, and also {@code :} and {@code ,} in properties.
 * Instances are immutable and thread-safe.
 */
public final class GitHubRenderer implements Renderer {

    private static final GitHubRenderer STANDARD = new GitHubRenderer();

    private GitHubRenderer() {}

    /** The renderer. */
    public static GitHubRenderer standard() {
        return STANDARD;
    }

    /** The command for a severity: {@code error}, {@code warning} or {@code notice}. */
    public static String command(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "notice";
        };
    }

    @Override
    public void render(RecommendationGraph graph, Appendable out) throws IOException {
        String mainSource = Locations.mainSource(graph).orElse(null);
        for (Node n : graph.nodes()) {
            if (n instanceof Finding f && !graph.isWaived(n)) {
                String message = n instanceof AntiPatternFinding a
                        ? SarifRenderer.sentence(a.evidence()) + " Remediation: "
                                + SarifRenderer.sentence(a.remediation())
                        : SarifRenderer.sentence(n.summary());
                line(
                        out,
                        command(f.severity()),
                        f.code() + " in " + f.subject() + " (" + f.severity() + ")",
                        message + " (rule " + graph.provenance(n).ruleId() + ")",
                        Locations.primary(graph, n),
                        mainSource);
            }
        }
        for (ChecklistResult c : graph.checklist()) {
            if (c.status() == CheckStatus.FAIL) {
                line(
                        out,
                        "warning",
                        "Checklist: " + c.item().text(),
                        SarifRenderer.sentence(c.evidence()) + " (rule "
                                + graph.provenance(c).ruleId() + ")",
                        Locations.primary(graph, c),
                        mainSource);
            }
        }
    }

    private static void line(
            Appendable out,
            String command,
            String title,
            String message,
            Optional<Location> at,
            @Nullable String mainSource)
            throws IOException {
        StringBuilder sb = new StringBuilder("::").append(command).append(' ');
        if (at.isPresent()) {
            sb.append("file=")
                    .append(property(path(at.get().source())))
                    .append(",line=")
                    .append(at.get().line());
            if (at.get().column() > 0) {
                sb.append(",col=").append(at.get().column());
            }
            sb.append(',');
        } else if (mainSource != null) {
            sb.append("file=").append(property(path(mainSource))).append(',');
        }
        sb.append("title=")
                .append(property(title))
                .append("::")
                .append(data(message))
                .append('\n');
        out.append(sb);
    }

    /** A file name as GitHub expects it: forward slashes, no leading {@code ./}. */
    static String path(String source) {
        String s = source.replace('\\', '/');
        while (s.startsWith("./")) {
            s = s.substring(2);
        }
        return s;
    }

    /** A command's message, escaped as the runner unescapes it. */
    static String data(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '%' -> out.append("%25");
                case '\r' -> out.append("%0D");
                case '\n' -> out.append("%0A");
                default ->
                    out.append(
                            // the runner prints the rest as it is: a control character would reach the log viewer
                            (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    /** A command's property value, escaped as the runner unescapes it. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
