package io.archadvisor.cli;

import io.archadvisor.render.GraphJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code archadvisor schema requirements|graph|config}: the JSON Schemas. */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        description = "Print a JSON Schema: requirements (the input YAML), graph (the JSON output) or config (the "
                + Config.FILE_NAME + " file).")
final class SchemaCommand implements Callable<Integer> {

    /** Where the schemas are on the class path. */
    static final String REQUIREMENTS = "/io/archadvisor/schema/requirements.schema.json";
    /** The schema of {@code .archadvisor.yaml}. */
    static final String CONFIG = "/io/archadvisor/schema/config.schema.json";

    /** The schemas by name. */
    enum Kind {
        requirements,
        graph,
        config
    }

    @ParentCommand
    ArchAdvisorCommand parent;

    @Parameters(paramLabel = "NAME", description = "One of: ${COMPLETION-CANDIDATES}.")
    Kind kind;

    @Override
    public Integer call() {
        String text = switch (kind) {
            case requirements -> resource(REQUIREMENTS);
            case graph -> GraphJson.schema();
            case config -> resource(CONFIG);
        };
        parent.streams.out().print(text.endsWith("\n") ? text : text + "\n");
        parent.streams.out().flush();
        return ExitCode.OK;
    }

    static String resource(String name) {
        try (InputStream in = SchemaCommand.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The schema " + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + name, e);
        }
    }
}
