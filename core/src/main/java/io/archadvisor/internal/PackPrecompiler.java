package io.archadvisor.internal;

import io.archadvisor.pack.RulePack;
import io.archadvisor.pack.RuleSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Build-time tool: compiles rule packs to Drools' executable model and writes the generated classes and each pack's
 * {@linkplain PrecompiledPack index} into a class-output directory, so that the jar of the packs ships them and building
 * an advisor loads them instead of parsing and compiling DRL. The sources are laid out exactly as the run-time
 * compiler lays them out, so that rules load in the same order. Needs {@code drools-model-codegen} on the class path;
 * run time does not.
 *
 * <p>Usage: {@code PackPrecompiler <class-output-directory> <RulePack class>...}
 */
public final class PackPrecompiler {

    private PackPrecompiler() {}

    /**
     * Precompiles the packs named by their classes into the directory given first.
     *
     * @param args the output directory, then one or more {@code RulePack} class names with public no-argument
     *     constructors
     * @throws Exception when a pack does not load or does not compile to the executable model
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("Usage: PackPrecompiler <class-output-directory> <RulePack class>...");
        }
        Path out = Path.of(args[0]);
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (int i = 1; i < args.length; i++) {
            RulePack pack = Class.forName(args[i], true, loader)
                    .asSubclass(RulePack.class)
                    .getConstructor()
                    .newInstance();
            long start = System.nanoTime();
            PrecompiledPack index = precompile(pack, out, loader);
            System.out.printf(
                    "archadvisor: precompiled pack %s (%d rules, %d sources) in %d ms%n",
                    pack.name(), index.rules().size(), pack.sources().size(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Compiles {@code pack} to the executable model and writes its classes and index under {@code out}. */
    static PrecompiledPack precompile(RulePack pack, Path out, ClassLoader loader) throws IOException {
        List<RuleSource> sources = pack.sources();
        List<PrecompiledPack.Rule> rules = new ArrayList<>();
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId =
                ks.newReleaseId("io.archadvisor.precompiled", pack.name().replaceAll("[^\\w.-]", "_"), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        for (int i = 0; i < sources.size(); i++) {
            RuleSelection.Unit u = new RuleSelection.Unit(pack, sources.get(i), true);
            RuleSelection.parse(u);
            for (RuleSelection.Decl d : u.rules) {
                rules.add(new PrecompiledPack.Rule(i, d.id(), d.line(), d.column(), d.endLine()));
            }
            kfs.write(
                    RuleCompiler.resources() + RuleCompiler.unitPath(i),
                    sources.get(i).drl());
        }
        KieBuilder builder = ks.newKieBuilder(kfs, loader).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            StringBuilder sb =
                    new StringBuilder("Rule pack " + pack.name() + " does not compile to the executable model:");
            for (Message m : errors) {
                sb.append("\n  ")
                        .append(source(sources, m.getPath()))
                        .append(':')
                        .append(m.getLine())
                        .append(": ")
                        .append(m.getText());
            }
            throw new IllegalStateException(sb.toString());
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        ks.getRepository().removeKieModule(releaseId);
        String modelFile = CanonicalKieModule.getModelFileWithGAV(releaseId);
        List<String> models = new String(module.getBytes(modelFile), StandardCharsets.UTF_8)
                .lines()
                .map(String::strip)
                .filter(s -> !s.isEmpty() && !s.contains(":"))
                .toList(); // skips Drools-Model-Version
        String projectModel = CanonicalKieModule.getProjectModelClassNameNameWithReleaseId(releaseId)
                .replace('.', '/');
        for (String name : module.getFileNames()) {
            // the generated project model and kmodule.xml would make the jar a KIE module of its own; the models are
            // all that is loaded
            if (name.endsWith(".class") && !name.startsWith(projectModel) && !name.startsWith("org/drools/project/")) {
                Path target = out.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, module.getBytes(name));
            }
        }
        PrecompiledPack index = new PrecompiledPack(pack.name(), PrecompiledPack.fingerprint(sources), models, rules);
        Path indexFile = out.resolve(PrecompiledPack.resource(pack.name()));
        Files.createDirectories(indexFile.getParent());
        Files.writeString(indexFile, index.write(), StandardCharsets.UTF_8);
        return index;
    }

    private static String source(List<RuleSource> sources, String path) {
        if (path != null) {
            for (int i = 0; i < sources.size(); i++) {
                if (path.endsWith(RuleCompiler.unitPath(i))) {
                    return sources.get(i).name();
                }
            }
        }
        return String.valueOf(path);
    }
}
