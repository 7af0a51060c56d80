package io.archadvisor.rules;

import static org.junit.jupiter.api.Assertions.fail;

import io.archadvisor.rules.support.Messages;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a node's text back into the message it was built from: the text must be the bundle's text for the key with
 * its placeholders filled, and the answer is the parameter values by name. Tests assert the message key and the
 * parameters this way, so rewording a bundle text does not break them.
 */
public final class MessageParams {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{|\\{([A-Za-z][A-Za-z0-9]*)}");

    private MessageParams() {}

    /**
     * The parameters with which {@code text} was built from the text {@code key} (code and part, such as
     * {@code AP-CARGO-CULTING.evidence}) of the bundle; fails the test when the text is not that message.
     */
    public static Map<String, String> of(String bundle, String key, String text) {
        return of(bundle, key, text, Messages.none());
    }

    /**
     * As {@link #of(String, String, String)}, with some parameters known beforehand (they must have these values),
     * which is how a message with two placeholders side by side is read.
     */
    public static Map<String, String> of(String bundle, String key, String text, Messages.Params known) {
        String template = Messages.bundle(bundle).get(key);
        if (template == null) {
            fail("The message bundle " + bundle + " has no text " + key);
        }
        List<String> names = Messages.placeholders(template);
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder regex = new StringBuilder("^");
        Set<String> seen = new HashSet<>();
        int last = 0;
        boolean previousUnknown = false;
        while (m.find()) {
            boolean unknown = m.group(1) != null && !known.values().containsKey(m.group(1));
            if (unknown && previousUnknown && m.start() == last) {
                fail("The message " + key + " of the bundle " + bundle + " has two placeholders side by side, so its"
                        + " text cannot be read back into parameters; give the value of one of them");
            }
            previousUnknown = unknown;
            regex.append(Pattern.quote(template.substring(last, m.start())));
            if (m.group(1) == null) {
                regex.append(Pattern.quote("{"));
            } else if (!unknown) {
                regex.append(Pattern.quote(known.values().get(m.group(1))));
            } else if (seen.add(m.group(1))) {
                regex.append("(?<").append(m.group(1)).append(">.*?)");
            } else {
                regex.append("\\k<").append(m.group(1)).append('>');
            }
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last))).append('$');
        Matcher t = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(text);
        if (!t.matches()) {
            fail("Not the message " + key + " of the bundle " + bundle + ":\n  text:    " + text + "\n  message: "
                    + template);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : names) {
            out.put(name, known.values().containsKey(name) ? known.values().get(name) : t.group(name));
        }
        return out;
    }

    /** Fails the test unless {@code text} is the message {@code key} of the bundle, whatever its parameters. */
    public static void assertMessage(String bundle, String key, String text) {
        of(bundle, key, text);
    }
}
