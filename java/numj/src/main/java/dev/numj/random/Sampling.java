package dev.numj.random;

import dev.numj.internal.ffi.numj.NumjCpu;
import dev.numj.internal.ArrayAccess;
import dev.numj.internal.Views;
import static dev.numj.internal.ArrayAccess.storageOf;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.HashMap;
import dev.numj.DType;
import dev.numj.Device;
import dev.numj.Index;
import dev.numj.NDArray;
import dev.numj.random.Random;

/**
 * Permutations and sampling without replacement for {@link Random}: a forward Fisher-Yates shuffle
 * whose step i swaps position i with i + floor(v_i * (n - i) / 2^64), v_i the i-th uint64 of the
 * draw's stream (the BITS kind, two words a step, so step i is a pure function of the stream position
 * too). The bias of that multiply-shift is below (n - i) / 2^64 per outcome. {@code choice(n, k, false)}
 * stops after k steps, so it gives the first k values of {@code permutation(n)}. The shuffle is
 * sequential, so it runs on the host whatever the device, and its result is copied to the device asked for.
 */
final class Sampling {
    private Sampling() {}

    /** Random values are fetched this many at a time, so a huge permutation needs no second n-sized buffer. */
    private static final int CHUNK = 1 << 16;

    /** Shuffles with a dense off-heap table when it is at most this many times the sample (or small anyway). */
    private static final long DENSE_FACTOR = 16, DENSE_ALWAYS = 1 << 16;

    /** NumPy {@code permutation(n)}: int64, n &gt;= 0, on {@code on}. */
    public static NDArray permutation(Random rng, long n, Device on) { return placed(firstOfShuffle(rng, n, n, null), on); }

    /** Indices for {@code choice}: int64 of length size, in [0, n), on {@code on}; n &gt; 0 unless size is 0. */
    public static NDArray choiceIndices(Random rng, long n, int size, boolean replace, Device on) {
        if (replace) {
            if (size < 0) throw new IllegalArgumentException("negative dimensions are not allowed");
            if (size == 0) return ArrayAccess.allocate(on, DType.INT64, new long[] {0});
            return rng.randintOn(on, DType.INT64, new int[] {size}, new long[] {0, n});
        }
        if (size > n) throw new IllegalArgumentException("Cannot take a larger sample than population when replace is False");
        if (size < 0) throw new IllegalArgumentException("negative dimensions are not allowed");
        return placed(firstOfShuffle(rng, Math.max(n, 0), size, null), on);
    }

    /** A host result on {@code on}: itself on the CPU, else a copy there. */
    static NDArray placed(NDArray host, Device on) { return on.isCpu() ? host : host.to(on); }

    /**
     * The first {@code k} values of a Fisher-Yates shuffle of arange(n), k &lt;= n. {@code dense}: force
     * the dense (true) or sparse (false) table, null chooses; both give the same values.
     */
    public static NDArray firstOfShuffle(Random rng, long n, long k, Boolean dense) {
        NDArray out = ArrayAccess.allocate(DType.INT64, new long[] {k});
        Random.Position at = rng.reserve(2 * k);
        if (k == 0) return out;
        boolean useDense = dense != null ? dense : n <= DENSE_ALWAYS || n / DENSE_FACTOR <= k;
        MemorySegment o = storageOf(out).segment();
        NDArray table = useDense ? (k == n ? out : ArrayAccess.allocate(DType.INT64, new long[] {n})) : null;
        MemorySegment t = table == null ? null : storageOf(table).segment();
        if (t != null) for (long i = 0; i < n; i++) t.setAtIndex(ValueLayout.JAVA_LONG, i, i);
        HashMap<Long, Long> moved = t == null ? new HashMap<>() : null;   // sparse: positions whose value left them
        NDArray bits = ArrayAccess.allocate(DType.INT64, new long[] {Math.min(k, CHUNK)});
        MemorySegment b = storageOf(bits).segment();
        for (long base = 0; base < k; base += CHUNK) {
            int m = (int) Math.min(CHUNK, k - base);
            Random.fill(NumjCpu.NUMJ_RANDOM_BITS(), DType.INT64, at.seed(), at.offset() + 2 * base,
                    m == bits.size() ? bits : Views.index(bits, Index.parse("0:" + m)), new double[0], new long[0]);
            for (int q = 0; q < m; q++) {
                long i = base + q;
                long j = i + Math.unsignedMultiplyHigh(b.getAtIndex(ValueLayout.JAVA_LONG, q), n - i);
                if (t != null) {
                    long vj = t.getAtIndex(ValueLayout.JAVA_LONG, j);
                    t.setAtIndex(ValueLayout.JAVA_LONG, j, t.getAtIndex(ValueLayout.JAVA_LONG, i));
                    t.setAtIndex(ValueLayout.JAVA_LONG, i, vj);
                } else {
                    long vi = moved.getOrDefault(i, i), vj = moved.getOrDefault(j, j);
                    moved.put(j, vi);
                    o.setAtIndex(ValueLayout.JAVA_LONG, i, vj);
                }
            }
        }
        if (t != null && table != out) MemorySegment.copy(t, 0, o, 0, 8 * k);
        return out;
    }
}
