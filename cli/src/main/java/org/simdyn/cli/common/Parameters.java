package org.simdyn.cli.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters in force for one run: defaults, then the config file, then {@code --key V} and
 * {@code --set key=V} (cli spec section 4). Keys are classified as canonical, peer alias, run setting
 * ({@link #RUN_KEYS}: {@code seed}, {@code n_cores}, {@code output_dir}, ...), known foreign (listed in
 * {@link #ignoredKeys()} with one warning each) or unknown (exit 2 naming file, line, key and the nearest valid
 * key within edit distance 2).
 */
public final class Parameters {
    /** Peer settings that simdyn accepts and ignores, for every command (cli spec section 4). */
    public static final Set<String> COMMON_FOREIGN = Set.of("adaptive_dt", "energy_tol", "save_animation", "fps",
            "dpi", "colormap", "use_numba", "save_gif", "animation_fps", "animation_dpi", "animation_skip",
            "animation_duration");

    /**
     * Keys of run settings that config files (simdyn and peer) may carry, each with the run setting it sets:
     * {@code scenario_name}, {@code output_dir} ({@code --out}), {@code n_cores}/{@code threads},
     * {@code seed}, {@code n_frames}/{@code frames}, {@code save_every}, {@code save_netcdf}/{@code save_csv}/
     * {@code save_png}/{@code save_npy} (toggle a format), {@code snapshot_precision}, {@code scenario}.
     */
    public static final Map<String, String> RUN_KEYS = runKeys();

    private final Scenario scenario;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, String> run = new LinkedHashMap<>();
    private final Map<String, String> given = new LinkedHashMap<>();
    private final Set<String> ignored = new LinkedHashSet<>();
    private final List<Warning> warnings = new ArrayList<>();

    private Parameters(Scenario scenario) {
        this.scenario = scenario;
        for (Param p : scenario.parameters()) {
            values.put(p.key(), p.defaultValue());
        }
    }

    /**
     * A layer of values below the config file: a preset, or the settings a checkpoint restores.
     *
     * @param where the message prefix of a bad value, e.g. {@code "--preset collision: "}
     * @param values canonical keys, peer aliases or run keys with their values as config-file text, in order
     */
    public record Layer(String where, Map<String, String> values) {
    }

    /**
     * Resolves the parameters of a run.
     *
     * @param scenario the scenario
     * @param layers values applied over the defaults, in order (checkpoint, then preset), possibly none. Not
     *        modified.
     * @param config the config file, or null
     * @param overrides {@code (key as given, value)} pairs from the command line, in order. Not modified.
     * @return the parameters in force
     * @throws UsageException for an unknown key, a malformed or out-of-range value
     */
    public static Parameters resolve(Scenario scenario, List<Layer> layers, ConfigFile config,
            List<Map.Entry<String, String>> overrides) {
        Parameters p = new Parameters(scenario);
        for (Layer layer : layers) {
            layer.values().forEach((k, v) -> p.set(k, v, layer.where(), true));
        }
        if (config != null) {
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (ConfigFile.Entry e : config.entries()) {
                Integer before = seen.put(e.key(), e.line());
                if (before != null) {
                    p.warnings.add(new Warning("repeated_key", config.name() + ":" + e.line() + ": key '" + e.key()
                            + "' repeats line " + before + "; the last value wins"));
                }
                p.set(e.key(), e.value(), config.name() + ":" + e.line() + ": ", true);
            }
        }
        for (Map.Entry<String, String> o : overrides) {
            p.set(o.getKey(), o.getValue(), "--" + o.getKey() + ": ", false);
        }
        return p;
    }

    /**
     * Returns the values that repeat a recorded run: its parameters ({@code provenance.parameters}) and the run
     * keys of its settings ({@code seed}, {@code frames} or {@code save_every}, {@code snapshot_precision}, the
     * {@code save_*} format switches, {@code scenario_name}). {@code simdyn rerun} and {@code --restart} start
     * from them.
     *
     * @param provenance the recorded provenance
     * @param settings the recorded run settings (keys of {@code Engine.settings})
     * @return keys and values as config-file text
     */
    public static Map<String, String> recorded(JsonNode provenance, JsonNode settings) {
        Map<String, String> m = new LinkedHashMap<>();
        provenance.path("parameters").properties().forEach(e -> {
            JsonNode v = e.getValue();
            if (v.isArray()) {
                List<String> items = new ArrayList<>();
                v.forEach(x -> items.add(x.asText()));
                m.put(e.getKey(), String.join(",", items));
            } else if (!v.isNull()) {
                m.put(e.getKey(), v.asText());
            }
        });
        m.put("seed", provenance.path("seed").asText("1"));
        if (settings.isObject()) {
            if (settings.path("frames").asLong() > 0) {
                m.put("frames", settings.get("frames").asText());
            } else {
                m.put("save_every", settings.path("save_every").asText());
            }
            m.put("snapshot_precision", settings.path("snapshot_precision").asText("float32"));
            List<String> formats = List.of(settings.path("formats").asText("").split(","));
            RUN_KEYS.forEach((key, setting) -> {
                if (RunContext.FORMATS.contains(setting)) {
                    m.put(key, Boolean.toString(formats.contains(setting)));
                }
            });
        }
        String name = provenance.path("scenario").asText("");
        if (!name.isEmpty()) {
            m.put("scenario_name", name);
        }
        return m;
    }

    private void set(String key, String value, String where, boolean fromFile) {
        Param param = param(key);
        if (param != null) {
            try {
                values.put(param.key(), param.parse(key, value));
            } catch (UsageException e) {
                throw new UsageException(fromFile ? where + e.getMessage() : e.getMessage());
            }
            given.put(param.key(), key);
            return;
        }
        if (RUN_KEYS.containsKey(key)) {
            run.put(key, value);
            return;
        }
        if (COMMON_FOREIGN.contains(key) || scenario.foreignKeys().contains(key)) {
            ignored.add(key);
            warnings.add(new Warning("ignored_key", "'" + key + " = " + value + "' is a setting of a peer tool; "
                    + "simdyn ignores it"));
            if (key.equals("adaptive_dt") && value.equalsIgnoreCase("true")) {
                warnings.add(new Warning("adaptive_dt_ignored", "adaptive_dt = true: simdyn steps at the fixed dt "
                        + "given"));
            }
            return;
        }
        String near = nearest(key, validKeys());
        String hint = near == null ? "" : " (did you mean '" + near + "'?)";
        throw new UsageException((fromFile ? where : "") + "unknown key '" + key + "'" + hint);
    }

    private Param param(String key) {
        for (Param p : scenario.parameters()) {
            if (p.key().equals(key) || p.aliases().contains(key)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Looks up a parameter by canonical key or alias.
     *
     * @param scenario the scenario
     * @param key canonical key or alias
     * @return the parameter, or null
     */
    public static Param find(Scenario scenario, String key) {
        return new Parameters(scenario).param(key);
    }

    private List<String> validKeys() {
        List<String> keys = new ArrayList<>();
        for (Param p : scenario.parameters()) {
            keys.add(p.key());
            keys.addAll(p.aliases());
        }
        keys.addAll(RUN_KEYS.keySet());
        return keys;
    }

    /**
     * Returns the key nearest to {@code key} by edit distance (insertions, deletions, substitutions), if it is
     * at most 2; the first of equally near keys.
     *
     * @param key the unknown key
     * @param candidates the valid keys, in order of preference
     * @return the nearest key, or null
     */
    public static String nearest(String key, List<String> candidates) {
        String best = null;
        int bestDistance = 3;
        for (String c : candidates) {
            int d = distance(key, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** @return the scenario */
    public Scenario scenario() {
        return scenario;
    }

    /**
     * @param key canonical key
     * @return the value as a double (integers widened)
     * @throws IllegalArgumentException if the value is a list ({@link Param.Kind#REALS}): the caller takes one value
     */
    public double real(String key) {
        Object v = value(key);
        if (v instanceof List<?>) {
            throw new IllegalArgumentException(given(key) + " = " + Param.format(v) + " is not accepted: must be "
                    + "one value here");
        }
        return ((Number) v).doubleValue();
    }

    /**
     * @param key canonical key of a {@link Param.Kind#REALS} (or {@link Param.Kind#REAL}) parameter
     * @return its elements (one for a single value; a new array), or null when unset
     */
    public double[] reals(String key) {
        Object v = value(key);
        return v == null ? null : Param.elements(v);
    }

    /**
     * @param key canonical key
     * @return the value of an integer parameter
     */
    public long integer(String key) {
        return (Long) value(key);
    }

    /**
     * @param key canonical key
     * @return the value of a boolean parameter
     */
    public boolean bool(String key) {
        return (Boolean) value(key);
    }

    /**
     * @param key canonical key
     * @return the value of a text parameter, or null when unset
     */
    public String text(String key) {
        return (String) value(key);
    }

    /**
     * @param key canonical key
     * @return the value, or null when unset
     */
    public Object value(String key) {
        if (!values.containsKey(key)) {
            throw new IllegalArgumentException("key = " + key + " is not a parameter of " + scenario.group() + " "
                    + scenario.action());
        }
        return values.get(key);
    }

    /**
     * @param key canonical key
     * @return the key as the user gave it (an alias, or the canonical key), or the canonical key if defaulted
     */
    public String given(String key) {
        return given.getOrDefault(key, key);
    }

    /**
     * @param key canonical key
     * @return whether the key was set by the config file or the command line (under any of its names)
     */
    public boolean isGiven(String key) {
        return given.containsKey(key);
    }

    /** @return the canonical keys and values in force, in the scenario's order (unmodifiable) */
    public Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }

    /** @return run settings from the config file ({@link #RUN_KEYS} key to value text), unmodifiable */
    public Map<String, String> run() {
        return Collections.unmodifiableMap(run);
    }

    /** @return known foreign keys that were given, in order */
    public List<String> ignoredKeys() {
        return List.copyOf(ignored);
    }

    /** @return warnings found while reading the input, in order */
    public List<Warning> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * Returns the parameters as a JSON object: canonical key to value, null when unset, NaN never (rejected).
     *
     * @return a new object
     */
    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        values.forEach((k, v) -> Json.putValue(o, k, v));
        return o;
    }

    private static Map<String, String> runKeys() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("scenario", "scenario");
        m.put("scenario_name", "scenario_name");
        m.put("output_dir", "out");
        m.put("n_cores", "threads");
        m.put("threads", "threads");
        m.put("seed", "seed");
        m.put("n_frames", "frames");
        m.put("frames", "frames");
        m.put("save_every", "save_every");
        m.put("snapshot_precision", "snapshot_precision");
        m.put("save_netcdf", "h5");
        m.put("save_csv", "csv");
        m.put("save_png", "png");
        m.put("save_npy", "npy");
        return Collections.unmodifiableMap(m);
    }
}
