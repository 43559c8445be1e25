package dev.numj.random;

import dev.numj.internal.ffi.numj.NumjCpu;
import java.math.BigInteger;

/**
 * A plain-Java model of NumJ's random stream (native/cpu/philox.h), written from that header's table
 * and not from its C code, for the tests that check the native kernel bit for bit. Philox4x32-10 is
 * checked against Random123's known-answer vectors; ln is {@link StrictMath#log}, which Java specifies
 * as fdlibm's; 128-bit arithmetic goes through {@link BigInteger}.
 */
final class PhiloxReference {
    private PhiloxReference() {}

    /** Philox4x32-10 of counter {c0..c3} under key {k0, k1}. */
    static int[] philox(int c0, int c1, int c2, int c3, int k0, int k1) {
        for (int r = 0; r < 10; r++) {
            long p0 = 0xD2511F53L * (c0 & 0xffffffffL);
            long p1 = 0xCD9E8D57L * (c2 & 0xffffffffL);
            int n0 = (int) (p1 >>> 32) ^ c1 ^ k0;
            int n2 = (int) (p0 >>> 32) ^ c3 ^ k1;
            c1 = (int) p1;
            c3 = (int) p0;
            c0 = n0;
            c2 = n2;
            k0 += 0x9E3779B9;
            k1 += 0xBB67AE85;
        }
        return new int[] {c0, c1, c2, c3};
    }

    /** Word {@code w} of seed's stream: block w/4 (counter {lo, hi, 0, 0}), output word w%4. */
    static int word(long seed, long w) {
        long b = w >>> 2;
        return philox((int) b, (int) (b >>> 32), 0, 0, (int) seed, (int) (seed >>> 32))[(int) (w & 3)];
    }

    /** The uint64 (as a long) of words w, w+1: w0 | w1 << 32. */
    static long u64(long seed, long w) {
        return (word(seed, w) & 0xffffffffL) | ((long) word(seed, w + 1) << 32);
    }

    static double uniform01(long seed, long w) { return (u64(seed, w) >>> 11) * 0x1.0p-53; }

    static float uniform01f(long seed, long w) { return (word(seed, w) >>> 8) * 0x1.0p-24f; }

    static double oneMinusUniform01(long seed, long w) { return ((1L << 53) - (u64(seed, w) >>> 11)) * 0x1.0p-53; }

    /** Value i of a float64 draw of kind (NumjCpu.NUMJ_RANDOM_()*) that starts at word W. */
    static double value(int kind, long seed, long W, long i, double p0, double p1) {
        return switch (kind) {
            case 0 -> uniform01(seed, W + 2 * i);
            case 2 -> p0 + (p1 - p0) * uniform01(seed, W + 2 * i);
            case 1 -> p0 + p1 * normalPair(seed, W + 4 * (i / 2))[(int) (i % 2)];
            case 3 -> p0 * (0.0 - StrictMath.log(oneMinusUniform01(seed, W + 2 * i)));
            default -> throw new IllegalArgumentException("kind " + kind);
        };
    }

    /** Value i of a float32 draw: 24-bit uniforms, the rest rounded from float64. */
    static float valueF(int kind, long seed, long W, long i, double p0, double p1) {
        return switch (kind) {
            case 0 -> uniform01f(seed, W + i);
            case 2 -> (float) (p0 + (p1 - p0) * (double) uniform01f(seed, W + i));
            default -> (float) value(kind, seed, W, i, p0, p1);
        };
    }

    /** Value i of randint(low, high) starting at word W. */
    static long randint(long seed, long W, long i, long low, long high) {
        long r = high - low;
        if (Long.compareUnsigned(r, 1L << 32) <= 0)
            return low + Math.unsignedMultiplyHigh(u64(seed, W + 2 * i), r);
        BigInteger lo = new BigInteger(Long.toUnsignedString(u64(seed, W + 4 * i)));
        BigInteger hi = new BigInteger(Long.toUnsignedString(u64(seed, W + 4 * i + 2)));
        BigInteger v = hi.shiftLeft(64).or(lo);
        BigInteger below = v.multiply(new BigInteger(Long.toUnsignedString(r))).shiftRight(128);
        return low + below.longValue();
    }

    /** Box-Muller on the block at word w: {R cos(2 pi u2), R sin(2 pi u2)}, the angle reduced by octants. */
    static double[] normalPair(long seed, long w) {
        double R = Math.sqrt(2.0 * (0.0 - StrictMath.log(oneMinusUniform01(seed, w))));
        long m = u64(seed, w + 2) >>> 11;
        int oct = (int) (m >>> 50);
        long f = m & ((1L << 50) - 1);
        if ((oct & 1) == 1) f = (1L << 50) - f;
        double a = 7.85398163397448278999e-01 * (f * 0x1.0p-50);
        double s = ksin(a), c = kcos(a);
        if ((oct & 1) == 1) {
            double t = s;
            s = c;
            c = t;
        }
        double sn, cs;
        switch (oct >> 1) {
            case 0 -> { sn = s; cs = c; }
            case 1 -> { sn = c; cs = -s; }
            case 2 -> { sn = -s; cs = -c; }
            default -> { sn = -c; cs = s; }
        }
        return new double[] {R * cs, R * sn};
    }

    /** fdlibm's __kernel_sin(x, 0, 0). */
    static double ksin(double x) {
        double z = x * x, v = z * x;
        double r = 8.33333333332248946124e-03 + z * (-1.98412698298579493134e-04 + z * (2.75573137070700676789e-06
                + z * (-2.50507602534068634195e-08 + z * 1.58969099521155010221e-10)));
        return x + v * (-1.66666666666666324348e-01 + z * r);
    }

    /** fdlibm's __kernel_cos(x, 0). */
    static double kcos(double x) {
        int ix = (int) (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
        double z = x * x;
        double r = z * (4.16666666666666019037e-02 + z * (-1.38888888888741095749e-03 + z * (2.48015872894767294178e-05
                + z * (-2.75573143513906633035e-07 + z * (2.08757232129817482790e-09 + z * -1.13596475577881948265e-11)))));
        if (ix < 0x3FD33333) return 1.0 - (0.5 * z - z * r);
        double qx = ix > 0x3fe90000 ? 0.28125 : Double.longBitsToDouble((long) (ix - 0x00200000) << 32);
        return (1.0 - qx) - ((0.5 * z - qx) - z * r);
    }
}
