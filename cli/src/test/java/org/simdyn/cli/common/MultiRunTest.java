package org.simdyn.cli.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The multi-run runner: results and the {@code Done} calls in task order for any parallelism, per-run progress lines,
 * and stops (interrupt, failure) that start no further run and reach running ones at their next step.
 */
class MultiRunTest {
    @AfterEach
    void noInterrupt() {
        Interrupts.request(0);
    }

    private static RunLog log(StringWriter err) {
        return new RunLog(new PrintWriter(err), false);
    }

    /** A run of {@code steps} short steps that returns its index, or null when stopped. */
    private static MultiRun.Task<Integer> steps(int index, int steps) {
        return control -> {
            for (int k = 0; k < steps; k++) {
                if (control.stopped()) {
                    return null;
                }
                Thread.onSpinWait();
            }
            return index;
        };
    }

    static Stream<Arguments> cases() {
        SplittableRandom r = new SplittableRandom(0x6d756c7469L);
        List<Arguments> list = new ArrayList<>();
        for (int parallel : new int[] {1, 2, 3, 8}) {
            int n = 1 + r.nextInt(20);
            int[] lengths = new int[n];
            for (int i = 0; i < n; i++) {
                lengths[i] = r.nextInt(200_000);
            }
            list.add(Arguments.of(parallel, lengths));
        }
        return list.stream();
    }

    @ParameterizedTest(name = "parallel {0}")
    @MethodSource("cases")
    void resultsComeInTaskOrder(int parallel, int[] lengths) throws IOException {
        List<MultiRun.Task<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < lengths.length; i++) {
            tasks.add(steps(i, lengths[i]));
        }
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        StringWriter err = new StringWriter();
        List<Integer> results;
        try (MultiRun runs = new MultiRun("test run", parallel, "log", log(err))) {
            results = runs.run(tasks, 0, (i, r) -> order.add(i));
            assertThat(runs.completed()).isEqualTo(lengths.length);
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < lengths.length; i++) {
            expected.add(i);
        }
        assertThat(results).isEqualTo(expected);
        assertThat(order).isEqualTo(expected);
        List<String> lines = err.toString().lines().toList();
        assertThat(lines).isNotEmpty().allMatch(l -> l.matches("test run: \\d+% run \\d+/" + lengths.length
                + " elapsed [0-9.]+ s eta .*"));
        assertThat(lines.getLast()).startsWith("test run: 100% run " + lengths.length + "/" + lengths.length + " ");
        assertThat(lines.stream().filter(l -> l.startsWith("test run: 100%"))).hasSize(1);
    }

    @Test
    void batchesAddUpInTheProgress() throws IOException {
        StringWriter err = new StringWriter();
        try (MultiRun runs = new MultiRun("scan", 2, "log", log(err))) {
            runs.run(List.of(steps(0, 10), steps(1, 10)), 2, null);
            runs.run(List.of(steps(0, 10), steps(1, 10)), 0, null);
        }
        List<String> lines = err.toString().lines().toList();
        assertThat(lines).noneMatch(l -> l.contains("run 2/2"));
        assertThat(lines).contains(lines.getLast()).last().asString().startsWith("scan: 100% run 4/4 ");
    }

    @Test
    void anInterruptStartsNoFurtherRunAndStopsTheRunningOnes() throws IOException {
        AtomicInteger started = new AtomicInteger();
        List<MultiRun.Task<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int index = i;
            tasks.add(control -> {
                started.incrementAndGet();
                if (index == 1) {
                    Interrupts.request(130);
                }
                while (index == 2 && !control.stopped()) {
                    Thread.onSpinWait(); // runs until stopped
                }
                return index == 2 ? null : index;
            });
        }
        StringWriter err = new StringWriter();
        List<Integer> results;
        try (MultiRun runs = new MultiRun("ens", 1, "log", log(err))) {
            results = runs.run(tasks, 0, null);
            assertThat(runs.stopped()).isTrue();
        }
        assertThat(results).containsExactly(0, 1, null, null, null, null);
        assertThat(started.get()).isEqualTo(2);
        assertThat(err.toString()).doesNotContain("100%");
    }

    @Test
    void theFirstFailureInTaskOrderIsRethrownAndStopsTheOthers() {
        List<MultiRun.Task<Integer>> tasks = new ArrayList<>();
        tasks.add(control -> {
            while (!control.stopped()) {
                Thread.onSpinWait(); // runs until another run fails
            }
            throw new IOException("first in task order");
        });
        tasks.add(control -> {
            throw new IllegalStateException("first in time");
        });
        try (MultiRun runs = new MultiRun("ens", 2, "none", log(new StringWriter()))) {
            assertThatThrownBy(() -> runs.run(tasks, 0, null)).isInstanceOf(IOException.class)
                    .hasMessage("first in task order");
        }
    }

    @Test
    void validation() {
        assertThatThrownBy(() -> new MultiRun("x", 0, "none", log(new StringWriter())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parallel = 0 is out of range");
    }
}
