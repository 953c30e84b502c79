/**
 * The {@code simdyn} command line: {@code info}, {@code demo}, {@code bench} and the scenario groups
 * ({@code kg}, {@code couzin}, {@code langevin}, {@code fp}, {@code koopman}).
 */
package org.simdyn.cli;
