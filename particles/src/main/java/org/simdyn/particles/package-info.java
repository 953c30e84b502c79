/**
 * The Couzin zone model of collective motion in 2-D and 3-D (Couzin et al. 2002, 2005): configuration
 * ({@link org.simdyn.particles.CouzinConfig}, {@link org.simdyn.particles.AgentType}), state
 * ({@link org.simdyn.particles.SwarmState}) and the simulation ({@link org.simdyn.particles.CouzinSimulation}), with
 * the rule sets {@link org.simdyn.particles.CouzinRules#COUZIN2002} and the exact compatibility mode
 * {@link org.simdyn.particles.CouzinRules#PEER_COMPAT} for dewi-kadita 0.0.4. A SIMD pair kernel with exact
 * integer accumulation makes every result bit-identical for any thread count, vector width and neighbour search.
 */
package org.simdyn.particles;
