/**
 * Reading and writing requirements as YAML: {@link io.archadvisor.yaml.RequirementsReader} (strict, located errors,
 * resource limits), {@link io.archadvisor.yaml.RequirementsWriter} (the same format back) and
 * {@link io.archadvisor.yaml.ReadLimits}.
 */
package io.archadvisor.yaml;
