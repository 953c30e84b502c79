/**
 * Langevin particle integrators (Euler-Maruyama, exact Ornstein-Uhlenbeck, BAOAB, active Brownian
 * particles, mean-field) and a Fokker-Planck grid solver, all driven by the counter-based Philox stream. Planned.
 */
package org.simdyn.stochastic;
