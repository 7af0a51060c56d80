package io.archadvisor.imports;

import io.archadvisor.base.Location;
import io.archadvisor.base.Problem;
import io.archadvisor.model.RequirementsException;
import io.archadvisor.yaml.ReadLimits;
import io.archadvisor.yaml.YamlDocuments;
import io.archadvisor.yaml.YamlNode;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * One file to import: its name as shown in locations, its text, and its documents parsed once, on first use, with the
 * strict YAML stack (or a JSON parser for {@code .json} files) under the import's limits.
 */
public final class SourceFile {

    private final Path path;
    private final String name;
    private final String text;
    private final ReadLimits limits;
    private List<YamlNode> documents;
    private RequirementsException failure;
    /** Whether the file was named by the user rather than found in a folder. */
    boolean explicit;

    /**
     * A file read from {@code path}, named {@code name} in locations (a path relative to the folder imported, with
     * {@code /}).
     */
    public SourceFile(Path path, String name, String text, ReadLimits limits) {
        this.path = path;
        this.name = Objects.requireNonNull(name, "name");
        this.text = Objects.requireNonNull(text, "text");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** A file held in memory, such as a test input; {@code name} names it in locations. */
    public static SourceFile of(String name, String text) {
        return new SourceFile(null, name, text, ImportLimits.DEFAULTS.yaml());
    }

    /** The file's path, or {@code null} for text held in memory. */
    public Path path() {
        return path;
    }

    /** The name used in locations, such as {@code deploy/compose.yaml}. */
    public String name() {
        return name;
    }

    /** The file name without folders, lower case. */
    public String fileName() {
        int slash = name.lastIndexOf('/');
        return (slash < 0 ? name : name.substring(slash + 1)).toLowerCase(Locale.ROOT);
    }

    /** The text. */
    public String text() {
        return text;
    }

    /** Whether it is JSON (by its name, or by its first character when the name has no YAML extension). */
    public boolean isJson() {
        String f = fileName();
        if (f.endsWith(".json")) {
            return true;
        }
        if (f.endsWith(".yaml") || f.endsWith(".yml")) {
            return false;
        }
        String t = text.stripLeading();
        return t.startsWith("{") || t.startsWith("[");
    }

    /**
     * Every document of the file: several for a multi-document YAML stream, one for JSON.
     *
     * @throws RequirementsException with located problems when the file is not valid YAML or JSON or breaks a limit
     */
    public List<YamlNode> documents() {
        if (documents == null && failure == null) {
            try {
                documents = isJson() ? List.of(json()) : YamlDocuments.read(text, name, limits);
            } catch (RequirementsException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return documents;
    }

    /** Whether the file parses; a file that does not is reported, never half-read. */
    public boolean parses() {
        try {
            documents();
            return true;
        } catch (RequirementsException e) {
            return false;
        }
    }

    /** The location of line and column in this file. */
    public Location at(int line, int column) {
        return new Location(name, Math.max(1, line), Math.max(0, column));
    }

    @Override
    public String toString() {
        return name;
    }

    // ---------------------------------------------------------------- JSON, into the same located tree as YAML

    private YamlNode json() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxDocumentLength(limits.maxDocumentBytes())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxStringLength())
                        .maxTokenCount(limits.maxNodes() * 2)
                        .build())
                .build();
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw fail(at(1, 1), "is empty; a JSON file holds one value");
            }
            YamlNode root = value(parser, first, new long[1]);
            if (parser.nextToken() != null) {
                throw fail(location(parser), "has more after its first JSON value; a file holds one value");
            }
            return root;
        } catch (JacksonException e) {
            TokenStreamLocation l = e.getLocation();
            Location at = l == null ? at(1, 1) : at(l.getLineNr(), l.getColumnNr());
            throw fail(at, "is not valid JSON: " + firstLine(e.getOriginalMessage()));
        }
    }

    private YamlNode value(JsonParser p, JsonToken token, long[] count) {
        Location at = location(p);
        if (++count[0] > limits.maxNodes()) {
            throw fail(at, "has more than " + limits.maxNodes() + " values, the limit of one document");
        }
        switch (token) {
            case START_OBJECT -> {
                List<YamlNode.Entry> entries = new ArrayList<>();
                Map<String, Location> seen = new HashMap<>();
                long size = 1;
                for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                    String key = p.currentName();
                    Location keyAt = location(p);
                    YamlNode v = value(p, p.nextToken(), count);
                    Location first = seen.putIfAbsent(key, keyAt);
                    if (first != null) {
                        throw fail(keyAt, "gives the key `" + key + "` twice (first at " + first + "); keep only one");
                    }
                    entries.add(new YamlNode.Entry(key, keyAt, v));
                    size += v.size();
                }
                return new YamlNode.Mapping(List.copyOf(entries), at, size);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                long size = 1;
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    YamlNode v = value(p, t, count);
                    items.add(v);
                    size += v.size();
                }
                return new YamlNode.Sequence(List.copyOf(items), at, size);
            }
            case VALUE_STRING -> {
                return new YamlNode.Scalar(YamlNode.Kind.STRING, p.getString(), null, 0, false, false, at);
            }
            case VALUE_NUMBER_INT -> {
                String t = p.getString();
                return new YamlNode.Scalar(YamlNode.Kind.INTEGER, t, new BigInteger(t), 0, false, true, at);
            }
            case VALUE_NUMBER_FLOAT -> {
                String t = p.getString();
                return new YamlNode.Scalar(YamlNode.Kind.FLOAT, t, null, Double.parseDouble(t), false, true, at);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new YamlNode.Scalar(
                        YamlNode.Kind.BOOLEAN,
                        token == JsonToken.VALUE_TRUE ? "true" : "false",
                        null,
                        0,
                        token == JsonToken.VALUE_TRUE,
                        true,
                        at);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar(YamlNode.Kind.NULL, "", null, 0, false, true, at);
            }
            default -> throw fail(at, "has an unexpected JSON token " + token);
        }
    }

    private Location location(JsonParser p) {
        TokenStreamLocation l = p.currentTokenLocation();
        return at(l.getLineNr(), l.getColumnNr());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        return message.strip().lines().findFirst().orElse(message);
    }

    private RequirementsException fail(Location at, String what) {
        return new RequirementsException(List.of(new Problem("", null, at, what)));
    }
}
