/** Rule packs, their sources and metadata, the types rules may use, and the errors of compiling and running rules. */
@NullMarked
package io.archadvisor.pack;

import org.jspecify.annotations.NullMarked;
