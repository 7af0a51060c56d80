/**
 * The typed facts rules match: one record per known leaf of the requirements ({@code TeamSize(value < 20)}), entity
 * facts for lists ({@link io.archadvisor.facts.ProposedService}), and {@link io.archadvisor.facts.Unknown} for every
 * leaf that is not known.
 */
@NullMarked
package io.archadvisor.facts;

import org.jspecify.annotations.NullMarked;
