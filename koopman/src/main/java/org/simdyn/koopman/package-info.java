/**
 * Koopman-operator analysis: Hankel/delay embeddings, the DMD family, HAVOK, EDMD and verified spectra
 * (ResDMD residuals and pseudospectra). Planned.
 */
package org.simdyn.koopman;
