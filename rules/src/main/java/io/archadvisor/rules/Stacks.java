package io.archadvisor.rules;

import java.util.Locale;
import java.util.Map;

/** Maps what requirements say (team expertise, provider names) to technology catalog names, for the DRL rules. */
public final class Stacks {

    private static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("java", "java"),
            Map.entry("kotlin", "java"),
            Map.entry("jvm", "java"),
            Map.entry("python", "python"),
            Map.entry("python3", "python"),
            Map.entry("go", "go"),
            Map.entry("golang", "go"),
            Map.entry("node", "nodejs"),
            Map.entry("nodejs", "nodejs"),
            Map.entry("node.js", "nodejs"),
            Map.entry("javascript", "nodejs"),
            Map.entry("typescript", "nodejs"),
            Map.entry("js", "nodejs"),
            Map.entry("ts", "nodejs"),
            Map.entry("rust", "rust"));

    private static final Map<String, String> PROVIDERS = Map.ofEntries(
            Map.entry("aws", "aws"),
            Map.entry("amazon", "aws"),
            Map.entry("amazon web services", "aws"),
            Map.entry("gcp", "gcp"),
            Map.entry("google", "gcp"),
            Map.entry("google cloud", "gcp"),
            Map.entry("google cloud platform", "gcp"),
            Map.entry("azure", "azure"),
            Map.entry("microsoft azure", "azure"),
            Map.entry("vercel", "vercel"),
            Map.entry("cloudflare", "cloudflare"),
            Map.entry("supabase", "supabase"));

    private static final Map<String, String> DISPLAY = Map.ofEntries(
            Map.entry("java", "Java"),
            Map.entry("python", "Python"),
            Map.entry("go", "Go"),
            Map.entry("nodejs", "Node.js"),
            Map.entry("rust", "Rust"));

    private Stacks() {}

    /** The catalog name of the language a skill names ({@code typescript} → {@code nodejs}), or {@code null}. */
    public static String language(String expertise) {
        return expertise == null ? null : LANGUAGES.get(expertise.strip().toLowerCase(Locale.ROOT));
    }

    /** The catalog name of a cloud provider as written ({@code Amazon Web Services} → {@code aws}), or {@code null}. */
    public static String provider(String provider) {
        return provider == null ? null : PROVIDERS.get(provider.strip().toLowerCase(Locale.ROOT));
    }

    /** The facts in words, joined by commas: {@code dataAccess[0] = orders (transactional), ...}. */
    public static String describe(java.util.Collection<?> facts) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Object o : facts) {
            out.add(o instanceof io.archadvisor.facts.InputFact f ? f.describe() : String.valueOf(o));
        }
        return String.join(", ", out);
    }

    /** The display name of a language's catalog name, for choices the catalog has no entry for. */
    public static String displayName(String catalogName) {
        return DISPLAY.getOrDefault(catalogName, catalogName);
    }
}
