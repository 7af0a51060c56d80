package io.archadvisor.imports.formats;

import io.archadvisor.base.Location;
import io.archadvisor.imports.ImportSettings;
import io.archadvisor.imports.Importer;
import io.archadvisor.imports.Origin;
import io.archadvisor.imports.PartialRequirements;
import io.archadvisor.imports.SourceFile;
import io.archadvisor.model.AuthMethod;
import io.archadvisor.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads OpenAPI 3.x (and Swagger 2.0) contracts, YAML or JSON, with the strict YAML stack: security schemes give the
 * authentication methods (OAuth 2, OpenID Connect, JWT bearer tokens, API keys, mutual TLS), servers that all use
 * HTTPS give encryption in transit; versioned paths and pagination parameters are reported as notes.
 */
public final class OpenApiImporter implements Importer {

    private static final Set<String> PAGINATION = Set.of(
            "limit",
            "offset",
            "page",
            "page_size",
            "pagesize",
            "per_page",
            "cursor",
            "after",
            "before",
            "pagetoken",
            "page_token",
            "next_token",
            "size",
            "skip",
            "top");

    @Override
    public String format() {
        return "openapi";
    }

    @Override
    public boolean accepts(SourceFile file) {
        if (!file.parses() || file.documents().size() != 1) {
            return false;
        }
        YamlNode root = file.documents().get(0);
        String openapi = Nodes.text(root, "openapi");
        String swagger = Nodes.text(root, "swagger");
        return (openapi != null && openapi.startsWith("3.") || "2.0".equals(swagger))
                && Nodes.get(root, "info") instanceof YamlNode.Mapping;
    }

    @Override
    public PartialRequirements read(List<SourceFile> files, ImportSettings settings) {
        PartialRequirements out = new PartialRequirements(format());
        for (SourceFile f : files) {
            read(f, out);
        }
        return out;
    }

    private static void read(SourceFile f, PartialRequirements out) {
        YamlNode root = f.documents().get(0);
        YamlNode schemes = Nodes.get(root, "components", "securitySchemes");
        if (schemes == null) {
            schemes = Nodes.get(root, "securityDefinitions"); // Swagger 2.0
        }
        for (YamlNode.Entry e : Nodes.entries(schemes)) {
            YamlNode type = Nodes.get(e.value(), "type");
            AuthMethod method =
                    method(Nodes.text(type), Nodes.text(e.value(), "scheme"), Nodes.text(e.value(), "bearerFormat"));
            if (method != null) {
                out.item(
                        "security.authentication",
                        method,
                        Origin.inferred(
                                type.location(), "the security scheme " + e.key() + " of type " + Nodes.text(type)));
            } else if (type != null) {
                out.note(
                        type.location(),
                        "the security scheme " + e.key() + " (" + Nodes.text(type)
                                + (Nodes.text(e.value(), "scheme") == null ? "" : " " + Nodes.text(e.value(), "scheme"))
                                + ") is no authentication method archadvisor names; left out");
            }
        }
        servers(root, out);
        List<String> versioned = new ArrayList<>();
        Set<String> pages = new LinkedHashSet<>();
        Location pageAt = null;
        for (YamlNode.Entry path : Nodes.entries(Nodes.get(root, "paths"))) {
            if (path.key().matches("/v\\d+(/.*)?")) {
                versioned.add(path.key());
            }
            for (YamlNode.Entry op : Nodes.entries(path.value())) {
                for (YamlNode p : Nodes.items(Nodes.get(op.value(), "parameters"))) {
                    String name = Nodes.text(p, "name");
                    if (name != null
                            && "query".equals(Nodes.text(p, "in"))
                            && PAGINATION.contains(name.toLowerCase(Locale.ROOT))) {
                        pages.add(name);
                        pageAt = pageAt == null ? p.location() : pageAt;
                    }
                }
            }
        }
        if (!versioned.isEmpty()) {
            out.note(
                    Nodes.get(root, "paths").location(),
                    versioned.size() + " path" + (versioned.size() == 1 ? " is" : "s are") + " versioned in the URL ("
                            + versioned.get(0) + ")");
        }
        if (!pages.isEmpty()) {
            out.note(pageAt, "lists are paginated with the query parameters " + String.join(", ", pages));
        }
    }

    /** Servers that all use HTTPS say traffic is encrypted in transit; a plain-HTTP server says nothing for sure. */
    private static void servers(YamlNode root, PartialRequirements out) {
        List<YamlNode> servers = Nodes.items(Nodes.get(root, "servers"));
        if (servers.isEmpty()) {
            List<YamlNode> schemes = Nodes.items(Nodes.get(root, "schemes")); // Swagger 2.0
            if (!schemes.isEmpty() && schemes.stream().allMatch(s -> "https".equals(Nodes.text(s)))) {
                out.value(
                        "security.encryptionInTransit",
                        true,
                        Origin.inferred(schemes.get(0).location(), "the API's only scheme https"));
            }
            return;
        }
        for (YamlNode s : servers) {
            String url = Nodes.text(s, "url");
            if (url == null || !url.toLowerCase(Locale.ROOT).startsWith("https://")) {
                return;
            }
        }
        out.value(
                "security.encryptionInTransit",
                true,
                Origin.inferred(servers.get(0).location(), "every server URL of the API is https"));
    }

    /** The authentication method of a security scheme, or {@code null}. */
    static AuthMethod method(String type, String scheme, String bearerFormat) {
        if (type == null) {
            return null;
        }
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "oauth2" -> AuthMethod.OAUTH2;
            case "openidconnect" -> AuthMethod.OIDC;
            case "apikey", "httpapikey" -> AuthMethod.API_KEYS;
            case "mutualtls", "x509" -> AuthMethod.MTLS;
            case "http" ->
                "bearer".equalsIgnoreCase(scheme)
                                && bearerFormat != null
                                && bearerFormat.toUpperCase(Locale.ROOT).contains("JWT")
                        ? AuthMethod.JWT
                        : null;
            default -> null;
        };
    }
}
