package io.archadvisor.render;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Text that may end in a code or configuration snippet, as rules write examples: prose first, then indented lines.
 * {@link #prose()} is everything before the first indented line; {@link #code()} is that line and the rest, with their
 * common indentation removed. Text without indented lines is all prose.
 *
 * @param prose the prose, possibly over several lines
 * @param code the snippet's lines, or an empty list
 */
record TextBlock(String prose, List<String> code) {

    TextBlock {
        code = List.copyOf(code);
    }

    static TextBlock of(@Nullable String text) {
        if (text == null) {
            return new TextBlock("", List.of());
        }
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int first = -1;
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank() && (lines[i].startsWith(" ") || lines[i].startsWith("\t"))) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return new TextBlock(text, List.of());
        }
        List<String> code = new ArrayList<>();
        for (int i = first; i < lines.length; i++) {
            code.add(withoutControls(lines[i]).stripTrailing());
        }
        while (!code.isEmpty() && code.get(code.size() - 1).isBlank()) {
            code.remove(code.size() - 1);
        }
        int indent = Integer.MAX_VALUE;
        for (String line : code) {
            if (!line.isBlank()) {
                int n = 0;
                while (n < line.length() && line.charAt(n) == ' ') {
                    n++;
                }
                indent = Math.min(indent, n);
            }
        }
        List<String> dedented = new ArrayList<>();
        for (String line : code) {
            dedented.add(line.isBlank() ? "" : line.substring(indent));
        }
        return new TextBlock(String.join("\n", List.of(lines).subList(0, first)), dedented);
    }

    /** A fence of backticks longer than any run of backticks in the code, and at least three. */
    String fence() {
        int longest = 0;
        for (String line : code) {
            int run = 0;
            for (int i = 0; i < line.length(); i++) {
                run = line.charAt(i) == '`' ? run + 1 : 0;
                longest = Math.max(longest, run);
            }
        }
        return "`".repeat(Math.max(3, longest + 1));
    }

    private static String withoutControls(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            sb.append(c != '\t' && (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') ? ' ' : c);
        }
        return sb.toString();
    }
}
