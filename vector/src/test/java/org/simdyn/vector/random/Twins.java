package org.simdyn.vector.random;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.simdyn.vector.internal.PhiloxBulk;
import org.simdyn.vector.internal.PhiloxBulkPanama;
import org.simdyn.vector.internal.PhiloxBulkScalar;

/** Shared test data: the bulk twins of every width and the known-answer files. */
final class Twins {
    private Twins() {
    }

    /** The scalar twin and the Panama twin at 128, 256 and 512 bits, with display names. */
    static Stream<Arguments> all() {
        return Stream.of(
                Arguments.of("scalar", new PhiloxBulkScalar()),
                Arguments.of("panama-128", PhiloxBulkPanama.ofWidth(128)),
                Arguments.of("panama-256", PhiloxBulkPanama.ofWidth(256)),
                Arguments.of("panama-512", PhiloxBulkPanama.ofWidth(512)));
    }

    /** The twins of {@link #all()} without names. */
    static List<PhiloxBulk> list() {
        return all().map(a -> (PhiloxBulk) a.get()[1]).toList();
    }

    /** The data rows of a resource file: comment lines dropped, columns split on blanks. */
    static List<String[]> rows(String resource) throws IOException {
        try (InputStream in = Twins.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    rows.add(t.split("\\s+"));
                }
            }
            return rows;
        }
    }

    /** A word column: 8 hex digits, no prefix. */
    static int word(String hex) {
        return Integer.parseUnsignedInt(hex, 16);
    }
}
