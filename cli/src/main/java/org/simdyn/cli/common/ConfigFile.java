package org.simdyn.cli.common;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * A config file: UTF-8 {@code key = value} lines, {@code #} comments anywhere, blank lines skipped, split at the
 * first {@code =} and trimmed (cli spec section 4). One reader for simdyn, amangkurat and dewi-kadita files; the
 * {@link #dialect()} is told by the keys.
 *
 * @param path the file as given
 * @param text the whole text
 * @param sha256 lower-case hex SHA-256 of the bytes
 * @param entries the key/value lines in file order
 * @param dialect {@code simdyn}, {@code amangkurat} or {@code dewi-kadita}
 */
public record ConfigFile(Path path, String text, String sha256, List<Entry> entries, String dialect) {
    /** Dialect of simdyn's own files. */
    public static final String SIMDYN = "simdyn";
    /** Dialect of amangkurat (Klein-Gordon) files. */
    public static final String AMANGKURAT = "amangkurat";
    /** Dialect of dewi-kadita (Couzin) files. */
    public static final String DEWI_KADITA = "dewi-kadita";

    private static final Set<String> DEWI_KADITA_KEYS = Set.of("n_fish", "box_size", "r_repulsion");
    private static final Set<String> AMANGKURAT_KEYS = Set.of("nx", "potential", "ic_type");

    /**
     * One {@code key = value} line.
     *
     * @param key the key, trimmed
     * @param value the value, trimmed (comment removed)
     * @param line 1-based line number
     */
    public record Entry(String key, String value, int line) {
    }

    /** Copies the entry list. */
    public ConfigFile {
        entries = List.copyOf(entries);
    }

    /**
     * Reads a config file.
     *
     * @param path the file
     * @param option how the user named it, for messages (e.g. {@code "--config"})
     * @return the parsed file
     * @throws UsageException if the file is missing, unreadable, not UTF-8, or has a line without {@code =} or
     *         with an empty key
     */
    public static ConfigFile read(Path path, String option) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UsageException(option + " " + path + ": no such file");
        } catch (IOException e) {
            throw new UsageException(option + " " + path + ": cannot read (" + e.getClass().getSimpleName() + ")");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UsageException(option + " " + path + ": not UTF-8 text");
        }
        return parse(path, text, sha256(bytes));
    }

    /**
     * Parses config text.
     *
     * @param path the file name for messages
     * @param text the text
     * @param sha256 the SHA-256 of the bytes
     * @return the parsed file
     * @throws UsageException naming {@code file:line} for a line without {@code =} or with an empty key
     */
    public static ConfigFile parse(Path path, String text, String sha256) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new UsageException(name + ":" + (i + 1) + ": '" + line + "' is not a 'key = value' line");
            }
            String key = line.substring(0, eq).strip();
            if (key.isEmpty()) {
                throw new UsageException(name + ":" + (i + 1) + ": '" + line + "' has no key before '='");
            }
            entries.add(new Entry(key, line.substring(eq + 1).strip(), i + 1));
        }
        return new ConfigFile(path, text, sha256, entries, dialect(entries));
    }

    /** @return the file name (no directory), for {@code file:line} messages */
    public String name() {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }

    /**
     * Returns the value of the last line of {@code key}, or null.
     *
     * @param key the key
     * @return the value or null
     */
    public String last(String key) {
        String v = null;
        for (Entry e : entries) {
            if (e.key().equals(key)) {
                v = e.value();
            }
        }
        return v;
    }

    /**
     * Tells which model a file configures (cli spec section 4): a simdyn {@code scenario} key wins; else any of
     * {@code n_fish}, {@code box_size}, {@code r_repulsion} means {@code couzin}; any of {@code nx},
     * {@code potential}, {@code ic_type} means {@code kg}.
     *
     * @return the group name
     * @throws UsageException if the file does not tell
     */
    public String group() {
        String scenario = last("scenario");
        if (scenario != null) {
            return scenario;
        }
        return switch (dialect) {
            case DEWI_KADITA -> "couzin";
            case AMANGKURAT -> "kg";
            default -> throw new UsageException(path + ": cannot tell which model " + path
                    + " configures; add 'scenario = ...' (one of kg, couzin, langevin, fp)");
        };
    }

    private static String dialect(List<Entry> entries) {
        boolean scenario = false;
        boolean dk = false;
        boolean am = false;
        for (Entry e : entries) {
            scenario |= e.key().equals("scenario");
            dk |= DEWI_KADITA_KEYS.contains(e.key());
            am |= AMANGKURAT_KEYS.contains(e.key());
        }
        if (scenario) {
            return SIMDYN;
        }
        return dk ? DEWI_KADITA : am ? AMANGKURAT : SIMDYN;
    }

    /**
     * Returns the lower-case hex SHA-256 of bytes.
     *
     * @param bytes the bytes. Not modified.
     * @return 64 hex characters
     */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
