package io.archadvisor;

import io.archadvisor.pack.RulePack;
import io.archadvisor.pack.RuleSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A pack registered like the built-in ones (a {@code META-INF/services} entry), whose two files share a package, a
 * declared type and a function, so that a broken custom pack next to it is the case the built-in packs are in.
 */
public final class BuiltInLikePack implements RulePack {

    @Override
    public String name() {
        return "builtin-like";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public List<RuleSource> sources() {
        return RuleSource.fromDirectory(RulePacksTest.PACKS.resolve("builtin"));
    }

    /** A class loader on which this pack is a default pack, as archadvisor-rules' packs are. */
    static ClassLoader loader(Path dir) {
        try {
            Path services = dir.resolve("META-INF/services");
            Files.createDirectories(services);
            Files.writeString(services.resolve(RulePack.class.getName()), BuiltInLikePack.class.getName() + "\n");
            return new URLClassLoader(new URL[] {dir.toUri().toURL()}, BuiltInLikePack.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
