package dev.numj;

/**
 * The element types of an {@link NDArray}, named as NumPy names them ({@code toString()} gives
 * {@code "float32"}, {@code "int64"}, {@code "bool"}).
 *
 * <p>NumPy: {@code np.float32}, {@code a.dtype}. Example:
 * <pre>{@code
 * NDArray w = zeros(DType.FLOAT32, 784, 128);
 * w.dtype();          // float32
 * }</pre>
 */
public enum DType {
    /** NumPy {@code np.bool_}: one byte, 0 or 1. */
    BOOL(1, "bool"),
    /** NumPy {@code np.int32}. */
    INT32(4, "int32"),
    /** NumPy {@code np.int64}: what Java {@code int} and {@code long} values give, as Python ints do. */
    INT64(8, "int64"),
    /** NumPy {@code np.float32}: what a {@code float[]} gives. */
    FLOAT32(4, "float32"),
    /** NumPy {@code np.float64}: the default, as in NumPy. */
    FLOAT64(8, "float64");

    private final int itemSize;
    private final String numpyName;

    DType(int itemSize, String numpyName) {
        this.itemSize = itemSize;
        this.numpyName = numpyName;
    }

    /**
     * Bytes per element (NumPy's {@code dtype.itemsize}).
     *
     * @return the element
     */
    public int itemSize() { return itemSize; }

    /**
     * NumPy {@code np.is_floating()}.
     *
     * @return {@code true} if this is floating
     */
    public boolean isFloating() { return this == FLOAT32 || this == FLOAT64; }

    /**
     * NumPy {@code np.is_integer()}.
     *
     * @return {@code true} if this is integer
     */
    public boolean isInteger() { return this == INT32 || this == INT64; }

    /**
     * NumPy {@code np.is_bool()}.
     *
     * @return {@code true} if this is bool
     */
    public boolean isBool() { return this == BOOL; }

    /** NumPy's name of the dtype, e.g. {@code float32}. */
    @Override
    public String toString() { return numpyName; }

    /**
     * The dtype NumPy names {@code name} ({@code "float32"}, {@code "int64"}, {@code "bool"}, ...).
     *
     * @param name the name
     * @return the result
     */
    public static DType of(String name) {
        for (DType d : values()) if (d.numpyName.equals(name)) return d;
        throw new IllegalArgumentException("data type '" + name + "' not understood");
    }

    /**
     * NumPy 2's {@code np.result_type} of two array dtypes (NEP 50): bool &lt; int32 &lt; int64, and any
     * integer with float32 gives float64, as in NumPy.
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static DType promote(DType a, DType b) {
        if (a == b) return a;
        if (a.isBool()) return b;
        if (b.isBool()) return a;
        if (a.isInteger() && b.isInteger()) return a == INT64 || b == INT64 ? INT64 : INT32;
        if (a.isFloating() && b.isFloating()) return FLOAT64;
        DType f = a.isFloating() ? a : b;   // one integer, one float
        return f == FLOAT32 ? FLOAT64 : f;
    }
}
