package dev.numj.fuzz.jazzer;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.numj.DType;
import dev.numj.NDArray;
import dev.numj.Scope;

import java.util.Arrays;

import static dev.numj.NumJ.arange;
import static dev.numj.NumJ.scope;
import static dev.numj.NumJ.where;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Coverage-guided (Jazzer): fuzzed views (reshape, transpose, slices with steps, broadcastTo) of a
 * small float64 array 0, 1, 2, ..., run through every kernel family (unary, binary, reductions, sort,
 * take, where, cumsum, matmul). A plain Java model applies the same view steps to a {@code double[]},
 * element by element; the view's elements, {@code sum}, {@code add}, {@code cumsum}, {@code sort} and
 * 2-d {@code matmul} must equal the model's (values are small integers, so float64 is exact).
 */
class ViewKernelsFuzzTest {
    @FuzzTest(maxDuration = "5s")
    void views(FuzzedDataProvider data) {
        try (Scope s = scope()) {
            long[] shape = FuzzSupport.shape(data);
            Model m = Model.iota(shape);
            NDArray v = arange((double) m.data.length).reshape(shape);
            int steps = data.consumeInt(0, 4);
            for (int i = 0; i < steps; i++) {
                switch (data.consumeInt(0, 3)) {
                    case 0 -> { // transpose by a fuzzed permutation
                        int[] perm = permutation(data, m.shape.length);
                        v = v.transpose(perm);
                        m = m.transpose(perm);
                    }
                    case 1 -> { // a slice with a step on every axis
                        long[][] sl = new long[m.shape.length][];
                        StringBuilder sb = new StringBuilder();
                        for (int ax = 0; ax < m.shape.length; ax++) {
                            long n = m.shape[ax];
                            long step = data.pickValue(new long[] {1, 2, 3, -1, -2});
                            long start = data.consumeLong(-n - 1, n + 1);
                            long stop = data.consumeLong(-n - 1, n + 1);
                            sl[ax] = normalize(start, stop, step, n);
                            if (ax > 0) sb.append(',');
                            sb.append(start).append(':').append(stop).append(':').append(step);
                        }
                        if (m.shape.length == 0) continue;
                        v = v.get(sb.toString());
                        m = m.slice(sl);
                    }
                    case 2 -> { // broadcast against new leading axes and size-1 axes
                        long[] to = new long[m.shape.length + data.consumeInt(0, 1)];
                        int off = to.length - m.shape.length;
                        for (int ax = 0; ax < to.length; ax++) {
                            long d = ax < off ? 1 : m.shape[ax - off];
                            to[ax] = d == 1 ? data.consumeInt(0, 3) : d;
                        }
                        v = v.broadcastTo(to);
                        m = m.broadcast(to);
                    }
                    default -> { // reshape to a fuzzed factorization (C order: the model keeps its data)
                        long[] to = refactor(data, m.data.length);
                        v = v.reshape(to);
                        m = new Model(to, m.data);
                    }
                }
            }
            check(v, m);
        }
    }

    private static void check(NDArray v, Model m) {
        assertArrayEquals(m.shape, v.shape(), "shape");
        assertArrayEquals(m.data, v.toDoubleArray(), "elements");
        double sum = 0;
        for (double x : m.data) sum += x;
        assertEquals(sum, v.sum().item(), "sum");
        double[] twice = m.data.clone();
        for (int i = 0; i < twice.length; i++) twice[i] *= 2;
        assertArrayEquals(twice, v.add(v).toDoubleArray(), "add");
        assertArrayEquals(twice, v.add(v.copy()).toDoubleArray(), "add to a copy");
        double[] cum = m.data.clone();
        for (int i = 1; i < cum.length; i++) cum[i] += cum[i - 1];
        assertArrayEquals(cum, v.cumsum().toDoubleArray(), "cumsum");
        if (m.shape.length >= 1) {
            double[] sorted = m.data.clone();
            int row = (int) m.shape[m.shape.length - 1];
            for (int i = 0; row > 0 && i < sorted.length; i += row) Arrays.sort(sorted, i, i + row);
            assertArrayEquals(sorted, v.sort().toDoubleArray(), "sort");
            v.argsort();
            v.sum(0);
            if (m.data.length > 0) v.max(m.shape.length - 1, true);   // NumPy refuses an empty maximum
            v.cumsum(0);
        }
        if (m.shape.length == 2) {
            int r = (int) m.shape[0], c = (int) m.shape[1];
            double[] mm = new double[r * r];
            for (int i = 0; i < r; i++)
                for (int j = 0; j < r; j++)
                    for (int k = 0; k < c; k++) mm[i * r + j] += m.data[i * c + k] * m.data[j * c + k];
            assertArrayEquals(mm, v.matmul(v.T()).toDoubleArray(), "matmul");
        }
        // the other families: only "no crash, no undocumented exception"
        v.neg().sqrt().exp();
        v.astype(DType.INT32).mul(3L).floorDiv(2L);
        where(v.gt(3.0), v, v.neg()).toDoubleArray();
        if (m.data.length > 0) v.take(arange(0L, (long) m.data.length, 2L)).toDoubleArray();
        v.mean();
    }

