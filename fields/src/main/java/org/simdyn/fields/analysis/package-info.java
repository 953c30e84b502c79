/**
 * Analysis of Klein-Gordon fields: grid-invariant entropies, delay embeddings, the kink-antikink collision
 * classifier and parallel velocity scans (kg.md sections 5-6).
 */
package org.simdyn.fields.analysis;
