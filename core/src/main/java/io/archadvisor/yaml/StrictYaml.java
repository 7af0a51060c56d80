package io.archadvisor.yaml;

import io.archadvisor.base.Location;
import io.archadvisor.base.Problem;
import io.archadvisor.base.ProblemsException;
import io.archadvisor.model.SourceMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The one strict YAML reader of the library: every document it reads — requirements, waivers, configuration, imports
 * — is read into a record type with the same {@link ReadLimits}, duplicate keys and unknown fields as errors, enum
 * values in kebab case with "did you mean", and every problem at once with its field path and
 * {@code file:line:column}, thrown as the caller's typed exception. Immutable and thread-safe.
 *
 * <pre>{@code
 * record Config(String failOn, List<String> disabledRules) {}
 * Config c = StrictYaml.of(Config.class, ConfigException::new).describedAs("a config file", "Config.builder()")
 *         .read(Path.of(".archadvisor.yaml"));
 * }</pre>
 *
 * @param <T> the record type the document is read into
 */
public final class StrictYaml<T> {

    /** What a reader is configured with; {@code keyOne} null means "a key of" the document. */
    private record Settings<T>(
            Class<T> type,
            ReadLimits limits,
            Function<List<Problem>, ? extends ProblemsException> failure,
            String document,
            String tuning,
            @Nullable Supplier<T> empty,
            String emptyHint,
            @Nullable String keyOne,
            String keyMany,
            Check<T> check) {}

    /** A check of a document once read: its root, and its value when every part of it bound. */
    private interface Check<T> {
        List<Problem> run(YamlNode.Mapping root, @Nullable T value, ReadLimits limits);
    }

    private final Settings<T> settings;

    private StrictYaml(Settings<T> settings) {
        this.settings = settings;
    }

