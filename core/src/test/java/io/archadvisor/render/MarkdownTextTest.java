package io.archadvisor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '⇒',
            quoteCharacter = '\'',
            value = {
                "plain words, (with) punctuation: ok? ⇒ plain words, (with) punctuation: ok?",
                "**bold** _it_ ~~gone~~ `code` $x$ ⇒ \\*\\*bold\\*\\* \\_it\\_ \\~\\~gone\\~\\~ \\`code\\` \\$x\\$",
                "a|b ⇒ a\\|b",
                "back\\slash ⇒ back\\\\slash",
                "<script>x</script> ⇒ \\<script>x\\</script>",
                "a < 20 and b <= 3 ⇒ a < 20 and b <= 3",
                "R&D &amp; &#35; ⇒ R\\&D \\&amp; \\&#35;",
                "[link](javascript:x) ![img](y) [ref][1] ⇒ [link\\](javascript:x) ![img\\](y) [ref\\][1]",
                "# not a heading ⇒ \\# not a heading",
                "- not a list ⇒ \\- not a list",
                "> not a quote ⇒ \\> not a quote",
                "12. not a list ⇒ 12\\. not a list",
                "3) not a list ⇒ 3\\) not a list",
                "'   leading spaces' ⇒ leading spaces",
                "x #5 - y > z ⇒ x #5 - y > z",
                "日本語 🚀 ≥ ⇒ 日本語 🚀 ≥"
            })
    void textEscapesWhatCouldBeSyntaxWhereItCouldBe(String input, String expected) {
        String in = input.strip().equals("'   leading spaces'") ? "   leading spaces" : input.strip();
        assertEquals(expected.strip(), MarkdownText.text(in));
    }

    @Test
    void lineBreaksAndControlCharactersBecomeOneSpace() {
        assertEquals("one two three four", MarkdownText.text("one\r\ntwo\n\n\tthree\u2028four"));
    }

    @Test
    void codeSpansHoldAnyBackticks() {
        assertEquals("`team.size = 5`", MarkdownText.code("team.size = 5"));
        assertEquals("``a ` b``", MarkdownText.code("a ` b"));
        assertEquals("````x ``` y````", MarkdownText.code("x ``` y"));
        assertEquals("`` `edge` ``", MarkdownText.code("`edge`"));
        assertEquals("`(empty)`", MarkdownText.code(""));
        assertEquals("`(blank)`", MarkdownText.code("  "));
    }

    @Test
    void tableCellsEscapeEveryPipeEvenInCode() {
        assertEquals(
                "`a\\|b` and x\\|y", MarkdownText.cell(MarkdownText.code("a|b") + " and " + MarkdownText.text("x|y")));
    }

    @Test
    void onlyWebAddressesBecomeLinks() {
        assertEquals(
                "[Redis docs](<https://redis.io/docs/>)", MarkdownText.link("Redis docs", "https://redis.io/docs/"));
        assertEquals("[a\\[b\\] docs](<http://x.org/a_(b)>)", MarkdownText.link("a[b] docs", "http://x.org/a_(b)"));
        assertEquals("`http://x.org/a|b`", MarkdownText.link("x", "http://x.org/a|b"));
        assertEquals("`javascript:alert(1)`", MarkdownText.link("x", "javascript:alert(1)"));
        assertEquals("`https://x.org/<y>`", MarkdownText.link("x", "https://x.org/<y>"));
        assertEquals("`not a url`", MarkdownText.link("x", "not a url"));
    }
}
