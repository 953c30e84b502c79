/**
 * JMH benchmarks of simdyn's kernels, each measured side by side with its baseline (scalar twin,
 * a plain loop, JTransforms, FFTW, EJML) in the same run. Never a dependency of anything; results are
 * recorded in {@code jmh/RESULTS.md}.
 */
package org.simdyn.jmh;
