package io.archadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archadvisor.render.Format;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The files that install and run the command elsewhere — the GitHub Action, the pre-commit hooks and the jbang catalog
 * at the repository root — name commands, flags, formats, classes and versions that exist, so they cannot rot
 * silently when the command changes.
 */
class DistributionFilesTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern FLAG = Pattern.compile("(?<![\\w-])(--[a-z][a-z-]*)");
    private static final Pattern INPUT_REF = Pattern.compile("(?<![\\w.-])inputs\\.([A-Za-z0-9_-]+)");
    private static final Pattern OUTPUT_FORMAT = Pattern.compile("--output\\s+\"?([a-z]+)=");

    private static final CommandLine COMMAND = Main.commandLine(
            new Streams(java.io.InputStream.nullInputStream(), System.out, System.err), AdvisorFactory.BUILD);

    private static JsonNode yaml(String file) throws IOException {
        return YAMLMapper.builder().build().readTree(Files.readString(ROOT.resolve(file), StandardCharsets.UTF_8));
    }

    private static CommandSpec subcommand(String name) {
        CommandLine sub = COMMAND.getSubcommands().get(name);
        assertNotNull(
                sub,
                () -> "`" + name + "` is not a command of archadvisor: "
                        + COMMAND.getSubcommands().keySet());
        return sub.getCommandSpec();
    }

    private static void assertOptionsOf(CommandSpec spec, String text, String where) {
        Matcher m = FLAG.matcher(text);
        while (m.find()) {
            String flag = m.group(1);
            assertTrue(
                    spec.optionsMap().containsKey(flag)
                            || spec.negatedOptionsMap().containsKey(flag),
                    () -> where + " uses " + flag + ", which `archadvisor " + spec.name() + "` does not have: "
                            + spec.optionsMap().keySet());
        }
    }

    private static String projectVersion() throws Exception {
        var doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(ROOT.resolve("pom.xml").toFile());
        var children = doc.getDocumentElement().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getNodeName().equals("version")) {
                return children.item(i).getTextContent().strip();
            }
        }
        throw new AssertionError("the root pom has no version");
    }

    @Test
    void theActionRunsCheckWithFlagsAndFormatsTheCommandHas() throws IOException {
        JsonNode action = yaml("action.yml");
        assertEquals("composite", action.path("runs").path("using").asString());
        JsonNode check = null;
        for (JsonNode step : action.path("runs").path("steps")) {
            if ("check".equals(step.path("id").asString(""))) {
                check = step;
            }
        }
        assertNotNull(check, "the action has a step with id `check`");
        String run = check.path("run").asString();
        Matcher command = Pattern.compile("archadvisor\"?\\s+([a-z-]+)").matcher(run);
        assertTrue(command.find(), run);
        assertEquals("check", command.group(1));
        assertOptionsOf(subcommand("check"), run, "action.yml");
        Matcher formats = OUTPUT_FORMAT.matcher(run);
        int n = 0;
        while (formats.find()) {
            n++;
            assertEquals(formats.group(1), Format.parse(formats.group(1)).id(), run);
        }
        assertEquals(2, n, "the action writes GitHub annotations and SARIF: " + run);
        assertTrue(Files.isExecutable(ROOT.resolve("archadvisor")), "the launcher the action runs");
        assertTrue(run.contains("$GITHUB_ACTION_PATH/archadvisor"), run);
    }

    @Test
    void theActionUsesEveryInputItDeclaresAndDeclaresEveryInputItUses() throws IOException {
        JsonNode action = yaml("action.yml");
        Set<String> declared = new LinkedHashSet<>(action.path("inputs").propertyNames());
        String text = Files.readString(ROOT.resolve("action.yml"), StandardCharsets.UTF_8);
        Set<String> used = new LinkedHashSet<>();
        Matcher m = INPUT_REF.matcher(text);
        while (m.find()) {
            used.add(m.group(1));
        }
        assertEquals(declared, used);
        String failOn = action.path("inputs").path("fail-on").path("default").asString();
        assertEquals(CheckOptions.DEFAULT_FAIL_ON, FailLevel.parse(failOn), "the action's default is the command's");
        for (FailLevel level : FailLevel.values()) {
            assertTrue(
                    action.path("inputs")
                            .path("fail-on")
                            .path("description")
                            .asString()
                            .contains(level.id()),
                    () -> "the fail-on input names the level " + level.id());
        }
    }

    @Test
    void theActionUploadsTheSarifItWritesWithCodeQlsUploadAction() throws IOException {
        List<String> uses = new ArrayList<>();
        for (JsonNode step : yaml("action.yml").path("runs").path("steps")) {
            uses.add(step.path("uses").asString(""));
            if (step.path("uses").asString("").startsWith("github/codeql-action/upload-sarif@")) {
                assertEquals(
                        "${{ inputs.sarif }}",
                        step.path("with").path("sarif_file").asString());
            }
        }
        assertTrue(uses.stream().anyMatch(u -> u.startsWith("github/codeql-action/upload-sarif@v")), uses::toString);
        assertTrue(uses.stream().anyMatch(u -> u.startsWith("actions/setup-java@v")), uses::toString);
    }

    @Test
    void everyPreCommitHookRunsACommandTheToolHasOnTheFilesItDocuments() throws Exception {
        JsonNode hooks = yaml(".pre-commit-hooks.yaml");
        assertTrue(hooks.isArray() && !hooks.isEmpty(), hooks::toString);
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode hook : hooks) {
            String id = hook.path("id").asString();
            ids.add(id);
            String[] entry = hook.path("entry").asString().split("\\s+", 3);
            String language = hook.path("language").asString();
            if (language.equals("docker_image")) {
                assertEquals("archadvisor:" + projectVersion(), entry[0], id + ": the image tag jib gives the image");
            } else {
                assertEquals("system", language, id);
                assertEquals("archadvisor", entry[0], id);
            }
            CommandSpec sub = subcommand(entry[1]);
            if (entry.length > 2) {
                assertOptionsOf(sub, entry[2], id);
            }
            Pattern files = Pattern.compile(hook.path("files").asString());
            for (String match : List.of(
                    "requirements.yaml",
                    "requirements-prod.yml",
                    "architecture/system.archadvisor.yaml",
                    "services/billing/requirements.yaml")) {
                assertTrue(files.matcher(match).find(), () -> id + " looks at " + match);
            }
            for (String other :
                    List.of(".archadvisor.yaml", "app/.archadvisor.yaml", "src/main/resources/application.yaml")) {
                assertFalse(files.matcher(other).find(), () -> id + " leaves " + other + " alone");
            }
        }
        assertTrue(ids.contains("archadvisor-check"), ids::toString);
    }

    @Test
    void theJbangAliasRunsThisVersionsMainClassWithTheLaunchersJvmFlags() throws Exception {
        JsonNode alias = JsonMapper.shared()
                .readTree(Files.readString(ROOT.resolve("jbang-catalog.json"), StandardCharsets.UTF_8))
                .path("aliases")
                .path("archadvisor");
        assertEquals(
                "io.archadvisor:archadvisor-cli:" + projectVersion(),
                alias.path("script-ref").asString());
        Method main = Class.forName(alias.path("main").asString()).getMethod("main", String[].class);
        assertTrue(Modifier.isStatic(main.getModifiers()) && Modifier.isPublic(main.getModifiers()));
        assertEquals(Main.class, main.getDeclaringClass());
        String launcher = Files.readString(ROOT.resolve("archadvisor"), StandardCharsets.UTF_8);
        for (JsonNode option : alias.path("java-options")) {
            assertTrue(launcher.contains(" " + option.asString() + " "), () -> option + " is a flag of the launcher");
        }
    }
}
