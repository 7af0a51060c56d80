package io.archadvisor.rules.design;

/**
 * Makes this package exist when the module is compiled, so that {@code module-info} can export it: the pack's declared
 * types and precompiled model are generated into it afterwards, when the rules module is built.
 */
final class PackAnchor {

    private PackAnchor() {}
}
