package io.archadvisor.yaml;

import io.archadvisor.base.InvalidSettingException;

/**
 * Resource limits applied while reading requirements, so that hostile or runaway input fails fast with a clear error
 * instead of exhausting memory or time. {@link #DEFAULTS} are generous for any real system description.
 *
 * @param maxDocumentBytes the largest document, in bytes (UTF-8 for string input)
 * @param maxDepth the deepest nesting of mappings and lists (the format itself needs 6)
 * @param maxAliases the most alias references ({@code *name}) in one document
 * @param maxNodes the most values in the document after every alias is expanded (guards against "billion laughs")
 * @param maxStringLength the longest scalar or key, in characters
 * @param maxServices the most services in {@code proposal.services}
 * @param maxDependencies the most calls over all services in {@code proposal.services[*].calls}
 */
public record ReadLimits(
        long maxDocumentBytes,
        int maxDepth,
        int maxAliases,
        long maxNodes,
        int maxStringLength,
        int maxServices,
        int maxDependencies) {

    /** 1 MiB, depth 20, 50 aliases, 100,000 values, 10,000 characters, 500 services, 5,000 calls. */
    public static final ReadLimits DEFAULTS = new ReadLimits(1024 * 1024, 20, 50, 100_000, 10_000, 500, 5_000);

    /** The hardest nesting limit accepted, to keep reading iterative-safe on any thread stack. */
    public static final int DEPTH_CEILING = 500;

    /** Validates the limits. */
    public ReadLimits {
        if (maxDepth < 1 || maxDepth > DEPTH_CEILING) {
            throw new InvalidSettingException(
                    "maxDepth",
                    "The reading limit maxDepth (" + maxDepth + ") must be between 1 and " + DEPTH_CEILING + ".");
        }
        if (maxDocumentBytes < 1 || maxDocumentBytes > Integer.MAX_VALUE - 8) {
            throw new InvalidSettingException(
                    "maxDocumentBytes",
                    "The reading limit maxDocumentBytes (" + maxDocumentBytes + ") must be between 1 and "
                            + (Integer.MAX_VALUE - 8) + " (below 2 GiB).");
        }
        if (maxAliases < 0) {
            throw new InvalidSettingException(
                    "maxAliases", "The reading limit maxAliases (" + maxAliases + ") must be ≥ 0; 0 forbids aliases.");
        }
        positive("maxNodes", maxNodes);
        positive("maxStringLength", maxStringLength);
        if (maxServices < 0 || maxDependencies < 0) {
            String name = maxServices < 0 ? "maxServices" : "maxDependencies";
            throw new InvalidSettingException(
                    name,
                    "The reading limit " + name + " (" + Math.min(maxServices, maxDependencies) + ") must be ≥ 0.");
        }
    }

    private static void positive(String name, long value) {
        if (value < 1) {
            throw new InvalidSettingException(name, "The reading limit " + name + " (" + value + ") must be ≥ 1.");
        }
    }
}
