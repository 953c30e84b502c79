/**
 * Diagnostics of a school (spec section 6): order parameters ({@link org.simdyn.particles.analysis.OrderParameters}),
 * the compat entropies of dewi-kadita ({@link org.simdyn.particles.analysis.CompatEntropies}) and the corrected
 * school diagnostics ({@link org.simdyn.particles.analysis.SchoolDiagnostics}).
 */
package org.simdyn.particles.analysis;
