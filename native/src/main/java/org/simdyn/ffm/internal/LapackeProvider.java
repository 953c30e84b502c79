package org.simdyn.ffm.internal;

import java.util.function.Supplier;
import org.simdyn.vector.spi.LapackProvider;

/**
 * The {@link LapackProvider} over LAPACKE, registered as a service ({@code provides} and
 * {@code META-INF/services}). Creating it loads nothing; the library is loaded once per JVM on the first
 * call that needs it. Every routine checks its arguments (LAPACK's rules, see {@link LapackProvider})
 * before it looks at the library, so a bad argument is an {@link IllegalArgumentException} whether or not
 * LAPACKE is installed.
 */
public final class LapackeProvider implements LapackProvider {

    private final Supplier<LapackeLibrary> library;

    /** The provider over this JVM's LAPACKE (the one {@link java.util.ServiceLoader} creates). */
    public LapackeProvider() {
        this(LapackeLibrary::get);
    }

    /** A provider over the given binding (tests). */
    LapackeProvider(Supplier<LapackeLibrary> library) {
        this.library = library;
    }

    @Override
    public String name() {
        return "lapacke";
    }

    @Override
    public boolean isAvailable() {
        return library.get().available();
    }

    @Override
    public String unavailableReason() {
        return library.get().reason();
    }

    @Override
    public String description() {
        return library.get().description();
    }

    @Override
    public void setThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads = " + threads + " is out of range: must be >= 1");
        }
        bound().setThreads(threads);
    }

    @Override
    public int dgesdd(char jobz, int m, int n, double[] a, int lda, double[] s, double[] u, int ldu, double[] vt,
                      int ldvt) {
        char job = option("jobz", jobz, "ASON");
        nonNegative("m", m);
        nonNegative("n", n);
        int mn = Math.min(m, n);
        matrix("a", a, "lda", lda, "m", m, "n", n);
        length("s", s, "min(m, n)", mn);
        if (job == 'A' || job == 'O' && m < n) {
            matrix("u", u, "ldu", ldu, "m", m, "m", m);
        } else if (job == 'S') {
            matrix("u", u, "ldu", ldu, "m", m, "min(m, n)", mn);
        } else {
            unreferenced("ldu", ldu);
        }
        if (job == 'A' || job == 'O' && m >= n) {
            matrix("vt", vt, "ldvt", ldvt, "n", n, "n", n);
        } else if (job == 'S') {
            matrix("vt", vt, "ldvt", ldvt, "min(m, n)", mn, "n", n);
        } else {
            unreferenced("ldvt", ldvt);
        }
        return bound().dgesdd(job, m, n, a, lda, s, u, ldu, vt, ldvt);
    }

    @Override
    public int dgeqrf(int m, int n, double[] a, int lda, double[] tau) {
        nonNegative("m", m);
        nonNegative("n", n);
        matrix("a", a, "lda", lda, "m", m, "n", n);
        length("tau", tau, "min(m, n)", Math.min(m, n));
        return bound().dgeqrf(m, n, a, lda, tau);
    }

    @Override
    public int dorgqr(int m, int n, int k, double[] a, int lda, double[] tau) {
        nonNegative("m", m);
        inRange("n", n, "m", m);
        inRange("k", k, "n", n);
        matrix("a", a, "lda", lda, "m", m, "n", n);
        length("tau", tau, "k", k);
        return bound().dorgqr(m, n, k, a, lda, tau);
    }

    @Override
    public int dormqr(char side, char trans, int m, int n, int k, double[] a, int lda, double[] tau, double[] c,
                      int ldc) {
        char sd = option("side", side, "LR");
        char tr = option("trans", trans, "NT");
        nonNegative("m", m);
        nonNegative("n", n);
        String nqName = sd == 'L' ? "m" : "n";
        int nq = sd == 'L' ? m : n;
        inRange("k", k, nqName, nq);
        matrix("a", a, "lda", lda, nqName, nq, "k", k);
        length("tau", tau, "k", k);
        matrix("c", c, "ldc", ldc, "m", m, "n", n);
        return bound().dormqr(sd, tr, m, n, k, a, lda, tau, c, ldc);
    }

    @Override
    public int dgeev(char jobvl, char jobvr, int n, double[] a, int lda, double[] wr, double[] wi, double[] vl,
                     int ldvl, double[] vr, int ldvr) {
        char left = option("jobvl", jobvl, "NV");
        char right = option("jobvr", jobvr, "NV");
        nonNegative("n", n);
        matrix("a", a, "lda", lda, "n", n, "n", n);
        length("wr", wr, "n", n);
        length("wi", wi, "n", n);
        if (left == 'V') {
            matrix("vl", vl, "ldvl", ldvl, "n", n, "n", n);
        } else {
            unreferenced("ldvl", ldvl);
        }
        if (right == 'V') {
            matrix("vr", vr, "ldvr", ldvr, "n", n, "n", n);
        } else {
            unreferenced("ldvr", ldvr);
        }
        return bound().dgeev(left, right, n, a, lda, wr, wi, vl, ldvl, vr, ldvr);
    }

    private LapackeLibrary bound() {
        LapackeLibrary lib = library.get();
        if (!lib.available()) {
            throw new IllegalStateException(lib.reason());
        }
        return lib;
    }

    /** The option in upper case, if it is one of {@code allowed} in either case. */
    private static char option(String name, char value, String allowed) {
        char upper = value >= 'a' && value <= 'z' ? (char) (value - ('a' - 'A')) : value;
        if (allowed.indexOf(upper) < 0) {
            StringBuilder choices = new StringBuilder();
            for (int i = 0; i < allowed.length(); i++) {
                choices.append(i == 0 ? "'" : ", '").append(allowed.charAt(i)).append('\'');
            }
            throw new IllegalArgumentException(
                    name + " = '" + value + "' is out of range: must be one of " + choices);
        }
        return upper;
    }

    private static void nonNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " = " + value + " is out of range: must be >= 0");
        }
    }

    private static void inRange(String name, int value, String maxName, int max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(name + " = " + value + " is out of range: must be in [0, "
                    + maxName + "] = [0, " + max + "]");
        }
    }

    /** A {@code rows x cols} matrix with leading dimension {@code ld >= max(1, rows)}, length {@code >= ld*cols}. */
    private static void matrix(String name, double[] array, String ldName, int ld, String rowsName, int rows,
                               String colsName, int cols) {
        if (ld < Math.max(1, rows)) {
            throw new IllegalArgumentException(ldName + " = " + ld + " is too small: must be >= max(1, "
                    + rowsName + ") = " + Math.max(1, rows));
        }
        length(name, array, ldName + "*" + colsName, (long) ld * cols);
    }

    private static void length(String name, double[] array, String requiredName, long required) {
        if (array == null) {
            throw new IllegalArgumentException(name + " is null");
        }
        if (array.length < required) {
            throw new IllegalArgumentException(name + ".length = " + array.length + " is too small: must be >= "
                    + requiredName + " = " + required);
        }
    }

    /** The leading dimension of an array the options leave unreferenced (LAPACK still wants {@code >= 1}). */
    private static void unreferenced(String ldName, int ld) {
        if (ld < 1) {
            throw new IllegalArgumentException(ldName + " = " + ld + " is too small: must be >= 1");
        }
    }
}
