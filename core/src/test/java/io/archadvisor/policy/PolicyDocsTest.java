package io.archadvisor.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.archadvisor.model.Pattern;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** docs/policy.md documents the built-in policy as it is: every threshold and every weight, with its default. */
class PolicyDocsTest {

    private static final Path DOC = Path.of("..", "docs", "policy.md");
    private static final java.util.regex.Pattern THRESHOLD =
            java.util.regex.Pattern.compile("^\\| `(\\w+)` \\| ([0-9.]+) \\|", java.util.regex.Pattern.MULTILINE);
    private static final java.util.regex.Pattern WEIGHT = java.util.regex.Pattern.compile(
            "^\\| ([a-z-]+) \\| `([a-z0-9-]+)` \\| (best for|avoid when) \\| (\\d+) \\|",
            java.util.regex.Pattern.MULTILINE);

    @Test
    void everyThresholdOfTheBuiltInPolicyIsDocumentedWithItsDefault() throws IOException, ReflectiveOperationException {
        Map<String, String> documented = new LinkedHashMap<>();
        Matcher m = THRESHOLD.matcher(Files.readString(DOC));
        while (m.find()) {
            documented.put(m.group(1), m.group(2));
        }
        Map<String, String> actual = new LinkedHashMap<>();
        Thresholds t = Policy.defaults().thresholds();
        for (java.lang.reflect.RecordComponent c : Thresholds.class.getRecordComponents()) {
            actual.put(c.getName(), String.valueOf(c.getAccessor().invoke(t)));
        }
        assertEquals(actual, documented);
    }

    @Test
    void everyWeightOfTheBuiltInPolicyIsDocumentedWithItsDefault() throws IOException {
        List<String> documented = new ArrayList<>();
        Matcher m = WEIGHT.matcher(Files.readString(DOC));
        while (m.find()) {
            documented.add(m.group(1) + "/" + m.group(2) + " = " + m.group(4));
        }
        List<String> actual = new ArrayList<>();
        for (Weight w : Policy.defaults().weights()) {
            actual.add(io.archadvisor.base.EnumNames.kebab(w.pattern()) + "/" + w.criterion() + " = " + w.weight());
        }
        assertEquals(actual, documented);
        for (Pattern p : Pattern.values()) {
            assertFalse(Policy.criteria(p).isEmpty(), p.toString());
        }
    }
}
