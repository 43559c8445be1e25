package dev.numj.internal;

import static dev.numj.internal.ArrayAccess.offsetOf;
import static dev.numj.internal.ArrayAccess.operandOf;
import static dev.numj.internal.ArrayAccess.shapeOf;
import static dev.numj.internal.ArrayAccess.storageOf;
import static dev.numj.internal.ArrayAccess.stridesOf;

import dev.numj.DType;
import dev.numj.NDArray;
import dev.numj.NumJTypeException;
import dev.numj.internal.Ufuncs.Ufunc;
import dev.numj.internal.backend.Operand;

import java.util.Arrays;
import java.util.OptionalLong;

/**
 * Accumulating scatters: NumPy's unbuffered {@code ufunc.at} ({@code np.add.at(a, idx, v)}: repeated
 * indices accumulate, unlike {@code a[idx] += v}) and {@code np.bincount}, both on the backend's
 * {@code scatterAt} kernel. The op runs in the ufunc's resolved dtype (NEP 50, Java scalars weak) and
 * each index's result is cast back to the array's dtype before the next, as NumPy does. Every index is
 * checked before anything is written.
 */
public final class Scatters {
    private Scatters() {}

    /** NumPy {@code f.at(a, idx, v)} with an integer (or 1-D boolean) index array over a's first axis. */
    public static void at(Ufunc f, NDArray a, NDArray idx, NDArray v) {
        Devices.output(f.name(), a, idx, v);
        DType t = opType(f, a.dtype(), v.dtype());
        apply(f, t, a, idx, v.dtype() == t && storageOf(v) != storageOf(a) ? v : Ufuncs.copyAs(v, t));
    }

    /** NumPy {@code f.at(a, idx, s)} for a Java scalar (Long, Double or Boolean), weak like a Python scalar. */
    public static void at(Ufunc f, NDArray a, NDArray idx, Object scalar) {
        DType t = opType(f, a.dtype(), Ufuncs.weak(f, a.dtype(), scalar));
        NDArray s = ArrayAccess.allocate(a.device(), t, new long[0]);
        Ufuncs.fill(s, scalar);
        apply(f, t, a, idx, s);
    }

    /** The dtype the op runs in, with NumPy's errors (bool subtract, int8 results, float-only loops). */
    private static DType opType(Ufunc f, DType a, DType v) {
        DType[] t = Ufuncs.resolve(f, a, v);
        if (t[0] != t[1])
            throw new UnsupportedOperationException("ufunc '" + f.name() + "'.at gives " + t[1] + " from " + t[0]
                    + ": NumJ's at takes arithmetic ufuncs only");
        return t[0];
    }

    private static void apply(Ufunc f, DType t, NDArray a, NDArray idx, NDArray v) {
        // NumPy's order of checks: a 0-d target, then (a target of 2 or more dimensions and an index array of 1 or more)
        // its write flag, then the index's dtype and bounds, then the write flag otherwise (NumPy's paths for a 1-D target or
        // a 0-d index never check it), then the values. The kernel checks every index before it writes, so the bounds are
        // read here only when a later check fails, to report the index first as NumPy does.
        if (a.ndim() == 0)
            throw new IndexOutOfBoundsException("too many indices for array: array is 0-dimensional, but 1 were indexed");
        long[] as = shapeOf(a);
        long sub = 1;
        for (int d = 1; d < as.length; d++) sub *= as[d];
        // NumPy checks early only where it iterates over a subspace of other than one element
        boolean early = a.ndim() > 1 && idx.ndim() > 0 && sub != 1;
        if (early && !a.isWriteable()) throw readOnly();
        NDArray ix = indexArray(a, idx);
        // where NumPy never checks the flag it writes through a read-only array (a NumPy bug NumJ does not copy: it
        // refuses); with nothing selected there is nothing to write, and both go on to the value checks
        if (!a.isWriteable() && ix.size() > 0) throw afterBounds(ix, as[0], readOnly());
        if (a.isWriteable()) {
            try {
                Ufuncs.checkOutput(a);
            } catch (RuntimeException e) {
                throw afterBounds(ix, as[0], e);
            }
        }
        long[] rest = Arrays.copyOfRange(as, 1, as.length);
        long[] target = concat(shapeOf(ix), rest);
        if (v.ndim() > target.length) throw afterBounds(ix, as[0], notBroadcastable());
        long[] vst;
        try {
            vst = Shapes.broadcastStrides(shapeOf(v), stridesOf(v), target);
        } catch (IllegalArgumentException e) {
            throw afterBounds(ix, as[0], notBroadcastable());
        }
        if (f == Ufuncs.POW && t.isInteger() && v.size() > 0
                && Elements.itemLong(Reductions.extreme(v, false, null, false)) < 0)
            throw afterBounds(ix, as[0], new IllegalArgumentException("Integers to negative integer powers are not allowed."));
        if (!a.isWriteable()) return;   // read-only with nothing selected (checked above): nothing to write
        long n = ix.size();
        // the values over (n, rest...): the index array's axes become one
        long[] shape = concat(new long[] {n}, rest);
        long[] st;
        NDArray src = v;
        if (ix.ndim() == 1) {
            st = vst;
        } else if (ix.ndim() == 0) {
            st = concat(new long[] {0}, vst);
        } else {
            src = Ufuncs.copyAs(ArrayAccess.viewOf(v, target, vst, offsetOf(v)), t);
            st = Shapes.cStrides(shape, t.itemSize());
        }
        // the kernel reads the indices while it writes a: an index array in a's memory is read from a copy
        NDArray flat = ix.ndim() == 1 && ix.isContiguous() && storageOf(ix) != storageOf(a) ? ix : Ufuncs.copyAs(ix, ix.dtype());
        OptionalLong bad = Backends.of(a).scatterAt(f.code(), t, a.dtype(), shape, 0, flat.dtype(), operandOf(flat), as[0],
                stridesOf(a)[0], operandOf(a), new Operand(storageOf(src), offsetOf(src), st));
        if (bad.isPresent())
            throw new IndexOutOfBoundsException("index " + bad.getAsLong() + " is out of bounds for axis 0 with size " + as[0]);
    }

