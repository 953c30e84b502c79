package org.simdyn.cli.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The provenance object of a run (cli spec section 6), written into every output file: JSON {@code provenance},
 * HDF5 root attributes, CSV line 2, the NPY sidecar and the PNG {@code Comment}. The git commit comes from
 * {@code simdyn-git.properties} (git-commit-id-maven-plugin at build time); outside a git checkout
 * {@code git_commit} is {@code "unknown"} and {@code git_dirty} null.
 */
public final class Provenance {
    /** Every key, in order. */
    public static final List<String> KEYS = List.of("software", "version", "git_commit", "git_dirty", "created",
            "command", "command_line", "scenario", "config_file", "config_sha256", "config_dialect", "config_text",
            "parameters", "ignored_keys", "seed", "rng", "integrator", "dt", "threads", "vector", "fft", "lapack",
            "jdk", "os", "cpu", "restart_from", "status");

    /** The Philox counter layout of every simdyn stream. */
    public static final String COUNTER = "(particle, purpose<<16 | block, step & 0xFFFFFFFF, step >>> 32)";

    private static final Properties GIT = git();

    private Provenance() {
    }

    /**
     * Builds the provenance of a run.
     *
     * @param ctx the run's settings
     * @param parameters the parameters in force
     * @param sim the simulation (integrator, dt, RNG purposes), or null for a dry run
     * @param restartFrom {@code {file, step, state_sha256}} or null
     * @param status {@code ok}, {@code failed}, {@code interrupted}, {@code running} or {@code dry_run}
     * @return a new object with every key of {@link #KEYS}, then {@code run_settings} ({@link #runSettings})
     */
    public static ObjectNode build(RunContext ctx, Parameters parameters, Description sim, JsonNode restartFrom,
            String status) {
        ObjectNode o = Json.object();
        o.put("software", "simdyn");
        o.put("version", Version.value());
        o.put("git_commit", GIT.getProperty("git.commit.id", "unknown"));
        String dirty = GIT.getProperty("git.dirty");
        if (dirty == null) {
            o.putNull("git_dirty");
        } else {
            o.put("git_dirty", Boolean.parseBoolean(dirty));
        }
        o.put("created", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        o.put("command", ctx.command());
        o.put("command_line", ctx.commandLine());
        o.put("scenario", ctx.scenarioName() == null ? ctx.stem() : ctx.scenarioName());
        ConfigFile c = ctx.config();
        if (c == null) {
            o.putNull("config_file");
            o.putNull("config_sha256");
            o.putNull("config_dialect");
            o.putNull("config_text");
        } else {
            o.put("config_file", c.path().toAbsolutePath().toString());
            o.put("config_sha256", c.sha256());
            o.put("config_dialect", c.dialect());
            o.put("config_text", c.text());
        }
        o.set("parameters", parameters.toJson());
        ArrayNode ignored = o.putArray("ignored_keys");
        parameters.ignoredKeys().forEach(ignored::add);
        Json.putUnsigned(o, "seed", ctx.seed());
        o.set("rng", sim == null ? rng(ctx.seed(), Map.of()) : sim.rng(ctx.seed()));
        if (sim == null) {
            o.putNull("integrator");
            o.putNull("dt");
        } else {
            o.put("integrator", sim.integrator());
            Json.putNumber(o, "dt", sim.dt());
        }
        o.put("threads", ctx.threads());
        o.set("vector", Environment.vectorShort());
        o.set("fft", Environment.fft());
        o.set("lapack", Environment.lapack());
        o.set("jdk", Environment.jdk());
        o.set("os", Environment.os());
        o.set("cpu", Environment.cpu());
        o.set("restart_from", restartFrom);
        o.put("status", status);
        o.set("run_settings", runSettings(ctx));
        return o;
    }

    /**
     * Returns the output settings that {@code rerun} repeats: seed, frames, save_every, snapshot_precision, formats,
     * stem.
     *
     * @param ctx the run's settings
     * @return a new object
     */
    public static ObjectNode runSettings(RunContext ctx) {
        ObjectNode s = Json.object();
        Json.putUnsigned(s, "seed", ctx.seed());
        s.put("frames", ctx.frames());
        s.put("save_every", ctx.saveEvery());
        s.put("snapshot_precision", ctx.float32() ? "float32" : "float64");
        s.put("formats", String.join(",", RunContext.FORMATS.stream().filter(ctx::has).toList()));
        s.put("stem", ctx.stem());
        return s;
    }

    /**
     * Returns the {@code rng} object: generator, stream version, key words, counter layout and purposes.
     *
     * @param seed the seed
     * @param purposes name to purpose value
     * @return a new object
     */
    public static ObjectNode rng(long seed, Map<String, Integer> purposes) {
        ObjectNode r = Environment.rng();
        ArrayNode key = r.putArray("key");
        key.add(Json.hex32((int) seed));
        key.add(Json.hex32((int) (seed >>> 32)));
        r.put("counter", COUNTER);
        ObjectNode p = r.putObject("purposes");
        purposes.forEach(p::put);
        return r;
    }

    private static Properties git() {
        Properties p = new Properties();
        try (InputStream in = Provenance.class.getResourceAsStream("/simdyn-git.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // outside git: "unknown"
        }
        return p;
    }
}
