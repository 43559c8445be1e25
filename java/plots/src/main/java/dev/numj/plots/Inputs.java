package dev.numj.plots;

import dev.numj.NDArray;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Checks the arrays a figure is given and reads them into Java arrays; errors name the shapes at fault. */
final class Inputs {
    private Inputs() {}

    /** NumPy's way of writing a shape: {@code (3,)}, {@code (2, 3)}, {@code ()}. */
    static String shape(NDArray a) {
        long[] s = a.shape();
        if (s.length == 1) return "(" + s[0] + ",)";
        return Arrays.stream(s).mapToObj(Long::toString).collect(Collectors.joining(", ", "(", ")"));
    }

    static NDArray notNull(NDArray a, String what) {
        if (a == null) throw new IllegalArgumentException(what + " is null");
        return a;
    }

    static String name(String name, String what) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException(what + " needs a non-empty name");
        return name;
    }

    /** The values of a non-empty 1-D array as doubles. */
    static double[] vector(NDArray a, String what) {
        notNull(a, what);
        if (a.ndim() != 1) throw new IllegalArgumentException(what + " must be 1-D, got shape " + shape(a));
        if (a.size() == 0) throw new IllegalArgumentException(what + " is empty (shape " + shape(a) + ")");
        return a.toDoubleArray();
    }

    /** Two 1-D arrays of one length. */
    static void sameLength(NDArray x, String xWhat, NDArray y, String yWhat) {
        if (x.size() != y.size())
            throw new IllegalArgumentException(xWhat + " and " + yWhat + " must have the same length, got shapes "
                    + shape(x) + " and " + shape(y));
    }

    /** Points as an (n, 2) array: column 0 is x, column 1 is y. */
    static double[][] points(NDArray X, String what) {
        notNull(X, what);
        if (X.ndim() != 2 || X.shape(1) != 2)
            throw new IllegalArgumentException(what + " must have shape (n, 2) (one row per point: x, y), got shape " + shape(X));
        if (X.shape(0) == 0) throw new IllegalArgumentException(what + " is empty (shape " + shape(X) + ")");
        double[] flat = X.toDoubleArray();
        int n = flat.length / 2;
        double[] x = new double[n], y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = flat[2 * i];
            y[i] = flat[2 * i + 1];
        }
        return new double[][] {x, y};
    }

    /**
     * Class labels: integers (any integer or bool dtype, or floats holding whole numbers, as
     * {@code predict(X).astype(int)} would) from 0 up; {@code what} names them in errors.
     */
    static int[] labels(NDArray y, String what) {
        notNull(y, what);
        double[] v = y.toDoubleArray();
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            double d = v[i];
            if (d != Math.rint(d) || d < 0 || d > 255) {
                long[] at = unravel(i, y.shape());
                throw new IllegalArgumentException(what + " must hold class labels 0, 1, 2, ... (at most 255), got " + d
                        + " at index " + Arrays.toString(at) + " of shape " + shape(y)
                        + (d > 0 && d < 1 ? "; threshold probabilities first, e.g. probs.gt(0.5)" : ""));
            }
            out[i] = (int) d;
        }
        return out;
    }

    private static long[] unravel(long flat, long[] shape) {
        long[] at = new long[shape.length];
        for (int k = shape.length - 1; k >= 0; k--) {
            at[k] = shape[k] == 0 ? 0 : flat % shape[k];
            flat = shape[k] == 0 ? 0 : flat / shape[k];
        }
        return at;
    }

    static int maxLabel(int[] labels) {
        int m = 0;
        for (int v : labels) m = Math.max(m, v);
        return m;
    }
}
