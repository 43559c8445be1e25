package dev.numj.internal.format;

/**
 * What the printer needs from an array: C-order element access by flat index.
 *
 * <p>Only the accessor matching {@link #dtypeName()} is called: {@link #getDouble} for float
 * dtypes, {@link #getLong} for integer dtypes, {@link #getBoolean} for {@code bool}. When the
 * array is summarised (size &gt; 1000) only the printed edge elements are accessed.
 */
public interface PrintableArray {
  /** NumPy dtype name: "bool", "int32", "int64", "float32", "float64" (also int8/16, uint8/16/32/64, float16). */
  String dtypeName();

  /** The shape; an empty array for a 0-d array. */
  long[] shape();

  /** For float dtypes; float32/float16 values widened exactly to double. */
  double getDouble(long flatIndex);

  /** For integer dtypes (uint64 values are passed as their two's-complement bit pattern). */
  long getLong(long flatIndex);

  /** For bool. */
  boolean getBoolean(long flatIndex);
}
