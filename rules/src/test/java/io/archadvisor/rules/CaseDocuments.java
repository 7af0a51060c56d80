package io.archadvisor.rules;

import io.archadvisor.model.AccessKind;
import io.archadvisor.model.AuthMethod;
import io.archadvisor.model.AuthzModel;
import io.archadvisor.model.CallMode;
import io.archadvisor.model.Clarity;
import io.archadvisor.model.ComplianceRegime;
import io.archadvisor.model.DecisionTopic;
import io.archadvisor.model.DeploymentEnvironment;
import io.archadvisor.model.Level;
import io.archadvisor.model.LoadShape;
import io.archadvisor.model.Pattern;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.SecurityControl;
import io.archadvisor.model.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the requirement documents of the rule case and scenario files (YAML, enum values in lower kebab case) into
 * {@link Requirements}, for the tests of this module.
 */
final class CaseDocuments {

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(enums())
            .build();

    private CaseDocuments() {
    }

    /** The YAML tree of a classpath resource. */
    static JsonNode tree(String resource) {
        try (InputStream in = CaseDocuments.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + resource);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One requirements document. */
    static Requirements requirements(JsonNode document) {
        return MAPPER.treeToValue(document, Requirements.class);
    }

    private static SimpleModule enums() {
        SimpleModule m = new SimpleModule("kebab-case-enums");
        add(m, AccessKind.class);
        add(m, AuthMethod.class);
        add(m, AuthzModel.class);
        add(m, CallMode.class);
        add(m, Clarity.class);
        add(m, ComplianceRegime.class);
        add(m, DecisionTopic.class);
        add(m, DeploymentEnvironment.class);
        add(m, Level.class);
        add(m, LoadShape.class);
        add(m, Pattern.class);
        add(m, SecurityControl.class);
        add(m, Stage.class);
        return m;
    }

    private static <E extends Enum<E>> void add(SimpleModule m, Class<E> type) {
        m.addDeserializer(type, new ValueDeserializer<E>() {
            @Override
            public E deserialize(JsonParser p, DeserializationContext ctxt) {
                String text = p.getString();
                return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            }
        });
    }
}
