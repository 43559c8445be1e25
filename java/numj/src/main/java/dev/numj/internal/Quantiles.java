package dev.numj.internal;

import static dev.numj.internal.ArrayAccess.shapeOf;

import dev.numj.DType;
import dev.numj.Index;
import dev.numj.NDArray;

import java.util.Arrays;

/**
 * {@code median}, {@code quantile}, {@code percentile} and their NaN-ignoring forms, following NumPy's
 * {@code _quantile} ({@code numpy/lib/_function_base_impl.py}) step for step so that dtypes and rounding
 * agree: the reduced axes are moved last and flattened into rows; the plain forms put the sorted values
 * at the positions they read by the backend's partial selection (NaN last, native/cpu/select.c), the
 * nan forms sort each row; the virtual index {@code (n - 1) * q} is computed in q's dtype (a float32
 * array with a Java double q stays float32, as NumPy's Python-float q does), and the two neighbours are
 * gathered for all quantiles and rows at once and interpolated with NumPy's {@code _lerp}. The
 * NaN-ignoring forms count each row's non-NaN values (sorted first) and use that count per row.
 */
public final class Quantiles {
    private Quantiles() {}

    /** The interpolation methods NumPy's {@code method=} accepts that NumJ implements. */
    private static final java.util.List<String> METHODS = java.util.List.of("linear", "lower", "higher", "nearest", "midpoint");
    private static final String NUMPY_METHODS = "dict_keys(['inverted_cdf', 'averaged_inverted_cdf', 'closest_observation', "
            + "'interpolated_inverted_cdf', 'hazen', 'weibull', 'linear', 'median_unbiased', 'normal_unbiased', 'lower', "
            + "'higher', 'midpoint', 'nearest'])";

    /** The array as rows: the reduced axes moved last and flattened, plus the result's shapes. */
    private record Rows(NDArray sorted, boolean select, long m, long n, long[] kept, long[] keptDims, NDArray count, NDArray hasNan) {}

    /**
     * Where the rows were not sorted (every row then has n values), partial selection puts the sorted
     * values at the positions the (quantile, row) index arrays read: the same in every row, so read from
     * the first row's column; -1 is the last position.
     */
    private static void selectPositions(Rows r, NDArray... idx) {
        if (!r.select || r.m == 0 || r.n == 0) return;
        java.util.TreeSet<Long> pos = new java.util.TreeSet<>();
        for (NDArray x : idx) {
            NDArray col = Views.index(x, Index.parse(":, 0"));
            for (long i = 0; i < col.size(); i++) {
                long k = Elements.getLong(col, i);
                pos.add(Math.max(0, Math.min(r.n - 1, k < 0 ? r.n - 1 : k)));
            }
        }
        long[] ks = new long[pos.size()];
        int j = 0;
        for (long k : pos) ks[j++] = k;
        Backends.of(r.sorted).select(r.sorted.dtype(), ArrayAccess.operandOf(r.sorted), r.m, r.n, ks);
    }

    private static Rows rows(NDArray a, int[] axes, boolean ignoreNan) {
        boolean[] red = Reductions.axes(a, axes);
        int nd = a.ndim();
        int[] perm = new int[nd];
        int k = 0, nk = 0;
        for (int i = 0; i < nd; i++) if (!red[i]) perm[k++] = i;
        nk = k;
        for (int i = 0; i < nd; i++) if (red[i]) perm[k++] = i;
        long m = 1, n = 1;
        long[] kept = new long[nk], keptDims = new long[nd];
        for (int i = 0, j = 0; i < nd; i++) {
            if (red[i]) {
                n *= shapeOf(a)[i];
                keptDims[i] = 1;
            } else {
                m *= shapeOf(a)[i];
                kept[j++] = shapeOf(a)[i];
                keptDims[i] = shapeOf(a)[i];
            }
        }
        NDArray r = Views.reshape(Views.transpose(a, perm), new long[] {m, n});
        // the nan forms need each row's non-NaN values first: a full sort; the others select in place
        // (selectPositions) only the positions they read, on a copy of their own
        boolean sorted = ignoreNan && a.dtype().isFloating() && m * n > 0;
        NDArray s = sorted ? Sorting.sort(r, 1) : Ufuncs.copyAs(r, r.dtype());
        NDArray count, hasNan = null;
        if (a.dtype().isFloating() && m * n > 0) {
            NDArray nans = Reductions.countNonzero(Ufuncs.unary(Ufuncs.ISNAN, s), new int[] {1}, false);
            if (ignoreNan) count = Ufuncs.binary(Ufuncs.SUB, n, nans);
            else {
                count = Creation.full(DType.INT64, new long[] {m}, n);
                hasNan = Ufuncs.binary(Ufuncs.GT, nans, 0L);
            }
        } else {
            count = Creation.full(DType.INT64, new long[] {m}, n);
        }
        return new Rows(s, !sorted, m, n, kept, keptDims, count, hasNan);
    }

