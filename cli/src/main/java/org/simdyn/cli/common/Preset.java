package org.simdyn.cli.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A named set of parameter values of a command group ({@code kg run --preset collision}, {@code couzin run
 * --preset mill}). Presets sit between the defaults and the config file: defaults, then the preset, then the
 * config file, then {@code --<key>} and {@code --set} (cli spec section 4). {@code <group> presets} lists them.
 *
 * @param name the name given to {@code --preset}
 * @param aliases other accepted names (e.g. {@code case1}), possibly empty
 * @param description one line
 * @param parameters canonical keys, peer aliases or run keys ({@code seed}, {@code save_every}, ...) with their
 *        values as config-file text, in order; parsed and checked exactly like config-file entries
 * @param corrects what the preset corrects relative to a peer tool's case, or the empty string
 */
public record Preset(String name, List<String> aliases, String description, Map<String, String> parameters,
        String corrects) {
    /**
     * Checks and copies the components.
     *
     * @throws IllegalArgumentException for a blank name or alias, or a null component
     */
    public Preset {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(corrects, "corrects");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name = " + Values.shown(name) + " is not accepted: must be non-blank");
        }
        aliases = List.copyOf(aliases);
        for (String a : aliases) {
            if (a.isBlank()) {
                throw new IllegalArgumentException("aliases: a blank alias is not accepted");
            }
        }
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * Builds an ordered parameter map from alternating keys and values, for {@link #parameters()}.
     *
     * @param keysAndValues {@code key1, value1, key2, value2, ...}. Not modified.
     * @return the keys and values, in the order given
     * @throws IllegalArgumentException for an odd number of strings
     */
    public static Map<String, String> values(String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keysAndValues.length = " + keysAndValues.length
                    + " is not accepted: must be even (key, value pairs)");
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /**
     * @param given a name as typed
     * @return whether {@code given} is this preset's name or one of its aliases
     */
    public boolean matches(String given) {
        return name.equals(given) || aliases.contains(given);
    }

    /**
     * Finds a preset by name or alias.
     *
     * @param presets the presets of a group. Not modified.
     * @param given the name as typed
     * @param group the group, for the message
     * @return the preset
     * @throws UsageException when none matches, naming the presets there are
     */
    public static Preset find(List<Preset> presets, String given, String group) {
        for (Preset p : presets) {
            if (p.matches(given)) {
                return p;
            }
        }
        List<String> names = presets.stream().map(Preset::name).toList();
        String near = Parameters.nearest(given, names);
        throw new UsageException("--preset: " + Values.shown(given) + " is not a preset of " + group + " (presets: "
                + String.join(", ", names) + (near == null ? "" : "; did you mean '" + near + "'?") + ")");
    }
}
