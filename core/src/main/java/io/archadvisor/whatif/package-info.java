/** What-if sessions over one set of requirements, and the deltas between two graphs. */
@NullMarked
package io.archadvisor.whatif;

import org.jspecify.annotations.NullMarked;
