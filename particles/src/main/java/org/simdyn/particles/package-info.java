/**
 * The Couzin zone model of collective motion in 2-D and 3-D (Couzin et al. 2002, 2005) with a SIMD
 * pair kernel, O(N) cell lists, order parameters and entropies, and an exact compatibility mode for
 * dewi-kadita 0.0.4. Planned.
 */
package org.simdyn.particles;
