package org.simdyn.cli.common;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Parses option values with their allowed ranges. Every failure is a {@link UsageException} whose message
 * names the option, the value as given and the allowed range.
 */
public final class Values {
    /** 2^64 - 1 as an unsigned decimal. */
    public static final String U64_MAX = "18446744073709551615";

    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern HEX = Pattern.compile("0[xX][0-9a-fA-F]+");

    private Values() {
    }

    /**
     * Parses an unsigned 64-bit value: decimal 0..2^64-1, or {@code 0x} and 1 to 16 hex digits.
     *
     * @param option the option's name, e.g. {@code "--seed"}
     * @param text the value as given
     * @return the value's 64-bit pattern (values above {@code Long.MAX_VALUE} are negative as {@code long})
     * @throws UsageException if the text is malformed or out of range
     */
    public static long unsigned64(String option, String text) {
        String allowed = "must be decimal in [0, " + U64_MAX + "] or 0x and 1 to 16 hex digits";
        return unsigned(option, text, 64, allowed);
    }

    /**
     * Parses an unsigned 32-bit word: decimal 0..2^32-1, or {@code 0x} and 1 to 8 hex digits.
     *
     * @param option the option's name (with the element, e.g. {@code "--counter c2"})
     * @param text the value as given
     * @return the word's bit pattern
     * @throws UsageException if the text is malformed or out of range
     */
    public static int unsigned32(String option, String text) {
        return (int) unsigned(option, text, 32, "must be decimal in [0, 4294967295] or 0x and 1 to 8 hex digits");
    }

    /**
     * Parses a decimal integer in {@code [min, max]}.
     *
     * @param option the option's name
     * @param text the value as given
     * @param min smallest allowed value
     * @param max largest allowed value
     * @return the value
     * @throws UsageException if the text is not a decimal integer or lies outside {@code [min, max]}
     */
    public static long integer(String option, String text, long min, long max) {
        String allowed = "must be an integer in [" + min + ", " + max + "]";
        if (!DECIMAL.matcher(text).matches()) {
            throw new UsageException(option + ": " + shown(text) + " is not an integer: " + allowed);
        }
        BigInteger v = new BigInteger(text);
        if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new UsageException(option + ": " + text + " is out of range: " + allowed);
        }
        return v.longValueExact();
    }

    /**
     * Shows a value in a message: as given, or {@code ''} when empty.
     *
     * @param text the value
     * @return the text to print
     */
    public static String shown(String text) {
        return text.isEmpty() ? "''" : text;
    }

    private static long unsigned(String option, String text, int bits, String allowed) {
        BigInteger v;
        if (HEX.matcher(text).matches()) {
            if (text.length() - 2 > bits / 4) {
                throw new UsageException(option + ": " + text + " has more than " + bits / 4 + " hex digits: "
                        + allowed);
            }
            v = new BigInteger(text.substring(2), 16);
        } else if (DECIMAL.matcher(text).matches()) {
            v = new BigInteger(text);
        } else {
            throw new UsageException(option + ": " + shown(text) + " is not a number: " + allowed);
        }
        if (v.signum() < 0 || v.bitLength() > bits) {
            throw new UsageException(option + ": " + text + " is out of range: " + allowed);
        }
        return v.longValue();
    }
}
