package org.simdyn.particles.internal;

import org.simdyn.particles.AgentType;
import org.simdyn.particles.CouzinConfig;
import org.simdyn.particles.Domain;

/**
 * Per-type constants of a configuration, precomputed once: the pair kernel's geometry blocks and the per-agent
 * update's constants, plus the type of every agent. Immutable after construction.
 */
public final class TypeTable {
    /** Pair-kernel geometry, {@link PairKernel#GEO} per type. */
    public final double[] geo;
    /** Speed per type. */
    public final double[] speed;
    /** θ per type. */
    public final double[] theta;
    /** {@code StrictMath.cos(θ)} per type. */
    public final double[] cosTheta;
    /** {@code StrictMath.sin(θ)} per type. */
    public final double[] sinTheta;
    /** σ per type. */
    public final double[] sigma;
    /** Orientation weight per type. */
    public final double[] weight;
    /** Informed weight per type. */
    public final double[] informed;
    /** Preferred direction per type (x, y, z), zero when uninformed. */
    public final double[] gx;
    /** See {@link #gx}. */
    public final double[] gy;
    /** See {@link #gx}. */
    public final double[] gz;
    /** Type of each agent ({@code & 0xFF}). */
    public final byte[] type;
    /** Whether any type has noise. */
    public final boolean anyNoise;

    /**
     * Builds the table.
     *
     * @param cfg the configuration, non-null
     */
    public TypeTable(CouzinConfig cfg) {
        int nt = cfg.typeCount();
        geo = new double[nt * PairKernel.GEO];
        speed = new double[nt];
        theta = new double[nt];
        cosTheta = new double[nt];
        sinTheta = new double[nt];
        sigma = new double[nt];
        weight = new double[nt];
        informed = new double[nt];
        gx = new double[nt];
        gy = new double[nt];
        gz = new double[nt];
        boolean noise = false;
        for (int t = 0; t < nt; t++) {
            AgentType a = cfg.type(t);
            int g = t * PairKernel.GEO;
            geo[g] = cfg.box();
            geo[g + 1] = cfg.domain() == Domain.PERIODIC ? 0.5 * cfg.box() : Double.POSITIVE_INFINITY;
            geo[g + 2] = a.rR() * a.rR();
            geo[g + 3] = a.rO() * a.rO();
            geo[g + 4] = a.rA() * a.rA();
            double thr = a.blindAngleDeg() == 0 ? Double.NEGATIVE_INFINITY
                    : -StrictMath.cos(Math.toRadians(a.blindAngleDeg()));
            geo[g + 5] = thr;
            geo[g + 6] = cfg.blindRepulsion() ? thr : Double.NEGATIVE_INFINITY;
            speed[t] = a.speed();
            theta[t] = a.turnPerStep();
            cosTheta[t] = StrictMath.cos(a.turnPerStep());
            sinTheta[t] = StrictMath.sin(a.turnPerStep());
            sigma[t] = a.noisePerStep();
            noise |= a.noisePerStep() > 0;
            weight[t] = a.orientationWeight();
            informed[t] = a.informedWeight();
            double[] d = a.preferredDir();
            if (d != null && a.informedWeight() > 0) {
                gx[t] = d[0];
                gy[t] = d[1];
                gz[t] = d.length == 3 ? d[2] : 0;
            }
        }
        anyNoise = noise;
        type = new byte[cfg.n()];
        int[] counts = cfg.typeCounts();
        int i = 0;
        for (int t = 0; t < nt; t++) {
            for (int k = 0; k < counts[t]; k++) {
                type[i++] = (byte) t;
            }
        }
    }
}
