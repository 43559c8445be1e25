package dev.numj.internal.backend;

import dev.numj.internal.ffi.numj.NumjCpu;

/** The kernels' status codes (enum numj_status), in words for error messages. */
public final class Status {
    private Status() {}

    /** What a kernel's status code means. */
    public static String describe(int code) {
        if (code == NumjCpu.NUMJ_EDTYPE()) return "NUMJ_EDTYPE (op not defined for this dtype)";
        if (code == NumjCpu.NUMJ_EOP()) return "NUMJ_EOP (unknown op)";
        if (code == NumjCpu.NUMJ_ENDIM()) return "NUMJ_ENDIM (too many dimensions)";
        if (code == NumjCpu.NUMJ_EARG()) return "NUMJ_EARG (bad argument)";
        if (code == NumjCpu.NUMJ_ENOMEM()) return "NUMJ_ENOMEM";
        return "status " + code;
    }
}
