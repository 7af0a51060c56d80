package io.archadvisor.yaml;

import io.archadvisor.base.Location;
import io.archadvisor.base.Problem;
import io.archadvisor.model.RequirementsException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Decoding a document's bytes (UTF-8, or UTF-16/32 with a byte order mark) and mapping offsets to lines. */
final class Text {

    private Text() {}

    /** The text of {@code bytes}; an invalid byte sequence is a {@link RequirementsException} naming its place. */
    static String decode(byte[] bytes, String source) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (starts(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            charset = Charset.forName("UTF-32BE");
            skip = 4;
        } else if (starts(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            charset = Charset.forName("UTF-32LE");
            skip = 4;
        } else if (starts(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (starts(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.min(
                Integer.MAX_VALUE - 8L,
                (long) (bytes.length - skip) * (long) Math.ceil(decoder.maxCharsPerByte()) + 1));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            String before = out.flip().toString();
            Location where = location(source, before, before.codePointCount(0, before.length()));
            RequirementsException e = new RequirementsException(List.of(new Problem(
                    "",
                    String.format("byte 0x%02X", bytes[Math.min(at, bytes.length - 1)] & 0xFF),
                    where,
                    "is not valid " + charset.name()
                            + " here; save the file as UTF-8 (or as UTF-16/UTF-32 with a byte order mark)")));
            try {
                result.throwException();
            } catch (CharacterCodingException cause) {
                e.initCause(cause);
            }
            throw e;
        }
        return out.flip().toString();
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The 1-based line and column of the code point at {@code codePointIndex} in {@code text}. */
    static Location location(String source, String text, int codePointIndex) {
        int line = 1;
        int column = 1;
        int index = 0;
        for (int i = 0; i < text.length() && index < codePointIndex; index++) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n' || c == '\r' && (i >= text.length() || text.charAt(i) != '\n')) {
                line++;
                column = 1;
            } else if (c != '\r') {
                column++;
            }
        }
        return new Location(source, line, column);
    }
}
