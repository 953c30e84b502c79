package org.simdyn.cli.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * JSON output: one pretty-printed object per command on stdout, numbers written with
 * {@link Double#toString(double)} (shortest round trip), non-finite numbers as {@code null}.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private static final ObjectMapper COMPACT = new ObjectMapper();
    private static final ObjectMapper ASCII = new ObjectMapper()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());

    private Json() {
    }

    /**
     * Puts a parameter value: numbers (NaN/Inf as null), booleans, strings, a list of numbers as an array, or
     * null.
     *
     * @param o the object. Modified.
     * @param key the key
     * @param value a {@link Double}, {@link Long}, {@link Integer}, {@link Boolean}, {@link String}, a
     *        {@code List<Double>} (a per-type list) or null
     */
    public static void putValue(ObjectNode o, String key, Object value) {
        switch (value) {
            case null -> o.putNull(key);
            case List<?> l -> {
                ArrayNode a = o.putArray(key);
                for (double d : Param.elements(l)) {
                    if (Double.isFinite(d)) {
                        a.add(d);
                    } else {
                        a.addNull();
                    }
                }
            }
            case Double d -> putNumber(o, key, d);
            case Long l -> o.put(key, l);
            case Integer i -> o.put(key, i);
            case Boolean b -> o.put(key, b);
            default -> o.put(key, value.toString());
        }
    }

    /**
     * Puts an unsigned 64-bit value as a JSON integer (values above {@code Long.MAX_VALUE} stay positive).
     *
     * @param o the object. Modified.
     * @param key the key
     * @param bits the value's 64-bit pattern
     */
    public static void putUnsigned(ObjectNode o, String key, long bits) {
        o.put(key, new BigInteger(Long.toUnsignedString(bits)));
    }

    /**
     * Formats a value as one line of JSON.
     *
     * @param value the value. Not modified.
     * @return compact JSON
     */
    public static String compact(JsonNode value) {
        try {
            return COMPACT.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Formats a value as one line of pure-ASCII JSON (non-ASCII characters as backslash-u escapes).
     *
     * @param value the value. Not modified.
     * @return compact ASCII JSON
     */
    public static String ascii(JsonNode value) {
        try {
            return ASCII.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses JSON text.
     *
     * @param text the text
     * @return the value
     * @throws IOException if it is not JSON
     */
    public static JsonNode parse(String text) throws IOException {
        return COMPACT.readTree(text);
    }

    /**
     * Writes a value, pretty-printed, to a file atomically ({@code .tmp} then rename).
     *
     * @param file the file. Modified.
     * @param value the value. Not modified.
     * @throws IOException on write failure
     */
    public static void write(Path file, JsonNode value) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, MAPPER.writeValueAsString(value) + "\n");
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
