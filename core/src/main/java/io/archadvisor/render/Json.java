package io.archadvisor.render;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** The JSON mapper and the one pretty-printed layout that the JSON renderers share. */
final class Json {

    /** Rejects duplicate keys when reading; immutable and thread-safe. */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final ObjectWriter WRITER;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        WRITER = MAPPER.writer()
                .with(new DefaultPrettyPrinter(separators)
                        .withObjectIndenter(indenter)
                        .withArrayIndenter(indenter));
    }

    private Json() {}

    /** The tree as two-space indented JSON with {@code "name": value} pairs, LF line ends and a final newline. */
    static String pretty(JsonNode tree) {
        return WRITER.writeValueAsString(tree) + "\n";
    }
}
