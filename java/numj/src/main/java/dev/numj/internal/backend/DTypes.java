package dev.numj.internal.backend;

import dev.numj.DType;
import dev.numj.internal.ffi.numj.NumjCpu;

/**
 * The kernels' dtype codes ({@code enum numj_dtype} of native/include/numj_ops.h, read through the
 * jextract-generated constants, so Java and C cannot disagree). Users never see these numbers.
 */
public final class DTypes {
    private DTypes() {}

    private static final int[] CODES = new int[DType.values().length];

    static {
        for (DType d : DType.values()) {
            CODES[d.ordinal()] = switch (d) {
                case BOOL -> NumjCpu.NUMJ_BOOL();
                case INT32 -> NumjCpu.NUMJ_INT32();
                case INT64 -> NumjCpu.NUMJ_INT64();
                case FLOAT32 -> NumjCpu.NUMJ_FLOAT32();
                case FLOAT64 -> NumjCpu.NUMJ_FLOAT64();
            };
        }
    }

    /** The native kernel code of {@code d}. */
    public static int code(DType d) { return CODES[d.ordinal()]; }
}
