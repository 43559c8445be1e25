package dev.numj.internal;

import dev.numj.internal.ffi.numj.NumjCpu;
import static dev.numj.internal.ArrayAccess.offsetOf;
import static dev.numj.internal.ArrayAccess.operandOf;
import static dev.numj.internal.ArrayAccess.shapeOf;
import static dev.numj.internal.ArrayAccess.storageOf;
import static dev.numj.internal.ArrayAccess.stridesOf;
import dev.numj.internal.backend.Backend;
import dev.numj.internal.backend.Operand;
import dev.numj.internal.Shapes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import dev.numj.DType;
import dev.numj.Index;
import dev.numj.NDArray;
import dev.numj.NumJTypeException;

/**
 * NumPy's advanced indexing: boolean masks and integer arrays, alone or among basic items
 * ({@code X[mask]}, {@code X[[0, 2]]}, {@code X[mask, 1]}, {@code X[:, [0, 2]]}), reading (always a copy)
 * and writing, plus {@code np.take}. Layer 2: the checks (in NumPy's order, with its messages) and
 * the placement of the result's axes are here; the backend's gather/scatter/compress kernels move
 * the elements.
 *
 * <p>NumPy's rule for where the indexed axes go: the advanced items (arrays, and integers once an
 * array is present) broadcast together to a shape B; when they sit next to each other in the index,
 * B replaces them in place, otherwise B comes first. A k-d boolean mask is k integer arrays (its
 * {@code nonzero()}), so it contributes a shape {@code (count,)}.
 */
public final class AdvancedIndex {
    private AdvancedIndex() {}

    /** True when the index holds an array item, so NumPy's advanced rules apply. */
    public static boolean isAdvanced(Index[] items) {
        for (Index it : items) if (it instanceof Index.Array) return true;
        return false;
    }

    // ---- the plan: where every axis of the result comes from ---------------------------------------

    /** An advanced item: an integer array on one axis, a mask over {@code dims} axes, or a 0-d bool. */
    private record Part(NDArray array, int axis, long[] dims, long[] strides, long count) {
        boolean isMask() { return array.dtype().isBool() && array.ndim() > 0; }

        boolean isBool0() { return array.dtype().isBool() && array.ndim() == 0; }

        /** This item's contribution to the broadcast shape B. */
        long[] shape() { return array.dtype().isBool() ? new long[] {count} : shapeOf(array); }
    }

    /**
     * The indexed array seen as {@code pre + B + post}: basic axes (extent, stride) before and after
     * the advanced block, B the advanced items' broadcast shape, {@code offset} the byte offset of the
     * first element with all advanced axes at 0.
     */
    private record Plan(NDArray a, long offset, long[] preShape, long[] preStrides, long[] postShape, long[] postStrides,
                        long[] b, List<Part> parts) {
        long[] resultShape() { return concat(preShape, b, postShape); }

        /** The mask-only case NumPy reads as {@code a[mask]}: one mask, every other item an integer. */
        boolean isCompress() {
            return parts.size() == 1 && parts.get(0).isMask() && preShape.length == 0 && postShape.length == 0;
        }

        /** The kernel's view: the B axes collapsed into one axis at {@code preShape.length}. */
        long[] kernelShape() { return concat(preShape, new long[] {Shapes.size(b)}, postShape); }

        long[] kernelStrides() { return concat(preStrides, new long[] {0}, postStrides); }
    }

