package dev.numj.internal.backend;

import dev.numj.DType;
import dev.numj.internal.ffi.numj.NumjCpu;

import java.lang.foreign.MemorySegment;

/**
 * The Java face of the op table (native/include/numj_ops.def): which dtypes each device has a loop
 * for, the result rule, the parameter count and NumPy's name, all answered by the CPU library from
 * the one declaration per op, so Java keeps no copy. Families: {@code NumjCpu.NUMJ_OP_BINARY()},
 * {@code NumjCpu.NUMJ_OP_UNARY()}; devices: {@code NumjCpu.NUMJ_DEVICE_CPU()}, {@code NUMJ_DEVICE_CUDA()}.
 */
public final class OpTable {
    private OpTable() {}

    /** Whether {@code device} has a loop for (op, dt). */
    public static boolean supports(int family, int op, int device, DType dt) {
        return (NumjCpu.numj_op_dtypes(family, op, device) >>> DTypes.code(dt) & 1) != 0;
    }

    /** Whether the op's output is bool (comparisons, logical ops, isnan...) rather than its operands' dtype. */
    public static boolean boolResult(int family, int op) {
        return NumjCpu.numj_op_result(family, op) == NumjCpu.NUMJ_RESULT_BOOL();
    }

    /** How many double parameters the op reads (clip 2, round and leaky_relu 1). */
    public static int nparams(int family, int op) { return NumjCpu.numj_op_nparams(family, op); }

    /** NumPy's name of the op ("add", "true_divide", ...), or "op N" for an unknown code. */
    public static String name(int family, int op) {
        MemorySegment s = NumjCpu.numj_op_name(family, op);
        return s.equals(MemorySegment.NULL) ? "op " + op : s.reinterpret(256).getString(0);
    }
}
