package dev.numj.internal;

import dev.numj.internal.ffi.numj.NumjCpu;
import static dev.numj.internal.ArrayAccess.offsetOf;
import static dev.numj.internal.ArrayAccess.operandOf;
import static dev.numj.internal.ArrayAccess.shapeOf;
import static dev.numj.internal.ArrayAccess.storageOf;
import static dev.numj.internal.ArrayAccess.stridesOf;
import dev.numj.internal.backend.Operand;
import dev.numj.internal.Shapes;
import dev.numj.DType;
import dev.numj.NDArray;

/** Reductions over all, one or several axes with keepdims (NumPy's dtypes and errors). */
public final class Reductions {
    private Reductions() {}

    /**
     * Reduced-axis flags from {@code axes} (null = all), NumPy's AxisError and duplicate checks in the
     * order of its ufunc reductions: every axis is range-checked before any duplicate is reported.
     */
    public static boolean[] axes(NDArray a, int[] axes) {
        if (axes != null) for (int ax : axes) Shapes.axis(ax, a.ndim());
        return axesInOrder(a, axes);
    }

    /** As {@link #axes}, checking one axis at a time (NumPy's PyArray_ConvertMultiAxis, e.g. squeeze). */
    public static boolean[] axesInOrder(NDArray a, int[] axes) {
        boolean[] red = new boolean[a.ndim()];
        if (axes == null) {
            java.util.Arrays.fill(red, true);
            return red;
        }
        for (int ax : axes) {
            int k = Shapes.axis(ax, a.ndim());
            if (red[k]) throw new IllegalArgumentException("duplicate value in 'axis'");
            red[k] = true;
        }
        return red;
    }

    /** Runs reduction {@code op} into a new array of dtype {@code outType}. */
    public static NDArray reduce(int op, DType outType, NDArray a, boolean[] red, boolean keepdims) {
        int n = a.ndim();
        int kept = 0;
        for (boolean r : red) if (!r || keepdims) kept++;
        long[] outShape = new long[kept];
        for (int i = 0, j = 0; i < n; i++) {
            if (!red[i]) outShape[j++] = shapeOf(a)[i];
            else if (keepdims) outShape[j++] = 1;
        }
        NDArray out = ArrayAccess.allocate(a.device(), outType, outShape);
        // the output's strides seen from the input's axes: 0 along reduced axes
        long[] ost = new long[n];
        for (int i = 0, j = 0; i < n; i++) {
            if (!red[i]) ost[i] = stridesOf(out)[j++];
            else if (keepdims) j++;
        }
        Backends.of(a).reduce(op, a.dtype(), outType, operandOf(a), new Operand(storageOf(out), offsetOf(out), ost), shapeOf(a));
        return out;
    }

    public static DType sumType(DType d) { return d.isFloating() ? d : DType.INT64; }

    public static NDArray sum(NDArray a, int[] axes, boolean keepdims) {
        return reduce(NumjCpu.NUMJ_RSUM(), sumType(a.dtype()), a, axes(a, axes), keepdims);
    }

    public static NDArray mean(NDArray a, int[] axes, boolean keepdims) {
        boolean[] red = axes(a, axes);
        long count = 1;
        for (int i = 0; i < red.length; i++) if (red[i]) count *= shapeOf(a)[i];
        DType t = a.dtype().isFloating() ? a.dtype() : DType.FLOAT64;
        NDArray s = reduce(NumjCpu.NUMJ_RSUM(), t, a, red, keepdims);
        return Ufuncs.inPlace(Ufuncs.DIV, s, (double) count);   // count 0 gives NaN, as NumPy (which also warns)
    }

    public static NDArray extreme(NDArray a, boolean max, int[] axes, boolean keepdims) {
        boolean[] red = axes(a, axes);
        for (int i = 0; i < red.length; i++)
            if (red[i] && shapeOf(a)[i] == 0)
                throw new IllegalArgumentException("zero-size array to reduction operation " + (max ? "maximum" : "minimum")
                        + " which has no identity");
        if (a.ndim() == 0 && a.size() == 0) throw new IllegalArgumentException("zero-size array");
        return reduce(max ? NumjCpu.NUMJ_RMAX() : NumjCpu.NUMJ_RMIN(), a.dtype(), a, red, keepdims);
    }

    // ---- prod, any, all, count_nonzero ----

    /**
     * The axes of NumPy's ufunc reductions given one int {@code axis}: on a 0-d array NumPy accepts
     * axis 0 or -1 there (not inside a tuple) and reduces everything.
     */
    public static int[] intAxis(NDArray a, int axis) {
        return a.ndim() == 0 && (axis == 0 || axis == -1) ? null : new int[] {axis};
    }

    public static NDArray prod(NDArray a, int[] axes, boolean keepdims) {
        return reduce(NumjCpu.NUMJ_RPROD(), sumType(a.dtype()), a, axes(a, axes), keepdims);
    }

    /** {@code any} (or {@code all}): bool results; over an empty axis False (True). */
    public static NDArray anyAll(NDArray a, boolean any, int[] axes, boolean keepdims) {
        return reduce(any ? NumjCpu.NUMJ_RANY() : NumjCpu.NUMJ_RALL(), DType.BOOL, a, axes(a, axes), keepdims);
    }

    public static NDArray countNonzero(NDArray a, int[] axes, boolean keepdims) {
        return reduce(NumjCpu.NUMJ_RCOUNT_NONZERO(), DType.INT64, a, axes(a, axes), keepdims);
    }
}
