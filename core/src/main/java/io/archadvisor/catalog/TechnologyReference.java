package io.archadvisor.catalog;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A technology as people write it, read for a catalog lookup: a name or alias ({@code Node.js}), a container image
 * ({@code bitnami/postgresql:15.4.0}, {@code docker.io/library/redis:7.2-alpine}), a Maven coordinate
 * ({@code org.apache.logging.log4j:log4j-core:2.14.1}) or a package URL
 * ({@code pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1}, {@code pkg:npm/%40nestjs/core@10.0.0}).
 *
 * @param written the text as written
 * @param keys the lookup keys, most specific first: identifier keys ({@code image:bitnami/postgresql},
 *     {@code maven:org.apache.logging.log4j:log4j-core}, {@code purl:npm/express}) before plain names
 * @param version the version the text carries (an image tag, a coordinate's or purl's version), or {@code null}
 */
public record TechnologyReference(
        String written, List<String> keys, @Nullable String version) {

    private static final int CACHED_LIMIT = 4_096;
    private static final ConcurrentHashMap<String, TechnologyReference> CACHE = new ConcurrentHashMap<>();
    private static final Pattern LEADING_VERSION = Pattern.compile("[vV]?\\d+(?:\\.\\d+)*");

    /** Validates and copies. */
    public TechnologyReference {
        java.util.Objects.requireNonNull(written, "written");
        keys = List.copyOf(keys);
    }

    /** Reads how a technology is written; the same text always gives the same (cached) reference. */
    public static TechnologyReference of(String written) {
        TechnologyReference r = CACHE.get(written);
        if (r == null) {
            r = read(written);
            if (CACHE.size() < CACHED_LIMIT) {
                CACHE.putIfAbsent(written, r);
            }
        }
        return r;
    }

    private static TechnologyReference read(String written) {
        String text = written.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> keys = new ArrayList<>();
        String version = null;
        if (lower.startsWith("pkg:")) {
            String rest = text.substring(4);
            int hash = rest.indexOf('#');
            if (hash >= 0) {
                rest = rest.substring(0, hash);
            }
            int query = rest.indexOf('?');
            if (query >= 0) {
                rest = rest.substring(0, query);
            }
            int at = rest.lastIndexOf('@');
            if (at > 0 && at > rest.lastIndexOf('/')) {
                version = decode(rest.substring(at + 1));
                rest = rest.substring(0, at);
            }
            keys.addAll(identifierKeys("pkg:" + rest));
            int slash = rest.lastIndexOf('/');
            keys.add(TechnologyEntry.normalize(decode(rest.substring(slash + 1))));
        } else if (text.contains("/")) {
            String image = text;
            int digest = image.indexOf('@');
            if (digest >= 0) {
                image = image.substring(0, digest);
            }
            int colon = image.lastIndexOf(':');
            if (colon > image.lastIndexOf('/')) {
                version = tagVersion(image.substring(colon + 1));
                image = image.substring(0, colon);
            }
            String path = imagePath(image.toLowerCase(Locale.ROOT));
            keys.addAll(imageKeys(path));
            keys.add(TechnologyEntry.normalize(path.substring(path.lastIndexOf('/') + 1)));
        } else if (text.contains(":")) {
            String[] parts = text.split(":");
            if (parts.length == 2 && !parts[0].contains(".")) {
                // an image of Docker Hub's library written with its tag: postgres:16, node:20-alpine
                version = tagVersion(parts[1]);
                keys.addAll(imageKeys(imagePath(parts[0].toLowerCase(Locale.ROOT))));
                keys.add(TechnologyEntry.normalize(parts[0]));
            } else if (parts.length >= 2 && !parts[0].isBlank() && !parts[1].isBlank()) {
                // a Maven coordinate: group:artifact[:version] or group:artifact:packaging[:classifier]:version
                keys.add("maven:" + parts[0].strip().toLowerCase(Locale.ROOT) + ":"
                        + parts[1].strip().toLowerCase(Locale.ROOT));
                if (parts.length >= 3) {
                    version = parts[parts.length - 1].strip();
                }
                keys.add(TechnologyEntry.normalize(parts[1]));
            } else {
                keys.add(TechnologyEntry.normalize(text));
            }
        } else {
            keys.add(TechnologyEntry.normalize(text));
        }
        keys.removeIf(String::isEmpty);
        return new TechnologyReference(
                written, keys.stream().distinct().toList(), version == null || version.isBlank() ? null : version);
    }

    /**
     * The lookup keys of a package identifier of a catalog entry, a purl without version such as
     * {@code pkg:docker/bitnami/postgresql}: {@code purl:docker/bitnami/postgresql} and the image keys for a Docker
     * purl, {@code purl:maven/g/a} and {@code maven:g:a} for a Maven purl, {@code purl:npm/express} for others.
     */
    public static List<String> identifierKeys(String purl) {
        String p = purl.strip();
        if (!p.toLowerCase(Locale.ROOT).startsWith("pkg:")) {
            return List.of();
        }
        String rest = decode(p.substring(4)).toLowerCase(Locale.ROOT);
        int slash = rest.indexOf('/');
        if (slash <= 0) {
            return List.of();
        }
        String type = rest.substring(0, slash);
        String path = rest.substring(slash + 1);
        List<String> keys = new ArrayList<>();
        keys.add("purl:" + type + "/" + path);
        if (type.equals("docker")) {
            keys.addAll(imageKeys(imagePath(path)));
        } else if (type.equals("maven")) {
            int last = path.lastIndexOf('/');
            if (last > 0) {
                keys.add("maven:" + path.substring(0, last).replace('/', '.') + ":" + path.substring(last + 1));
            }
        }
        return keys;
    }

    /** The version of the reference, if it carries one and it parses. */
    public Optional<Version> parsedVersion() {
        return Version.tryParse(version);
    }

    // an image path without registry host: docker.io/library/redis → library/redis, ghcr.io/org/x → org/x
    private static String imagePath(String image) {
        String[] parts = image.split("/");
        if (parts.length > 1 && (parts[0].contains(".") || parts[0].contains(":") || parts[0].equals("localhost"))) {
            return String.join("/", java.util.Arrays.copyOfRange(parts, 1, parts.length));
        }
        return image;
    }

    private static List<String> imageKeys(String path) {
        List<String> keys = new ArrayList<>();
        keys.add("image:" + path);
        if (path.startsWith("library/")) {
            keys.add("image:" + path.substring("library/".length()));
        } else if (!path.contains("/")) {
            keys.add("image:library/" + path);
        }
        return keys;
    }

    // an image tag's version: 15.4.0, 15.4.0-debian-11-r45 → 15.4.0, 20-alpine → 20; latest → none
    private static @Nullable String tagVersion(String tag) {
        Matcher m = LEADING_VERSION.matcher(tag.strip());
        return m.lookingAt() ? m.group() : null;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
