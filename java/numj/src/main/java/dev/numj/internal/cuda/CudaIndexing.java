package dev.numj.internal.cuda;

import dev.numj.DType;
import dev.numj.internal.backend.DTypes;
import dev.numj.internal.cuda.KernelArgs.Iter;
import dev.numj.internal.ffi.numj.NumjCpu;
import dev.numj.internal.runtime.Storage;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.OptionalLong;

/**
 * The launches of native/cuda/scan.cu, mask.cu and sort.cu: scans along an axis, boolean-mask compress,
 * expand, fill and offsets, integer-index offsets, gather and scatter, and sorting rows that fit a block. {@link CudaBackend} checks operands and
 * passes device addresses; the planning (how a shape becomes rows, tiles and iteration spaces) is in
 * static methods of their own, tested without a GPU.
 */
final class CudaIndexing {
    private CudaIndexing() {}

    /** Elements per tile of mask.cu (NUMJ_MASK_TILE = NUMJ_CU_BLOCK * NUMJ_MASK_ITEMS). */
    static final long MASK_TILE = KernelArgs.BLOCK * 8L;
    /** The most blocks a launch over rows or tiles uses (grid-stride beyond). */
    static final long MAX_GRID = 65535L * 32;

    // ---- planning (pure) ----

    /** Whether numj_scan has a loop for (op, dt): cumsum and cumprod of int32, int64, float32, float64. */
    static boolean scanSupported(int op, DType dt) {
        return (op == NumjCpu.NUMJ_RSUM() || op == NumjCpu.NUMJ_RPROD())
                && (dt == DType.INT32 || dt == DType.INT64 || dt == DType.FLOAT32 || dt == DType.FLOAT64);
    }

    /** The rows of a scan: {@code shape} with the scanned axis set to 1 (so the row iteration skips it). */
    static long[] scanRows(long[] shape, int axis) {
        if (axis < 0 || axis >= shape.length)
            throw new IllegalArgumentException("scan axis " + axis + " is out of bounds for shape " + java.util.Arrays.toString(shape));
        long[] rows = shape.clone();
        rows[axis] = 1;
        return rows;
    }

    /** The tiles of {@value #MASK_TILE} elements that cover {@code n}. */
    static long tiles(long n) { return (n + MASK_TILE - 1) / MASK_TILE; }

    /** Blocks for a launch with one block per unit of work (rows, tiles), at most {@link #MAX_GRID}. */
    static long grid(long units) { return Math.max(1, Math.min(units, MAX_GRID)); }

    /**
     * The iteration space of numj_take, not collapsed (the indexed axis must stay where it is):
     * {@code strides[0]} indexed's with its axis stride 0 (the offsets table replaces it),
     * {@code strides[1]} dense's.
     */
    static Iter takeIter(long[] shape, int axis, long[] indexedStrides, long[] denseStrides) {
        int nd = shape.length;
        if (nd > KernelArgs.MAX_DIMS) throw new IllegalArgumentException("more than " + KernelArgs.MAX_DIMS + " dimensions");
        if (axis < 0 || axis >= nd)
            throw new IllegalArgumentException("take axis " + axis + " is out of bounds for shape " + java.util.Arrays.toString(shape));
        long n = 1;
        long[][] st = new long[2][nd];
        for (int d = 0; d < nd; d++) {
            n *= shape[d];
            st[0][d] = d == axis ? 0 : indexedStrides[d];
            st[1][d] = denseStrides[d];
        }
        return new Iter(nd, n, shape.clone(), st);
    }

    /** The byte offset, for operand {@code k}, of the element at C-order position {@code pos} of {@code it}. */
    static long offsetAt(Iter it, int k, long pos) {
        long off = 0;
        for (int d = it.ndim() - 1; d >= 0; d--) {
            long x = pos % it.shape()[d];
            pos /= it.shape()[d];
            off += x * it.strides()[k][d];
        }
        return off;
    }

    // ---- launches ----

    /** numj_scan: inclusive cumsum/cumprod along {@code axis}; in may be out. */
    static void scan(CudaContext ctx, int op, DType dt, long in, long[] inStrides, long out, long[] outStrides,
                     long[] shape, int axis) {
        String what = op == NumjCpu.NUMJ_RPROD() ? "cumprod" : "cumsum";
        Iter rows = Iter.of(scanRows(shape, axis), inStrides, outStrides);
        long len = shape[axis];
        if (rows.n() == 0 || len == 0) return;
        ctx.launch(what + " " + dt, "numj_scan", rows.n(), grid(rows.n()), KernelArgs.start()
                .i32(op).i32(DTypes.code(dt)).iter(rows).i64(len).i64(inStrides[axis]).i64(outStrides[axis])
                .ptr(in).ptr(out));
    }

    /** The longest axis numj_sort sorts (one block: NUMJ_SORT_TILE = NUMJ_CU_BLOCK * NUMJ_SORT_ITEMS). */
    static final long SORT_TILE = KernelArgs.BLOCK * 8L;

    /** Whether numj_sort takes an axis of {@code len} elements. */
    static boolean sortFits(long len) { return len <= SORT_TILE; }

