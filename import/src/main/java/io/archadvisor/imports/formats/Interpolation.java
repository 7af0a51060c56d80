package io.archadvisor.imports.formats;

/**
 * Compose-file variable interpolation without an environment: {@code ${VAR:-default}} and {@code ${VAR-default}}
 * become their default, {@code $$} a dollar; a variable without a default ({@code ${VAR}}, {@code $VAR},
 * {@code ${VAR:?error}}) cannot be known, so the value is unknown.
 */
final class Interpolation {

    private Interpolation() {}

    /** The value with defaults filled in, or {@code null} when it depends on a variable without a default. */
    static String resolve(String value) {
        if (value == null || value.indexOf('$') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c != '$') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < value.length() && value.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
                continue;
            }
            if (i + 1 < value.length() && value.charAt(i + 1) == '{') {
                int close = closing(value, i + 2);
                if (close < 0) {
                    return null;
                }
                String inner = value.substring(i + 2, close);
                int dash = inner.indexOf('-');
                int colonDash = inner.indexOf(":-");
                if (colonDash >= 0) {
                    String nested = resolve(inner.substring(colonDash + 2));
                    if (nested == null) {
                        return null;
                    }
                    out.append(nested);
                } else if (dash >= 0 && inner.indexOf(':') < 0) {
                    String nested = resolve(inner.substring(dash + 1));
                    if (nested == null) {
                        return null;
                    }
                    out.append(nested);
                } else {
                    return null;
                }
                i = close + 1;
                continue;
            }
            if (i + 1 < value.length() && (Character.isLetter(value.charAt(i + 1)) || value.charAt(i + 1) == '_')) {
                return null;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /**
     * The repository of an image reference whose tag or digest alone depends on a variable without a default
     * ({@code mysql:${MYSQL_VERSION}} is {@code mysql}), or {@code null} when the repository itself does or nothing
     * does.
     */
    static String repositoryOfImage(String image) {
        if (image == null) {
            return null;
        }
        int at = image.indexOf('@');
        int slash = image.lastIndexOf('/', at < 0 ? image.length() : at);
        int colon = image.indexOf(':', slash + 1);
        int cut = at >= 0 && (colon < 0 || at < colon) ? at : colon;
        if (cut <= 0) {
            return null;
        }
        String repository = image.substring(0, cut);
        if (repository.indexOf('$') >= 0 || image.substring(cut).indexOf('$') < 0) {
            return null;
        }
        return repository.isBlank() ? null : repository;
    }

    private static int closing(String s, int from) {
        int depth = 1;
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == '{') {
                depth++;
            } else if (s.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
