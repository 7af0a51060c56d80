package io.archadvisor.adr;

import io.archadvisor.base.InvalidValueException;
import java.util.Objects;

/**
 * One architecture decision record as a file: its number, slug, decision key, title, status and the whole Markdown
 * text, front matter included. {@link #fileName()} is {@code 0001-use-a-modular-monolith.md}.
 *
 * @param number the record's number, 1 to 9999
 * @param slug the file-name slug
 * @param key the decision's stable key
 * @param title the title
 * @param status the MADR status
 * @param content the file's text, {@code \n} line ends
 */
public record AdrRecord(int number, String slug, String key, String title, AdrStatus status, String content) {

    /** Validates the record. */
    public AdrRecord {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(content, "content");
        if (number < 1 || number > 9999) {
            throw new InvalidValueException("An ADR number is 1 to 9999, got " + number);
        }
    }

    /** The file name, such as {@code 0001-use-a-modular-monolith.md}. */
    public String fileName() {
        return fileName(number, slug);
    }

    /** The record's name in links and status lines, such as {@code ADR-0001}. */
    public String label() {
        return label(number);
    }

    static String fileName(int number, String slug) {
        return String.format(java.util.Locale.ROOT, "%04d-%s.md", number, slug);
    }

    static String label(int number) {
        return String.format(java.util.Locale.ROOT, "ADR-%04d", number);
    }
}
