/** The recommendation graph: typed nodes, edges and their provenance, as the rules derive them. */
@NullMarked
package io.archadvisor.graph;

import org.jspecify.annotations.NullMarked;