    /**
     * numj_sort: the first {@code k} of each row sorted (stable; ascending NaN last, descending NaN first)
     * into values and/or indices (address 0: not wanted; their strides may then be null).
     */
    static void sort(CudaContext ctx, DType dt, boolean descending, long in, long[] inStrides, long values, long[] valueStrides,
                     long indices, long[] indexStrides, long[] shape, int axis, long k) {
        if (!sortFits(shape[axis])) throw new IllegalArgumentException("numj_sort takes at most " + SORT_TILE + " elements per row");
        Iter rows = Iter.of(scanRows(shape, axis), inStrides, valueStrides, indexStrides);
        long len = shape[axis];
        if (rows.n() == 0 || len == 0 || k <= 0) return;
        ctx.launch("sort " + dt, "numj_sort", rows.n(), grid(rows.n()), KernelArgs.start()
                .i32(DTypes.code(dt)).i32(descending ? 1 : 0).iter(rows).i64(len).i64(k).i64(inStrides[axis])
                .i64(valueStrides == null ? 0 : valueStrides[axis]).i64(indexStrides == null ? 0 : indexStrides[axis])
                .ptr(in).ptr(values).ptr(indices));
    }

    /** Mode of numj_mask_apply. */
    static final int COMPRESS = 0, EXPAND = 1, OFFSETS = 2;

    /**
     * numj_mask_count, numj_mask_starts and numj_mask_apply: the k-th true element of the mask (C order
     * over {@code shape}) against dense[k], for k below {@code count}.
     */
    static void maskApply(CudaContext ctx, String what, int mode, int itemSize, long mask, long[] maskStrides,
                          long a, long[] aStrides, long[] shape, long dense, long count) {
        Iter counted = Iter.of(shape, maskStrides);
        Iter it = Iter.of(shape, maskStrides, aStrides);
        if (it.n() == 0 || count == 0) return;
        long ntiles = tiles(it.n());
        // the tile table is freed (to this stream's cache) once queued: stream order keeps it alive for the kernels
        try (Arena arena = Arena.ofConfined()) {
            long table = ctx.allocate(ntiles * 8, arena).deviceAddress();
            ctx.launch(what, "numj_mask_count", ntiles, grid(ntiles), KernelArgs.start()
                    .iter(counted).ptr(mask).ptr(table).i64(ntiles));
            ctx.launch(what, "numj_mask_starts", ntiles, 1, KernelArgs.start().ptr(table).i64(ntiles));
            ctx.launch(what, "numj_mask_apply", ntiles, grid(ntiles), KernelArgs.start()
                    .i32(mode).i32(itemSize).iter(it).ptr(mask).ptr(a).ptr(dense).ptr(table).i64(count));
        }
    }

    /** numj_masked_fill: a[i] = value where mask[i]; value 0 means {@code valueBits} by value. */
    static void maskedFill(CudaContext ctx, int itemSize, long mask, long[] maskStrides, long a, long[] aStrides,
                           long[] shape, long value, long valueBits) {
        Iter it = Iter.of(shape, maskStrides, aStrides);
        if (it.n() == 0) return;
        ctx.launch("boolean-mask fill", "numj_masked_fill", it.n(), 0, KernelArgs.start()
                .i32(itemSize).iter(it).ptr(mask).ptr(a).ptr(value).i64(valueBits));
    }

    /**
     * numj_index_offsets, then (waiting for the device) the first index out of bounds, read back with
     * its position, as the CPU kernel reports it.
     */
    static OptionalLong indexOffsets(CudaContext ctx, DType idxType, long idx, long[] idxStrides, long[] shape,
                                     long extent, long byteStride, long offsets, long[] offsetStrides, boolean accumulate) {
        if (idxType != DType.INT32 && idxType != DType.INT64)
            throw new IllegalArgumentException("index offsets: indices must be int32 or int64, not " + idxType);
        Iter it = Iter.of(shape, idxStrides, offsetStrides);
        if (it.n() == 0) return OptionalLong.empty();
        try (Arena arena = Arena.ofConfined()) {
            Storage bad = ctx.allocate(8, arena);
            Iter one = Iter.of(new long[] {1}, new long[] {8});
            ctx.launch("index offsets", "numj_fill", 1, 1, KernelArgs.start()
                    .i32(DTypes.code(DType.INT64)).iter(one).ptr(bad.deviceAddress()).i64(-1L));
            ctx.launch("index offsets", "numj_index_offsets", it.n(), 0, KernelArgs.start()
                    .i32(DTypes.code(idxType)).iter(it).ptr(idx).ptr(offsets).i64(extent).i64(byteStride)
                    .i32(accumulate ? 1 : 0).ptr(bad.deviceAddress()));
            MemorySegment host = arena.allocate(8, 8);
            ctx.download(bad.deviceAddress(), host);
            long pos = host.get(ValueLayout.JAVA_LONG, 0);
            if (pos == -1L) return OptionalLong.empty();
            MemorySegment v = arena.allocate(8, 8);
            ctx.download(idx + offsetAt(it, 0, pos), v.asSlice(0, idxType.itemSize()));
            return OptionalLong.of(idxType == DType.INT32 ? v.get(ValueLayout.JAVA_INT, 0) : v.get(ValueLayout.JAVA_LONG, 0));
        }
    }

    /** numj_take: gather (dense from indexed) or scatter (indexed from dense, the last repeat winning). */
    static void take(CudaContext ctx, boolean scatter, int itemSize, long[] shape, int axis, long offsets,
                     long indexed, long[] indexedStrides, long dense, long[] denseStrides) {
        Iter it = takeIter(shape, axis, indexedStrides, denseStrides);
        long units = scatter ? (shape[axis] == 0 ? 0 : it.n() / shape[axis]) : it.n();
        if (units == 0) return;
        ctx.launch(scatter ? "integer-array assignment (scatter)" : "integer-array indexing (gather)", "numj_take", units, 0,
                KernelArgs.start().i32(scatter ? 1 : 0).i32(itemSize).iter(it).i32(axis).ptr(offsets).ptr(indexed).ptr(dense));
    }
}
