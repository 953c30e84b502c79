/**
 * {@code simdyn demo}: the README's first command. It will run four short flagship scenarios; until they
 * exist it names the commands available today.
 */
package org.simdyn.cli.demo;