    /**
     * On a failed check: NumPy's IndexError for the first index (in C order) outside [-n, n) when there is one, as
     * NumPy checks the index first; otherwise {@code e}.
     */
    private static RuntimeException afterBounds(NDArray ix, long n, RuntimeException e) {
        NDArray host = ix.device().isCpu() ? ix : DeviceTransfer.move(ix, dev.numj.Device.CPU);
        for (long i = 0; i < host.size(); i++) {
            long k = ArrayAccess.readLong(host, ArrayAccess.flatOffset(host, i));
            if (k < -n || k >= n) return new IndexOutOfBoundsException("index " + k + " is out of bounds for axis 0 with size " + n);
        }
        return e;
    }

    private static IllegalArgumentException readOnly() {
        return new IllegalArgumentException("operand array with iterator write flag set is read-only");   // NumPy's words
    }

    private static IllegalArgumentException notBroadcastable() {
        return new IllegalArgumentException("array is not broadcastable to correct shape");
    }

    /** An int32/int64 index array (a 1-D boolean mask becomes the positions of its true elements). */
    private static NDArray indexArray(NDArray a, NDArray idx) {
        if (idx.dtype() == DType.INT32 || idx.dtype() == DType.INT64) return idx;
        if (idx.dtype().isBool()) {
            long len = shapeOf(a)[0];
            if (idx.ndim() != 1)
                throw new IndexOutOfBoundsException("NumJ's at takes a 1-D boolean mask over the first axis; got one of shape "
                        + Shapes.compact(shapeOf(idx)));
            if (idx.size() != len)
                throw new IndexOutOfBoundsException("boolean index did not match indexed array along axis 0; size of axis is "
                        + len + " but size of corresponding boolean axis is " + idx.size());
            long m = Elements.itemLong(Reductions.countNonzero(idx, null, false));
            NDArray pos = ArrayAccess.allocate(DType.INT64, new long[] {m});
            Backends.of(idx).compress(DType.INT64, operandOf(idx), operandOf(Creation.arange(0, len, 1, DType.INT64)),
                    shapeOf(idx), operandOf(pos), m);
            return pos;
        }
        throw new IndexOutOfBoundsException("arrays used as indices must be of integer (or boolean) type");
    }

    private static long[] concat(long[] x, long[] y) { return Shapes.concat(x, y); }

    // ---- bincount ---------------------------------------------------------------------------------

    /**
     * NumPy {@code np.bincount(x, weights, minlength)}: counts (int64) or sums of weights (float64) of each
     * value of the non-negative integer array {@code x}; {@code weights} may be null.
     */
    public static NDArray bincount(NDArray x, NDArray weights, long minlength) {
        if (x.ndim() == 0) throw new IllegalArgumentException("object of too small depth for desired array");
        if (x.ndim() > 1) throw new IllegalArgumentException("object too deep for desired array");
        // NumPy 2.1 deprecated float input (an error for non-integral values already): refused, as NumPy will
        if (x.dtype().isFloating())
            throw new NumJTypeException("Cannot cast array data from dtype('" + (x.dtype() == DType.FLOAT32 ? "<f4" : "<f8")
                    + "') to dtype('int64') according to the rule 'safe'");
        if (weights != null && weights.ndim() != 1)
            throw new IllegalArgumentException(weights.ndim() == 0 ? "object of too small depth for desired array"
                    : "object too deep for desired array");
        if (minlength < 0) throw new IllegalArgumentException("'minlength' must not be negative");
        if (weights != null && weights.size() != x.size())
            throw new IllegalArgumentException("The weights and list don't have the same length.");
        NDArray ix = x.dtype().isBool() ? Ufuncs.copyAs(x, DType.INT64) : x;
        long len = minlength;
        if (ix.size() > 0) {
            if (Elements.itemLong(Reductions.extreme(ix, false, null, false)) < 0)
                throw new IllegalArgumentException("'list' argument must have no negative elements");
            len = Math.max(len, Elements.itemLong(Reductions.extreme(ix, true, null, false)) + 1);
        }
        // NumPy's empty input gives int64 zeros, weights or not
        if (ix.size() == 0) return Creation.zeros(DType.INT64, len);
        DType t = weights == null ? DType.INT64 : DType.FLOAT64;
        NDArray out = Creation.zeros(t, len);
        NDArray v;
        if (weights == null) {
            v = ArrayAccess.allocate(DType.INT64, new long[0]);
            Ufuncs.fill(v, 1L);
        } else {
            v = weights.dtype() == t ? weights : Ufuncs.copyAs(weights, t);
        }
        apply(Ufuncs.ADD, t, out, ix, v);
        return out;
    }
}
