package io.archadvisor.cli;

import io.archadvisor.render.Format;
import java.util.Arrays;
import java.util.Iterator;

/** The names of every {@link Format}, for help texts and shell completion. */
final class Formats implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(Format.values()).map(Format::id).iterator();
    }
}
