package org.simdyn.cli.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * JSON output: one pretty-printed object per command on stdout, numbers written with
 * {@link Double#toString(double)} (shortest round trip), non-finite numbers as {@code null}.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private Json() {
    }

    /** @return a new empty object */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * Puts a double, or {@code null} when it is NaN or infinite.
     *
     * @param o the object. Modified.
     * @param key the key
     * @param value the value
     */
    public static void putNumber(ObjectNode o, String key, double value) {
        if (Double.isFinite(value)) {
            o.put(key, value);
        } else {
            o.putNull(key);
        }
    }

    /**
     * Prints one value and a line break, and flushes.
     *
     * @param out the command's stdout. Modified.
     * @param value the value. Not modified.
     */
    public static void print(PrintWriter out, JsonNode value) {
        try {
            MAPPER.writeValue(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    /**
     * Opens a streaming generator on stdout for output too large for a tree (the caller writes one object,
     * closes the generator, then prints a line break).
     *
     * @param out the command's stdout. Modified.
     * @return a pretty-printing generator that does not close {@code out}
     */
    public static JsonGenerator generator(PrintWriter out) {
        try {
            return MAPPER.createGenerator(out).useDefaultPrettyPrinter();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Formats a 32-bit word as {@code "0x%08x"}.
     *
     * @param word the word
     * @return e.g. {@code "0x0000002a"}
     */
    public static String hex32(int word) {
        return String.format("0x%08x", word);
    }
}
