package dev.numj.internal;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numj.internal.ffi.numj.NumjCpu;
import dev.numj.internal.runtime.NativeLoader;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The op table (native/include/numj_ops.def) against the CPU kernels it describes: every (op, dtype)
 * of numj_binary and numj_unary is called on a one-element array, and the kernel must return
 * NUMJ_EDTYPE exactly where numj_op_dtypes says the CPU has no loop, and write an output of the
 * dtype numj_op_result names. Fails when the table and binary.c/unary.c's dispatch rows disagree.
 */
class OpTableTest {

    /** Output buffer filler, so a test can see how many bytes a kernel wrote. */
    private static final byte UNTOUCHED = (byte) 0xAB;

    private static final int[] ITEMSIZE = {1, 4, 8, 4, 8};   // NUMJ_BOOL .. NUMJ_FLOAT64

    @BeforeAll
    static void load() {
        NativeLoader.ensureLoaded();
    }

    private static int ndtypes() {
        assertEquals(ITEMSIZE.length, NumjCpu.NUMJ_NDTYPES(), "a new dtype: extend ITEMSIZE");
        return NumjCpu.NUMJ_NDTYPES();
    }

    private static String what(String family, int op, int dt) {
        int fam = family.equals("binary") ? NumjCpu.NUMJ_OP_BINARY() : NumjCpu.NUMJ_OP_UNARY();
        return family + " op " + op + " (" + NumjCpu.numj_op_name(fam, op).reinterpret(64).getString(0)
                + ") on dtype " + dt;
    }

    /** Checks the status, and on success that the output has the result rule's item size. */
    private static void check(String family, int fam, int op, int dt, int status, MemorySegment out) {
        boolean supported = (NumjCpu.numj_op_dtypes(fam, op, NumjCpu.NUMJ_DEVICE_CPU()) >> dt & 1) != 0;
        String what = what(family, op, dt);
        if (!supported) {
            assertEquals(NumjCpu.NUMJ_EDTYPE(), status, what + ": the table says no CPU loop");
            for (int i = 0; i < 8; i++) assertEquals(UNTOUCHED, out.get(JAVA_BYTE, i), what + " wrote its output");
            return;
        }
        assertEquals(NumjCpu.NUMJ_OK(), status, what + ": the table says the CPU has a loop");
        boolean boolResult = NumjCpu.numj_op_result(fam, op) == NumjCpu.NUMJ_RESULT_BOOL();
        int size = boolResult ? 1 : ITEMSIZE[dt];
        assertNotEquals(UNTOUCHED, out.get(JAVA_BYTE, size - 1), what + ": output narrower than its result dtype");
        if (size < 8) assertEquals(UNTOUCHED, out.get(JAVA_BYTE, size), what + ": output wider than its result dtype");
    }

