package io.archadvisor.cli;

/** Text about to reach a terminal, made inert: what an input contains cannot drive the terminal. */
final class Terminal {

    private Terminal() {}

    /**
     * The text with every control character except tab and line break replaced by U+FFFD, so that a value from an
     * input (a technology version, a file name) cannot move the cursor, retitle the window, ring the bell or hide text
     * behind an escape sequence.
     */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F);
            if (control && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(control ? '\uFFFD' : c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** The text on one line: line breaks become spaces, other control characters U+FFFD. */
    static String oneLine(String text) {
        return clean(text.replace("\r\n", " ").replace('\n', ' '));
    }
}
