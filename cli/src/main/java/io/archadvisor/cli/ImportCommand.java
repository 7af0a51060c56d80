package io.archadvisor.cli;

import io.archadvisor.imports.Conflict;
import io.archadvisor.imports.ImportNote;
import io.archadvisor.imports.ImportedRequirements;
import io.archadvisor.imports.Importers;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code archadvisor import PATH… [--overlay FILE] [--out FILE|-]}: an editable requirements file from other files. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Read compose files, Kubernetes manifests (Helm and Kustomize output included), Backstage catalogs,"
                    + " Terraform plans (terraform show -json), OpenAPI and AsyncAPI contracts and Structurizr"
                    + " workspaces, and write the requirements they describe as an editable YAML file: each value"
                    + " followed by the file and line it came from, or what it was inferred from; unknown values left"
                    + " out.",
            "Folders are walked; each file is recognised by its content. What was skipped or is worth checking is"
                    + " printed to standard error."
        })
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    ArchAdvisorCommand parent;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files and folders to import.")
    List<Path> paths;

    @Option(
            names = "--overlay",
            paramLabel = "FILE",
            description = "A requirements file with what the files cannot say (team, budget, NFRs, call modes); its"
                    + " values win.")
    Path overlay;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "FILE",
            defaultValue = "-",
            description = "Where to write the requirements (default: standard output).")
    String out;

    @Option(names = "--force", description = "Replace the --out file if it exists.")
    boolean force;

    @Option(
            names = "--catalog",
            paramLabel = "FILE",
            description = "Recognise images and engines with this catalog file layered over the built-in one.")
    Path catalog;

    @Option(
            names = {"-q", "--quiet"},
            description = "Print nothing but the requirements and errors.")
    boolean quiet;

    @Override
    public Integer call() {
        boolean toStdout = out.equals(OutputTarget.STDOUT);
        Path file = toStdout ? null : Path.of(out);
        if (file != null && Files.isDirectory(file)) {
            throw new CliException("--out " + out + " is a folder: give the path of the requirements file to write,"
                    + " such as " + file.resolve("system.yaml"));
        }
        if (file != null && Files.exists(file) && !force) {
            throw new CliException("--out " + out + " already exists: choose another file, or --force to replace it");
        }
        ImportedRequirements imported = Imports.read(paths, overlay, catalog);
        String yaml = imported.toYaml();
        PrintStream err = parent.streams.err();
        if (!quiet) {
            for (ImportNote n : imported.notes()) {
                err.println("note: " + n);
            }
            for (Conflict c : imported.conflicts()) {
                err.println("conflict: " + c.message());
            }
        }
        if (file == null) {
            parent.streams.out().print(yaml);
            parent.streams.out().flush();
        } else {
            write(file, yaml);
        }
        if (!quiet) {
            err.println(summary(imported, file));
        }
        err.flush();
        return ExitCode.OK;
    }

    private void write(Path file, String yaml) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException("--out " + out + ": cannot write the file ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); choose a writable path");
        }
    }

    /** One line: what was read as what, what came of it, and the next step. */
    static String summary(ImportedRequirements imported, Path file) {
        Map<String, Integer> byFormat = new TreeMap<>();
        for (Importers.Detection d : imported.files()) {
            byFormat.merge(d.format(), 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder("Imported ");
        int files = imported.files().size();
        sb.append(files).append(files == 1 ? " file" : " files");
        if (!byFormat.isEmpty()) {
            sb.append(" (")
                    .append(String.join(
                            ", ",
                            byFormat.entrySet().stream()
                                    .map(e -> e.getValue() + " " + e.getKey())
                                    .toList()))
                    .append(')');
        }
        var proposal = imported.requirements().proposal();
        int services = proposal == null || proposal.services() == null
                ? 0
                : proposal.services().size();
        int datastores = proposal == null || proposal.datastores() == null
                ? 0
                : proposal.datastores().size();
        sb.append(": ")
                .append(services)
                .append(services == 1 ? " service, " : " services, ")
                .append(datastores)
                .append(datastores == 1 ? " datastore" : " datastores");
        int notes = imported.notes().size();
        int conflicts = imported.conflicts().size();
        sb.append(" · ").append(notes).append(notes == 1 ? " note" : " notes");
        sb.append(" · ").append(conflicts).append(conflicts == 1 ? " conflict" : " conflicts");
        if (file != null) {
            sb.append(". Wrote ")
                    .append(file)
                    .append("; next: add what the files cannot say, then archadvisor advise ")
                    .append(file);
        }
        return sb.toString();
    }
}
