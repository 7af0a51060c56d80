package io.archadvisor.cli;

import java.util.Arrays;
import java.util.Iterator;

/** The names of every {@link FailLevel}, for help texts and shell completion. */
final class Severities implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(FailLevel.values()).map(FailLevel::id).iterator();
    }
}
