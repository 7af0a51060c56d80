package io.archadvisor.yaml;

import io.archadvisor.base.InvalidValueException;
import io.archadvisor.base.Location;
import io.archadvisor.base.Problem;
import io.archadvisor.base.Suggestions;
import io.archadvisor.policy.Policy;
import io.archadvisor.policy.PolicyException;
import io.archadvisor.policy.PolicyFile;
import io.archadvisor.policy.Weight;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a calibration policy override with the strict YAML reader: unknown keys, wrong types, unknown patterns, a
 * criterion the rules do not weigh for its pattern and out-of-range values are reported with {@code file:line:column} and the fix, every problem at once. For example:
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

    private static final StrictYaml<PolicyFile> YAML = StrictYaml.of(PolicyFile.class, PolicyException::new)
            .describedAs("a policy file", "ReadLimits")
            .emptyAs(() -> new PolicyFile(null, null, null, null))
            .checkedWith(PolicyReader::criteria);

    private PolicyReader() {}

    /**
     * The built-in policy with the changes of a policy file.
     *
     * @throws PolicyException listing every problem with its place
     */
    public static Policy read(Path file) {
        Objects.requireNonNull(file, "file");
        return apply(YAML.read(file), file.toString());
    }

    /**
     * The built-in policy with the changes of policy YAML text; {@code sourceName} is what problems call it.
     *
     * @throws PolicyException listing every problem with its place
     */
    public static Policy read(String yaml, String sourceName) {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(sourceName, "sourceName");
        return apply(YAML.read(yaml, sourceName), sourceName);
    }

    /** A weight whose criterion the built-in rules do not weigh for its pattern, named with the closest ones. */
    private static List<Problem> criteria(PolicyFile file) {
        List<Problem> out = new ArrayList<>();
        List<Weight> weights = file.weights() == null ? List.of() : file.weights();
        for (int i = 0; i < weights.size(); i++) {
            Weight w = weights.get(i);
            List<String> known = Policy.criteria(w.pattern());
            if (known.contains(w.criterion())) {
                continue;
            }
            String hint = Suggestions.best(w.criterion(), known)
                    .map(c -> "; did you mean `" + c + "`?")
                    .orElse("");
            out.add(Problem.of(
                    "weights[" + i + "].criterion",
                    w.criterion(),
                    "is not a criterion the rules weigh for " + w.pattern().label() + ": use one of "
                            + String.join(", ", known) + hint));
        }
        return out;
    }

    private static Policy apply(PolicyFile file, String sourceName) {
        try {
            return file.applyTo(Policy.defaults());
        } catch (IllegalArgumentException | InvalidValueException e) {
            throw new PolicyException(List.of(new Problem(
                    "",
                    null,
                    new Location(sourceName, 1, 1),
                    Objects.requireNonNullElse(e.getMessage(), e.toString()))));
        }
    }
}
