/**
 * Density estimates shared by the simulation modules: {@link org.simdyn.vector.density.Kde1D}, the one Gaussian
 * kernel density estimate of simdyn (used by the Klein-Gordon |phi| distribution and by the stochastic module's
 * densities), with its bandwidth rules in {@link org.simdyn.vector.density.Bandwidth}.
 */
package org.simdyn.vector.density;
