package dev.numj.fuzz;

import dev.numj.DType;
import dev.numj.NDArray;
import dev.numj.oracle.OracleArray;

import java.util.SplittableRandom;

import static dev.numj.NumJ.array;

/**
 * Arrays for the fuzzer through NumJ's public API only: random data of every dtype, conversion to
 * the oracle's byte form, and the literals a failure report prints so that its Python program and
 * Java chain run on their own.
 */
final class FuzzArrays {
    private FuzzArrays() {}

    static final DType[] DTYPES = DType.values();

    static long size(long[] shape) {
        long n = 1;
        for (long d : shape) n *= d;
        return n;
    }

    /** NumJ's array as the oracle's C-order little-endian bytes (read through the public exporters). */
    static OracleArray toOracle(NDArray a) {
        a = dev.numj.TestDevice.toHost(a);
        long[] shape = a.shape();
        return switch (a.dtype()) {
            case FLOAT64 -> OracleArray.of(a.toDoubleArray(), shape);
            case FLOAT32 -> OracleArray.of(a.toFloatArray(), shape);
            case INT64 -> OracleArray.of(a.toLongArray(), shape);
            case INT32 -> OracleArray.of(a.toIntArray(), shape);
            case BOOL -> OracleArray.of(a.toBooleanArray(), shape);
        };
    }

    /**
     * Random data: bools; integers mostly in -5..5 (so chains stay exact), sometimes in -1000..1000 or
     * with the dtype's extremes; floats x.xx from a normal of sd 4, sometimes integral, sometimes with
     * NaN, infinities and signed zeros.
     */
    static NDArray random(SplittableRandom rnd, DType dt, long[] shape) {
        int n = Math.toIntExact(size(shape));
        Object data;
        switch (dt) {
            case BOOL -> {
                boolean[] v = new boolean[n];
                int mode = rnd.nextInt(10);   // 0: all false, 1: all true, else random
                for (int i = 0; i < n; i++) v[i] = mode == 1 || (mode != 0 && rnd.nextBoolean());
                data = v;
            }
            case INT32, INT64 -> {
                long[] v = new long[n];
                int mode = rnd.nextInt(20);
                long lo = dt == DType.INT32 ? Integer.MIN_VALUE : Long.MIN_VALUE;
                long hi = dt == DType.INT32 ? Integer.MAX_VALUE : Long.MAX_VALUE;
                long[] extremes = {lo, hi, 0, -1, 1, lo + 1, hi - 1};
                for (int i = 0; i < n; i++) {
                    v[i] = mode == 0 && rnd.nextInt(3) == 0 ? extremes[rnd.nextInt(extremes.length)]
                            : mode <= 2 ? rnd.nextInt(-1000, 1001) : rnd.nextInt(-5, 6);
                }
                data = v;
            }
            default -> {
                double[] v = new double[n];
                int mode = rnd.nextInt(10);   // 0-1: with specials, 2: integral values
                double[] specials = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0};
                for (int i = 0; i < n; i++) {
                    if (mode <= 1 && rnd.nextInt(6) == 0) v[i] = specials[rnd.nextInt(specials.length)];
                    else if (mode == 2) v[i] = rnd.nextInt(-6, 7);
                    else v[i] = Math.round(rnd.nextGaussian() * 400) / 100.0;
                }
                data = v;
            }
        }
        return array(dt, data).reshape(shape);
    }

    /** A Python float literal for a Java double (repr-exact: Java's shortest round-trip form). */
    static String pyFloat(double d) {
        if (Double.isNaN(d)) return "float('nan')";
        if (Double.isInfinite(d)) return d > 0 ? "float('inf')" : "float('-inf')";
        return Double.toString(d);
    }

    /** A Java double literal. */
    static String javaDouble(double d) {
        if (Double.isNaN(d)) return "Double.NaN";
        if (Double.isInfinite(d)) return d > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
        return Double.toString(d);
    }

    static String pyShape(long[] shape) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) b.append(i > 0 ? ", " : "").append(shape[i]);
        return b.append(shape.length == 1 ? ",)" : ")").toString();
    }

    static String javaLongs(long[] v) {
        StringBuilder b = new StringBuilder("new long[] {");
        for (int i = 0; i < v.length; i++) b.append(i > 0 ? ", " : "").append(v[i]);
        return b.append('}').toString();
    }

    static String javaInts(int[] v) {
        StringBuilder b = new StringBuilder("new int[] {");
        for (int i = 0; i < v.length; i++) b.append(i > 0 ? ", " : "").append(v[i]);
        return b.append('}').toString();
    }

    static String pyInts(int[] v) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) b.append(i > 0 ? ", " : "").append(v[i]);
        return b.append(v.length == 1 ? ",)" : ")").toString();
    }

    /** {@code np.array([...], dtype='float32').reshape((2, 3))}: the array as self-contained Python. */
    static String pyLiteral(OracleArray o) {
        StringBuilder b = new StringBuilder("np.array([");
        for (long i = 0; i < o.size(); i++) {
            if (i > 0) b.append(", ");
            switch (o.kind()) {
                case 'b' -> b.append(o.getBoolean(i) ? "True" : "False");
                case 'i' -> b.append(o.getLong(i));
                default -> b.append(pyFloat(o.getDouble(i)));
            }
        }
        return b.append("], dtype='").append(o.dtype()).append("').reshape(").append(pyShape(o.shape())).append(')').toString();
    }

    /** {@code array(FLOAT32, new double[] {...}).reshape(new long[] {2, 3})}: the array as Java. */
    static String javaLiteral(OracleArray o) {
        StringBuilder b = new StringBuilder("array(").append(o.dtype().toUpperCase()).append(", new ");
        b.append(switch (o.kind()) { case 'b' -> "boolean"; case 'i' -> "long"; default -> "double"; }).append("[] {");
        for (long i = 0; i < o.size(); i++) {
            if (i > 0) b.append(", ");
            switch (o.kind()) {
                case 'b' -> b.append(o.getBoolean(i));
                case 'i' -> b.append(o.getLong(i)).append('L');
                default -> b.append(javaDouble(o.getDouble(i)));
            }
        }
        return b.append("}).reshape(").append(javaLongs(o.shape())).append(')').toString();
    }
}