    private static int[] permutation(FuzzedDataProvider data, int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = data.consumeInt(0, i);
            int t = p[i]; p[i] = p[j]; p[j] = t;
        }
        return p;
    }

    private static long[] refactor(FuzzedDataProvider data, int size) {
        long[] to = new long[data.consumeInt(0, 3) + 1];
        long rest = size;
        Arrays.fill(to, 1);
        for (int i = 0; i < to.length - 1 && rest > 1; i++) {
            long d = data.consumeLong(1, rest);
            if (rest % d == 0) { to[i] = d; rest /= d; }
        }
        to[to.length - 1] = rest;
        if (size == 0) to[data.consumeInt(0, to.length - 1)] = 0;
        return to;
    }

    /** Python's slice.indices: {start, count, step}. */
    private static long[] normalize(long start, long stop, long step, long n) {
        long lo = step < 0 ? -1 : 0, hi = step < 0 ? n - 1 : n;
        start = start < 0 ? Math.max(start + n, lo) : Math.min(start, hi);
        stop = stop < 0 ? Math.max(stop + n, lo) : Math.min(stop, hi);
        long count = step > 0 ? Math.max(0, (stop - start + step - 1) / step)
                : Math.max(0, (start - stop - step - 1) / -step);
        return new long[] {start, count, step};
    }

    /** A C-order double[] with its shape: the reference every view step is applied to element by element. */
    record Model(long[] shape, double[] data) {
        static Model iota(long[] shape) {
            double[] d = new double[(int) FuzzSupport.size(shape)];
            for (int i = 0; i < d.length; i++) d[i] = i;
            return new Model(shape.clone(), d);
        }

        interface Source { long at(long[] outIndex); }

        Model gather(long[] to, Source src) {
            double[] out = new double[(int) FuzzSupport.size(to)];
            long[] idx = new long[to.length];
            for (int i = 0; i < out.length; i++) {
                long rem = i;
                for (int ax = to.length - 1; ax >= 0; ax--) { idx[ax] = rem % to[ax]; rem /= to[ax]; }
                out[i] = data[(int) src.at(idx)];
            }
            return new Model(to, out);
        }

        long flat(long[] in) {
            long f = 0;
            for (int ax = 0; ax < shape.length; ax++) f = f * shape[ax] + in[ax];
            return f;
        }

        Model transpose(int[] perm) {
            long[] to = new long[perm.length];
            for (int i = 0; i < perm.length; i++) to[i] = shape[perm[i]];
            return gather(to, o -> {
                long[] in = new long[shape.length];
                for (int i = 0; i < perm.length; i++) in[perm[i]] = o[i];
                return flat(in);
            });
        }

        Model slice(long[][] sl) {
            long[] to = new long[shape.length];
            for (int ax = 0; ax < to.length; ax++) to[ax] = sl[ax][1];
            return gather(to, o -> {
                long[] in = new long[shape.length];
                for (int ax = 0; ax < in.length; ax++) in[ax] = sl[ax][0] + o[ax] * sl[ax][2];
                return flat(in);
            });
        }

        Model broadcast(long[] to) {
            int off = to.length - shape.length;
            return gather(to, o -> {
                long[] in = new long[shape.length];
                for (int ax = 0; ax < in.length; ax++) in[ax] = shape[ax] == 1 ? 0 : o[ax + off];
                return flat(in);
            });
        }
    }
}
