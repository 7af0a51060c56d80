package io.archadvisor.rules.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.archadvisor.base.InvalidValueException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EvidenceTest {

    @Test
    void namesAreSortedAndDistinct() {
        assertEquals("billing, orders, shipping", Evidence.names(List.of("shipping", "orders", "billing", "orders")));
    }

    @Test
    void longListsSayHowManyMoreThereAre() {
        List<String> many =
                IntStream.range(0, 13).mapToObj(i -> String.format("s%02d", i)).toList();
        assertEquals("s00, s01, s02, s03, s04, s05, s06, s07, s08, s09 and 3 more", Evidence.names(many));
        assertEquals("a → b and 1 more", Evidence.bounded(List.of("a", "b", "c"), " → ", 2));
    }

    @Test
    void countsUseThePluralUnlessOne() {
        assertEquals("1 service", Evidence.count(1, "service"));
        assertEquals("0 services", Evidence.count(0, "service"));
        assertEquals("3 services", Evidence.count(3, "service"));
    }

    @Test
    void aLimitBelowOneIsRejected() {
        assertThrows(InvalidValueException.class, () -> Evidence.bounded(List.of("a"), ", ", 0));
    }
}
