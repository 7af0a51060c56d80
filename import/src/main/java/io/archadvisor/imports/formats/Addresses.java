package io.archadvisor.imports.formats;

import io.archadvisor.model.CallMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the services an environment value points at: {@code http://orders:8080/api}, {@code redis-cart:6379},
 * {@code kafka-0.kafka.shop.svc.cluster.local:9092,kafka-1...}, or a bare host name in a variable named like an
 * address ({@code REDIS_HOST=redis}).
 */
final class Addresses {

    /** A variable whose name says it holds an address. */
    private static final Pattern ADDRESS_NAME = Pattern.compile(
            ".*(HOST|ADDR|URL|URI|SERVER|ENDPOINT|SERVICE|BROKER|DSN|CONN|BOOTSTRAP|NODES|PEERS|UPSTREAM|TARGET).*",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SPLIT = Pattern.compile("[,;\\s]+");

    /**
     * A reference to a host.
     *
     * @param host the host, as one of the known names
     * @param scheme the URL scheme, lower case, or {@code null}
     */
    record Reference(String host, String scheme) {

        /** The call mode the scheme states: request-response protocols are synchronous; otherwise unknown. */
        CallMode mode() {
            if (scheme == null) {
                return null;
            }
            return switch (scheme) {
                case "http", "https", "grpc", "grpcs", "h2c" -> CallMode.SYNC;
                default -> null;
            };
        }
    }

    private Addresses() {}

    /** The known hosts {@code value} of variable {@code variable} points at, each once, in order. */
    static List<Reference> references(String variable, String value, Set<String> known) {
        List<Reference> out = new ArrayList<>();
        if (value == null || value.isBlank() || value.length() > 4096) {
            return out;
        }
        boolean addressName = variable != null && ADDRESS_NAME.matcher(variable).matches();
        for (String token : SPLIT.split(value.strip())) {
            if (token.isEmpty()) {
                continue;
            }
            String scheme = null;
            String rest = token;
            int sep = token.indexOf("://");
            if (sep > 0) {
                scheme = token.substring(0, sep).toLowerCase(Locale.ROOT);
                int plus = scheme.indexOf('+'); // postgresql+asyncpg://
                if (plus > 0) {
                    scheme = scheme.substring(0, plus);
                }
                rest = token.substring(sep + 3);
            } else if (!addressName && token.indexOf(':') < 0) {
                continue; // a bare word in a variable that is not an address
            }
            int end = indexOfAny(rest, "/?#");
            String authority = end < 0 ? rest : rest.substring(0, end);
            int user = authority.lastIndexOf('@');
            if (user >= 0) {
                authority = authority.substring(user + 1);
            }
            String host = authority;
            if (host.startsWith("[")) {
                continue; // an IPv6 literal
            }
            int colon = host.indexOf(':');
            if (colon >= 0) {
                String port = host.substring(colon + 1);
                if (scheme == null && !port.matches("\\d{1,5}")) {
                    continue; // not host:port (a key:value, a time)
                }
                host = host.substring(0, colon);
            }
            String match = match(host.toLowerCase(Locale.ROOT), known);
            if (match != null && out.stream().noneMatch(r -> r.host().equals(match))) {
                out.add(new Reference(match, scheme));
            }
        }
        return out;
    }

    /**
     * The known name {@code host} is: itself, or in Kubernetes DNS form {@code name.namespace},
     * {@code name.namespace.svc} or {@code name.namespace.svc.cluster.local} (and a pod of a headless service,
     * {@code pod.name.namespace.svc...}).
     */
    static String match(String host, Set<String> known) {
        if (host.isEmpty()) {
            return null;
        }
        if (known.contains(host)) {
            return host;
        }
        String[] labels = host.split("\\.");
        if (labels.length < 2) {
            return null;
        }
        int svc = -1;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].equals("svc")) {
                svc = i;
            }
        }
        if (svc < 0) {
            return labels.length == 2 && known.contains(labels[0]) ? labels[0] : null;
        }
        // name.namespace.svc[.cluster.local] or pod.name.namespace.svc...
        if (svc >= 2 && known.contains(labels[svc - 2])) {
            return labels[svc - 2];
        }
        return null;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
