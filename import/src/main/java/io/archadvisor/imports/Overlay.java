package io.archadvisor.imports;

import io.archadvisor.base.Location;
import io.archadvisor.facts.Values;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.RequirementsException;
import io.archadvisor.model.SourceMap;
import io.archadvisor.yaml.ReadLimits;
import io.archadvisor.yaml.RequirementsReader;
import io.archadvisor.yaml.YamlDocuments;
import io.archadvisor.yaml.YamlNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Lays a hand-written requirements file over imported requirements: every value the overlay gives wins; lists of
 * named things (services, datastores, calls, technologies) are merged by name, the overlay's entries first in
 * weight; any other list the overlay gives replaces the imported one. Every value keeps its origin.
 */
final class Overlay {

    private final Map<String, Origin> base;
    private final SourceMap over;
    private final Map<String, Origin> out = new LinkedHashMap<>();
    private final List<ImportNote> notes = new ArrayList<>();

    private Overlay(Map<String, Origin> base, SourceMap over) {
        this.base = base;
        this.over = over;
    }

    /** The overlay file read strictly, as requirements, with the location of each of its values. */
    record Document(Requirements requirements, SourceMap sources) {}

    /** Reads an overlay file: strict requirements, and the locations of its values by path. */
    static Document read(String text, String source, ReadLimits limits) {
        Requirements r = RequirementsReader.withLimits(limits).asFragments().parse(text, source);
        Map<String, Location> locations = new LinkedHashMap<>();
        try {
            for (YamlNode doc : YamlDocuments.read(text, source, limits)) {
                locate(doc, "", locations);
            }
        } catch (RequirementsException e) {
            // read strictly above already; a second reading cannot fail differently
        }
        return new Document(r, new SourceMap(locations));
    }

    private static void locate(YamlNode node, String path, Map<String, Location> out) {
        if (!path.isEmpty()) {
            out.put(path, node.location());
        }
        if (node instanceof YamlNode.Mapping m) {
            for (YamlNode.Entry e : m.entries()) {
                String child = path.isEmpty() ? e.key() : path + "." + e.key();
                out.put(child, e.value().location());
                locate(e.value(), child, out);
            }
        } else if (node instanceof YamlNode.Sequence s) {
            for (int i = 0; i < s.items().size(); i++) {
                locate(s.items().get(i), path + "[" + i + "]", out);
            }
        }
    }

    /** The merged requirements, origins and notes. */
    record Result(Requirements requirements, Map<String, Origin> origins, List<ImportNote> notes) {}

    static Result apply(Requirements imported, Map<String, Origin> origins, Document overlay) {
        Overlay o = new Overlay(origins, overlay.sources());
        Requirements merged = (Requirements) o.merge(imported, "", overlay.requirements(), "", "");
        return new Result(merged, Map.copyOf(o.out), List.copyOf(o.notes));
    }

    private Object merge(Object b, String bp, Object v, String vp, String op) {
        if (v == null) {
            copyBase(bp, op);
            return b;
        }
        if (b == null) {
            copyOverlay(vp, op);
            return v;
        }
        if (b instanceof Record br && v instanceof Record vr && b.getClass() == v.getClass()) {
            RecordComponent[] cs = b.getClass().getRecordComponents();
            Object[] args = new Object[cs.length];
            if (!op.isEmpty()) {
                Origin self = overlayOrigin(vp);
                out.put(op, self != null ? self : base.get(bp));
            }
            for (int i = 0; i < cs.length; i++) {
                String n = cs[i].getName();
                args[i] = merge(get(cs[i], br), join(bp, n), get(cs[i], vr), join(vp, n), join(op, n));
            }
            return construct(b.getClass(), cs, args);
        }
        if (b instanceof List<?> bl && v instanceof List<?> vl) {
            String key = vl.isEmpty() ? null : keyOf(vl.get(0));
            if (key == null || bl.isEmpty() || keyOf(bl.get(0)) == null) {
                replaced(b, bp, v, vp);
                copyOverlay(vp, op);
                return v;
            }
            List<Object> merged = new ArrayList<>();
            List<Boolean> used = new ArrayList<>();
            vl.forEach(x -> used.add(false));
            for (int i = 0; i < bl.size(); i++) {
                Object item = bl.get(i);
                int match = indexOf(vl, keyValue(item));
                String target = op + "[" + merged.size() + "]";
                if (match < 0) {
                    copyBase(bp + "[" + i + "]", target);
                    merged.add(item);
                } else {
                    used.set(match, true);
                    merged.add(merge(item, bp + "[" + i + "]", vl.get(match), vp + "[" + match + "]", target));
                }
            }
            for (int j = 0; j < vl.size(); j++) {
                if (!used.get(j)) {
                    copyOverlay(vp + "[" + j + "]", op + "[" + merged.size() + "]");
                    merged.add(vl.get(j));
                }
            }
            return merged;
        }
        replaced(b, bp, v, vp);
        copyOverlay(vp, op);
        return v;
    }

    private void replaced(Object b, String bp, Object v, String vp) {
        if (!Objects.equals(b, v) && base.get(bp) != null) {
            Location at = over.find(vp).orElse(null);
            notes.add(new ImportNote(
                    at,
                    "the overlay's `" + vp + "` (" + Values.display(v) + ") replaces the imported " + Values.display(b)
                            + " (" + base.get(bp).comment() + ")"));
        }
    }

    private static String keyOf(Object item) {
        if (!(item instanceof Record r)) {
            return null;
        }
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (c.getName().equals("name") || c.getName().equals("to")) {
                return c.getName();
            }
        }
        return null;
    }

    private static Object keyValue(Object item) {
        Record r = (Record) item;
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (c.getName().equals("name") || c.getName().equals("to")) {
                Object k = get(c, r);
                return c.getName().equals("name") && r instanceof io.archadvisor.model.TechnologyRef t
                        ? t.name() + "@" + t.version()
                        : k;
            }
        }
        return null;
    }

    private static int indexOf(List<?> list, Object key) {
        for (int i = 0; i < list.size(); i++) {
            if (Objects.equals(keyValue(list.get(i)), key)) {
                return i;
            }
        }
        return -1;
    }

    private Origin overlayOrigin(String vp) {
        Location at = over.locations().get(vp);
        return at == null ? null : Origin.overlay(at);
    }

    private void copyBase(String from, String to) {
        for (Map.Entry<String, Origin> e : base.entrySet()) {
            String k = e.getKey();
            if (under(k, from)) {
                out.put(to + k.substring(from.length()), e.getValue());
            }
        }
    }

    private void copyOverlay(String from, String to) {
        boolean exact = false;
        for (Map.Entry<String, Location> e : over.locations().entrySet()) {
            String k = e.getKey();
            if (under(k, from)) {
                out.put(to + k.substring(from.length()), Origin.overlay(e.getValue()));
                exact |= k.equals(from);
            }
        }
        if (!exact && !to.isEmpty()) {
            over.find(from).ifPresent(at -> out.put(to, Origin.overlay(at)));
        }
    }

    private static boolean under(String key, String prefix) {
        return prefix.isEmpty()
                || key.equals(prefix)
                || key.startsWith(prefix) && (key.charAt(prefix.length()) == '.' || key.charAt(prefix.length()) == '[');
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Object get(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + c, e);
        }
    }

    private static Object construct(Class<?> type, RecordComponent[] cs, Object[] args) {
        Class<?>[] types = new Class<?>[cs.length];
        for (int i = 0; i < cs.length; i++) {
            types[i] = cs[i].getType();
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
        }
    }
}
