package org.simdyn.cli.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One parameter of a scenario: its canonical key, peer aliases, kind, default, allowed range, units and
 * description. {@link #parse(String, String)} turns a value as written (config file or command line) into the
 * parameter's value, or throws a {@link UsageException} naming the key, the value and the allowed range.
 *
 * <p>Values: {@code none} unsets (the default, possibly null, stays); reals parse with
 * {@link Double#parseDouble(String)} plus {@code nan}, {@code inf}, {@code -inf} in any case (then rejected by
 * the range check, so that the message names the key); integers accept integral reals ({@code 1e3}); booleans
 * are {@code true} or {@code false} in any case (cli spec section 4). A {@link Kind#REALS} parameter takes one real
 * or a comma-separated list of reals ({@code --speed 1,2}, {@code speed = 1, 2}), one value per item of the model
 * (Couzin: per agent type); each element is checked against the range, and a bad element is named by its index.
 *
 * @param key the canonical key, e.g. {@code "omega"}
 * @param aliases peer aliases, e.g. {@code ["n_fish"]} for {@code N}
 * @param kind the value kind
 * @param defaultValue the default ({@link Double}, {@link Long}, {@link Boolean}, {@link String}), or null (a
 *        {@link Kind#REALS} default is a {@link Double}: one value for every item)
 * @param choices the allowed texts of a {@link Kind#TEXT} parameter (empty: any text)
 * @param range the allowed range of a number
 * @param units UDUNITS units, {@code "1"} if dimensionless, empty for texts and booleans
 * @param description one line for {@code --help}
 */
public record Param(String key, List<String> aliases, Kind kind, Object defaultValue, List<String> choices,
        Range range, String units, String description) {

    /** The kind of a parameter's value. */
    public enum Kind {
        /** a double. */
        REAL,
        /**
         * one double for every item, or a list with one double per item (e.g. per agent type): written as one
         * real or as reals separated by commas; parsed to a {@link Double} (one value written) or an unmodifiable
         * {@code List<Double>} (two or more); the model checks the list's length against its item count.
         */
        REALS,
        /** a long. */
        INTEGER,
        /** true or false. */
        BOOLEAN,
        /** a string. */
        TEXT
    }

    /**
     * The allowed range of a number: {@code lo} and {@code hi} with open or closed ends; reals must be finite.
     *
     * @param lo lower end ({@code -Infinity}: none)
     * @param loOpen whether {@code lo} itself is excluded
     * @param hi upper end ({@code +Infinity}: none)
     * @param hiOpen whether {@code hi} itself is excluded
     */
    public record Range(double lo, boolean loOpen, double hi, boolean hiOpen) {
        /** Any finite value. */
        public static final Range FINITE = new Range(Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true);
        /** Finite and {@code > 0}. */
        public static final Range POSITIVE = new Range(0, true, Double.POSITIVE_INFINITY, true);
        /** Finite and {@code >= 0}. */
        public static final Range NON_NEGATIVE = new Range(0, false, Double.POSITIVE_INFINITY, true);

        /**
         * Returns the closed range {@code [lo, hi]}.
         *
         * @param lo the smallest allowed value
         * @param hi the largest allowed value
         * @return the range
         */
        public static Range closed(double lo, double hi) {
            return new Range(lo, false, hi, false);
        }

        boolean contains(double v) {
            return Double.isFinite(v) && (loOpen ? v > lo : v >= lo) && (hiOpen ? v < hi : v <= hi);
        }

        String describe(boolean integer) {
            if (integer) {
                return "must be an integer in [" + shortNumber(lo) + ", " + shortNumber(hi) + "]";
            }
            boolean noLo = lo == Double.NEGATIVE_INFINITY;
            boolean noHi = hi == Double.POSITIVE_INFINITY;
            if (noLo && noHi) {
                return "must be finite";
            }
            if (noHi) {
                return "must be finite and " + (loOpen ? "> " : ">= ") + shortNumber(lo);
            }
            if (noLo) {
                return "must be finite and " + (hiOpen ? "< " : "<= ") + shortNumber(hi);
            }
            return "must be in " + (loOpen ? "(" : "[") + shortNumber(lo) + ", " + shortNumber(hi)
                    + (hiOpen ? ")" : "]");
        }
    }

    /** Validates the definition. */
    public Param {
        if (key == null || !key.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("key = " + key + " is not accepted: must be a letter, then letters, "
                    + "digits or _");
        }
        aliases = List.copyOf(aliases);
        choices = List.copyOf(choices);
        if (kind == null || range == null || units == null || description == null) {
            throw new IllegalArgumentException("kind, range, units and description of " + key + " must be non-null");
        }
    }

    /**
     * A real parameter.
     *
     * @param key canonical key
     * @param defaultValue default
     * @param range allowed range (reals must be finite in any case)
     * @param units UDUNITS units
     * @param description one line
     * @return the parameter
     */
    public static Param real(String key, double defaultValue, Range range, String units, String description) {
        return new Param(key, List.of(), Kind.REAL, defaultValue, List.of(), range, units, description);
    }

    /**
     * A real parameter that may be a list with one value per item ({@link Kind#REALS}).
     *
     * @param key canonical key
     * @param defaultValue default for every item, or null (unset)
     * @param range allowed range of each element (reals must be finite in any case)
     * @param units UDUNITS units
     * @param description one line
     * @return the parameter
     */
    public static Param reals(String key, Double defaultValue, Range range, String units, String description) {
        return new Param(key, List.of(), Kind.REALS, defaultValue, List.of(), range, units, description);
    }

    /**
     * An integer parameter in {@code [min, max]}.
     *
     * @param key canonical key
     * @param defaultValue default
     * @param min smallest allowed value
     * @param max largest allowed value
     * @param description one line
     * @return the parameter
     */
    public static Param integer(String key, long defaultValue, long min, long max, String description) {
        return new Param(key, List.of(), Kind.INTEGER, defaultValue, List.of(), Range.closed(min, max), "1",
                description);
    }

    /**
     * A boolean parameter.
     *
     * @param key canonical key
     * @param defaultValue default
     * @param description one line
     * @return the parameter
     */
    public static Param bool(String key, boolean defaultValue, String description) {
        return new Param(key, List.of(), Kind.BOOLEAN, defaultValue, List.of(), Range.FINITE, "", description);
    }

    /**
     * A text parameter taking one of {@code choices}.
     *
     * @param key canonical key
     * @param defaultValue default, one of {@code choices}
     * @param description one line
     * @param choices the allowed values
     * @return the parameter
     */
    public static Param choice(String key, String defaultValue, String description, String... choices) {
        return new Param(key, List.of(), Kind.TEXT, defaultValue, List.of(choices), Range.FINITE, "", description);
    }

    /**
     * Returns this parameter with peer aliases added.
     *
     * @param names the aliases
     * @return a new parameter
     */
    public Param alias(String... names) {
        List<String> all = new ArrayList<>(aliases);
        all.addAll(List.of(names));
        return new Param(key, all, kind, defaultValue, choices, range, units, description);
    }

    /**
     * Parses a value as written.
     *
     * @param given the key as the user wrote it (canonical or alias), for the message
     * @param text the value as written, trimmed
     * @return the value ({@link Double}, {@link Long}, {@link Boolean}, {@link String}, or for {@link Kind#REALS} a
     *         {@link Double} or an unmodifiable {@code List<Double>}); the default when the text is {@code none}
     * @throws UsageException naming the key, the value and the allowed range
     */
    public Object parse(String given, String text) {
        if (text.equalsIgnoreCase("none")) {
            return defaultValue;
        }
        String name = given.equals(key) ? key : given + " (" + key + ")";
        return switch (kind) {
            case REAL -> element(name, text);
            case REALS -> {
                String[] parts = text.split(",", -1);
                if (parts.length == 1) {
                    yield element(name, text);
                }
                List<Double> list = new ArrayList<>(parts.length);
                for (int i = 0; i < parts.length; i++) {
                    try {
                        list.add(element(name + "[" + i + "]", parts[i].strip()));
                    } catch (UsageException e) {
                        throw new UsageException(e.getMessage() + " (in " + name + " = " + Values.shown(text)
                                + ", indices from 0)");
                    }
                }
                yield List.copyOf(list);
            }
            case INTEGER -> {
                BigDecimal v = integral(text);
                if (v == null) {
                    throw bad(name, text, "is not an integer", range.describe(true));
                }
                if (v.compareTo(BigDecimal.valueOf((long) range.lo())) < 0
                        || v.compareTo(BigDecimal.valueOf((long) range.hi())) > 0) {
                    throw bad(name, text, "is out of range", range.describe(true));
                }
                yield v.longValueExact();
            }
            case BOOLEAN -> {
                if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                    yield Boolean.parseBoolean(text.toLowerCase(Locale.ROOT));
                }
                throw bad(name, text, "is not accepted", "must be true or false");
            }
            case TEXT -> {
                if (!choices.isEmpty() && !choices.contains(text)) {
                    throw bad(name, text, "is not accepted", "must be one of " + String.join(", ", choices));
                }
                yield text;
            }
        };
    }

    /**
     * Checks a value computed by a program (not parsed), e.g. a restart or preset value.
     *
     * @param value the value
     * @return {@code value}
     * @throws UsageException if it is out of range
     */
    public Object check(Object value) {
        if (value == null) {
            return null;
        }
        return parse(key, format(value));
    }

    /**
     * Formats a value as a config file would write it: {@link Double#toString(double)} for reals, a list as its
     * elements separated by commas.
     *
     * @param value the value, non-null
     * @return the text
     */
    public static String format(Object value) {
        if (value instanceof List<?> list) {
            StringBuilder b = new StringBuilder();
            for (Object e : list) {
                b.append(b.isEmpty() ? "" : ",").append(e);
            }
            return b.toString();
        }
        return value.toString();
    }

    /**
     * Returns the elements of a {@link Kind#REALS} (or {@link Kind#REAL}) value.
     *
     * @param value a {@link Number} or a list of numbers, non-null
     * @return a new array: one element for a single value
     */
    public static double[] elements(Object value) {
        if (value instanceof List<?> list) {
            double[] a = new double[list.size()];
            for (int i = 0; i < a.length; i++) {
                a[i] = ((Number) list.get(i)).doubleValue();
            }
            return a;
        }
        return new double[] {((Number) value).doubleValue()};
    }

    /** @return the allowed values in words, e.g. {@code "must be finite and > 0"} */
    public String allowed() {
        return switch (kind) {
            case REAL -> range.describe(false);
            case REALS -> range.describe(false) + "; or a comma-separated list, one value per type";
            case INTEGER -> range.describe(true);
            case BOOLEAN -> "must be true or false";
            case TEXT -> choices.isEmpty() ? "any text" : "must be one of " + String.join(", ", choices);
        };
    }

    private Double element(String name, String text) {
        Double v = real(text);
        if (v == null) {
            throw bad(name, text, "is not a number", range.describe(false));
        }
        if (!range.contains(v)) {
            throw bad(name, text, "is out of range", range.describe(false));
        }
        return v;
    }

    private static UsageException bad(String name, String text, String what, String allowed) {
        return new UsageException(name + " = " + Values.shown(text) + " " + what + ": " + allowed);
    }

    private static Double real(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        switch (t) {
            case "nan", "+nan", "-nan" -> {
                return Double.NaN;
            }
            case "inf", "+inf", "infinity", "+infinity" -> {
                return Double.POSITIVE_INFINITY;
            }
            case "-inf", "-infinity" -> {
                return Double.NEGATIVE_INFINITY;
            }
            default -> {
                // below
            }
        }
        if (t.isEmpty() || !t.matches("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)(e[+-]?[0-9]+)?")) {
            return null;
        }
        return Double.parseDouble(t);
    }

    private static BigDecimal integral(String text) {
        Double d = real(text);
        if (d == null || !Double.isFinite(d)) {
            return null;
        }
        BigDecimal v = new BigDecimal(text.toLowerCase(Locale.ROOT));
        return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0 ? v.setScale(0) : null;
    }

    private static String shortNumber(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
