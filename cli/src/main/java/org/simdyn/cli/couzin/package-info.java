/**
 * {@code simdyn couzin}: the command group of the Couzin zone model ({@code org.simdyn.particles}): {@code run},
 * {@code ensemble}, {@code hysteresis}, {@code analyze} and the presets (couzin spec section 8).
 */
package org.simdyn.cli.couzin;
