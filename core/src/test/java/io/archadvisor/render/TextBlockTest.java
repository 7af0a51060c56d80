package io.archadvisor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextBlockTest {

    @Test
    void indentedLinesAfterTheProseAreASnippet() {
        TextBlock b = TextBlock.of("Use a contract. For example:\n  openapi: 3.1.0\n  paths:\n    /v1/orders: {}\n");
        assertEquals("Use a contract. For example:", b.prose());
        assertEquals(List.of("openapi: 3.1.0", "paths:", "  /v1/orders: {}"), b.code());
        assertEquals("```", b.fence());
    }

    @Test
    void textWithoutIndentedLinesIsAllProse() {
        TextBlock b = TextBlock.of("line one\nline two\r\nline three");
        assertEquals("line one\nline two\r\nline three", b.prose());
        assertEquals(List.of(), b.code());
        assertEquals(
                List.of(),
                TextBlock.of("  leading spaces on the first line only").code());
    }

    @Test
    void blankLinesInsideAreKeptAndAtTheEndDropped() {
        TextBlock b = TextBlock.of("Example:\n  a\n\n  b\r\n  \n\n");
        assertEquals(List.of("a", "", "b"), b.code());
    }

    @Test
    void theFenceOutgrowsAnyBackticksInTheSnippet() {
        assertEquals("`````", TextBlock.of("Run:\n  ```sh\n  x ````\n  ```").fence());
    }
}
