package io.archadvisor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.AutoComplete;

/**
 * Build-time tool: writes the bash/zsh completion script of {@code archadvisor} and every subcommand to the file
 * given, from the command line {@link Main} builds (the subcommands are registered there, not in an annotation).
 */
final class CompletionScript {

    private CompletionScript() {}

    /**
     * Writes the script.
     *
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: CompletionScript <file>");
        }
        Files.writeString(
                Path.of(args[0]),
                AutoComplete.bash("archadvisor", Main.commandLine(Streams.system(), AdvisorFactory.BUILD)),
                StandardCharsets.UTF_8);
    }
}
