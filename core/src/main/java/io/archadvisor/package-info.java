/** The facade: {@link io.archadvisor.Advisor} and its builder. Nothing here is {@code null} unless marked {@code @Nullable}. */
@NullMarked
package io.archadvisor;

import org.jspecify.annotations.NullMarked;
