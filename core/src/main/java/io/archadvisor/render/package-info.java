/**
 * Renderers of the recommendation graph: a Markdown report in the seed's output sections, a Mermaid architecture
 * diagram, JSON of the whole graph (with a reader and a published JSON Schema), and SARIF 2.1.0 for code-scanning
 * tools. {@link io.archadvisor.render.Format} picks one by name, as {@code --format markdown|mermaid|json|sarif} does.
 */
@NullMarked
package io.archadvisor.render;

import org.jspecify.annotations.NullMarked;