    @Test
    void binaryKernelsHaveExactlyTheTablesDtypes() {
        int fam = NumjCpu.NUMJ_OP_BINARY();
        int n = NumjCpu.numj_op_count(fam);
        assertTrue(n >= 24, "binary ops (numj_ops.def): " + n + ", yet codes are only ever appended");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment shape = arena.allocateFrom(JAVA_LONG, 1);
            MemorySegment a = arena.allocate(8, 8), b = arena.allocate(8, 8), out = arena.allocate(8, 8);
            for (int op = 0; op < n; op++) {
                for (int dt = 0; dt < ndtypes(); dt++) {
                    MemorySegment strides = arena.allocateFrom(JAVA_LONG, ITEMSIZE[dt]);
                    out.fill(UNTOUCHED);
                    int status = NumjCpu.numj_binary(op, dt, 1, shape, a, strides, b, strides, out, strides);
                    check("binary", fam, op, dt, status, out);
                }
            }
            assertEquals(NumjCpu.NUMJ_EOP(), NumjCpu.numj_binary(n, NumjCpu.NUMJ_FLOAT64(), 1, shape,
                    a, arena.allocateFrom(JAVA_LONG, 8), b, arena.allocateFrom(JAVA_LONG, 8), out,
                    arena.allocateFrom(JAVA_LONG, 8)), "op code numj_op_count(BINARY)");
        }
    }

    @Test
    void unaryKernelsHaveExactlyTheTablesDtypesAndResultRule() {
        int fam = NumjCpu.NUMJ_OP_UNARY();
        int n = NumjCpu.numj_op_count(fam);
        assertTrue(n >= 31, "unary ops (numj_ops.def): " + n + ", yet codes are only ever appended");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment shape = arena.allocateFrom(JAVA_LONG, 1);
            MemorySegment a = arena.allocate(8, 8), out = arena.allocate(8, 8);
            MemorySegment params = arena.allocateFrom(JAVA_DOUBLE, 0, 1);
            for (int op = 0; op < n; op++) {
                boolean boolResult = NumjCpu.numj_op_result(fam, op) == NumjCpu.NUMJ_RESULT_BOOL();
                for (int dt = 0; dt < ndtypes(); dt++) {
                    int outDt = boolResult ? NumjCpu.NUMJ_BOOL() : dt;
                    MemorySegment aStrides = arena.allocateFrom(JAVA_LONG, ITEMSIZE[dt]);
                    MemorySegment outStrides = arena.allocateFrom(JAVA_LONG, ITEMSIZE[outDt]);
                    out.fill(UNTOUCHED);
                    int status = NumjCpu.numj_unary(op, dt, outDt, 1, shape, a, aStrides, out, outStrides, params);
                    check("unary", fam, op, dt, status, out);

                    // any other output dtype is refused: the result rule names the only one
                    int otherDt = outDt == NumjCpu.NUMJ_FLOAT64() ? NumjCpu.NUMJ_INT32() : NumjCpu.NUMJ_FLOAT64();
                    assertEquals(NumjCpu.NUMJ_EDTYPE(), NumjCpu.numj_unary(op, dt, otherDt, 1, shape, a, aStrides,
                            out, arena.allocateFrom(JAVA_LONG, ITEMSIZE[otherDt]), params),
                            what("unary", op, dt) + " with output dtype " + otherDt);
                }
            }
        }
    }

    @Test
    void unaryKernelsNeedTheirParameters() {
        int fam = NumjCpu.NUMJ_OP_UNARY();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment shape = arena.allocateFrom(JAVA_LONG, 1), strides = arena.allocateFrom(JAVA_LONG, 8);
            MemorySegment a = arena.allocate(8, 8), out = arena.allocate(8, 8);
            int f64 = NumjCpu.NUMJ_FLOAT64();
            for (int op = 0; op < NumjCpu.numj_op_count(fam); op++) {
                if ((NumjCpu.numj_op_dtypes(fam, op, NumjCpu.NUMJ_DEVICE_CPU()) >> f64 & 1) == 0) continue;
                int outDt = NumjCpu.numj_op_result(fam, op) == NumjCpu.NUMJ_RESULT_BOOL() ? NumjCpu.NUMJ_BOOL() : f64;
                MemorySegment outStrides = arena.allocateFrom(JAVA_LONG, ITEMSIZE[outDt]);
                int status = NumjCpu.numj_unary(op, f64, outDt, 1, shape, a, strides, out, outStrides,
                        MemorySegment.NULL);
                int expected = NumjCpu.numj_op_nparams(fam, op) > 0 ? NumjCpu.NUMJ_EARG() : NumjCpu.NUMJ_OK();
                assertEquals(expected, status, what("unary", op, f64) + " without parameters");
            }
        }
        assertEquals(2, NumjCpu.numj_op_nparams(fam, NumjCpu.NUMJ_CLIP()));
        assertEquals(1, NumjCpu.numj_op_nparams(fam, NumjCpu.NUMJ_ROUND()));
        assertEquals(1, NumjCpu.numj_op_nparams(fam, NumjCpu.NUMJ_LEAKY_RELU()));
    }

    @Test
    void tableAnswersEveryQuery() {
        int[] families = {NumjCpu.NUMJ_OP_BINARY(), NumjCpu.NUMJ_OP_UNARY()};
        int all = NumjCpu.NUMJ_DTYPES_ALL();
        assertEquals((1 << ndtypes()) - 1, all);
        for (int fam : families) {
            Set<String> names = new HashSet<>();
            int n = NumjCpu.numj_op_count(fam);
            for (int op = 0; op < n; op++) {
                MemorySegment name = NumjCpu.numj_op_name(fam, op);
                assertNotEquals(MemorySegment.NULL, name, "family " + fam + " op " + op + " has no name");
                assertTrue(names.add(name.reinterpret(64).getString(0)), "repeated name in family " + fam);
                for (int device : new int[] {NumjCpu.NUMJ_DEVICE_CPU(), NumjCpu.NUMJ_DEVICE_CUDA()}) {
                    int dtypes = NumjCpu.numj_op_dtypes(fam, op, device);
                    assertTrue(dtypes != 0 && (dtypes & ~all) == 0, "dtype set " + dtypes);
                }
                int kind = NumjCpu.numj_op_kind(fam, op);
                assertTrue(kind >= NumjCpu.NUMJ_KIND_ARITHMETIC() && kind <= NumjCpu.NUMJ_KIND_PREDICATE(),
                        "kind " + kind);
            }
            // out of range: "unknown" answers, never a crash
            for (int op : new int[] {-1, n}) {
                assertEquals(0, NumjCpu.numj_op_dtypes(fam, op, NumjCpu.NUMJ_DEVICE_CPU()));
                assertEquals(-1, NumjCpu.numj_op_result(fam, op));
                assertEquals(-1, NumjCpu.numj_op_nparams(fam, op));
                assertEquals(-1, NumjCpu.numj_op_kind(fam, op));
                assertEquals(MemorySegment.NULL, NumjCpu.numj_op_name(fam, op));
            }
            assertEquals(0, NumjCpu.numj_op_dtypes(fam, 0, 2), "unknown device");
        }
        assertEquals(0, NumjCpu.numj_op_count(2), "unknown family");
        assertEquals(0, NumjCpu.numj_op_dtypes(2, 0, NumjCpu.NUMJ_DEVICE_CPU()), "unknown family");
        assertEquals("true_divide", NumjCpu.numj_op_name(NumjCpu.NUMJ_OP_BINARY(), NumjCpu.NUMJ_DIV())
                .reinterpret(64).getString(0));
        assertEquals(NumjCpu.NUMJ_DTYPES_FLT(),
                NumjCpu.numj_op_dtypes(NumjCpu.NUMJ_OP_UNARY(), NumjCpu.NUMJ_SQRT(), NumjCpu.NUMJ_DEVICE_CUDA()));
    }
}