    // ---- quantile ---------------------------------------------------------------------------------

    /**
     * NumPy {@code np.quantile} / {@code np.percentile} (and the nan forms): {@code q} in q's own float dtype,
     * {@code pythonScalar} when q came from a Java double (then it takes a's float dtype, as NumPy's Python
     * float does); {@code axes} null = all.
     */
    public static NDArray quantile(NDArray a, NDArray q, boolean pythonScalar, int[] axes, String method, boolean keepdims,
                                   boolean ignoreNan, boolean percent) {
        DType qt = pythonScalar && a.dtype().isFloating() ? a.dtype() : q.dtype().isFloating() ? q.dtype() : DType.FLOAT64;
        NDArray qa = q.dtype() == qt ? q : Ufuncs.copyAs(q, qt);
        if (percent) qa = Ufuncs.binary(Ufuncs.DIV, qa, 100.0);
        if (qa.size() > 0) {
            boolean ok = Elements.itemLong(Reductions.anyAll(Ufuncs.binary(Ufuncs.LOGICAL_AND, Ufuncs.binary(Ufuncs.GE, qa, 0L),
                    Ufuncs.binary(Ufuncs.LE, qa, 1L)), false, null, false)) != 0;
            if (!ok) throw new IllegalArgumentException(percent ? "Percentiles must be in the range [0, 100]"
                    : "Quantiles must be in the range [0, 1]");
        }
        // NumPy's order: q's range, then the axes (and _ureduce's reshape), then the method
        Reductions.axes(a, axes);
        if (!ignoreNan) checkReshape(a, axes);   // the nan forms answer an empty array before _ureduce
        if (!METHODS.contains(method)) {
            if (NUMPY_METHODS.contains("'" + method + "'"))
                throw new UnsupportedOperationException("method '" + method + "' is not in NumJ yet; use one of " + METHODS);
            throw new IllegalArgumentException("'" + method + "' is not a valid method. Use one of: " + NUMPY_METHODS);
        }
        boolean interpolates = method.equals("linear") || method.equals("midpoint");
        if (ignoreNan && a.size() == 0) {
            // NumPy's nanquantile answers an empty array with nanmean: the reduced shape, without q's axes
            Rows r = rows(a, axes, true);
            return Creation.full(a.dtype().isFloating() ? a.dtype() : DType.FLOAT64, keepdims ? r.keptDims : r.kept, Double.NaN);
        }
        boolean[] red = Reductions.axes(a, axes);
        long n0 = 1;
        for (int i = 0; i < red.length; i++) if (red[i]) n0 *= shapeOf(a)[i];
        if (n0 == 0 && !ignoreNan) {
            boolean rowsExist = true;
            for (int i = 0; i < red.length; i++) if (!red[i] && shapeOf(a)[i] == 0) rowsExist = false;
            throw rowsExist ? emptySlice(a, qa, interpolates) : emptyRows(a, qa, method, interpolates);
        }
        DType outType = a.dtype();
        if (interpolates) {
            DType diff = Ufuncs.resolve(Ufuncs.SUB, a.dtype(), a.dtype())[1];   // NumPy's bool subtract error
            outType = Ufuncs.resolve(Ufuncs.MUL, diff, qt)[1];
        }
        Rows r = rows(a, axes, ignoreNan);
        long[] qShape = shapeOf(qa);
        long[] outShape = concat(qShape, keepdims ? r.keptDims : r.kept);
        if (r.m == 0 || qa.size() == 0) return ArrayAccess.allocate(outType, outShape);
        long nq = qa.size();
        NDArray qcol = Views.reshape(qa, new long[] {nq, 1});
        NDArray last = Ufuncs.binary(Ufuncs.SUB, r.count, 1L);          // (m,) int64: the last valid position
        NDArray raw = Ufuncs.binary(Ufuncs.MUL, qcol, Ufuncs.copyAs(last, qt));   // (nq, m) in q's dtype
        NDArray result;
        switch (method) {
            case "lower", "higher", "nearest" -> {
                NDArray vi = Ufuncs.unary(method.equals("lower") ? Ufuncs.FLOOR : method.equals("higher") ? Ufuncs.CEIL : Ufuncs.RINT, raw);
                NDArray idx = Ufuncs.copyAs(vi, DType.INT64);
                selectPositions(r, idx);
                result = gather(r, idx, last);
            }
            default -> {
                NDArray vi = raw, gamma;
                if (method.equals("midpoint")) {
                    vi = Ufuncs.binary(Ufuncs.MUL, Ufuncs.binary(Ufuncs.ADD, Ufuncs.unary(Ufuncs.FLOOR, raw), Ufuncs.unary(Ufuncs.CEIL, raw)), 0.5);
                }
                // NumPy's _get_indexes: floor, and past the last valid position (or NaN) both neighbours are the last (-1)
                NDArray prev = Ufuncs.copyAs(Ufuncs.unary(Ufuncs.FLOOR, vi), DType.INT64);
                NDArray above = Ufuncs.binary(Ufuncs.GE, vi, Ufuncs.copyAs(last, vi.dtype()));
                if (vi.dtype().isFloating()) above = Ufuncs.binary(Ufuncs.LOGICAL_OR, above, Ufuncs.unary(Ufuncs.ISNAN, vi));
                NDArray minus1 = Creation.full(DType.INT64, new long[0], -1L);
                NDArray prevIdx = Select.where(above, minus1, prev);
                NDArray nextIdx = Select.where(above, minus1, Ufuncs.binary(Ufuncs.ADD, prev, 1L));
                if (method.equals("midpoint")) {
                    NDArray integral = Ufuncs.binary(Ufuncs.EQ, Ufuncs.binary(Ufuncs.MOD, vi, 1L), 0L);
                    gamma = Select.where(integral, Creation.full(qt, new long[0], 0.0), Creation.full(qt, new long[0], 0.5));
                } else {
                    gamma = Ufuncs.copyAs(Ufuncs.binary(Ufuncs.SUB, Ufuncs.copyAs(vi, DType.FLOAT64), Ufuncs.copyAs(prevIdx, DType.FLOAT64)), qt);
                }
                selectPositions(r, prevIdx, nextIdx);
                result = lerp(gather(r, prevIdx, last), gather(r, nextIdx, last), gamma);
            }
        }
        result = nanRows(r, result, ignoreNan);
        // NumPy's nanquantile runs apply_along_axis, whose output takes the first row's dtype: an all-NaN
        // first row answers in the data's dtype (float32), whatever q's dtype
        if (ignoreNan && a.dtype().isFloating() && result.dtype() != a.dtype() && Elements.getLong(r.count, 0) == 0)
            result = Ufuncs.copyAs(result, a.dtype());
        return Views.reshape(result, outShape);
    }

