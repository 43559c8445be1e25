package dev.numj.internal.format;

/**
 * IEEE binary floating-point formats the printer supports, with the per-type constants NumPy's
 * printing code depends on (bit layout for Dragon4, {@code np.finfo(t).precision}, the scalar
 * positional/scientific cutoff, and the rounding of arithmetic done in the type's precision).
 */
enum FloatKind {
  FLOAT16(10, 5, 3, 1e3),
  FLOAT32(23, 8, 6, 1e6),
  FLOAT64(52, 11, 15, 1e16);

  /** Explicit mantissa bits. */
  final int mantissaBits;
  /** Exponent bits. */
  final int exponentBits;
  /** {@code np.finfo(dtype).precision}. */
  final int decimalPrecision;
  /** Scalar str(): values with |x| below this (and &gt;= 1e-4) print positionally. */
  final double scalarMaxPositional;

  FloatKind(int mantissaBits, int exponentBits, int decimalPrecision, double scalarMaxPositional) {
    this.mantissaBits = mantissaBits;
    this.exponentBits = exponentBits;
    this.decimalPrecision = decimalPrecision;
    this.scalarMaxPositional = scalarMaxPositional;
  }

  static FloatKind forDtype(String dtypeName) {
    return switch (dtypeName) {
      case "float16" -> FLOAT16;
      case "float32" -> FLOAT32;
      case "float64" -> FLOAT64;
      default -> null;
    };
  }

  int bias() {
    return (1 << (exponentBits - 1)) - 1;
  }

  /** Raw IEEE bits of {@code v}, which must be exactly representable in this format. */
  long bits(double v) {
    return switch (this) {
      case FLOAT64 -> Double.doubleToRawLongBits(v);
      case FLOAT32 -> Float.floatToRawIntBits((float) v) & 0xFFFF_FFFFL;
      case FLOAT16 -> Float.floatToFloat16((float) v) & 0xFFFFL;
    };
  }

  /** Rounds a double to this type (how NumPy stores a Python float compared with a scalar of this type). */
  double round(double v) {
    return switch (this) {
      case FLOAT64 -> v;
      case FLOAT32 -> (float) v;
      case FLOAT16 -> Float.float16ToFloat(Float.floatToFloat16((float) v));
    };
  }

  /** {@code a / b} computed as NumPy does for two scalars of this type. */
  double divide(double a, double b) {
    return switch (this) {
      case FLOAT64 -> a / b;
      case FLOAT32 -> (float) a / (float) b;
      // NumPy computes half arithmetic in float and rounds the result to half.
      case FLOAT16 -> Float.float16ToFloat(Float.floatToFloat16((float) a / (float) b));
    };
  }

  /** {@code 10.**min(8, finfo(dtype).precision)}: the exponential-format cutoff in arrays. */
  double expCutoffMax() {
    return Math.pow(10, Math.min(8, decimalPrecision));
  }
}
