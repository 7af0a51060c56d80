/**
 * The technology catalog: release lines and their support dates, deprecations, advisories and compatibility, read from
 * YAML or from live sources ({@code endoflife.date}, OSV), layered with {@link io.archadvisor.catalog.Catalogs#overlay}
 * and looked up by the rules through {@link io.archadvisor.catalog.TechnologyCatalog}.
 */
@NullMarked
package io.archadvisor.catalog;

import org.jspecify.annotations.NullMarked;