    public static Plan plan(NDArray a, Index[] items) {
        int n = a.ndim();
        // 1. item types and the ellipsis, in order (NumPy's prepare_index)
        int consumed = 0;
        boolean ellipsis = false;
        for (Index it : items) {
            switch (it) {
                case Index.Ellipsis e -> {
                    if (ellipsis) throw new IndexOutOfBoundsException("an index can only have a single ellipsis ('...')");
                    ellipsis = true;
                }
                case Index.NewAxis x -> { }
                case Index.Array arr -> {
                    NDArray x = arr.array();
                    if (x.dtype().isFloating())
                        throw new IndexOutOfBoundsException("arrays used as indices must be of integer (or boolean) type, "
                                + "but the array dtype was " + x.dtype());
                    consumed += x.dtype().isBool() ? x.ndim() : 1;
                }
                default -> consumed++;
            }
        }
        if (consumed > n)
            throw new IndexOutOfBoundsException("too many indices for array: array is " + n
                    + "-dimensional, but " + consumed + " were indexed");
        int fill = n - consumed;   // axes the ellipsis (or the implicit trailing ':') stands for

        // 2. mask shapes against the axes they cover
        int dim = 0;
        for (Index it : items) {
            switch (it) {
                case Index.Ellipsis e -> dim += fill;
                case Index.NewAxis x -> { }
                case Index.Array arr when arr.array().dtype().isBool() -> {
                    NDArray m = arr.array();
                    for (int j = 0; j < m.ndim(); j++)
                        if (shapeOf(m)[j] != shapeOf(a)[dim + j])
                            throw new IndexOutOfBoundsException("boolean index did not match indexed array along axis "
                                    + (dim + j) + "; size of axis is " + shapeOf(a)[dim + j]
                                    + " but size of corresponding boolean axis is " + shapeOf(m)[j]);
                    dim += m.ndim();
                }
                default -> dim++;
            }
        }

        // 3. the walk: basic axes, integer bounds, advanced parts and where B goes
        List<long[]> basic = new ArrayList<>();   // {extent, stride}
        List<Part> parts = new ArrayList<>();
        long off = offsetOf(a);
        int insertAt = -1, consec = -1;           // NumPy's mapiter consec: -1 none yet, 0 in block, 1 after, 2 split
        dim = 0;
        for (Index it : items) {
            boolean advanced = it instanceof Index.At || it instanceof Index.Array;
            if (advanced) {
                if (consec == -1) { insertAt = basic.size(); consec = 0; }
                else if (consec == 1) { insertAt = 0; consec = 2; }
            } else if (consec == 0) {
                consec = 1;
            }
            switch (it) {
                case Index.Ellipsis e -> {
                    for (int k = 0; k < fill; k++, dim++) basic.add(new long[] {shapeOf(a)[dim], stridesOf(a)[dim]});
                }
                case Index.NewAxis x -> basic.add(new long[] {1, 0});
                case Index.Slice s -> {
                    long[] r = Views.sliceIndices(s, shapeOf(a)[dim]);
                    if (r[3] > 0) off += r[0] * stridesOf(a)[dim];   // an empty slice's start may lie outside
                    basic.add(new long[] {r[3], stridesOf(a)[dim] * r[2]});
                    dim++;
                }
                case Index.At at -> off += Views.integerOffset(a, dim++, at.index());
                case Index.Array arr -> {
                    NDArray x = arr.array();
                    int k = x.dtype().isBool() ? x.ndim() : 1;
                    long[] dims = Arrays.copyOfRange(shapeOf(a), dim, dim + k);
                    long[] strides = Arrays.copyOfRange(stridesOf(a), dim, dim + k);
                    long count = !x.dtype().isBool() ? -1 : k == 0 ? (ArrayAccess.readDouble(x, ArrayAccess.byteOffset(x)) != 0 ? 1 : 0) : countTrue(x);
                    parts.add(new Part(x, dim, dims, strides, count));
                    dim += k;
                }
            }
        }
        for (; dim < n; dim++) basic.add(new long[] {shapeOf(a)[dim], stridesOf(a)[dim]});

        // 4. the advanced items broadcast together (integers are 0-d and never conflict)
        long[] b = new long[0];
        for (Part p : parts) {
            try {
                b = Shapes.broadcast(b, p.shape());
            } catch (IllegalArgumentException e) {
                StringBuilder msg = new StringBuilder("shape mismatch: indexing arrays could not be broadcast together with shapes ");
                for (Part q : parts)
                    for (int r = 0; r < (q.isMask() ? q.array.ndim() : 1); r++)
                        msg.append(Shapes.compact(q.shape())).append(' ');
                throw new IndexOutOfBoundsException(msg.toString());
            }
        }
        int nb = basic.size(), split = insertAt;
        long[] preShape = new long[split], preStrides = new long[split];
        long[] postShape = new long[nb - split], postStrides = new long[nb - split];
        for (int i = 0; i < nb; i++) {
            long[] d = basic.get(i);
            if (i < split) { preShape[i] = d[0]; preStrides[i] = d[1]; }
            else { postShape[i - split] = d[0]; postStrides[i - split] = d[1]; }
        }
        return new Plan(a, off, preShape, preStrides, postShape, postStrides, b, parts);
    }

    /** Number of true elements of a bool array (the reduce kernel's COUNT_NONZERO). */
    public static long countTrue(NDArray mask) {
        if (mask.size() == 0) return 0;
        NDArray out = ArrayAccess.allocate(mask.device(), DType.INT64, new long[0]);
        backend(mask).reduce(NumjCpu.NUMJ_RCOUNT_NONZERO(), DType.BOOL, DType.INT64, operandOf(mask),
                new Operand(storageOf(out), offsetOf(out), new long[mask.ndim()]), shapeOf(mask));
        return Elements.itemLong(out);
    }

