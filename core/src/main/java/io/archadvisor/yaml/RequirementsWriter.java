package io.archadvisor.yaml;

import io.archadvisor.base.EnumNames;
import io.archadvisor.base.InvalidValueException;
import io.archadvisor.base.UnwritableFileException;
import io.archadvisor.model.Requirements;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Writes {@link Requirements} as YAML in the format {@link RequirementsReader} reads, so that
 * {@code RequirementsReader.read(RequirementsWriter.write(r), name).equals(r)} holds for every valid {@code r}.
 * Unknown values ({@code null}) are left out; an empty list is written {@code []}, a section with nothing known
 * {@code {}}; enum constants in their kebab spelling; text is quoted only when it would otherwise read as something
 * else. Output is deterministic: fields in the records' order.
 */
public final class RequirementsWriter {

    private static final ScalarResolver RESOLVER = new CoreSchema().getScalarResolver();
    /** Words and numbers stay plain; anything a YAML 1.1 or 1.2 reader could take for another type is quoted. */
    private static final Pattern PLAIN = Pattern.compile("\\p{L}[\\p{L}\\p{N}_./+-]*(?: [\\p{L}\\p{N}_./+-]+)*");

    private static final Pattern YAML_11_WORDS = Pattern.compile(
            "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL");
    private static final String INDENT = "  ";

    private RequirementsWriter() {}

    /** The requirements as YAML text, ending with a newline. */
    public static String write(Requirements requirements) {
        Objects.requireNonNull(requirements, "requirements");
        StringBuilder out = new StringBuilder();
        if (!fields(requirements, 0, false, out)) {
            out.append("{}\n");
        }
        return out.toString();
    }

    /**
     * Writes the requirements as UTF-8 YAML to {@code file}, replacing it.
     *
     * @throws UnwritableFileException when the file cannot be written
     */
    public static void write(Requirements requirements, Path file) {
        try {
            Files.writeString(file, write(requirements), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UnwritableFileException(file, "the requirements", e);
        }
    }

    /**
     * Appends one {@code key: value} line (or block) per known component at {@code indent} levels; when
     * {@code inline}, the first line continues a {@code "- "} the caller wrote. Returns whether anything was written.
     */
    private static boolean fields(Record record, int indent, boolean inline, StringBuilder out) {
        boolean any = false;
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value = get(component, record);
            if (value == null) {
                continue;
            }
            if (any || !inline) {
                out.append(INDENT.repeat(indent));
            }
            any = true;
            out.append(component.getName()).append(':');
            value(value, indent, out);
        }
        return any;
    }

    private static void value(Object value, int indent, StringBuilder out) {
        if (value instanceof Record nested) {
            StringBuilder inner = new StringBuilder();
            if (fields(nested, indent + 1, false, inner)) {
                out.append('\n').append(inner);
            } else {
                out.append(" {}\n");
            }
        } else if (value instanceof List<?> list) {
            list(list, indent, out);
        } else {
            out.append(' ').append(scalar(value)).append('\n');
        }
    }

    private static void list(List<?> list, int indent, StringBuilder out) {
        if (list.isEmpty()) {
            out.append(" []\n");
            return;
        }
        if (!(list.get(0) instanceof Record)) {
            out.append(" [");
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(scalar(list.get(i)));
            }
            out.append("]\n");
            return;
        }
        out.append('\n');
        for (Object item : list) {
            out.append(INDENT.repeat(indent + 1)).append("- ");
            if (!fields((Record) item, indent + 2, true, out)) {
                out.append("{}\n");
            }
        }
    }

    static String scalar(Object value) {
        if (value instanceof Enum<?> e) {
            return EnumNames.kebab(e);
        }
        if (value instanceof String s) {
            return text(s);
        }
        if (value instanceof Double d) {
            if (!Double.isFinite(d)) {
                throw new InvalidValueException("Cannot write the non-finite number " + d + " as requirements");
            }
            return d.toString();
        }
        return String.valueOf(value); // Integer, Long, Boolean
    }

    /**
     * Plain when it reads back as the same text in block and flow context under YAML 1.2 and 1.1 alike (so other
     * tools read the file the same way), double-quoted with escapes otherwise.
     */
    static String text(String s) {
        if (PLAIN.matcher(s).matches()
                && !YAML_11_WORDS.matcher(s).matches()
                && RESOLVER.resolve(s, true).equals(Tag.STR)) {
            return s;
        }
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                case '\r' -> q.append("\\r");
                default -> {
                    boolean printable = c >= 0x20 && c < 0x7f
                            || c >= 0xa0 && c <= 0xd7ff && c != 0x2028 && c != 0x2029
                            || c >= 0xe000 && c <= 0xfffd && c != 0xfeff
                            || Character.isSurrogate(c) && isPairedSurrogate(s, i);
                    if (printable) {
                        q.append(c);
                    } else {
                        q.append(String.format("\\u%04x", (int) c));
                    }
                }
            }
        }
        return q.append('"').toString();
    }

    private static boolean isPairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c)
                ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static Object get(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "Cannot read " + component + " of " + record.getClass().getSimpleName(), e);
        }
    }
}
