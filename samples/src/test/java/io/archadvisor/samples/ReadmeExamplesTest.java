package io.archadvisor.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.model.Requirements;
import io.archadvisor.model.RequirementsException;
import io.archadvisor.yaml.RequirementsReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's examples are real: its YAML reads, and the errors it shows are the ones the reader gives. */
class ReadmeExamplesTest {

    private static String readme() throws Exception {
        return Files.readString(Path.of("../README.md"));
    }

    private static String block(String text, String fence) {
        int start = text.indexOf("```" + fence + "\n");
        assertTrue(start >= 0, "the README has a ```" + fence + " block");
        start += fence.length() + 4;
        return text.substring(start, text.indexOf("```", start));
    }

    @Test
    void theReadmesYamlExampleIsValidRequirements() throws Exception {
        String readme = readme();
        Requirements r = RequirementsReader.read(
                block(readme.substring(readme.indexOf("## The YAML format")), "yaml"), "README.md");
        assertEquals("studio-booking", r.system());
        assertEquals(2, r.proposal().services().size());
    }

    @Test
    void theReadmeShowsTheErrorsTheReaderReallyGives() throws Exception {
        RequirementsException e = assertThrows(
                RequirementsException.class,
                () -> RequirementsReader.read(
                        "system: shop\nteam:\n  size: 0\nnfrs:\n  compliance: [gdpr, pci]\nproposal:\n  services:\n"
                                + "    - {name: payments}\n    - {name: orders, calls: [{to: paymnts, mode: sync}]}\n",
                        "system.yaml"));
        assertEquals(block(readme(), "text").strip(), e.getMessage().strip());
    }
}
