package dev.numj;

import dev.numj.internal.TypeInfo;

/**
 * NumPy's {@code np.finfo(dtype)}: the machine limits of a float dtype, with NumPy's field names camelCased.
 * <pre>{@code
 * finfo(FLOAT32).eps();   // 1.1920928955078125E-7 (np.float32(1.1920929e-07))
 * finfo(FLOAT64);         // finfo(resolution=1e-15, min=-1.7976931348623157e+308, max=1.7976931348623157e+308, dtype=float64)
 * }</pre>
 *
 * @param bits the dtype's width in bits
 * @param eps the difference between 1.0 and the next float above it
 * @param epsneg the difference between 1.0 and the next float below it
 * @param max the largest finite value
 * @param min the most negative finite value, {@code -max}
 * @param tiny the smallest positive normal value (NumPy's alias of {@code smallest_normal})
 * @param smallestNormal the smallest positive normal value
 * @param smallestSubnormal the smallest positive subnormal value
 * @param resolution {@code 10 ** -precision}
 * @param precision the decimal digits the dtype holds
 * @param iexp the bits of the exponent
 * @param maxexp the smallest power of 2 that overflows
 * @param minexp the smallest power of 2 that is normal
 * @param negep the exponent of {@code epsneg}
 * @param nexp the bits of the exponent (as {@code iexp})
 * @param nmant the bits of the mantissa
 * @param machep the exponent of {@code eps}
 * @param dtype the dtype
 */
public record FInfo(int bits, double eps, double epsneg, double max, double min, double tiny, double smallestNormal, double smallestSubnormal,
                    double resolution, int precision, int iexp, int maxexp, int minexp, int negep, int nexp, int nmant, int machep, DType dtype) {
    /** NumPy's {@code repr(np.finfo(dtype))}: {@code finfo(resolution=1e-06, min=-3.4028235e+38, max=3.4028235e+38, dtype=float32)}. */
    @Override
    public String toString() {
        return "finfo(resolution=" + TypeInfo.scalarStr(dtype, resolution) + ", min=" + TypeInfo.scalarStr(dtype, min) + ", max="
                + TypeInfo.scalarStr(dtype, max) + ", dtype=" + dtype + ")";
    }
}
