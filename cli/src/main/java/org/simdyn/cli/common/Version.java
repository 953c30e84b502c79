package org.simdyn.cli.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * simdyn's version: the jar manifest's {@code Implementation-Version}, else (classes run from
 * {@code target/classes}) the Maven-filtered resource {@code org/simdyn/cli/version.properties}.
 */
public final class Version implements IVersionProvider {
    private static final String VALUE = find();

    /** Creates the picocli version provider. */
    public Version() {
    }

    /** @return e.g. {@code "0.1.0-SNAPSHOT"}, or {@code "unknown"} */
    public static String value() {
        return VALUE;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"simdyn " + VALUE};
    }

    private static String find() {
        String manifest = Version.class.getPackage().getImplementationVersion();
        if (manifest != null) {
            return manifest;
        }
        try (InputStream in = Version.class.getResourceAsStream("/org/simdyn/cli/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "unknown");
            }
        } catch (IOException e) {
            // fall through
        }
        return "unknown";
    }
}
