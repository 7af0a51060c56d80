/** The archadvisor Maven plugin: the {@code archadvisor:check} goal, a CI gate in a Maven build. */
package io.archadvisor.maven;
