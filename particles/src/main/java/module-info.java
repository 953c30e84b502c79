/**
 * The Couzin zone model of collective motion (3-D and 2-D): state, rules, neighbour search, the SIMD pair
 * kernel and the diagnostics of the school.
 */
module org.simdyn.particles {
    requires org.simdyn.vector;
    requires static jdk.incubator.vector;

    exports org.simdyn.particles;
    exports org.simdyn.particles.analysis;
    exports org.simdyn.particles.internal to org.simdyn.vector;
}
