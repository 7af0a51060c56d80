package io.archadvisor.graph;

/**
 * The extension point for node types of custom rule packs: implement it with a record whose {@link #id()} is unique
 * within a graph. Renderers show it through {@link #summary()}.
 */
public non-sealed interface CustomNode extends Node {}
