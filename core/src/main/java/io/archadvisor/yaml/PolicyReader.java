package io.archadvisor.yaml;

import io.archadvisor.Location;
import io.archadvisor.Problem;
import io.archadvisor.RequirementsException;
import io.archadvisor.policy.Policy;
import io.archadvisor.policy.PolicyException;
import io.archadvisor.policy.PolicyFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a calibration policy override with the strict YAML reader: unknown keys, wrong types, unknown patterns and
 * out-of-range values are reported with {@code file:line:column} and the fix, every problem at once. For example:
 *
 * <pre>
 * name: acme
 * version: "3"
 * thresholds: {largeTeam: 30, latencyCriticalMs: 50}
 * weights:
 *   - {pattern: microservices, criterion: large-team, weight: 4}
 * </pre>
 */
public final class PolicyReader {

    private PolicyReader() {
    }

    /**
     * The built-in policy with the changes of a policy file.
     *
     * @throws PolicyException listing every problem with its place
     */
    public static Policy read(Path file) {
        Objects.requireNonNull(file, "file");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PolicyException(List.of(Problem.of(file.toString(), null, "cannot be read (" + e
                    + "); check that the policy file exists and is readable")));
        }
        return read(text, file.toString());
    }

    /**
     * The built-in policy with the changes of policy YAML text; {@code sourceName} is what problems call it.
     *
     * @throws PolicyException listing every problem with its place
     */
    public static Policy read(String yaml, String sourceName) {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(sourceName, "sourceName");
        ReadLimits limits = ReadLimits.DEFAULTS;
        Problems problems = new Problems(sourceName);
        try {
            Optional<YamlNode> root;
            try {
                root = new TreeReader(limits, problems).read(yaml);
            } catch (TreeReader.Abort abort) {
                throw problems.exception(abort.getCause());
            }
            if (root.isEmpty() || !(root.get() instanceof YamlNode.Mapping)) {
                problems.add("", root.map(YamlNode::display).orElse(null), root.map(YamlNode::location)
                        .orElse(new Location(sourceName, 1, 1)), "must be a mapping with the keys "
                        + String.join(", ", RecordBinder.fieldNames(PolicyFile.class)));
                throw problems.exception(null);
            }
            Optional<PolicyFile> file = new RecordBinder(limits, problems).bindRecord(PolicyFile.class, root.get());
            if (!problems.isEmpty() || file.isEmpty()) {
                throw problems.exception(null);
            }
            try {
                return file.get().applyTo(Policy.defaults());
            } catch (IllegalArgumentException e) {
                throw new PolicyException(List.of(new Problem("", null, new Location(sourceName, 1, 1),
                        e.getMessage())));
            }
        } catch (RequirementsException e) {
            throw new PolicyException(e.problems());
        }
    }
}
