/** The Drools engine behind {@link io.archadvisor.Advisor}. Internal: not API, may change in any release. */
package io.archadvisor.internal;
