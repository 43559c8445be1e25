package dev.numj.internal.io;

import dev.numj.internal.ArrayAccess;
import static dev.numj.internal.ArrayAccess.storageOf;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import dev.numj.DType;
import dev.numj.NDArray;

/**
 * Values of one dtype appended while a text file streams in, kept in 1 MiB heap blocks (no
 * reallocation and copy as the file grows), then copied once into a new array.
 */
public final class ValueBuffer {
    private static final int BLOCK = 1 << 20;
    private static final VarHandle F64 = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.nativeOrder());
    private static final VarHandle F32 = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.nativeOrder());
    private static final VarHandle I64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());
    private static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.nativeOrder());

    private final DType dtype;
    private final int item;
    private final List<byte[]> blocks = new ArrayList<>();
    private byte[] cur;
    private int used = BLOCK;
    private long count;

    public ValueBuffer(DType dtype) {
        this.dtype = dtype;
        this.item = dtype.itemSize();
    }

    public long count() { return count; }

    private void room() {
        if (used + item > BLOCK) {
            cur = new byte[BLOCK];
            blocks.add(cur);
            used = 0;
        }
    }

    /** Appends a value converted to the dtype as a C cast would (callers range-check integers). */
    public void putDouble(double v) {
        room();
        switch (dtype) {
            case FLOAT64 -> F64.set(cur, used, v);
            case FLOAT32 -> F32.set(cur, used, (float) v);
            case INT64 -> I64.set(cur, used, (long) v);
            case INT32 -> I32.set(cur, used, (int) v);
            case BOOL -> cur[used] = (byte) (v != 0 ? 1 : 0);
        }
        used += item;
        count++;
    }

    public void putLong(long v) {
        room();
        switch (dtype) {
            case FLOAT64 -> F64.set(cur, used, (double) v);
            case FLOAT32 -> F32.set(cur, used, (float) v);
            case INT64 -> I64.set(cur, used, v);
            case INT32 -> I32.set(cur, used, (int) v);
            case BOOL -> cur[used] = (byte) (v != 0 ? 1 : 0);
        }
        used += item;
        count++;
    }

    /** Keeps only the first {@code n} values (genfromtxt's skip_footer). */
    public void truncate(long n) {
        if (n >= count) return;
        long bytes = n * item;
        int keep = (int) ((bytes + BLOCK - 1) / BLOCK);
        while (blocks.size() > keep) blocks.removeLast();
        cur = blocks.isEmpty() ? null : blocks.getLast();
        used = blocks.isEmpty() ? BLOCK : (int) (bytes - (long) (keep - 1) * BLOCK);
        count = n;
    }

    /** A new C-contiguous array of {@code shape} (whose size is {@link #count()}) holding the values. */
    public NDArray toArray(long[] shape) {
        NDArray a = ArrayAccess.allocate(dtype, shape);
        MemorySegment seg = storageOf(a).segment();
        long total = count * item;
        long pos = 0;
        for (byte[] b : blocks) {
            int k = (int) Math.min(BLOCK, total - pos);
            if (k <= 0) break;
            MemorySegment.copy(b, 0, seg, ValueLayout.JAVA_BYTE, pos, k);
            pos += k;
        }
        return a;
    }
}
