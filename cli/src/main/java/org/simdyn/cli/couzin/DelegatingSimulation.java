package org.simdyn.cli.couzin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.simdyn.cli.common.Dataset;
import org.simdyn.cli.common.Field;
import org.simdyn.cli.common.Simulation;
import org.simdyn.cli.common.Warning;

/**
 * A command that is not one run ({@code ensemble}, {@code hysteresis}) but describes itself to the command-line
 * core (provenance, dry run, dataset sizes) through a template {@link CouzinRun}.
 */
class DelegatingSimulation implements Simulation {
    private final CouzinRun delegate;

    DelegatingSimulation(CouzinRun delegate) {
        this.delegate = delegate;
    }

    /** @return the template run */
    CouzinRun delegate() {
        return delegate;
    }

    @Override
    public String integrator() {
        return delegate.integrator();
    }

    @Override
    public double dt() {
        return delegate.dt();
    }

    @Override
    public long steps() {
        return delegate.steps();
    }

    @Override
    public Map<String, double[]> state() {
        return delegate.state();
    }

    @Override
    public void initialize() {
        delegate.initialize();
    }

    @Override
    public void step(long n) {
        delegate.step(n);
    }

    @Override
    public List<Field> frameFields() {
        return delegate.frameFields();
    }

    @Override
    public void frame(String name, double[] out) {
        delegate.frame(name, out);
    }

    @Override
    public List<Field> seriesColumns() {
        return delegate.seriesColumns();
    }

    @Override
    public long seriesEvery() {
        return delegate.seriesEvery();
    }

    @Override
    public void row(long n, double[] out) {
        delegate.row(n, out);
    }

    @Override
    public List<Dataset> results() {
        return delegate.results();
    }

    @Override
    public ObjectNode headline() {
        return delegate.headline();
    }

    @Override
    public String frameCoordinate() {
        return delegate.frameCoordinate();
    }

    @Override
    public Map<String, Integer> purposes() {
        return delegate.purposes();
    }

    @Override
    public ObjectNode rng(long seed) {
        return delegate.rng(seed);
    }

    @Override
    public List<Warning> warnings() {
        return delegate.warnings();
    }
}
