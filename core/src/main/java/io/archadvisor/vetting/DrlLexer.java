package io.archadvisor.vetting;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a whole DRL file (conditions, consequences, functions, annotations alike) into the tokens the vetter checks.
 * String and character literals and comments are dropped. Anything that would make this lexer see the text
 * differently from Drools, MVEL or the Java compiler is reported instead of guessed at: Unicode escapes (Java decodes
 * them before it lexes, so they can turn a comment into code), text blocks, backtick identifiers, non-ASCII characters
 * outside literals and comments, and unterminated literals or comments.
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
    record Token(Kind kind, String text, int line, int column, int offset) {
    }

    /** A lexical reason to reject the file. */
    record Problem(int line, int column, String token, String reason) {
    }

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
        int escape = text.indexOf("\\u");
        while (escape >= 0) {
            int[] at = locate(escape);
            problems.add(new Problem(at[0], at[1], text.substring(escape, Math.min(text.length(), escape + 6)),
                    "is a Unicode escape: Java decodes these before anything else, so they can hide code inside a"
                            + " comment or a string. Write the character itself."));
            escape = text.indexOf("\\u", escape + 2);
        }
        while (pos < text.length()) {
            char c = text.charAt(pos);
            int col = pos - lineStart + 1;
            if (c == '\n') {
                newline(pos + 1);
            } else if (c == '\r' || c == '\t' || c == ' ' || c == '\f') {
                pos++;
            } else if (c == '/' && next(1) == '/') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '/' && next(1) == '*') {
                int end = text.indexOf("*/", pos + 2);
                if (end < 0) {
                    problems.add(new Problem(line, col, "/*", "starts a comment that never ends."));
                    end = text.length() - 2;
                }
                skipTo(end + 2);
            } else if (c == '"' && next(1) == '"' && next(2) == '"') {
                problems.add(new Problem(line, col, "\"\"\"", "starts a text block: Drools and Java read these"
                        + " differently. Use ordinary strings."));
                pos += 3;
            } else if (c == '"' || c == '\'') {
                literal(c, col);
            } else if (c == '`') {
                problems.add(new Problem(line, col, "`", "quotes an identifier with backticks, which can disguise a"
                        + " name. Write the name plainly."));
                pos++;
            } else if (Character.isDigit(c)) {
                int start = pos;
                while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                        || text.charAt(pos) == '.' && pos + 1 < text.length()
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
                problems.add(new Problem(line, col, new String(Character.toChars(cp)), "is a non-ASCII character"
                        + " outside a string or comment (U+" + String.format("%04X", cp) + "); it can disguise a name."
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
            if (c == '\\') {
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

    private int[] locate(int offset) {
        int l = 1;
        int start = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                l++;
                start = i + 1;
            }
        }
        return new int[] {l, offset - start + 1};
    }

    private static boolean isIdentStart(char c) {
        return c < 128 && (Character.isLetter(c) || c == '_' || c == '$');
    }

    private static boolean isIdentPart(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '$');
    }
}
