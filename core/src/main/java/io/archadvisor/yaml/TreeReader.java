package io.archadvisor.yaml;

import io.archadvisor.base.Location;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Builds a located {@link YamlNode} tree from snakeyaml-engine's event stream (the parser Jackson 3's YAML format
 * is built on), enforcing the {@link ReadLimits} as it goes. Scalars are resolved with the YAML 1.2 core schema.
 * Aliases are resolved to the anchored node (shared, never copied), counted, and their expanded size is bounded.
 */
final class TreeReader {

    /** Reading stopped: a problem was recorded that makes going on pointless or unsafe. */
    static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abort(@Nullable Throwable cause) {
            super(null, cause, false, false);
        }
    }

    private static final String CORE = "tag:yaml.org,2002:";
    private static final ScalarResolver RESOLVER = new CoreSchema().getScalarResolver();

    private final ReadLimits limits;
    private final Problems problems;
    /** Several documents, merge keys ({@code <<}) and application tags (read as their text) are accepted. */
    private final boolean lenient;

    private final String source;
    private final Map<String, YamlNode> anchors = new HashMap<>();
    private final Set<String> openAnchors = new HashSet<>();
    private @Nullable ParserImpl parser;
    private String text = "";
    private @Nullable Mark lastMark;
    private int aliases;
    private long nodes;

    TreeReader(ReadLimits limits, Problems problems) {
        this(limits, problems, false);
    }

    TreeReader(ReadLimits limits, Problems problems, boolean lenient) {
        this.limits = limits;
        this.problems = problems;
        this.lenient = lenient;
        this.source = problems.source();
    }

    /**
     * Every document of the stream in order, empty documents left out; only for a lenient reader. Anchors are local
     * to their document; the limits on aliases and values apply to the whole stream.
     */
    List<YamlNode> readAll(String text) {
        start(text);
        List<YamlNode> documents = new ArrayList<>();
        next(); // StreamStart
        while (true) {
            Event event = next();
            if (event.getEventId() == Event.ID.StreamEnd) {
                return documents;
            }
            anchors.clear();
            YamlNode root = node(next(), 1, "");
            next(); // DocumentEnd
            if (!(root instanceof YamlNode.Scalar s && s.isNull())) {
                documents.add(root);
            }
        }
    }

    private void start(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        LoadSettings settings = LoadSettings.builder()
                .setLabel(source)
                .setSchema(new CoreSchema())
                .setUseMarks(true)
                .setParseComments(false)
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(limits.maxAliases())
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentBytes() + 1))
                .build();
        parser = new ParserImpl(settings, new StreamReader(settings, new WholeCodePoints(this.text)));
    }

    /** The document's root node, or empty when the stream holds no document or only an empty one. */
    Optional<YamlNode> read(String text) {
        start(text);
        next(); // StreamStart
        Event first = next();
        if (first.getEventId() == Event.ID.StreamEnd) {
            return Optional.empty();
        }
        YamlNode root = node(next(), 1, "");
        next(); // DocumentEnd
        Event after = next();
        if (after.getEventId() == Event.ID.DocumentStart) {
            problems.add(
                    "",
                    null,
                    location(after),
                    "starts a second YAML document; " + problems.document()
                            + " holds exactly one (remove this `---` and"
                            + " what follows, or split it into its own file)");
        }
        if (root instanceof YamlNode.Scalar s && s.isNull()) {
            return Optional.empty();
        }
        return Optional.of(root);
    }

    private Event next() {
        Event event;
        try {
            event = Objects.requireNonNull(parser, "start(text) comes first").next();
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(lastMark);
            StringBuilder what = new StringBuilder("is not valid YAML: ").append(clean(e.getProblem()));
            if (e.getContext() != null && !e.getContext().isBlank()) {
                what.append(" (").append(clean(e.getContext()));
                e.getContextMark()
                        .filter(m -> !m.equals(mark))
                        .ifPresent(m -> what.append(" started at ").append(location(m)));
                what.append(')');
            }
            problems.add("", null, mark == null ? start() : location(mark), what.toString());
            throw new Abort(e);
        } catch (ReaderException e) {
            problems.add(
                    "",
                    null,
                    Text.location(source, text, e.getPosition()),
                    "contains the character "
                            + String.format("U+%04X", e.getCodePoint())
                            + ", which YAML does not allow in a document; remove it,"
                            + " or write it inside double quotes as the escape " + escape(e.getCodePoint()));
            throw new Abort(e);
        } catch (YamlEngineException e) {
            problems.add("", null, lastMark == null ? start() : location(lastMark), engineMessage(e));
            throw new Abort(e);
        } catch (RuntimeException e) {
            problems.add(
                    "",
                    null,
                    lastMark == null ? start() : location(lastMark),
                    "could not be parsed as YAML (" + e + ")");
            throw new Abort(e);
        }
        event.getStartMark().ifPresent(m -> lastMark = m);
        return event;
    }

    private static String escape(int codePoint) {
        return codePoint > 0xFFFF ? String.format("\\U%08X", codePoint) : String.format("\\u%04X", codePoint);
    }

    private String engineMessage(YamlEngineException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (message.contains("exceeds the limit")) {
            return "is larger than the limit of " + limits.maxDocumentBytes() + " bytes; raise it with "
                    + problems.tuning() + ".maxDocumentBytes(...) if this is intended";
        }
        return "could not be parsed as YAML: " + clean(message);
    }

    private static String clean(String message) {
        if (message == null) {
            return "unknown error";
        }
        String firstLine = message.strip().lines().findFirst().orElse(message).strip();
        return firstLine.endsWith(".") ? firstLine.substring(0, firstLine.length() - 1) : firstLine;
    }

    private YamlNode node(Event event, int depth, String path) {
        return switch (event.getEventId()) {
            case Scalar -> scalar((ScalarEvent) event, path);
            case MappingStart -> mapping((CollectionStartEvent) event, depth, path);
            case SequenceStart -> sequence((CollectionStartEvent) event, depth, path);
            case Alias -> alias((AliasEvent) event, path);
            default -> {
                problems.add(
                        path, null, location(event), "is not valid YAML here (unexpected " + event.getEventId() + ")");
                throw new Abort(null);
            }
        };
    }

    private YamlNode alias(AliasEvent event, String path) {
        Location at = location(event);
        String name = event.getAlias().getValue();
        if (++aliases > limits.maxAliases()) {
            problems.add(
                    path,
                    "*" + name,
                    at,
                    "is alias number " + aliases + ", more than the limit of "
                            + limits.maxAliases() + " aliases per document; raise it with"
                            + " " + problems.tuning() + ".maxAliases(...) if this is intended");
            throw new Abort(null);
        }
        if (openAnchors.contains(name)) {
            problems.add(
                    path, "*" + name, at, "refers to the value that contains it; recursive aliases are not allowed");
            return invalidAt(at);
        }
        YamlNode target = anchors.get(name);
        if (target == null) {
            problems.add(
                    path,
                    "*" + name,
                    at,
                    "refers to the anchor &" + name + ", which is not defined before it; define `&" + name
                            + "` on an earlier value");
            return invalidAt(at);
        }
        count(target.size(), "*" + name, at, path);
        return target;
    }

    private void count(long size, @Nullable String value, Location at, String path) {
        nodes = saturatedAdd(nodes, size);
        if (nodes > limits.maxNodes()) {
            problems.add(
                    path,
                    value,
                    at,
                    "brings the document to more than " + limits.maxNodes()
                            + " values (counting every alias expansion); raise the limit with"
                            + " " + problems.tuning() + ".maxNodes(...) if this is intended");
            throw new Abort(null);
        }
    }

    private YamlNode.Scalar nullAt(Location at) {
        return new YamlNode.Scalar(YamlNode.Kind.NULL, "", null, 0, false, true, at);
    }

    private YamlNode.Scalar invalidAt(Location at) {
        return new YamlNode.Scalar(YamlNode.Kind.INVALID, "", null, 0, false, true, at);
    }

    private void open(NodeEvent event) {
        event.getAnchor().map(Anchor::getValue).ifPresent(openAnchors::add);
    }

    private void close(NodeEvent event, YamlNode node) {
        event.getAnchor().map(Anchor::getValue).ifPresent(name -> {
            openAnchors.remove(name);
            anchors.put(name, node);
        });
    }

    private YamlNode mapping(CollectionStartEvent start, int depth, String path) {
        Location at = location(start);
        enter(depth, at, path);
        collectionTag(start, "map", at, path);
        open(start);
        count(1, null, at, path);
        List<YamlNode.Entry> entries = new ArrayList<>();
        Map<String, YamlNode.Entry> seen = new HashMap<>();
        List<YamlNode> merges = new ArrayList<>();
        long size = 1;
        while (true) {
            Event keyEvent = next();
            if (keyEvent.getEventId() == Event.ID.MappingEnd) {
                break;
            }
            Location keyAt = location(keyEvent);
            String key = null;
            if (keyEvent instanceof ScalarEvent keyScalar) {
                key = keyScalar.getValue();
                if (key.length() > limits.maxStringLength()) {
                    problems.add(
                            path,
                            YamlNode.Display.of(key),
                            keyAt,
                            "has a key of " + key.length()
                                    + " characters, more than the limit of " + limits.maxStringLength()
                                    + "; raise it with " + problems.tuning()
                                    + ".maxStringLength(...) if this is intended");
                    key = null;
                } else if (key.isEmpty()) {
                    problems.add(path, null, keyAt, "has an empty key; every key must be a field name");
                    key = null;
                }
            } else {
                node(keyEvent, depth + 1, path); // consume it
                problems.add(
                        path,
                        null,
                        keyAt,
                        "has a key that is a mapping, a list or an alias;" + " every key must be a plain field name");
            }
            String childPath = key == null ? path : join(path, key);
            YamlNode value = node(next(), depth + 1, childPath);
            if (key == null) {
                continue;
            }
            if (lenient && key.equals("<<") && keyEvent instanceof ScalarEvent k && k.isPlain()) {
                merges.add(value);
                continue;
            }
            YamlNode.Entry entry = new YamlNode.Entry(key, keyAt, value);
            YamlNode.Entry first = seen.putIfAbsent(key, entry);
            if (first != null) {
                problems.add(
                        childPath,
                        value.display(),
                        keyAt,
                        "is given twice (first at " + first.keyLocation() + "); keep only one");
                continue;
            }
            entries.add(entry);
            size = saturatedAdd(size, value.size());
        }
        for (YamlNode merged : merges) {
            List<YamlNode> sources = merged instanceof YamlNode.Sequence seq ? seq.items() : List.of(merged);
            for (YamlNode source : sources) {
                if (!(source instanceof YamlNode.Mapping m)) {
                    problems.add(
                            join(path, "<<"),
                            source.display(),
                            source.location(),
                            "must be a mapping or a list of mappings to merge (such as `<<: *defaults`)");
                    continue;
                }
                for (YamlNode.Entry e : m.entries()) {
                    if (seen.putIfAbsent(e.key(), e) == null) {
                        entries.add(e);
                        size = saturatedAdd(size, e.value().size());
                    }
                }
            }
        }
        YamlNode node = new YamlNode.Mapping(List.copyOf(entries), at, size);
        close(start, node);
        return node;
    }

    private YamlNode sequence(CollectionStartEvent start, int depth, String path) {
        Location at = location(start);
        enter(depth, at, path);
        collectionTag(start, "seq", at, path);
        open(start);
        count(1, null, at, path);
        List<YamlNode> items = new ArrayList<>();
        long size = 1;
        while (true) {
            Event event = next();
            if (event.getEventId() == Event.ID.SequenceEnd) {
                break;
            }
            YamlNode item = node(event, depth + 1, path + "[" + items.size() + "]");
            items.add(item);
            size = saturatedAdd(size, item.size());
        }
        YamlNode node = new YamlNode.Sequence(List.copyOf(items), at, size);
        close(start, node);
        return node;
    }

    private void enter(int depth, Location at, String path) {
        if (depth > limits.maxDepth()) {
            problems.add(
                    path,
                    null,
                    at,
                    "is nested " + depth + " levels deep, more than the limit of " + limits.maxDepth()
                            + "; raise it with " + problems.tuning() + ".maxDepth(...) if this is intended");
            throw new Abort(null);
        }
    }

    private void collectionTag(CollectionStartEvent start, String expected, Location at, String path) {
        start.getTag().ifPresent(tag -> {
            if (!tag.equals("!") && !tag.equals(CORE + expected) && !(lenient && !tag.startsWith(CORE))) {
                problems.add(
                        path,
                        null,
                        at,
                        "has the tag `" + shortTag(tag) + "`, which requirements do not support;" + " remove it");
            }
        });
    }

    private YamlNode scalar(ScalarEvent event, String path) {
        Location at = location(event);
        open(event);
        count(1, null, at, path);
        String text = event.getValue();
        YamlNode.Scalar node;
        if (text.length() > limits.maxStringLength()) {
            problems.add(
                    path,
                    YamlNode.Display.of(text),
                    at,
                    "is " + text.length()
                            + " characters long, more than the limit of " + limits.maxStringLength()
                            + "; raise it with " + problems.tuning() + ".maxStringLength(...) if this is intended");
            node = invalidAt(at);
        } else {
            node = resolve(event, text, at, path);
        }
        close(event, node);
        return node;
    }

    private YamlNode.Scalar resolve(ScalarEvent event, String text, Location at, String path) {
        String tag;
        Optional<String> explicit = event.getTag();
        if (explicit.isEmpty() || explicit.get().equals("!")) {
            tag = explicit.isEmpty() && event.getImplicit().canOmitTagInPlainScalar()
                    ? RESOLVER.resolve(text, true).getValue()
                    : Tag.STR.getValue();
        } else {
            tag = explicit.get();
        }
        boolean plain = event.isPlain();
        try {
            return switch (tag.startsWith(CORE) ? tag.substring(CORE.length()) : tag) {
                case "null" -> nullAt(at);
                case "bool" -> new YamlNode.Scalar(YamlNode.Kind.BOOLEAN, text, null, 0, parseBoolean(text), plain, at);
                case "int" -> new YamlNode.Scalar(YamlNode.Kind.INTEGER, text, parseInteger(text), 0, false, plain, at);
                case "float" ->
                    new YamlNode.Scalar(YamlNode.Kind.FLOAT, text, null, parseFloat(text), false, plain, at);
                case "str" -> new YamlNode.Scalar(YamlNode.Kind.STRING, text, null, 0, false, plain, at);
                default -> {
                    if (lenient && !tag.startsWith(CORE)) {
                        // an application tag (CloudFormation's !Ref, a custom type): its text is all a reader can use
                        yield new YamlNode.Scalar(YamlNode.Kind.STRING, text, null, 0, false, plain, at);
                    }
                    problems.add(
                            path,
                            YamlNode.Display.of(text),
                            at,
                            "has the tag `" + shortTag(tag) + "`, which requirements do not support; remove it");
                    yield invalidAt(at);
                }
            };
        } catch (NumberFormatException e) {
            problems.add(
                    path,
                    YamlNode.Display.of(text),
                    at,
                    "is tagged `" + shortTag(tag) + "` but is not a valid "
                            + (tag.endsWith("bool") ? "boolean" : "number"));
            return invalidAt(at);
        }
    }

    /** {@code !!int} for {@code tag:yaml.org,2002:int}; other tags as written. */
    private static String shortTag(String tag) {
        return tag.startsWith(CORE) ? "!!" + tag.substring(CORE.length()) : tag;
    }

    private static boolean parseBoolean(String text) {
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (text.equalsIgnoreCase("false")) {
            return false;
        }
        throw new NumberFormatException(text);
    }

    /** An integer of the YAML 1.2 core schema: decimal with an optional sign, {@code 0o} octal or {@code 0x} hex. */
    static BigInteger parseInteger(String text) {
        String t = text.strip();
        if (t.startsWith("0o")) {
            return new BigInteger(t.substring(2), 8);
        }
        if (t.startsWith("0x")) {
            return new BigInteger(t.substring(2), 16);
        }
        return new BigInteger(t.startsWith("+") ? t.substring(1) : t);
    }

    /** A float of the YAML 1.2 core schema, including {@code .inf} and {@code .nan}. */
    static double parseFloat(String text) {
        String t = text.strip();
        String unsigned = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
        if (unsigned.equalsIgnoreCase(".inf")) {
            return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (unsigned.equalsIgnoreCase(".nan")) {
            return Double.NaN;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-')) {
                throw new NumberFormatException(text);
            }
        }
        return Double.parseDouble(t);
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
    }

    private Location start() {
        return new Location(source, 1, 1);
    }

    private Location location(Event event) {
        return event.getStartMark().map(this::location).orElseGet(this::start);
    }

    private Location location(Mark mark) {
        return new Location(source, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /**
     * The text, read in chunks that never end between the two halves of a surrogate pair: snakeyaml-engine reads one
     * more character past a chunk ending on a high surrogate and overruns its own buffer when that chunk filled it.
     */
    static final class WholeCodePoints extends java.io.Reader {
        private final String text;
        private int next;

        WholeCodePoints(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (next >= text.length()) {
                return -1;
            }
            int n = Math.min(length, text.length() - next);
            if (n > 1 && Character.isHighSurrogate(text.charAt(next + n - 1))) {
                n--;
            }
            text.getChars(next, next + n, buffer, offset);
            next += n;
            return n;
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