    /**
     * The byte offset of every element of B from the plan's offset, as a C-contiguous int64 array of
     * shape B; integer indices are checked here (NumPy checks none when B is empty).
     */
    private static NDArray offsets(Plan p, boolean resultEmpty) {
        NDArray table = ArrayAccess.allocate(p.a.device(), DType.INT64, p.b);
        if (table.size() == 0) return table;
        Backend be = backend(p.a);
        boolean first = true;
        for (Part part : p.parts) {
            if (part.isBool0()) continue;   // its only axis is a new one of length 1: offset 0
            if (part.isMask()) {
                if (resultEmpty) continue;  // nothing to read or write, and a mask is never out of bounds
                boolean direct = first && Arrays.equals(p.b, new long[] {part.count});
                NDArray mo = direct ? table : ArrayAccess.allocate(p.a.device(), DType.INT64, new long[] {part.count});
                be.maskOffsets(operandOf(part.array), new Operand(storageOf(p.a), p.offset, part.strides), part.dims,
                        operandOf(mo), part.count);
                if (!direct) {
                    if (first) be.cast(DType.INT64, operandOf(mo, p.b), DType.INT64, operandOf(table), p.b);
                    else be.binary(NumjCpu.NUMJ_ADD(), DType.INT64, operandOf(table), operandOf(mo, p.b), operandOf(table), p.b);
                }
            } else {
                NDArray idx = part.array;
                OptionalLong bad = be.indexOffsets(idx.dtype(), operandOf(idx, p.b), p.b, part.dims[0], part.strides[0],
                        operandOf(table), !first);
                if (bad.isPresent()) throw outOfBounds(bad.getAsLong(), part);
            }
            first = false;
        }
        if (first) Ufuncs.fill(table, 0L);
        return table;
    }

    /** The plan has one integer index array, C-contiguous (its shape is B): gatherIndex reads it directly. */
    private static boolean isSingleIndex(Plan p) {
        if (p.parts.size() != 1) return false;
        Part part = p.parts.get(0);
        return !part.array.dtype().isBool() && part.array.isContiguous();
    }

    private static IndexOutOfBoundsException outOfBounds(long index, Part part) {
        return new IndexOutOfBoundsException("index " + index + " is out of bounds for axis " + part.axis
                + " with size " + part.dims[0]);
    }

    public static Backend backend(NDArray a) { return Backends.of(a); }

    // ---- reading -----------------------------------------------------------------------------------

    /**
     * NumPy reads a 0-d integer array as an integer (checked with the integers, in order); only the
     * copy it forces on a read remains of its being an array.
     */
    private static Index[] integerScalarsAsIntegers(Index[] items) {
        Index[] r = items;
        for (int i = 0; i < items.length; i++) {
            if (items[i] instanceof Index.Array x && x.array().ndim() == 0 && x.array().dtype().isInteger()) {
                if (r == items) r = items.clone();
                r[i] = new Index.At(Elements.itemLong(x.array()));
            }
        }
        return r;
    }

    /** NumPy {@code a[items]} with at least one array item: a new array. */
    public static NDArray get(NDArray a, Index[] items) {
        items = integerScalarsAsIntegers(items);
        if (!isAdvanced(items)) return Ufuncs.copyAs(Views.index(a, items), a.dtype());
        Plan p = plan(a, items);
        long[] shape = p.resultShape();
        NDArray out = ArrayAccess.allocate(a.device(), a.dtype(), shape);
        if (p.isCompress()) {
            Part m = p.parts.get(0);
            if (m.count > 0)
                backend(a).compress(a.dtype(), operandOf(m.array), new Operand(storageOf(a), p.offset, m.strides), m.dims,
                        operandOf(out), m.count);
            return out;
        }
        // one integer array: offsets made on the fly, no table (an empty source has no element to point
        // at, so its indices, all out of bounds, are checked and reported by the table's path)
        if (out.size() > 0 && a.size() > 0 && isSingleIndex(p)) {
            Part part = p.parts.get(0);
            long[] ks = p.kernelShape();
            OptionalLong bad = backend(a).gatherIndex(a.dtype(), ks, p.preShape.length, part.array.dtype(),
                    operandOf(part.array), part.dims[0], part.strides[0],
                    new Operand(storageOf(a), p.offset, p.kernelStrides()),
                    new Operand(storageOf(out), offsetOf(out), Shapes.cStrides(ks, a.dtype().itemSize())));
            if (bad.isPresent()) throw outOfBounds(bad.getAsLong(), part);
            return out;
        }
        NDArray table = offsets(p, out.size() == 0);
        if (out.size() > 0) {
            long[] ks = p.kernelShape();
            backend(a).gather(a.dtype(), ks, p.preShape.length, operandOf(table),
                    new Operand(storageOf(a), p.offset, p.kernelStrides()),
                    new Operand(storageOf(out), offsetOf(out), Shapes.cStrides(ks, a.dtype().itemSize())));
        }
        return out;
    }

