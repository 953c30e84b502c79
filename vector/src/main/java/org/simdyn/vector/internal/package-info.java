/** Implementation classes of the vector module: scalar and Panama twins. Not exported. */
package org.simdyn.vector.internal;
