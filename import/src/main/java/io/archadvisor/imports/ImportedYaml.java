package io.archadvisor.imports;

import io.archadvisor.model.Requirements;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Writes imported requirements as YAML with a comment after each value naming its origin. */
final class ImportedYaml {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_./+-]*");
    private static final Pattern WORDS = Pattern.compile(
            "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL");

    private ImportedYaml() {}

    static String write(ImportedRequirements imported) {
        StringBuilder out = new StringBuilder();
        out.append("# Requirements imported by archadvisor from ");
        out.append(
                imported.files().isEmpty()
                        ? "no files"
                        : oneLine(imported.files().stream()
                                .map(d -> d.name() + " (" + d.format() + ")")
                                .collect(Collectors.joining(", ")))); // a file name must not end the comment
        out.append(".\n# Each value is followed by where it came from: a file and line, or what it was inferred from.\n"
                + "# Unknown values are left out: add what files cannot say (team, budget, timeline, NFRs), here or in"
                + " an overlay file.\n");
        for (Conflict c : imported.conflicts()) {
            out.append("# CONFLICT, left unknown: ")
                    .append(oneLine(c.message()))
                    .append('\n');
        }
        Requirements r = imported.requirements();
        StringBuilder body = new StringBuilder();
        fields(r, "", 0, false, imported, body);
        out.append(body.length() == 0 ? "{}\n" : body);
        return out.toString();
    }

    private static boolean fields(
            Record record, String path, int indent, boolean inline, ImportedRequirements imp, StringBuilder out) {
        boolean any = false;
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            Object value = get(c, record);
            if (value == null) {
                continue;
            }
            String p = path.isEmpty() ? c.getName() : path + "." + c.getName();
            if (any || !inline) {
                out.append("  ".repeat(indent));
            }
            any = true;
            out.append(c.getName()).append(':');
            if (value instanceof Record nested) {
                StringBuilder inner = new StringBuilder();
                if (fields(nested, p, indent + 1, false, imp, inner)) {
                    out.append(comment(imp, p)).append('\n').append(inner);
                } else {
                    out.append(" {}").append(comment(imp, p)).append('\n');
                }
            } else if (value instanceof List<?> list) {
                if (list.isEmpty()) {
                    out.append(" []").append(comment(imp, p)).append('\n');
                    continue;
                }
                out.append('\n');
                for (int i = 0; i < list.size(); i++) {
                    Object item = list.get(i);
                    String ip = p + "[" + i + "]";
                    out.append("  ".repeat(indent + 1)).append("- ");
                    if (item instanceof Record rec) {
                        StringBuilder inner = new StringBuilder();
                        if (!fields(rec, ip, indent + 2, true, imp, inner)) {
                            out.append("{}").append(comment(imp, ip)).append('\n');
                        } else {
                            // the item's own origin goes on its first line, unless that line has its own
                            int eol = inner.indexOf("\n");
                            String firstLine = inner.substring(0, eol);
                            out.append(firstLine);
                            if (!firstLine.contains(" # ")) {
                                out.append(comment(imp, ip));
                            }
                            out.append(inner.substring(eol));
                        }
                    } else {
                        out.append(scalar(item)).append(comment(imp, ip)).append('\n');
                    }
                }
            } else {
                out.append(' ').append(scalar(value)).append(comment(imp, p)).append('\n');
            }
        }
        return any;
    }

    private static String comment(ImportedRequirements imp, String path) {
        Origin o = imp.origins().get(path);
        return o == null ? "" : "  # " + oneLine(o.comment());
    }

    private static String oneLine(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // every character a YAML reader may take for a line break, and other controls, ends no comment
            out.append(
                    c == '\n'
                                    || c == '\r'
                                    || c == '\u0085'
                                    || c == '\u2028'
                                    || c == '\u2029'
                                    || Character.isISOControl(c)
                            ? ' '
                            : c);
        }
        return out.toString();
    }

    static String scalar(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        if (value instanceof String s) {
            if (PLAIN.matcher(s).matches() && !WORDS.matcher(s).matches()) {
                return s;
            }
            StringBuilder q = new StringBuilder("\"");
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '"' -> q.append("\\\"");
                    case '\\' -> q.append("\\\\");
                    default -> {
                        if (ch < 0x20
                                || ch == 0x7f
                                || ch >= 0x80 && ch < 0xa0
                                || ch == 0x2028
                                || ch == 0x2029
                                || ch == 0xfeff) {
                            q.append(String.format("\\u%04x", (int) ch));
                        } else {
                            q.append(ch);
                        }
                    }
                }
            }
            return q.append('"').toString();
        }
        return String.valueOf(value);
    }

    private static Object get(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + c, e);
        }
    }
}