    /** NumPy {@code np.take(a, indices, axis)}. */
    public static NDArray take(NDArray a, NDArray indices, int axis) {
        if (indices.dtype().isFloating())
            throw new NumJTypeException("Cannot cast " + (indices.ndim() == 0 ? "scalar" : "array data") + " from dtype('"
                    + indices.dtype() + "') to dtype('int64') according to the rule 'same_kind'");
        if (a.ndim() == 0) a = Views.reshape(a, new long[] {1L});   // NumPy's PyArray_CheckAxis: a 0-d array takes as shape (1,)
        int ax = Shapes.axis(axis, a.ndim());
        NDArray idx = indices.dtype().isBool() ? Ufuncs.copyAs(indices, DType.INT64) : indices;
        long rest = idx.size();   // the result's size: only a non-empty result is NumPy's "non-empty take"
        for (int i = 0; i < a.ndim(); i++) if (i != ax) rest *= shapeOf(a)[i];
        if (shapeOf(a)[ax] == 0 && rest > 0)
            throw new IndexOutOfBoundsException("cannot do a non-empty take from an empty axes.");
        long outer = 1;
        for (int i = 0; i < ax; i++) outer *= shapeOf(a)[i];
        if (outer == 0)   // NumPy's take checks each index as it copies, once per row before the axis: here never
            return ArrayAccess.allocate(a.device(), a.dtype(), concat(Arrays.copyOfRange(shapeOf(a), 0, ax), shapeOf(idx),
                    Arrays.copyOfRange(shapeOf(a), ax + 1, a.ndim())));
        Index[] items = new Index[ax + 1];
        Arrays.fill(items, Index.ALL);
        items[ax] = new Index.Array(idx);
        return get(a, items);
    }

    // ---- writing -----------------------------------------------------------------------------------

    /**
     * NumPy {@code a[items] = value}: basic items assign into the view, advanced ones scatter.
     * {@code value} is an NDArray, or a Java Double or Long converted as NumPy converts a Python
     * scalar, after the index is checked (NumPy's order of errors).
     */
    public static void set(NDArray a, Index[] items, Object value) {
        Index.nonNull(items);
        java.util.Objects.requireNonNull(value, "the value to assign is null");
        ArrayAccess.checkWritable(a);
        items = integerScalarsAsIntegers(items);
        if (!isAdvanced(items)) {
            NDArray view = Views.index(a, items);
            if (value instanceof NDArray v && v.ndim() > 0 && isFullInteger(items, a.ndim()) && !(a.dtype().isBool() && v.size() == 1))
                throw new IllegalArgumentException("setting an array element with a sequence.");   // a bool takes a size-1 array's truth
            Ufuncs.assign(view, values(a.dtype(), value));
            return;
        }
        Plan p = plan(a, items);
        NDArray values = values(a.dtype(), value);
        if (a.ndim() == 0 && items.length == 1 && items[0] instanceof Index.Array m && m.array().dtype().isBool())
            checkMaskValues(values, ArrayAccess.readDouble(m.array(), ArrayAccess.flatOffset(m.array(), 0)) != 0 ? 1 : 0);
        if (items.length == 1 && p.isCompress() && p.parts.get(0).array.ndim() == a.ndim()) {
            setMask(p, values);
            return;
        }
        long[] shape = p.resultShape();
        try {
            Shapes.broadcastStrides(shapeOf(values), stridesOf(values), shape);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("shape mismatch: value array of shape " + Shapes.compact(shapeOf(values))
                    + " could not be broadcast to indexing result of shape " + Shapes.compact(shape));
        }
        boolean empty = Shapes.size(shape) == 0;
        NDArray table = offsets(p, empty);   // index errors after the value-shape error, as NumPy
        if (empty) return;
        NDArray v = denseValues(a, values);
        long[] vst = Shapes.broadcastStrides(shapeOf(v), stridesOf(v), shape);
        long[] ks = p.kernelShape();
        int axis = p.preShape.length, nb = p.b.length;
        long bStride = collapse(p.b, Arrays.copyOfRange(vst, axis, axis + nb));
        if (bStride == Long.MIN_VALUE) {   // B's axes of the values do not fold into one: lay them out
            NDArray c = ArrayAccess.allocate(a.device(), a.dtype(), shape);
            backend(a).cast(v.dtype(), new Operand(storageOf(v), offsetOf(v), vst), a.dtype(), operandOf(c), shape);
            v = c;
            vst = stridesOf(c);
            bStride = collapse(p.b, Arrays.copyOfRange(vst, axis, axis + nb));
        }
        long[] dst = concat(Arrays.copyOfRange(vst, 0, axis), new long[] {bStride}, Arrays.copyOfRange(vst, axis + nb, vst.length));
        backend(a).scatter(a.dtype(), ks, axis, operandOf(table), new Operand(storageOf(a), p.offset, p.kernelStrides()),
                new Operand(storageOf(v), offsetOf(v), dst));
    }

