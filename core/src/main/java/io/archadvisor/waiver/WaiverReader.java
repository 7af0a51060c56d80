package io.archadvisor.waiver;

import io.archadvisor.Location;
import io.archadvisor.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads waivers from YAML, strictly: unknown fields, missing required fields and bad dates are errors naming the file,
 * line and column. The format, usually a {@value #FILE_NAME} next to the requirements file:
 *
 * <pre>{@code
 * waivers:
 *   - finding: AP-SINGLE-POINT-OF-FAILURE   # the finding's code or the rule id (required)
 *     subject: payments                     # limit to one subject (optional)
 *     reason: A second instance ships in Q3 # why it is acceptable (required)
 *     owner: team-payments                  # who answers for it (required)
 *     expires: 2026-09-30                   # last day it applies (optional, YYYY-MM-DD)
 * }</pre>
 */
public final class WaiverReader {

    /** The conventional name of a waivers file next to the requirements. */
    public static final String FILE_NAME = "waivers.yaml";

    private static final List<String> FIELDS = List.of("finding", "subject", "reason", "owner", "expires");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final String source;
    private final List<Problem> problems = new ArrayList<>();

    private WaiverReader(String source) {
        this.source = source;
    }

    /**
     * Reads a waivers file.
     *
     * @throws WaiverException listing every problem with its place
     */
    public static List<Waiver> read(Path file) {
        Objects.requireNonNull(file, "file");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WaiverException(List.of(Problem.of(file.toString(), null, "cannot be read (" + e
                    + "); check that the waivers file exists and is readable")));
        }
        return read(text, file.toString());
    }

    /**
     * Reads waivers from YAML text; {@code sourceName} is what problems call it.
     *
     * @throws WaiverException listing every problem with its place
     */
    public static List<Waiver> read(String yaml, String sourceName) {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(sourceName, "sourceName");
        return new WaiverReader(sourceName).parse(yaml);
    }

    /**
     * Reads the {@value #FILE_NAME} in the folder of a requirements file, or returns no waivers when there is none.
     *
     * @throws WaiverException listing every problem with its place
     */
    public static List<Waiver> readNextTo(Path requirementsFile) {
        Path dir = requirementsFile.toAbsolutePath().getParent();
        Path file = dir == null ? Path.of(FILE_NAME) : dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        Path shown = requirementsFile.getParent() == null ? Path.of(FILE_NAME)
                : requirementsFile.getParent().resolve(FILE_NAME);
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), shown.toString());
        } catch (IOException e) {
            throw new WaiverException(List.of(Problem.of(shown.toString(), null, "cannot be read (" + e + ")")));
        }
    }

    private List<Waiver> parse(String yaml) {
        List<Waiver> out = new ArrayList<>();
        try (JsonParser p = YAML.createParser(yaml)) {
            JsonToken t = p.nextToken();
            if (t == null || t == JsonToken.VALUE_NULL) {
                return List.of();
            }
            if (t != JsonToken.START_OBJECT) {
                problem("(root)", text(p), p, "must be a mapping with one key, `waivers`, holding a list of waivers");
                p.skipChildren();
            } else {
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String key = p.currentName();
                    Location where = at(p);
                    p.nextToken();
                    if (!key.equals("waivers")) {
                        problems.add(new Problem(key, null, where, "is not a known key; a waivers file has one key,"
                                + " `waivers`"));
                        p.skipChildren();
                    } else if (p.currentToken() == JsonToken.START_ARRAY) {
                        int i = 0;
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            Waiver w = waiver(p, "waivers[" + (i++) + "]");
                            if (w != null) {
                                out.add(w);
                            }
                        }
                    } else if (p.currentToken() != JsonToken.VALUE_NULL) {
                        problem("waivers", text(p), p, "must be a list of waivers (`- finding: ...`)");
                        p.skipChildren();
                    }
                }
            }
        } catch (JacksonException e) {
            TokenStreamLocation l = e.getLocation();
            problems.add(new Problem("(file)", null, l == null || l.getLineNr() < 1 ? null
                    : new Location(source, l.getLineNr(), Math.max(0, l.getColumnNr())),
                    "is not valid YAML: " + e.getOriginalMessage()));
        }
        if (!problems.isEmpty()) {
            throw new WaiverException(problems);
        }
        return List.copyOf(out);
    }

    private Waiver waiver(JsonParser p, String path) {
        Location start = at(p);
        if (p.currentToken() != JsonToken.START_OBJECT) {
            problem(path, text(p), p, "must be a mapping with finding, reason, owner and optionally subject and expires");
            p.skipChildren();
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Location> places = new LinkedHashMap<>();
        int before = problems.size();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = p.currentName();
            Location keyAt = at(p);
            JsonToken value = p.nextToken();
            if (!FIELDS.contains(key)) {
                problems.add(new Problem(path + "." + key, null, keyAt, "is not a waiver field; the fields are "
                        + String.join(", ", FIELDS)));
                p.skipChildren();
            } else if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                problem(path + "." + key, null, p, "must be a single value, not a " + (value == JsonToken.START_OBJECT
                        ? "mapping" : "list"));
                p.skipChildren();
            } else if (value != JsonToken.VALUE_NULL) {
                values.put(key, p.getString());
                places.put(key, at(p));
            }
        }
        LocalDate expires = null;
        if (values.containsKey("expires")) {
            try {
                expires = LocalDate.parse(values.get("expires").strip());
            } catch (DateTimeParseException e) {
                problems.add(new Problem(path + ".expires", values.get("expires"), places.get("expires"),
                        "must be a date written YYYY-MM-DD, such as 2026-06-30"));
            }
        }
        try {
            Waiver w = new Waiver(values.get("finding"), values.get("subject"), values.get("reason"),
                    values.get("owner"), expires);
            return problems.size() == before ? w : null;
        } catch (WaiverException e) {
            for (Problem problem : e.problems()) {
                Location where = places.getOrDefault(problem.path(), start);
                problems.add(problem.relocated(path + "." + problem.path(), where));
            }
            return null;
        }
    }

    private void problem(String path, String value, JsonParser p, String constraint) {
        problems.add(new Problem(path, value, at(p), constraint));
    }

    private Location at(JsonParser p) {
        TokenStreamLocation l = p.currentTokenLocation();
        return l == null || l.getLineNr() < 1 ? null : new Location(source, l.getLineNr(), Math.max(0, l.getColumnNr()));
    }

    private static String text(JsonParser p) {
        JsonToken t = p.currentToken();
        return t != null && t.isScalarValue() ? p.getString() : null;
    }
}
