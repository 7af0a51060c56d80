package io.archadvisor.catalog;

import io.archadvisor.yaml.YamlDocuments;
import io.archadvisor.yaml.YamlNode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The YAML of catalog source data (the manifest, endoflife.date front matter) read by the library's one strict reader
 * — its limits, a repeated key is an error, one document, {@code file:line:column} — and handed on as a tree the
 * generator walks.
 */
final class SourceYaml {

    private SourceYaml() {}

    /**
     * The mapping {@code text} holds; {@code name} names it in messages.
     *
     * @throws SourceDataException when the text is not valid YAML, breaks a limit, repeats a key or is not a mapping
     */
    static JsonNode read(String text, String name) {
        YamlNode root;
        try {
            root = YamlDocuments.readOne(
                            text,
                            name,
                            CatalogReader.LIMITS,
                            "a catalog data file",
                            "CatalogReader.LIMITS",
                            ps -> new CatalogException(name, ps))
                    .orElse(null);
        } catch (CatalogException e) {
            throw new SourceDataException(java.util.Objects.requireNonNullElse(e.getMessage(), e.toString()), e);
        }
        if (!(root instanceof YamlNode.Mapping)) {
            throw new SourceDataException(name + ": must be a map");
        }
        return json(root);
    }

    private static JsonNode json(YamlNode node) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node instanceof YamlNode.Mapping m) {
            ObjectNode o = f.objectNode();
            for (YamlNode.Entry e : m.entries()) {
                o.set(e.key(), json(e.value()));
            }
            return o;
        }
        if (node instanceof YamlNode.Sequence q) {
            ArrayNode a = f.arrayNode();
            q.items().forEach(i -> a.add(json(i)));
            return a;
        }
        YamlNode.Scalar s = (YamlNode.Scalar) node;
        return switch (s.kind()) {
            case NULL, INVALID -> f.nullNode();
            case BOOLEAN -> f.booleanNode(s.bool());
            case INTEGER -> f.numberNode(s.integer());
            case FLOAT -> f.numberNode(s.floating());
            case STRING -> f.stringNode(s.text());
        };
    }
}
