package io.archadvisor.vetting;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a whole DRL file (conditions, consequences, functions, annotations alike) into the tokens the vetter checks.
 * String and character literals and comments are dropped. Anything that would make this lexer see the text
 * differently from Drools, MVEL or the Java compiler is reported instead of guessed at: Unicode escapes outside string
 * and character literals, and inside them any that decode to a quote, a backslash or a line break (Java decodes them
 * before it lexes, so <code>&#92;u000a</code> turns the rest of a comment into code), text blocks, backtick identifiers,
 * non-ASCII characters outside literals and comments, and unterminated literals or comments.
 */
final class DrlLexer {

    /** What a token is. */
    enum Kind {
        /** An identifier or keyword, including {@code $bindings}. */
        IDENT,
        /** A number. */
        NUMBER,
        /** A string or character literal (its text is the literal, quotes included). */
        STRING,
        /** {@code .}, {@code .?} (MVEL null-safe) or {@code ::}. */
        DOT,
        /** Any other symbol. */
        SYMBOL
    }

    /** One token, at its 1-based line and column and its 0-based offset in the text. */
    record Token(Kind kind, String text, int line, int column, int offset) {}

    /** A lexical reason to reject the file. */
    record Problem(int line, int column, String token, String reason) {}

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int lineStart;

    private DrlLexer(String text) {
        this.text = text;
    }

    static DrlLexer lex(String text) {
        DrlLexer l = new DrlLexer(text);
        l.run();
        return l;
    }

    List<Token> tokens() {
        return tokens;
    }

    List<Problem> problems() {
        return problems;
    }

    private void run() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            int col = pos - lineStart + 1;
            int escape = unicodeEscape(pos);
            if (escape > 0) {
                escapeOutsideLiteral(pos, escape);
                pos += escape;
            } else if (c == '\n') {
                newline(pos + 1);
            } else if (c == '\r' || c == '\t' || c == ' ' || c == '\f') {
                pos++;
            } else if (c == '/' && next(1) == '/') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    int e = unicodeEscape(pos);
                    if (e > 0) {
                        escapeOutsideLiteral(pos, e);
                    }
                    pos += Math.max(1, e);
                }
            } else if (c == '/' && next(1) == '*') {
                int end = text.indexOf("*/", pos + 2);
                if (end < 0) {
                    problems.add(new Problem(line, col, "/*", "starts a comment that never ends."));
                    end = text.length() - 2;
                }
                while (pos < end) {
                    int e = unicodeEscape(pos);
                    if (e > 0) {
                        escapeOutsideLiteral(pos, e);
                        pos += e;
                    } else if (text.charAt(pos) == '\n') {
                        newline(pos + 1);
                    } else {
                        pos++;
                    }
                }
                skipTo(end + 2);
            } else if (c == '"' && next(1) == '"' && next(2) == '"') {
                problems.add(new Problem(
                        line,
                        col,
                        "\"\"\"",
                        "starts a text block: Drools and Java read these" + " differently. Use ordinary strings."));
                pos += 3;
            } else if (c == '"' || c == '\'') {
                literal(c, col);
            } else if (c == '`') {
                problems.add(new Problem(
                        line,
                        col,
                        "`",
                        "quotes an identifier with backticks, which can disguise a"
                                + " name. Write the name plainly."));
                pos++;
            } else if (Character.isDigit(c)) {
                int start = pos;
                while (pos < text.length()
                        && (Character.isLetterOrDigit(text.charAt(pos))
                                || text.charAt(pos) == '_'
                                || text.charAt(pos) == '.'
                                        && pos + 1 < text.length()
                                        && Character.isDigit(text.charAt(pos + 1)))) {
                    pos++;
                }
                tokens.add(new Token(Kind.NUMBER, text.substring(start, pos), line, col, start));
            } else if (isIdentStart(c)) {
                int start = pos;
                while (pos < text.length() && isIdentPart(text.charAt(pos))) {
                    pos++;
                }
                tokens.add(new Token(Kind.IDENT, text.substring(start, pos), line, col, start));
            } else if (c == '.' && next(1) == '?') {
                tokens.add(new Token(Kind.DOT, ".?", line, col, pos));
                pos += 2;
            } else if (c == ':' && next(1) == ':') {
                tokens.add(new Token(Kind.DOT, "::", line, col, pos));
                pos += 2;
            } else if (c == '.' && !(next(1) == '.')) {
                tokens.add(new Token(Kind.DOT, ".", line, col, pos));
                pos++;
            } else if (c > 127) {
                int cp = text.codePointAt(pos);
                problems.add(new Problem(
                        line,
                        col,
                        new String(Character.toChars(cp)),
                        "is a non-ASCII character"
                                + " outside a string or comment (U+" + String.format("%04X", cp)
                                + "); it can disguise a name."
                                + " Use ASCII in code."));
                pos += Character.charCount(cp);
            } else {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), line, col, pos));
                pos++;
            }
        }
    }

    private void literal(char quote, int col) {
        int startLine = line;
        int start = pos;
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            int escape = unicodeEscape(pos);
            if (escape > 0) {
                char decoded = (char) Integer.parseInt(text.substring(pos + escape - 4, pos + escape), 16);
                if (decoded == '"' || decoded == '\'' || decoded == '\\' || decoded == '\n' || decoded == '\r') {
                    problems.add(new Problem(
                            line,
                            pos - lineStart + 1,
                            text.substring(pos, pos + escape),
                            "is a Unicode escape for a quote, backslash or line break: Java decodes it before"
                                    + " anything else, so it changes where the literal ends. Use an ordinary escape such as"
                                    + " \\n."));
                }
                pos += escape;
            } else if (c == '\\') {
                if (next(1) == '\n') {
                    newline(pos + 2);
                } else {
                    pos += 2;
                }
            } else if (c == quote) {
                pos++;
                tokens.add(new Token(Kind.STRING, text.substring(start, pos), startLine, col, start));
                return;
            } else if (c == '\n') {
                newline(pos + 1);
            } else {
                pos++;
            }
        }
        problems.add(new Problem(startLine, col, String.valueOf(quote), "starts a string that never ends."));
    }

    /**
     * The length of the Unicode escape ({@code \\u}, more {@code u}s, four hex digits) starting at {@code i}, or 0:
     * as in Java, a backslash starts one only when an even number of backslashes precede it.
     */
    private int unicodeEscape(int i) {
        if (text.charAt(i) != '\\' || i + 1 >= text.length() || text.charAt(i + 1) != 'u') {
            return 0;
        }
        int before = 0;
        for (int j = i - 1; j >= 0 && text.charAt(j) == '\\'; j--) {
            before++;
        }
        if (before % 2 != 0) {
            return 0;
        }
        int j = i + 1;
        while (j < text.length() && text.charAt(j) == 'u') {
            j++;
        }
        if (j + 4 > text.length()) {
            return j - i; // malformed: Java rejects it, and so do we
        }
        for (int k = j; k < j + 4; k++) {
            if (Character.digit(text.charAt(k), 16) < 0) {
                return j - i;
            }
        }
        return j + 4 - i;
    }

    /** Reports an escape at {@code at}, which is on the current line. */
    private void escapeOutsideLiteral(int at, int length) {
        problems.add(new Problem(
                line,
                at - lineStart + 1,
                text.substring(at, Math.min(text.length(), at + length)),
                "is a Unicode escape outside a string: Java decodes these before anything else, so they can hide"
                        + " code (in a comment) or a name. Write the character itself."));
    }

    private void skipTo(int end) {
        while (pos < end && pos < text.length()) {
            if (text.charAt(pos) == '\n') {
                newline(pos + 1);
            } else {
                pos++;
            }
        }
    }

    private void newline(int next) {
        pos = next;
        line++;
        lineStart = next;
    }

    private char next(int ahead) {
        return pos + ahead < text.length() ? text.charAt(pos + ahead) : 0;
    }

    private static boolean isIdentStart(char c) {
        return c < 128 && (Character.isLetter(c) || c == '_' || c == '$');
    }

    private static boolean isIdentPart(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '$');
    }
}
