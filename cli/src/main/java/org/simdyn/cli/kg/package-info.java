/**
 * {@code simdyn kg run | scan | presets} (kg.md section 8): the Klein-Gordon library of the {@code fields} module on
 * the command-line core.
 */
package org.simdyn.cli.kg;
