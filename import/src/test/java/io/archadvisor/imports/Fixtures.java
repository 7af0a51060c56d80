package io.archadvisor.imports;

import io.archadvisor.model.Requirements;
import io.archadvisor.model.ServiceCall;
import io.archadvisor.model.ServiceSpec;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The public test files under src/test/resources/io/archadvisor/imports (see ATTRIBUTION.md there). */
final class Fixtures {

    static final String ROOT = "src/test/resources/io/archadvisor/imports/";
    static final Importers IMPORTERS = Importers.standard();

    private Fixtures() {}

    static Path path(String relative) {
        return Path.of(ROOT + relative);
    }

    static ImportedRequirements read(String... relative) {
        return IMPORTERS.read(Arrays.stream(relative).map(Fixtures::path).toList());
    }

    static ServiceSpec service(Requirements r, String name) {
        return r.proposal().services().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no service " + name + " in " + names(r)));
    }

    static List<String> names(Requirements r) {
        return r.proposal().services().stream().map(ServiceSpec::name).toList();
    }

    static List<String> datastoreNames(Requirements r) {
        return r.proposal().datastores().stream()
                .map(d -> d.name() + ":" + d.technology() + ":" + d.kind() + ":" + d.replicas())
                .toList();
    }

    static List<String> technologies(Requirements r) {
        return r.existing().technologies().stream()
                .map(t -> t.version() == null ? t.name() : t.name() + " " + t.version())
                .toList();
    }

    static String calls(ServiceSpec s) {
        return s.calls() == null
                ? ""
                : s.calls().stream().map(ServiceCall::to).sorted().collect(Collectors.joining(","));
    }

    /** A location without the fixture folder: {@code compose/x/compose.yaml:3:3}. */
    static String at(Origin o) {
        return o.location().toString().replace(ROOT, "");
    }
}
