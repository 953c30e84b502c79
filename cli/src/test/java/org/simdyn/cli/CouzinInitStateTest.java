package org.simdyn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code init_state} in a reflecting box (couzin spec sections 3 and 9): positions outside {@code [0, L]} exit 2
 * with one line naming the file, the coordinate, the row and the range; positions on the walls are accepted.
 */
class CouzinInitStateTest {
    @TempDir
    Path tmp;

    @Test
    void reflectingPositionsOutsideTheBoxExitTwo() throws IOException {
        Path state = tmp.resolve("state.csv");
        Files.writeString(state, "x,y,z,vx,vy,vz\n1,2,3,1,0,0\n3,4,30,0,1,0\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("o");
        Cli.Result r = Cli.run("couzin", "run", "--domain", "reflecting", "--init_state", state.toString(), "--out",
                out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("init_state = " + state,
                "z of row 2 = 30.0 is out of range: must be in [0, box = 25.0] (reflecting domain)");
        assertThat(out).doesNotExist();
        Path walls = tmp.resolve("walls.csv");
        Files.writeString(walls, "x,y,z,vx,vy,vz\n0,2,3,1,0,0\n3,4,25,0,1,0\n", StandardCharsets.UTF_8);
        Cli.Result ok = Cli.run("couzin", "run", "--domain", "reflecting", "--init_state", walls.toString(),
                "--steps", "3", "--formats", "none", "--quiet", "--out", tmp.resolve("w").toString());
        assertThat(ok.code()).as(ok.err()).isZero();
    }
}