    /** True when {@code items} are one integer per axis: NumPy's single-element assignment. */
    private static boolean isFullInteger(Index[] items, int ndim) {
        for (Index i : items) if (!(i instanceof Index.At)) return false;
        return items.length == ndim;
    }

    /** NumPy's dedicated path for {@code a[mask] = values} with a mask of a's full shape. */
    private static void setMask(Plan p, NDArray values) {
        Part m = p.parts.get(0);
        NDArray a = p.a;
        checkMaskValues(values, m.count);
        if (m.count == 0) return;
        NDArray v = denseValues(a, values);
        NDArray mask = storageOf(m.array) == storageOf(a) ? Ufuncs.copyAs(m.array, m.array.dtype()) : m.array;   // read while a is written
        Operand target = new Operand(storageOf(a), p.offset, m.strides);
        if (v.size() == 1) {
            backend(a).maskedFill(a.dtype(), operandOf(mask), target, m.dims, operandOf(v));
        } else {
            backend(a).expand(a.dtype(), operandOf(mask), target, m.dims, operandOf(v), m.count);
        }
    }

    /** NumPy's checks of the values of {@code a[mask] = values} for a mask of a's full shape with {@code count} true elements. */
    private static void checkMaskValues(NDArray values, long count) {
        if (values.ndim() > 1)
            throw new NumJTypeException("NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, "
                    + "input has " + values.ndim() + " dimensions");
        if (values.ndim() == 1 && values.size() != count && values.size() != 1)
            throw new IllegalArgumentException("NumPy boolean array indexing assignment cannot assign " + values.size()
                    + " input values to the " + count + " output values where the mask is true");
    }

    /** The values in a's dtype, C-contiguous and not sharing a's memory (NumPy copies overlapping values too). */
    private static NDArray denseValues(NDArray a, NDArray values) {
        boolean ok = values.dtype() == a.dtype() && storageOf(values) != storageOf(a) && values.isContiguous();
        return ok ? values : Ufuncs.copyAs(values, a.dtype());
    }

    /** One stride walking {@code shape}'s axes in C order, or Long.MIN_VALUE when there is none. */
    private static long collapse(long[] shape, long[] strides) {
        long inner = 0, expect = 0;
        boolean any = false;
        for (int i = shape.length - 1; i >= 0; i--) {
            if (shape[i] == 1) continue;
            if (any && strides[i] != expect) return Long.MIN_VALUE;
            if (!any) inner = strides[i];
            any = true;
            expect = strides[i] * shape[i];
        }
        return inner;
    }

    // ---- scalars, with NumPy's conversion errors -----------------------------------------------------

    private static NDArray values(DType dt, Object value) {
        return switch (value) {
            case NDArray v -> v;
            case Double d -> scalar(dt, d);
            case Long l -> scalar(dt, l);
            default -> throw new IllegalArgumentException("cannot assign a " + value.getClass().getName());
        };
    }

    /** A 0-d array of dtype {@code dt} holding a Java double as NumPy's setitem converts a Python float. */
    private static NDArray scalar(DType dt, double v) {
        NDArray s = ArrayAccess.allocate(dt, new long[0]);
        if (dt.isInteger()) ArrayAccess.writeLong(s, offsetOf(s), Elements.integerValue(dt, v));
        else ArrayAccess.writeDouble(s, offsetOf(s), v);
        return s;
    }

    /** A 0-d array of dtype {@code dt} holding a Java long as NumPy's setitem converts a Python int. */
    private static NDArray scalar(DType dt, long v) {
        Elements.checkFits(dt, v);
        NDArray s = ArrayAccess.allocate(dt, new long[0]);
        ArrayAccess.writeLong(s, offsetOf(s), v);
        return s;
    }

    private static long[] concat(long[]... parts) { return Shapes.concat(parts); }
}
