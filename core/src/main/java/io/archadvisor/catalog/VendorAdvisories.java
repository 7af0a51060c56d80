package io.archadvisor.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Hand entries for advisories of server products that have no OSV ecosystem (database and broker servers): each
 * cites the vendor's own advisory and carries a copy of its text under {@code vendor/}, and the entry is accepted
 * only when that copy names the advisory id, every version the entry gives, and the quoted sentence the entry rests
 * on.
 */
public final class VendorAdvisories {

    private VendorAdvisories() {}

    /**
     * The advisory a manifest hand entry gives, after checking it against its vendored copy.
     *
     * @throws SourceDataException when a field is missing, the copy is missing, or the copy does not state what the
     *     entry says, naming what is not found
     */
    public static Advisory advisory(Path dataDir, JsonNode h, String where) {
        String id = CatalogGenerator.required(h, "id", where + " vendorAdvisories");
        String at = where + " vendor advisory " + id;
        String copyName = CatalogGenerator.required(h, "copy", at);
        Path copy = dataDir.resolve(copyName);
        if (!Files.exists(copy)) {
            throw new SourceDataException(at + ": the vendored copy " + copyName + " is missing");
        }
        String text = flat(CatalogGenerator.read(copy));
        String quote = CatalogGenerator.required(h, "quote", at);
        List<String> missing = new ArrayList<>();
        if (!text.contains(flat(id))) {
            missing.add("the id " + id);
        }
        if (!text.contains(flat(quote))) {
            missing.add("the quoted sentence \"" + quote + "\"");
        }
        List<VersionRange> ranges = new ArrayList<>();
        for (JsonNode r : h.path("affected")) {
            String introduced = CatalogGenerator.text(r.get("introduced"));
            String fixed = CatalogGenerator.text(r.get("fixed"));
            for (String v : new String[] {introduced, fixed}) {
                if (v != null && !text.contains(v)) {
                    missing.add("the version " + v);
                }
            }
            ranges.add(new VersionRange(
                    introduced == null ? null : Version.parse(introduced),
                    fixed == null ? null : Version.parse(fixed)));
        }
        if (ranges.isEmpty()) {
            throw new SourceDataException(at + ": `affected` must list at least one range");
        }
        if (!missing.isEmpty()) {
            throw new SourceDataException(at + ": the vendored copy " + copyName + " does not state "
                    + String.join(", ", missing) + "; the entry must say only what its primary source says");
        }
        String published = CatalogGenerator.text(h.get("published"));
        return new Advisory(
                id,
                AdvisorySeverity.valueOf(
                        CatalogGenerator.required(h, "severity", at).toUpperCase(Locale.ROOT)),
                CatalogGenerator.required(h, "summary", at),
                ranges,
                CatalogGenerator.required(h, "source", at),
                CatalogGenerator.strings(h.get("aliases")),
                published == null ? null : LocalDate.parse(published));
    }

    // whitespace runs as one space, so a quote matches across the copy's line breaks
    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
