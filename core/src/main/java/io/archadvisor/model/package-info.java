/** The requirements model: the validated records a system's requirements are read into, and where each value came from. */
@NullMarked
package io.archadvisor.model;

import org.jspecify.annotations.NullMarked;
