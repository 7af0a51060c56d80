/** Leaf types every other package shares: locations, problems, the exception root, suggestions and enum spelling. */
@NullMarked
package io.archadvisor.base;

import org.jspecify.annotations.NullMarked;
