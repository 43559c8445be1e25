package dev.numj;

/**
 * NumPy's {@code np.iinfo(dtype)}: the limits of an integer dtype.
 * <pre>{@code
 * iinfo(INT32).max();   // 2147483647
 * iinfo(INT64);         // iinfo(min=-9223372036854775808, max=9223372036854775807, dtype=int64)
 * }</pre>
 *
 * @param bits the dtype's width in bits
 * @param min the smallest value
 * @param max the largest value
 * @param kind NumPy's kind character: {@code "i"} (signed; NumJ has no unsigned dtypes)
 * @param dtype the dtype
 */
public record IInfo(int bits, long min, long max, String kind, DType dtype) {
    /** NumPy's {@code repr(np.iinfo(dtype))}: {@code iinfo(min=-2147483648, max=2147483647, dtype=int32)}. */
    @Override
    public String toString() { return "iinfo(min=" + min + ", max=" + max + ", dtype=" + dtype + ")"; }
}
