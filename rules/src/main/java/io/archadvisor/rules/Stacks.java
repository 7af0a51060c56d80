package io.archadvisor.rules;

import io.archadvisor.rules.support.Estate;
import java.util.Locale;
import java.util.Map;

/** Maps what requirements say (team expertise, provider names) to technology catalog names, for the DRL rules. */
public final class Stacks {

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

    private static final Map<String, String> DISPLAY = displayNames("io/archadvisor/rules/data/languages.txt");

    private Stacks() {}

    /**
     * The catalog name of the language a skill names ({@code typescript} → {@code nodejs}), or {@code null}: the
     * spellings are the LANGUAGE rows of the estate table (data/estate.txt).
     */
    public static String language(String expertise) {
        return expertise == null || !"LANGUAGE".equals(Estate.topic(expertise)) ? null : Estate.catalogName(expertise);
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

    /** Reads {@code language display...} per line ({@code #} comments) from a class-path table. */
    private static Map<String, String> displayNames(String resource) {
        try (java.io.InputStream in = Stacks.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("No language table " + resource + " on the class path");
            }
            Map<String, String> out = new java.util.LinkedHashMap<>();
            int line = 0;
            for (String row : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                line++;
                String r = row.strip();
                if (r.isEmpty() || r.startsWith("#")) {
                    continue;
                }
                String[] cols = r.split("\\s+", 2);
                if (cols.length != 2) {
                    throw new IllegalStateException(
                            resource + ":" + line + ": expected `language display`, found `" + r + "`");
                }
                out.put(cols[0], cols[1].strip());
            }
            return Map.copyOf(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The display name of a language's catalog name (data/languages.txt), for choices the catalog has no entry for. */
    public static String displayName(String catalogName) {
        return DISPLAY.getOrDefault(catalogName, catalogName);
    }
}
