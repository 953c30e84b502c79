/**
 * Pseudo-spectral nonlinear Klein-Gordon fields in one to three dimensions (phi^4, sine-Gordon,
 * double sine-Gordon, phi^6 and user potentials) with exact-linear and symplectic integrators, exact initial
 * conditions, conserved quantities and kink-antikink collision scans. Planned: see {@code shared/specs/kg.md}.
 */
package org.simdyn.fields;
