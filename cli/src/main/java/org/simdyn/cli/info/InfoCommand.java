package org.simdyn.cli.info;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import org.simdyn.cli.common.Environment;
import org.simdyn.cli.common.Json;
import org.simdyn.cli.common.OutputOptions;
import org.simdyn.cli.common.Version;
import org.simdyn.vector.Parallel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code simdyn info}: simdyn's version, the JDK, OS, CPU, thread count, vector width, FFT and LAPACK
 * providers and the RNG in force. {@code --json} prints one object with the keys {@code simdyn, jdk, os,
 * threads, cpu, vector, fft, lapack, rng} (foundation spec section 6).
 */
@Command(name = "info", mixinStandardHelpOptions = true, versionProvider = Version.class,
        subcommands = {InfoRngCommand.class},
        description = {"Print simdyn's version, the JDK, CPU, threads, vector width, FFT and LAPACK providers and "
                + "the RNG in force."})
public final class InfoCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private OutputOptions output;

    /** Creates the command (picocli instantiates it). */
    public InfoCommand() {
    }

    @Override
    public Integer call() {
        ObjectNode info = Json.object();
        info.set("simdyn", Environment.simdyn());
        info.set("jdk", Environment.jdk());
        info.set("os", Environment.os());
        info.put("threads", Environment.threads());
        info.set("cpu", Environment.cpu());
        info.set("vector", Environment.vector());
        info.set("fft", Environment.fft());
        info.set("lapack", Environment.lapack());
        info.set("rng", Environment.rng());
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            Json.print(out, info);
        } else {
            print(out, info);
            out.flush();
        }
        return 0;
    }

    private static void print(PrintWriter out, JsonNode i) {
        JsonNode jdk = i.get("jdk");
        JsonNode cpu = i.get("cpu");
        JsonNode v = i.get("vector");
        JsonNode lapack = i.get("lapack");
        JsonNode fft = i.get("fft");
        StringJoiner features = new StringJoiner(" ");
        cpu.get("features").forEach(f -> features.add(f.asText()));
        row(out, "simdyn", i.get("simdyn").get("version").asText());
        row(out, "JDK", jdk.get("version").asText() + " (" + jdk.get("vendor").asText() + ", "
                + jdk.get("vm").asText() + ", C2 " + (jdk.get("c2").asBoolean() ? "on" : "off") + ") at "
                + jdk.get("home").asText());
        row(out, "OS", i.get("os").get("name").asText() + " " + i.get("os").get("arch").asText());
        row(out, "CPU", cpu.get("model").asText() + ", " + cpu.get("cores").asInt() + " cores, features: "
                + (features.length() == 0 ? "none detected" : features.toString()));
        row(out, "Threads", i.get("threads").asInt() + " (-D" + Parallel.PROPERTY
                + ", default: all cores)");
        String width = v.get("provider").asText().equals("scalar") ? "scalar"
                : "panama " + v.get("bits").asInt() + "-bit (" + v.get("double_lanes").asInt() + " double lanes)";
        row(out, "Vector", width + ", hardware preferred " + v.get("preferred_bits").asInt() + " bits, fast FMA "
                + (v.get("fma").asBoolean() ? "yes" : "no") + ": " + v.get("reason").asText());
        StringJoiner providers = new StringJoiner("; ");
        fft.get("providers").forEach(p -> providers.add(p.get("name").asText() + (p.get("available").asBoolean()
                ? " (" + p.get("description").asText() + ")" : " unavailable: " + p.get("reason").asText())));
        row(out, "FFT", "default " + fft.get("default").asText() + "; providers: " + providers);
        row(out, "LAPACK", lapack.get("available").asBoolean() ? lapack.get("description").asText()
                : "unavailable: " + lapack.get("reason").asText());
        row(out, "RNG", i.get("rng").get("generator").asText() + ", stream version "
                + i.get("rng").get("stream_version").asInt());
    }

    private static void row(PrintWriter out, String label, String value) {
        out.printf("%-8s %s%n", label, value);
    }
}
