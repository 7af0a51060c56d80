package io.archadvisor.adr;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file of an existing ADR folder, as read: its name, number, text and, when archadvisor wrote it, the marker on its
 * last line that names the decision, its outcome and a checksum of the text above it. A file whose checksum no longer
 * matches was edited by hand and is never overwritten.
 *
 * @param fileName the file's name, such as {@code 0001-use-a-modular-monolith.md}
 * @param content the file's text
 */
public record AdrFile(String fileName, String content) {

    private static final Pattern NAME = Pattern.compile("(\\d{4})-(.+)\\.md");
    static final String MARKER_START = "<!-- archadvisor-adr ";
    /** What a decision key looks like: lower-case words joined by hyphens and colons. */
    static final String KEY = "[a-z0-9]+(?:[:-][a-z0-9]+)*";
    /** What the name of a generated record looks like. */
    static final String GENERATED_NAME = "\\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*\\.md";

    private static final Pattern MARKER =
            Pattern.compile("<!-- archadvisor-adr key=(" + KEY + ") outcome=([0-9a-f]{16})" + "(?: supersedes=("
                    + GENERATED_NAME + "))? checksum=sha256:([0-9a-f]{64}) -->");

    /** Validates the file. */
    public AdrFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
    }

    /** Whether a file name is a numbered record's, {@code NNNN-slug.md}. */
    public static boolean isRecordName(String fileName) {
        return NAME.matcher(fileName).matches();
    }

    /** The record's number, from its file name. */
    public int number() {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalStateException("`" + fileName + "` is not named NNNN-slug.md");
        }
        return Integer.parseInt(m.group(1));
    }

    /** The slug, from the file name. */
    public String slug() {
        Matcher m = NAME.matcher(fileName);
        return m.matches() ? m.group(2) : fileName;
    }

    /** Whether archadvisor wrote this file: its last line is the archadvisor marker. */
    public boolean generated() {
        return marker().isPresent();
    }

    /** Whether archadvisor wrote this file and someone edited it since: the checksum no longer matches. */
    public boolean editedByHand() {
        return marker().map(m -> !m.checksum().equals(sha256(m.above()))).orElse(false);
    }

    /** The decision key of a generated file. */
    public Optional<String> key() {
        return marker().map(Marker::key);
    }

    /** The outcome fingerprint of a generated file. */
    Optional<String> outcome() {
        return marker().map(Marker::outcome);
    }

    /** The file name of the record a generated file supersedes, if any. */
    Optional<String> supersedes() {
        return marker().map(Marker::supersedes);
    }

    /** The status of its front matter, if it has one MADR knows. */
    public Optional<AdrStatus> status() {
        return frontMatter("status").map(AdrStatus::parse);
    }

    /** The {@code status} of its front matter as written, such as {@code superseded by ADR-0005}; empty if none. */
    public String frontMatterStatusText() {
        return frontMatter("status").orElse("");
    }

    /** The {@code date} of its front matter, as written. */
    public Optional<String> date() {
        return frontMatter("date");
    }

    /** The text of its first level-one heading. */
    public String title() {
        for (String line : content.split("\n", -1)) {
            if (line.startsWith("# ")) {
                return line.substring(2).strip();
            }
        }
        return slug();
    }

    private Optional<String> frontMatter(String field) {
        String[] lines = content.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return Optional.empty();
        }
        for (int i = 1; i < lines.length && !lines[i].strip().equals("---"); i++) {
            if (lines[i].startsWith(field + ":")) {
                return Optional.of(lines[i].substring(field.length() + 1).strip());
            }
        }
        return Optional.empty();
    }

    record Marker(String key, String outcome, String supersedes, String checksum, String above) {}

    Optional<Marker> marker() {
        String text = content.endsWith("\n") ? content.substring(0, content.length() - 1) : content;
        int start = text.lastIndexOf('\n') + 1;
        Matcher m = MARKER.matcher(text.substring(start));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Marker(m.group(1), m.group(2), m.group(3), m.group(4), content.substring(0, start)));
    }

    /** The SHA-256 of a text's UTF-8 bytes, in lower-case hex. */
    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