    /**
     * NumPy's {@code _ureduce} merges two or more reduced axes with {@code reshape(kept + (-1,))}, which fails
     * for an empty array whose kept axes are empty too: its ValueError, raised here as NumPy raises it.
     */
    private static void checkReshape(NDArray a, int[] axes) {
        if (axes == null || a.size() != 0) return;
        boolean[] red = Reductions.axes(a, axes);
        int count = 0;
        StringBuilder kept = new StringBuilder("(");
        long keptSize = 1;
        for (int i = 0; i < red.length; i++) {
            if (red[i]) count++;
            else {
                kept.append(shapeOf(a)[i]).append(',');
                keptSize *= shapeOf(a)[i];
            }
        }
        if (count >= 2 && keptSize == 0)
            throw new IllegalArgumentException("cannot reshape array of size 0 into shape " + kept + "newaxis)");
    }

    /** NumPy's error for a quantile over an empty axis: the first index its code reads out of bounds. */
    private static IndexOutOfBoundsException emptySlice(NDArray a, NDArray q, boolean interpolates) {
        if (a.dtype().isFloating()) return new IndexOutOfBoundsException("index -1 is out of bounds for axis 0 with size 0");
        if (!interpolates) return new IndexOutOfBoundsException("cannot do a non-empty take from an empty axes.");
        // the neighbours NumPy reads first are those of the first q: -0.0 = (0 - 1) * 0 stays at the end (-1),
        // any larger q is below 0 and clamped to 0
        boolean first0 = q.size() > 0 && firstQ(q) == 0;
        return new IndexOutOfBoundsException("index " + (first0 ? -1 : 0) + " is out of bounds for axis 0 with size 0");
    }

    /**
     * NumPy's error when the reduced axis is empty and so is every other (shape (0, 0) over axis 0): it raises there
     * too, from the first index it computes for an empty axis, {@code -q} rounded as the method rounds (floor for
     * lower, ceil for higher, half-even for nearest); float arrays and the interpolating methods as in emptySlice.
     */
    private static IndexOutOfBoundsException emptyRows(NDArray a, NDArray q, String method, boolean interpolates) {
        if (a.dtype().isFloating() || interpolates) return emptySlice(a, q, interpolates);
        double q0 = q.size() > 0 ? firstQ(q) : 0;
        double idx = switch (method) {
            case "lower" -> Math.floor(-q0);
            case "higher" -> Math.ceil(-q0);
            default -> Math.rint(-q0);   // nearest
        };
        return new IndexOutOfBoundsException("index " + (long) idx + " is out of bounds for axis 0 with size 0");
    }

