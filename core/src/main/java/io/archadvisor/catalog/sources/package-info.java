/**
 * The sources the technology catalog is built from, and the generator that builds it: endoflife.date's product data
 * for release lines ({@link io.archadvisor.catalog.sources.EndOfLifeData}), OSV records as the GitHub Advisory
 * Database publishes them for advisories ({@link io.archadvisor.catalog.sources.OsvData}), a manifest naming the
 * technologies ({@link io.archadvisor.catalog.sources.CatalogGenerator}), and the live update over HTTPS
 * ({@link io.archadvisor.catalog.sources.LiveCatalog}).
 */
package io.archadvisor.catalog.sources;
