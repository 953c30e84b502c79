package org.simdyn.particles;

/**
 * The two rule sets of the Couzin zone model. Both use the same pair sums (spec section 2.1: repulsion
 * {@code S_r}, orientation {@code S_o}, attraction {@code S_a} over the visible neighbours in each zone); they
 * differ only in how an agent combines them into a new heading.
 *
 * <p>References: I. D. Couzin, J. Krause, R. James, G. D. Ruxton, N. R. Franks, "Collective memory and spatial
 * sorting in animal groups", J. theor. Biol. 218 (2002) 1-11; I. D. Couzin, J. Krause, N. R. Franks,
 * S. A. Levin, "Effective leadership and decision-making in animal groups on the move", Nature 433 (2005)
 * 513-516.
 */
public enum CouzinRules {
    /**
     * Couzin et al. 2002 (the default). Desired direction {@code d = -S_r} if any neighbour is in the zone of
     * repulsion, else {@code d = w ô + â} with the normalised zone means {@code ô = S_o/|S_o|},
     * {@code â = S_a/|S_a|} (0 for an empty zone). Angular noise: {@code d̂} is rotated by {@code η = σ g} about a
     * random axis perpendicular to it ({@code E[η²] = σ²}); then the heading turns along the great circle towards
     * {@code d̂} by exactly {@code min(φ, θ)}. An agent without neighbours and a cap that never binds diffuses
     * with {@code <u_n·u_0> = exp(-n σ²/2)}.
     */
    COUZIN2002,
    /**
     * The rules of dewi-kadita 0.0.4 (its numpy path), reproduced <em>including its defects</em>, for comparison
     * with published runs and for migration only:
     * <ul>
     *   <li>raw zone sums {@code d = w S_o + S_a}: the more populated zone wins by head count;</li>
     *   <li>a linear-interpolation turn {@code unit((1 - t) u + t d̂)}, {@code t = θ/φ}, whose angle
     *       {@code atan2(t sin φ, 1 - t + t cos φ)} is not the cap θ (far below it for large φ);</li>
     *   <li>isotropic noise {@code unit(u' + σ ξ)} added after the cap (so the noise is not capped) and without
     *       an exact rotational-diffusion meaning;</li>
     *   <li>θ and σ per step: changing dt changes the model.</li>
     * </ul>
     * Not copied: the random stream (Philox here), coincident pairs (ignored here), {@code np.mod} returning L,
     * silent clipping of {@code orientation_weight} (rejected here), radii above L/2 (only with the half-box
     * check in warn mode).
     */
    PEER_COMPAT
}
