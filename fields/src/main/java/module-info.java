/**
 * Pseudo-spectral nonlinear Klein-Gordon fields (1-3 D): potentials, exact-linear and symplectic integrators,
 * exact initial conditions, diagnostics and kink-antikink collision scans.
 */
module org.simdyn.fields {
    requires org.simdyn.vector;
    requires static jdk.incubator.vector;

    exports org.simdyn.fields;
    exports org.simdyn.fields.analysis;
    exports org.simdyn.fields.internal to org.simdyn.vector;
}
