package io.archadvisor.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Escapes user-supplied text for Markdown (CommonMark with GitHub's tables), so a name such as {@code a|b} or
 * {@code <script>} shows as written and cannot open a link, an image, emphasis, a table cell or HTML. Public for the
 * other Markdown writers of the library (such as the architecture decision records).
 */
public final class MarkdownText {

    /** Characters that always get a backslash: code, emphasis, strikethrough, math, table cells, escapes. */
    private static final String ALWAYS = "\\`*_|~$";

    private MarkdownText() {}

    /**
     * Text on one line: line breaks and control characters become spaces, leading spaces go, and every character that
     * could start Markdown or HTML syntax here gets a backslash. Characters that are only syntax in some positions are
     * escaped only there: {@code <} before a letter (a tag or an autolink), {@code &} before a letter or {@code #} (an
     * entity), {@code ]} before {@code (} or {@code [} (a link or an image), and a leading {@code #}, {@code >},
     * {@code -}, {@code +}, {@code =} or {@code 1.} (a heading, quote or list at the start of a list item).
     */
    public static String text(String s) {
        return escape(s, false);
    }

    /** Text for a link's label: as {@link #text}, with every bracket escaped so the label cannot end early. */
    public static String linkLabel(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean allBrackets) {
        String flat = oneLine(s).stripLeading();
        StringBuilder sb = new StringBuilder(flat.length() + 8);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            char next = i + 1 < flat.length() ? flat.charAt(i + 1) : ' ';
            boolean escape = ALWAYS.indexOf(c) >= 0
                    || (c == '<' && !(Character.isWhitespace(next) || next == '='))
                    || (c == '&' && (Character.isLetter(next) || next == '#'))
                    || (c == ']' && (allBrackets || next == '(' || next == '['))
                    || (c == '[' && allBrackets)
                    || (i == 0 && "#>-+=".indexOf(c) >= 0);
            if (escape) {
                sb.append('\\');
            }
            sb.append(c);
        }
        int digits = 0;
        while (digits < sb.length() && Character.isDigit(sb.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < sb.length() && (sb.charAt(digits) == '.' || sb.charAt(digits) == ')')) {
            sb.insert(digits, '\\');
        }
        return sb.toString();
    }

    /** Text as a code span, such as {@code `team.size = 5`}, whatever backticks it holds. */
    public static String code(String s) {
        String flat = oneLine(s);
        if (flat.isBlank()) {
            return "`" + (flat.isEmpty() ? "(empty)" : "(blank)") + "`";
        }
        int longest = 0;
        int run = 0;
        for (int i = 0; i < flat.length(); i++) {
            run = flat.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = flat.startsWith("`") || flat.endsWith("`") || (flat.startsWith(" ") && flat.endsWith(" "));
        return fence + (pad ? " " : "") + flat + (pad ? " " : "") + fence;
    }

    /**
     * Inline Markdown for a table cell: a pipe ends a cell even inside a code span, so every pipe is escaped; use it on
     * Markdown already built with {@link #text} and {@link #code}.
     */
    public static String cell(String markdown) {
        StringBuilder sb = new StringBuilder(markdown.length() + 4);
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '|' && (i == 0 || markdown.charAt(i - 1) != '\\')) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * A link to an http or https address, or the address as a code span when it is anything else (so a
     * {@code javascript:} address cannot become a link).
     */
    public static String link(String label, @Nullable String url) {
        String u = url == null ? "" : url.strip();
        if (!isWebAddress(u)) {
            return code(u);
        }
        return "[" + linkLabel(label) + "](<" + u + ">)";
    }

    private static boolean isWebAddress(String u) {
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c <= ' ' || c == '<' || c == '>' || c == '\\' || c == '`' || c == '|' || c == 0x7f) {
                return false;
            }
        }
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The text on one line: every line break, tab and other control character becomes one space. */
    public static String oneLine(@Nullable String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean breakLike = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (breakLike) {
                if (!space) {
                    sb.append(' ');
                    space = true;
                }
            } else {
                sb.append(c);
                space = false;
            }
        }
        return sb.toString();
    }
}
