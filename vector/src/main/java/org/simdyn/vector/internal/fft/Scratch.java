package org.simdyn.vector.internal.fft;

/** Per-thread work arrays of the java provider, grown on demand and never shrunk. */
final class Scratch {
    private static final ThreadLocal<Scratch> LOCAL = ThreadLocal.withInitial(Scratch::new);

    /** Ping-pong buffer of the complex stages. */
    double[] ar = new double[0];
    double[] ai = new double[0];
    /** Destination of a complex transform inside a real one. */
    double[] br = new double[0];
    double[] bi = new double[0];
    /** Source of a complex transform inside a real one. */
    double[] cr = new double[0];
    double[] ci = new double[0];
    /** Copy of a half spectrum (n-D real inverse). */
    double[] dr = new double[0];
    double[] di = new double[0];

    /** Column and row blocks of the four-step transform. */
    double[] fr = new double[0];
    double[] fi = new double[0];
    private FourStep.Task task;

    private Scratch() {
    }

    /** The calling thread's scratch with four-step buffers of at least {@code size} elements. */
    static Scratch four(int size) {
        Scratch s = LOCAL.get();
        if (s.fr.length < size) {
            s.fr = new double[size];
            s.fi = new double[size];
        }
        return s;
    }

    /** This thread's reusable four-step chunk body. */
    FourStep.Task task() {
        if (task == null) {
            task = new FourStep.Task();
        }
        return task;
    }

    /** The calling thread's scratch with at least the given sizes. */
    static Scratch get(int a, int b, int d) {
        Scratch s = LOCAL.get();
        if (s.ar.length < a) {
            s.ar = new double[a];
            s.ai = new double[a];
        }
        if (s.br.length < b) {
            s.br = new double[b];
            s.bi = new double[b];
            s.cr = new double[b];
            s.ci = new double[b];
        }
        if (s.dr.length < d) {
            s.dr = new double[d];
            s.di = new double[d];
        }
        return s;
    }
}
