package io.archadvisor.cli;

import io.archadvisor.model.Edits;
import io.archadvisor.model.Requirements;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * {@code PATH=VALUE} assignments to requirements, such as {@code team.size=80} or {@code nfrs.compliance=[gdpr, hipaa]}:
 * the value is read as a YAML value, so numbers, booleans, lists and enum spellings work as in the file.
 */
final class Assignments {

    private Assignments() {}

    /**
     * The requirements with each assignment applied in order.
     *
     * @throws CliException when an assignment is not {@code PATH=VALUE}
     * @throws io.archadvisor.model.RequirementsException when a path does not exist or a value does not fit
     */
    static Requirements apply(Requirements requirements, List<String> assignments, List<String> clears) {
        Requirements r = requirements;
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new CliException("--set `" + a + "` is not PATH=VALUE: write it like --set team.size=80");
            }
            String path = a.substring(0, eq).strip();
            Object value = value(a.substring(eq + 1), a);
            if (value instanceof String text && isList(path)) {
                value = Interview.parse(path, text); // a, b, c for a list, as in the interview
            }
            r = Edits.set(r, path, value);
        }
        for (String path : clears) {
            r = Edits.clear(r, path.strip());
        }
        return r;
    }

    private static boolean isList(String path) {
        try {
            Type t = Interview.fieldType(path);
            return t instanceof ParameterizedType p && p.getRawType() == List.class;
        } catch (RuntimeException e) {
            return false; // not a plain field path: Edits explains
        }
    }

    /** The YAML value of {@code text}: a number, a boolean, a list, or text. */
    static Object value(String text, String assignment) {
        if (text.isBlank()) {
            throw new CliException("--set `" + assignment + "` has no value: give one, or use --clear PATH to make"
                    + " the value unknown");
        }
        try {
            return new Load(LoadSettings.builder().build()).loadFromString(text);
        } catch (YamlEngineException e) {
            throw new CliException("--set `" + assignment + "`: the value is not valid YAML; quote text that"
                    + " contains : or #, such as --set 'system=\"a: b\"'");
        }
    }
}
