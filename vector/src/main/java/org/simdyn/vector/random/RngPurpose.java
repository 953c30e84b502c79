package org.simdyn.vector.random;

/**
 * The registry of purpose ranges of the Philox stream (foundation spec section 9).
 *
 * <p>A purpose {@code K} (0..65535) is the upper half of counter word {@code c1}: draws for different
 * purposes of the same particle and step never overlap. Each module names its own constants inside its
 * range, in its spec, and writes the ones it used into the provenance of its outputs. A purpose serves
 * either normals or uniforms, never both.
 *
 * <table>
 *   <caption>Purpose ranges</caption>
 *   <tr><th>range</th><th>owner</th></tr>
 *   <tr><td>0x0000-0x00FF</td><td>tests and tools ({@code simdyn info rng})</td></tr>
 *   <tr><td>0x0100-0x01FF</td><td>stochastic (Langevin, Fokker-Planck)</td></tr>
 *   <tr><td>0x0200-0x02FF</td><td>particles (Couzin)</td></tr>
 *   <tr><td>0x0300-0x03FF</td><td>fields (Klein-Gordon)</td></tr>
 *   <tr><td>0x0400-0x04FF</td><td>koopman</td></tr>
 *   <tr><td>0xF000-0xFFFF</td><td>users of the library</td></tr>
 * </table>
 */
public final class RngPurpose {
    private RngPurpose() {
    }

    /** First purpose of tests and tools. */
    public static final int TOOLS = 0x0000;
    /** First purpose of the stochastic module. */
    public static final int STOCHASTIC = 0x0100;
    /** First purpose of the particles module. */
    public static final int PARTICLES = 0x0200;
    /** First purpose of the fields module. */
    public static final int FIELDS = 0x0300;
    /** First purpose of the koopman module. */
    public static final int KOOPMAN = 0x0400;
    /** First purpose free for users of the library. */
    public static final int USER = 0xF000;
    /** Largest purpose. */
    public static final int MAX = 0xFFFF;

    /**
     * Returns the owner of a purpose: {@code "tools"}, {@code "stochastic"}, {@code "particles"},
     * {@code "fields"}, {@code "koopman"}, {@code "user"} or {@code "reserved"}.
     *
     * @param purpose 0..65535
     * @return the owner's name
     * @throws IllegalArgumentException if purpose is outside 0..65535
     */
    public static String owner(int purpose) {
        if (purpose < 0 || purpose > MAX) {
            throw new IllegalArgumentException("purpose = " + purpose + " is out of range: must be in [0, 65535]");
        }
        return switch (purpose >>> 8) {
            case 0x00 -> "tools";
            case 0x01 -> "stochastic";
            case 0x02 -> "particles";
            case 0x03 -> "fields";
            case 0x04 -> "koopman";
            default -> purpose >= USER ? "user" : "reserved";
        };
    }
}