    /**
     * A reader of {@code type} records with the default limits; {@code failure} makes the exception that lists the
     * problems.
     */
    public static <T> StrictYaml<T> of(Class<T> type, Function<List<Problem>, ? extends ProblemsException> failure) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(failure, "failure");
        return new StrictYaml<>(new Settings<>(
                type,
                ReadLimits.DEFAULTS,
                failure,
                "a " + type.getSimpleName() + " document",
                "ReadLimits",
                null,
                "",
                null,
                "keys",
                (root, value, limits) -> List.of()));
    }

    /** The same reader with other limits. */
    public StrictYaml<T> withLimits(ReadLimits limits) {
        Settings<T> s = settings;
        return new StrictYaml<>(new Settings<>(
                s.type(),
                Objects.requireNonNull(limits, "limits"),
                s.failure(),
                s.document(),
                s.tuning(),
                s.empty(),
                s.emptyHint(),
                s.keyOne(),
                s.keyMany(),
                s.check()));
    }

    /**
     * The same reader, naming the document in messages ({@code "a waivers file"}) and the builder whose limits a user
     * raises ({@code "RequirementsReader.builder()"}).
     */
    public StrictYaml<T> describedAs(String documentName, String limitsBuilder) {
        Settings<T> s = settings;
        return new StrictYaml<>(new Settings<>(
                s.type(),
                s.limits(),
                s.failure(),
                Objects.requireNonNull(documentName, "documentName"),
                Objects.requireNonNull(limitsBuilder, "limitsBuilder"),
                s.empty(),
                s.emptyHint(),
                s.keyOne(),
                s.keyMany(),
                s.check()));
    }

    /** The same reader, reading an empty document as {@code value} instead of reporting it. */
    public StrictYaml<T> emptyAs(Supplier<T> value) {
        Settings<T> s = settings;
        return new StrictYaml<>(new Settings<>(
                s.type(),
                s.limits(),
                s.failure(),
                s.document(),
                s.tuning(),
                Objects.requireNonNull(value, "value"),
                s.emptyHint(),
                s.keyOne(),
                s.keyMany(),
                s.check()));
    }

    /** The same reader, telling the user of an empty document what to write ({@code "write `{}` to ..."}). */
    public StrictYaml<T> emptyHint(String hint) {
        Settings<T> s = settings;
        return new StrictYaml<>(new Settings<>(
                s.type(),
                s.limits(),
                s.failure(),
                s.document(),
                s.tuning(),
                s.empty(),
                "; " + Objects.requireNonNull(hint, "hint"),
                s.keyOne(),
                s.keyMany(),
                s.check()));
    }

    /**
     * The same reader, naming the top-level keys in messages: {@code one} is what a key is ("a section of the
     * requirements"), {@code many} what they are called ("sections"); by default "a key of" the document, "keys".
     */
    public StrictYaml<T> keysCalled(String one, String many) {
        Settings<T> s = settings;
        return new StrictYaml<>(new Settings<>(
                s.type(),
                s.limits(),
                s.failure(),
                s.document(),
                s.tuning(),
                s.empty(),
                s.emptyHint(),
                Objects.requireNonNull(one, "one"),
                Objects.requireNonNull(many, "many"),
                s.check()));
    }

    /**
     * The same reader, checking each document once it is bound: {@code check} returns the problems no single record
     * can see (such as a reference to something not declared), each with the field path of the offending value; the
     * reader locates each at that value ({@code file:line:column}) and reports them with the rest, all at once. It
     * runs only when every value of the document is valid; see {@link #checkedWith(String, Class, Function)} for a
     * check that runs alongside the other problems.
     */
    public StrictYaml<T> checkedWith(Function<T, List<Problem>> check) {
        Objects.requireNonNull(check, "check");
        return with((root, value, limits) -> value == null ? List.of() : check.apply(value));
    }

    /**
     * The same reader, checking one top-level section on its own: when the section {@code key} binds to
     * {@code type} without a problem, {@code check} runs on it even if other sections have problems, so its problems
     * (field paths from the document's root, such as {@code proposal.services[1].calls[0].to}) are reported in the
     * same all-at-once error, each located at its value.
     */
    public <S> StrictYaml<T> checkedWith(String key, Class<S> type, Function<S, List<Problem>> check) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(check, "check");
        return with((root, value, limits) -> {
            YamlNode section = root.entries().stream()
                    .filter(e -> e.key().equals(key))
                    .map(YamlNode.Entry::value)
                    .findFirst()
                    .orElse(null);
            if (!(section instanceof YamlNode.Mapping mapping)) {
                return List.of();
            }
            Problems scratch = new Problems(key, key, "", problems -> null, key, key);
            Optional<S> bound = new RecordBinder(limits, scratch).bind(type, mapping);
            return bound.isPresent() && scratch.isEmpty() ? check.apply(bound.get()) : List.of();
        });
    }

    private StrictYaml<T> with(Check<T> check) {
        Settings<T> s = settings;
        return new StrictYaml<>(new Settings<>(
                s.type(),
                s.limits(),
                s.failure(),
                s.document(),
                s.tuning(),
                s.empty(),
                s.emptyHint(),
                s.keyOne(),
                s.keyMany(),
                check));
    }

    /** The limits this reader enforces. */
    public ReadLimits limits() {
        return settings.limits();
    }

    /**
     * A document read: its value, and where each value in it was written ({@code team.size} at {@code system.yaml:3:9};
     * see {@link SourceMap}).
     *
     * @param value the record read
     * @param sources the location of every value, by field path
     * @param <T> the record type
     */
    public record Document<T>(T value, SourceMap sources) {

        /** Requires both. */
        public Document {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(sources, "sources");
        }
    }

    /** Reads a file; its path as given names it in messages. */
    public T read(Path file) {
        return readDocument(file).value();
    }

    /** Reads YAML text; {@code sourceName} names it in messages. */
    public T read(String yaml, String sourceName) {
        return readDocument(yaml, sourceName).value();
    }

    /** Reads a stream (UTF-8, or UTF-16/32 with a byte order mark); the stream is not closed. */
    public T read(InputStream in, String sourceName) {
        return readDocument(in, sourceName).value();
    }

    /** Reads a file and where each of its values was written; its path as given names it in messages and locations. */
    public Document<T> readDocument(Path file) {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size > settings.limits().maxDocumentBytes()) {
                throw tooLarge(source, size + " bytes", null);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return readDocument(in, source);
            }
        } catch (NoSuchFileException e) {
            throw unreadable(source, "does not exist", e);
        } catch (IOException e) {
            throw unreadable(source, "cannot be read (" + e + ")", e);
        }
    }

    /** Reads YAML text and where each of its values was written; {@code sourceName} names it. */
    public Document<T> readDocument(String yaml, String sourceName) {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(sourceName, "sourceName");
        long bytes = utf8Length(yaml, settings.limits().maxDocumentBytes());
        if (bytes > settings.limits().maxDocumentBytes()) {
            throw tooLarge(sourceName, "more than " + settings.limits().maxDocumentBytes() + " bytes", null);
        }
        return readText(yaml, sourceName);
    }

    /** Reads a stream and where each of its values was written; the stream is not closed. */
    public Document<T> readDocument(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) settings.limits().maxDocumentBytes() + 1);
        } catch (IOException e) {
            throw unreadable(sourceName, "cannot be read (" + e + ")", e);
        }
        if (bytes.length > settings.limits().maxDocumentBytes()) {
            throw tooLarge(sourceName, "more than " + settings.limits().maxDocumentBytes() + " bytes", null);
        }
        return readText(Text.decode(bytes, sourceName), sourceName);
    }

    private Problems problems(String source) {
        Settings<T> s = settings;
        return new Problems(
                source,
                s.document(),
                s.tuning(),
                s.failure(),
                s.keyOne() == null ? "a key of " + s.document() : s.keyOne(),
                s.keyMany());
    }

    private Document<T> readText(String text, String source) {
        Problems problems = problems(source);
        Optional<YamlNode> root;
        try {
            root = new TreeReader(settings.limits(), problems).read(text);
        } catch (TreeReader.Abort abort) {
            throw problems.exception(abort.getCause());
        }
        if (root.isEmpty()) {
            if (problems.isEmpty()) {
                Supplier<T> empty = settings.empty();
                if (empty != null) {
                    return new Document<>(empty.get(), SourceMap.empty());
                }
                problems.add("", null, new Location(source, 1, 1), "is empty" + settings.emptyHint());
            }
            throw problems.exception(null);
        }
        if (!(root.get() instanceof YamlNode.Mapping mapping)) {
            problems.add(
                    "",
                    root.get().display(),
                    root.get().location(),
                    "must be a mapping of " + problems.rootKeys() + " ("
                            + String.join(", ", RecordBinder.fieldNames(settings.type())) + ")");
            throw problems.exception(null);
        }
        Optional<T> value = new RecordBinder(settings.limits(), problems).bind(settings.type(), root.get());
        T bound = problems.isEmpty() ? value.orElse(null) : null;
        for (Problem p : settings.check().run(mapping, bound, settings.limits())) {
            problems.add(p.location() != null ? p : p.relocated(p.path(), locate(root.get(), p.path())));
        }
        if (!problems.isEmpty() || value.isEmpty()) {
            throw problems.exception(null);
        }
        return new Document<>(value.get(), SourceMaps.of(root.get()));
    }

    /** Where the value at a field path ({@code a.b[1].c}) was written, or the nearest enclosing value that was. */
    static Location locate(YamlNode root, String path) {
        YamlNode node = root;
        Location at = root.location();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            String key = bracket < 0 ? part : part.substring(0, bracket);
            if (!key.isEmpty()) {
                if (!(node instanceof YamlNode.Mapping m)) {
                    return at;
                }
                YamlNode.Entry entry = m.entries().stream()
                        .filter(e -> e.key().equals(key))
                        .findFirst()
                        .orElse(null);
                if (entry == null) {
                    return at;
                }
                node = entry.value();
                at = node.location();
            }
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                if (close < 0 || !(node instanceof YamlNode.Sequence seq)) {
                    return at;
                }
                int index;
                try {
                    index = Integer.parseInt(part.substring(bracket + 1, close));
                } catch (NumberFormatException e) {
                    return at;
                }
                if (index < 0 || index >= seq.items().size()) {
                    return at;
                }
                node = seq.items().get(index);
                at = node.location();
                bracket = part.indexOf('[', close);
            }
        }
        return at;
    }

    private ProblemsException tooLarge(String source, String size, @Nullable Throwable cause) {
        Problems problems = problems(source);
        problems.add(
                "",
                size,
                new Location(source, 1, 1),
                "is larger than the limit of " + settings.limits().maxDocumentBytes() + " bytes; raise it with "
                        + settings.tuning() + ".maxDocumentBytes(...) if this is intended");
        return problems.exception(cause);
    }

    private ProblemsException unreadable(String source, String what, Throwable cause) {
        ProblemsException e = settings.failure().apply(List.of(new Problem("", source, null, what)));
        e.initCause(cause);
        return e;
    }

    /** The UTF-8 length of {@code s}, counting no further than just past {@code limit}. */
    private static long utf8Length(String s, long limit) {
        long n = 0;
        for (int i = 0; i < s.length() && n <= limit; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
