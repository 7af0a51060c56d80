package io.archadvisor.yaml;

import io.archadvisor.base.Location;
import io.archadvisor.model.SourceMap;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where each value of a read document was written, by the field paths facts use: a scalar at its value
 * ({@code team.size} at the {@code 5} of {@code size: 5}), a mapping or list under a key at its key ({@code team} at
 * {@code team:}), a list item where it starts.
 */
final class SourceMaps {

    private SourceMaps() {}

    /** The locations of every value under the root mapping. */
    static SourceMap of(YamlNode root) {
        Map<String, Location> out = new HashMap<>();
        walk(root, "", null, out);
        return new SourceMap(out);
    }

    private static void walk(YamlNode node, String path, @Nullable Location keyLocation, Map<String, Location> out) {
        if (!path.isEmpty()) {
            // a collection is pointed at by its key, where a reader looks for a section; a value where it is written
            out.put(path, node instanceof YamlNode.Scalar || keyLocation == null ? node.location() : keyLocation);
        }
        if (node instanceof YamlNode.Mapping m) {
            for (YamlNode.Entry e : m.entries()) {
                walk(e.value(), TreeReader.join(path, e.key()), e.keyLocation(), out);
            }
        } else if (node instanceof YamlNode.Sequence s) {
            for (int i = 0; i < s.items().size(); i++) {
                walk(s.items().get(i), path + "[" + i + "]", null, out);
            }
        }
    }
}
