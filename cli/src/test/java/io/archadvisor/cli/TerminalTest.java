package io.archadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TerminalTest {

    @Test
    void escapeSequencesBellAndC1ControlsBecomeReplacementCharacters() {
        assertEquals(
                "17\uFFFD]8;;https://evil\uFFFD\\x\uFFFD\uFFFD",
                Terminal.clean("17\u001b]8;;https://evil\u001b\\x\u0007\u009b"));
    }

    @Test
    void textWithoutControlsIsReturnedAsItIsAndTabsAndLineBreaksStay() {
        String plain = "PostgreSQL 17.6\tis\nsupported";
        assertSame(plain, Terminal.clean(plain));
        assertEquals("a b c", Terminal.oneLine("a\nb\r\nc"));
    }
}
