/**
 * Reading and writing requirements as YAML: {@link io.archadvisor.yaml.RequirementsReader} (strict, located errors,
 * resource limits), {@link io.archadvisor.yaml.RequirementsWriter} (the same format back) and
 * {@link io.archadvisor.yaml.ReadLimits}; {@link io.archadvisor.yaml.StrictYaml}, the one strict reader every other
 * document of the library is read with (waivers, policies, configuration), and
 * {@link io.archadvisor.yaml.YamlDocuments}, the same parser and limits for catalogs and imported files.
 */
@NullMarked
package io.archadvisor.yaml;

import org.jspecify.annotations.NullMarked;