    /** The first q in C order (q non-empty). */
    private static double firstQ(NDArray q) { return Elements.item(Views.at(Views.reshape(q, new long[] {-1}), 0)); }

    /** s[row, idx] for every (quantile, row), idx -1 meaning the row's last valid position. */
    private static NDArray gather(Rows r, NDArray idx, NDArray last) {
        NDArray pos = Select.where(Ufuncs.binary(Ufuncs.LT, idx, 0L), last, idx);
        // rows with no valid value (all NaN) read position 0; their result is replaced by NaN
        pos = Ufuncs.binary(Ufuncs.MAXIMUM, Ufuncs.binary(Ufuncs.MINIMUM, pos, Math.max(r.n - 1, 0)), 0L);
        NDArray flat = Ufuncs.binary(Ufuncs.ADD, pos, Ufuncs.binary(Ufuncs.MUL, Creation.arange(0, r.m, 1, DType.INT64), r.n));
        if (r.n == 0) return Creation.full(r.sorted.dtype().isFloating() ? r.sorted.dtype() : DType.FLOAT64, shapeOf(flat), Double.NaN);
        return AdvancedIndex.take(Views.reshape(r.sorted, new long[] {-1}), flat, 0);
    }

    /** NumPy's {@code _lerp}: {@code a + (b - a) * t}, or {@code b - (b - a) * (1 - t)} where t is at least 0.5. */
    private static NDArray lerp(NDArray a, NDArray b, NDArray t) {
        NDArray diff = Ufuncs.binary(Ufuncs.SUB, b, a);
        NDArray lo = Ufuncs.binary(Ufuncs.ADD, a, Ufuncs.binary(Ufuncs.MUL, diff, t));
        NDArray hi = Ufuncs.binary(Ufuncs.SUB, b, Ufuncs.binary(Ufuncs.MUL, diff, Ufuncs.binary(Ufuncs.SUB, 1L, t)));
        NDArray r = Select.where(Ufuncs.binary(Ufuncs.GE, t, 0.5), hi, lo);
        return r.dtype() == lo.dtype() ? r : Ufuncs.copyAs(r, lo.dtype());
    }

    /** NaN where a row holds a NaN (plain forms) or no number at all (nan forms). */
    private static NDArray nanRows(Rows r, NDArray result, boolean ignoreNan) {
        NDArray bad = ignoreNan ? (r.sorted.dtype().isFloating() || r.n == 0 ? Ufuncs.binary(Ufuncs.EQ, r.count, 0L) : null) : r.hasNan;
        if (bad == null) return result;
        NDArray res = result.dtype().isFloating() ? result : Ufuncs.copyAs(result, DType.FLOAT64);
        return Select.where(bad, Creation.full(res.dtype(), new long[0], Double.NaN), res);
    }

    // ---- median -----------------------------------------------------------------------------------

    /** NumPy {@code np.median} / {@code np.nanmedian}: the mean of the middle one or two sorted values. */
    public static NDArray median(NDArray a, int[] axes, boolean keepdims, boolean ignoreNan) {
        Reductions.axes(a, axes);
        if (!(ignoreNan && a.size() == 0)) checkReshape(a, axes);
        DType t = a.dtype().isFloating() ? a.dtype() : DType.FLOAT64;
        Rows r = rows(a, axes, ignoreNan);
        long[] outShape = keepdims ? r.keptDims : r.kept;
        if (r.m == 0) return ArrayAccess.allocate(t, outShape);
        if (r.n == 0) return Creation.full(t, outShape, Double.NaN);
        NDArray c = r.count;
        NDArray one = Creation.full(DType.INT64, new long[0], 1L);
        NDArray lo = Views.reshape(Ufuncs.binary(Ufuncs.FLOOR_DIV, Ufuncs.binary(Ufuncs.SUB, c, one), 2L), new long[] {1, r.m});
        NDArray hi = Views.reshape(Ufuncs.binary(Ufuncs.FLOOR_DIV, c, 2L), new long[] {1, r.m});
        NDArray last = Ufuncs.binary(Ufuncs.SUB, c, 1L);
        selectPositions(r, lo, hi);
        NDArray x = Ufuncs.copyAs(gather(r, lo, last), t), y = Ufuncs.copyAs(gather(r, hi, last), t);
        NDArray mean = Ufuncs.binary(Ufuncs.DIV, Ufuncs.binary(Ufuncs.ADD, x, y), 2.0);
        NDArray result = Select.where(Ufuncs.binary(Ufuncs.EQ, lo, hi), x, mean);
        if (result.dtype() != t) result = Ufuncs.copyAs(result, t);
        result = nanRows(r, result, ignoreNan);
        return Views.reshape(result, outShape);
    }

    private static long[] concat(long[] x, long[] y) { return Shapes.concat(x, y); }
}
