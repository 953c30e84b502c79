package org.simdyn.cli.common;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An NPY 1.0 file written frame by frame (cli spec sections 6-7): little-endian {@code <f8} or {@code <f4}, C
 * order, shape {@code (frames, ...frameShape)}; the header is padded so that the data starts at a multiple of
 * 64 bytes and the frame count can be rewritten in place with 20 digits. {@link #flush()} writes the buffered
 * frames and rewrites the header, so the file on disk is a valid array of the frames so far after every flush,
 * also when never closed.
 */
public final class NpyStream implements AutoCloseable {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};
    private static final int BUFFER = 1 << 20;
    private static final Pattern HEADER = Pattern.compile(
            "\\{'descr': '([<>|][a-z][0-9]+)', 'fortran_order': (True|False), 'shape': \\(([0-9, ]*)\\), \\}\\s*");

    private final Path path;
    private final FileChannel channel;
    private final boolean float32;
    private final int[] frameShape;
    private final int frameSize;
    private final int headerLength;
    private final ByteBuffer buffer;
    private long frames;

    private NpyStream(Path path, FileChannel channel, boolean float32, int[] frameShape, long frames) {
        this.path = path;
        this.channel = channel;
        this.float32 = float32;
        this.frameShape = frameShape.clone();
        int n = 1;
        for (int s : frameShape) {
            n = Math.multiplyExact(n, s);
        }
        this.frameSize = n;
        this.headerLength = headerLength(frameShape.length + 1);
        this.buffer = ByteBuffer.allocate(Math.max(BUFFER, n * (float32 ? 4 : 8))).order(ByteOrder.LITTLE_ENDIAN);
        this.frames = frames;
    }

    /**
     * Creates (or replaces) a file with zero frames.
     *
     * @param path the file
     * @param float32 {@code <f4} when true, else {@code <f8}
     * @param frameShape the shape of one frame. Not modified.
     * @return the open stream
     * @throws IOException on write failure
     */
    public static NpyStream create(Path path, boolean float32, int[] frameShape) throws IOException {
        FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        NpyStream s = new NpyStream(path, ch, float32, frameShape, 0);
        s.writeHeader();
        ch.position(s.headerLength);
        return s;
    }

    /**
     * Reopens a file written by this class, keeping its first {@code frames} frames (restart).
     *
     * @param path the file
     * @param frames the number of frames to keep
     * @return the open stream, positioned after frame {@code frames}
     * @throws IOException if the file is unreadable, not of this layout, or has fewer frames
     */
    public static NpyStream reopen(Path path, long frames) throws IOException {
        Header h = header(path);
        if (h.shape()[0] < frames) {
            throw new IOException(path + " has " + h.shape()[0] + " frames, fewer than the checkpoint's " + frames);
        }
        FileChannel ch = FileChannel.open(path, StandardOpenOption.WRITE);
        int[] frameShape = new int[h.shape().length - 1];
        for (int i = 0; i < frameShape.length; i++) {
            frameShape[i] = Math.toIntExact(h.shape()[i + 1]);
        }
        NpyStream s = new NpyStream(path, ch, h.float32(), frameShape, frames);
        ch.truncate(h.dataOffset() + frames * s.frameSize * (h.float32() ? 4L : 8L));
        ch.position(ch.size());
        s.writeHeader();
        return s;
    }

    /** @return the file */
    public Path path() {
        return path;
    }

    /** @return the frames appended so far */
    public long frames() {
        return frames;
    }

    /**
     * Appends one frame.
     *
     * @param values {@code frameSize} values in C order. Not modified.
     * @throws IOException on write failure
     */
    public void append(double[] values) throws IOException {
        if (values.length != frameSize) {
            throw new IllegalArgumentException("values.length = " + values.length + " is not the frame size "
                    + frameSize);
        }
        if (buffer.remaining() < frameSize * (float32 ? 4 : 8)) {
            drain();
        }
        for (double v : values) {
            if (float32) {
                buffer.putFloat((float) v);
            } else {
                buffer.putDouble(v);
            }
        }
        frames++;
    }

    /**
     * Writes the buffered frames, rewrites the header with the frame count and forces both to disk.
     *
     * @throws IOException on write failure
     */
    public void flush() throws IOException {
        drain();
        writeHeader();
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            channel.close();
        }
    }

    private void drain() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }

    private void writeHeader() throws IOException {
        long[] shape = new long[frameShape.length + 1];
        shape[0] = frames;
        for (int i = 0; i < frameShape.length; i++) {
            shape[i + 1] = frameShape[i];
        }
        channel.write(ByteBuffer.wrap(header(float32 ? "<f4" : "<f8", shape, headerLength)), 0);
    }

    /**
     * Builds an NPY 1.0 header of a given total length (magic, version, length, dict padded with spaces, newline).
     *
     * @param descr e.g. {@code "<f8"}
     * @param shape the shape
     * @param total the total header length, a multiple of 64
     * @return the header bytes
     */
    static byte[] header(String descr, long[] shape, int total) {
        StringBuilder dims = new StringBuilder();
        for (int i = 0; i < shape.length; i++) {
            dims.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        if (shape.length == 1) {
            dims.append(',');
        }
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': (" + dims + "), }";
        int dictLength = total - 10;
        if (dict.length() + 1 > dictLength || dictLength > 65535) {
            throw new IllegalStateException("NPY header too long: " + dict);
        }
        byte[] h = new byte[total];
        System.arraycopy(MAGIC, 0, h, 0, MAGIC.length);
        h[8] = (byte) dictLength;
        h[9] = (byte) (dictLength >>> 8);
        byte[] d = dict.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(d, 0, h, 10, d.length);
        Arrays.fill(h, 10 + d.length, total - 1, (byte) ' ');
        h[total - 1] = '\n';
        return h;
    }

    /**
     * Returns the total header length for a rank: room for 20 digits per axis, rounded up to 64 bytes.
     *
     * @param rank the array's rank
     * @return a multiple of 64
     */
    static int headerLength(int rank) {
        int dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (), }".length() + rank * 22 + 2;
        return (10 + dict + 63) / 64 * 64;
    }

    /**
     * An NPY header as read.
     *
     * @param float32 {@code <f4} (else {@code <f8})
     * @param shape the shape
     * @param dataOffset where the data starts
     */
    public record Header(boolean float32, long[] shape, long dataOffset) {
    }

    /**
     * Reads the header of a little-endian float NPY 1.0 file in C order.
     *
     * @param path the file
     * @return the header
     * @throws IOException if the file is not such a file
     */
    public static Header header(Path path) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(b, 0);
            b.flip();
            if (b.remaining() < 10 || b.get(0) != MAGIC[0] || b.get(6) != 1) {
                throw new IOException(path + " is not an NPY 1.0 file");
            }
            int len = b.getShort(8) & 0xFFFF;
            ByteBuffer d = ByteBuffer.allocate(len);
            ch.read(d, 10);
            String dict = new String(d.array(), StandardCharsets.US_ASCII);
            Matcher m = HEADER.matcher(dict);
            if (!m.matches() || m.group(2).equals("True") || !(m.group(1).equals("<f8") || m.group(1).equals("<f4"))) {
                throw new IOException(path + ": unsupported NPY header " + dict.strip());
            }
            String[] parts = m.group(3).split(",");
            long[] shape = Arrays.stream(parts).map(String::strip).filter(s -> !s.isEmpty())
                    .mapToLong(Long::parseLong).toArray();
            return new Header(m.group(1).equals("<f4"), shape, 10L + len);
        }
    }

    /**
     * Reads frames {@code [from, from + count)} of a file into doubles.
     *
     * @param path the file
     * @param from first frame
     * @param count number of frames
     * @return the values in C order
     * @throws IOException on read failure
     */
    public static double[] read(Path path, long from, int count) throws IOException {
        Header h = header(path);
        long frameSize = 1;
        for (int i = 1; i < h.shape().length; i++) {
            frameSize *= h.shape()[i];
        }
        int width = h.float32() ? 4 : 8;
        double[] out = new double[Math.toIntExact(count * frameSize)];
        ByteBuffer b = ByteBuffer.allocate(out.length * width).order(ByteOrder.LITTLE_ENDIAN);
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            long pos = h.dataOffset() + from * frameSize * width;
            while (b.hasRemaining()) {
                if (ch.read(b, pos + b.position()) < 0) {
                    throw new IOException(path + " is shorter than its header says");
                }
            }
        }
        b.flip();
        for (int i = 0; i < out.length; i++) {
            out[i] = h.float32() ? b.getFloat() : b.getDouble();
        }
        return out;
    }

    /**
     * Reads a whole file as floats (for {@code <f4} files).
     *
     * @param path the file
     * @return the values in C order
     * @throws IOException on read failure
     */
    public static float[] readFloats(Path path) throws IOException {
        Header h = header(path);
        long n = 1;
        for (long s : h.shape()) {
            n *= s;
        }
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(path)).order(ByteOrder.LITTLE_ENDIAN);
        b.position((int) h.dataOffset());
        float[] out = new float[Math.toIntExact(n)];
        for (int i = 0; i < out.length; i++) {
            out[i] = h.float32() ? b.getFloat() : (float) b.getDouble();
        }
        return out;
    }
}
