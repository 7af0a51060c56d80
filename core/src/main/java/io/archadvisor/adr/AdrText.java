package io.archadvisor.adr;

import io.archadvisor.base.InvalidValueException;
import io.archadvisor.render.MarkdownText;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The file layout of a record: MADR front matter, the title, the body and the archadvisor marker line. */
final class AdrText {

    private AdrText() {}

    /**
     * A record's text.
     *
     * @param draft the decision
     * @param date the front matter's date as written, or {@code null} for none
     * @param superseded the record it supersedes, or {@code null}
     */
    static String compose(AdrDraft draft, @Nullable String date, @Nullable AdrRef superseded) {
        // a record renamed by hand cannot be named in the marker; its successor then does not link to it either
        AdrRef supersedes =
                superseded != null && superseded.fileName().matches(AdrFile.GENERATED_NAME) ? superseded : null;
        StringBuilder sb = new StringBuilder();
        sb.append("---\n").append("status: ").append(draft.status().madr()).append('\n');
        if (date != null) {
            sb.append("date: ").append(date).append('\n');
        }
        sb.append("---\n\n# ")
                .append(MarkdownText.text(draft.title()))
                .append("\n\n")
                .append(draft.body());
        if (supersedes != null) {
            sb.append("\nThis record supersedes ").append(supersedes.link()).append(".\n");
        }
        sb.append('\n');
        return withMarker(
                sb.toString(),
                draft.key(),
                outcomeHash(draft.outcome()),
                supersedes == null ? null : supersedes.fileName());
    }

    /** The marker line appended to {@code above}: key, outcome, superseded record and the checksum of the text. */
    static String withMarker(String above, String key, String outcomeHash, @Nullable String supersedesFile) {
        return above + AdrFile.MARKER_START + "key=" + key + " outcome=" + outcomeHash
                + (supersedesFile == null ? "" : " supersedes=" + supersedesFile)
                + " checksum=sha256:" + AdrFile.sha256(above) + " -->\n";
    }

    /** A short fingerprint of an outcome. */
    static String outcomeHash(String outcome) {
        return AdrFile.sha256(outcome).substring(0, 16);
    }

    /**
     * A generated record's text with a new status and a notice under its title, everything else as it was; the
     * marker is sealed again, so the file still counts as generated.
     */
    static String restated(AdrFile file, String status, String notice) {
        AdrFile.Marker marker = file.marker()
                .orElseThrow(() -> new InvalidValueException(file.fileName() + " was not written by archadvisor"));
        List<String> lines = new ArrayList<>(List.of(marker.above().split("\n", -1)));
        boolean inFrontMatter = !lines.isEmpty() && lines.get(0).equals("---");
        for (int i = 1; inFrontMatter && i < lines.size() && !lines.get(i).equals("---"); i++) {
            if (lines.get(i).startsWith("status:")) {
                lines.set(i, "status: " + status);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("# ")) {
                lines.add(i + 1, "");
                lines.add(i + 2, notice);
                break;
            }
        }
        return withMarker(String.join("\n", lines), marker.key(), marker.outcome(), marker.supersedes());
    }

    /**
     * A record another one links to.
     *
     * @param number its number
     * @param fileName its file name
     * @param titleMarkdown its title as Markdown safe inside a link's label
     */
    record AdrRef(int number, String fileName, String titleMarkdown) {

        static AdrRef of(int number, String fileName, AdrDraft draft) {
            return new AdrRef(number, fileName, MarkdownText.linkLabel(draft.title()));
        }

        static AdrRef of(AdrFile file) {
            return new AdrRef(file.number(), file.fileName(), MarkdownText.linkLabel(unescaped(file.title())));
        }

        String label() {
            return AdrRecord.label(number);
        }

        /** A Markdown link such as {@code [ADR-0001: Use a modular monolith](0001-use-a-modular-monolith.md)}. */
        String link() {
            boolean plain = fileName.chars()
                    .allMatch(c -> c > ' ' && c != '(' && c != ')' && c != '<' && c != '>' && c != '\\' && c < 0x7f);
            String destination =
                    plain ? fileName : "<" + fileName.replace("<", "%3C").replace(">", "%3E") + ">";
            return "[" + label() + ": " + titleMarkdown + "](" + destination + ")";
        }

        /** Markdown text without its backslash escapes, as a reader sees it. */
        private static String unescaped(String markdown) {
            return markdown.replaceAll("\\\\([!-/:-@\\[-`{-~])", "$1");
        }
    }
}
