package dev.numj.random;

import dev.numj.internal.ffi.numj.NumjCpu;
import org.junit.jupiter.api.Test;

import dev.numj.NDArray;
import dev.numj.internal.ArrayAccess;
import dev.numj.DType;
import static dev.numj.NumJ.*;
import static org.junit.jupiter.api.Assertions.*;
import static dev.numj.random.Random.*;

/**
 * NumJ's random stream, bit for bit: the native kernel against {@link PhiloxReference} (itself checked
 * against Random123's known answers), fixed seeds giving fixed values, and the stream's bookkeeping
 * (offsets, reseeding, float32 = rounded float64).
 */
class RandomStreamTest {
    private static final int N = 4099;   // odd: the last normal pair is cut
    private static final long[] SEEDS = {0, 42, -1, 0x123456789abcdefL, Long.MIN_VALUE};

    @Test
    void referencePhiloxMatchesRandom123KnownAnswers() {
        // Random123 tests/kat_vectors, the three philox4x32 10 lines: counter[4] key[2] -> result[4]
        assertArrayEquals(new int[] {0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8},
                PhiloxReference.philox(0, 0, 0, 0, 0, 0));
        assertArrayEquals(new int[] {0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd},
                PhiloxReference.philox(-1, -1, -1, -1, -1, -1));
        assertArrayEquals(new int[] {0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1},
                PhiloxReference.philox(0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344, 0xa4093822, 0x299f31d0));
    }

    @Test
    void nativeBitsEqualTheReferenceStream() {
        for (long seed : SEEDS) {
            for (long offset : new long[] {0, 4, 1, 7, 1L << 40}) {   // unaligned offsets too (the kernel allows them)
                NDArray out = ArrayAccess.allocate(DType.INT64, new long[] {N});
                Random.fill(NumjCpu.NUMJ_RANDOM_BITS(), DType.INT64, seed, offset, out, new double[0], new long[0]);
                long[] got = out.toLongArray();
                for (int i = 0; i < N; i++)
                    if (PhiloxReference.u64(seed, offset + 2L * i) != got[i])
                        fail("seed " + seed + " offset " + offset + " i " + i + ": " + got[i]);
                NDArray w32 = ArrayAccess.allocate(DType.INT32, new long[] {N});
                Random.fill(NumjCpu.NUMJ_RANDOM_BITS(), DType.INT32, seed, offset, w32, new double[0], new long[0]);
                int[] words = w32.toIntArray();
                for (int i = 0; i < N; i += 97) assertEquals(PhiloxReference.word(seed, offset + i), words[i]);
            }
        }
    }

    @Test
    void nativeFloatDistributionsEqualTheReferenceBitForBit() {
        double[][] params = {{0, 0}, {0.5, 2}, {-2.5, 7}, {1.5, 0}};   // by kind: uniform01, normal, uniform, exponential
        for (long seed : SEEDS) {
            for (long offset : new long[] {0, 8, 3}) {
                for (int kind : new int[] {NumjCpu.NUMJ_RANDOM_UNIFORM01(), NumjCpu.NUMJ_RANDOM_NORMAL(), NumjCpu.NUMJ_RANDOM_UNIFORM(),
                        NumjCpu.NUMJ_RANDOM_EXPONENTIAL()}) {
                    double p0 = params[kind][0], p1 = params[kind][1];
                    double[] prm = kind == NumjCpu.NUMJ_RANDOM_EXPONENTIAL() ? new double[] {p0} : new double[] {p0, p1};
                    for (DType dt : new DType[] {DType.FLOAT64, DType.FLOAT32}) {
                        NDArray out = ArrayAccess.allocate(dt, new long[] {N});
                        Random.fill(kind, dt, seed, offset, out, prm, new long[0]);
                        double[] got = out.toDoubleArray();   // float32 widens exactly
                        for (int i = 0; i < N; i++) {
                            double want = dt == DType.FLOAT64 ? PhiloxReference.value(kind, seed, offset, i, p0, p1)
                                    : PhiloxReference.valueF(kind, seed, offset, i, p0, p1);
                            if (Double.doubleToRawLongBits(want) != Double.doubleToRawLongBits(got[i]))
                                fail(dt + " kind " + kind + " seed " + seed + " offset " + offset + " i " + i + ": " + want + " vs " + got[i]);
                        }
                    }
                }
            }
        }
    }

    @Test
    void nativeRandintEqualsTheReferenceForSmallAndHugeRanges() {
        long[][] ranges = {{0, 10}, {-5, 5}, {0, 1}, {0, 1L << 32}, {0, (1L << 32) + 1}, {-(1L << 62), 1L << 62},
                {Long.MIN_VALUE, Long.MAX_VALUE}, {Long.MAX_VALUE - 3, Long.MAX_VALUE}, {-7, 1_000_000_007L}};
        for (long seed : SEEDS) {
            for (long[] r : ranges) {
                NDArray out = ArrayAccess.allocate(DType.INT64, new long[] {N});
                Random.fill(NumjCpu.NUMJ_RANDOM_RANDINT(), DType.INT64, seed, 12, out, new double[0], r);
                long[] got = out.toLongArray();
                for (int i = 0; i < N; i++) {
                    if (PhiloxReference.randint(seed, 12, i, r[0], r[1]) != got[i] || got[i] < r[0] || got[i] >= r[1])
                        fail("range " + r[0] + ".." + r[1] + " seed " + seed + " i " + i + ": " + got[i]);
                }
            }
            NDArray i32 = ArrayAccess.allocate(DType.INT32, new long[] {N});
            Random.fill(NumjCpu.NUMJ_RANDOM_RANDINT(), DType.INT32, seed, 0, i32, new double[0], new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE + 1L});
            int[] got = i32.toIntArray();
            for (int i = 0; i < N; i++)
                assertEquals(PhiloxReference.randint(seed, 0, i, Integer.MIN_VALUE, Integer.MAX_VALUE + 1L), got[i]);
        }
    }

    @Test
    void theSineAndCosineKernelsAreAccurate() {
        // The Box-Muller angle is reduced exactly by octants; the fdlibm kernels then agree with
        // StrictMath to within an ulp on [0, pi/4].
        for (int i = 0; i <= 100_000; i++) {
            double a = 7.85398163397448278999e-01 * (i / 100_000.0);
            assertEquals(StrictMath.sin(a), PhiloxReference.ksin(a), Math.ulp(StrictMath.sin(a)), "sin " + a);
            assertEquals(StrictMath.cos(a), PhiloxReference.kcos(a), Math.ulp(StrictMath.cos(a)), "cos " + a);
        }
        // and a whole pair lies on the circle of radius R in the right direction
        for (long w = 0; w < 4000; w += 4) {
            double[] z = PhiloxReference.normalPair(9, w);
            double R = Math.sqrt(2.0 * -StrictMath.log(PhiloxReference.oneMinusUniform01(9, w)));
            double angle = 2 * Math.PI * ((PhiloxReference.u64(9, w + 2) >>> 11) * 0x1.0p-53);
            assertEquals(R * Math.cos(angle), z[0], 1e-14 * Math.max(1, R));
            assertEquals(R * Math.sin(angle), z[1], 1e-14 * Math.max(1, R));
        }
    }

    @Test
    void aFixedSeedGivesFixedValues() {
        // Regression values, computed once with PhiloxReference: a change here changes every user's numbers.
        Random rng = random(42);
        assertArrayEquals(new double[] {0.4685865183391049, 0.34086154938517876, 0.32706338120338474},
                rng.rand(3).toDoubleArray());
        assertArrayEquals(new double[] {0.21637628796618616, -1.4494538371141883, -1.0808154976343705},
                rng.randn(3).toDoubleArray());
        assertArrayEquals(new long[] {8, 2, 2, 0, 7, 1, 4, 1}, rng.randint(0, 10, 8).toLongArray());
        assertArrayEquals(new long[] {1, 4, 0, 5, 6, 2, 3, 7}, rng.permutation(8).toLongArray());
        assertEquals(48, rng.offset());
    }

    @Test
    void drawsTakeConsecutiveBlockAlignedStretchesOfTheStream() {
        Random rng = random(5);
        NDArray a = rng.rand(FLOAT32, 3);          // words 0..2
        assertEquals(3, rng.offset());
        NDArray b = rng.randn(3);                  // starts at word 4; 2 pairs = 8 words
        assertEquals(12, rng.offset());
        NDArray c = rng.randint(0, 1L << 40, 2);   // range above 2^32: 4 words a value
        assertEquals(20, rng.offset());
        NDArray d = rng.exponential(2.0, 0);       // empty: aligns, uses nothing
        assertEquals(20, rng.offset());
        for (int i = 0; i < 3; i++) {
            assertEquals(PhiloxReference.valueF(0, 5, 0, i, 0, 0), a.getDouble(i));
            assertEquals(PhiloxReference.value(1, 5, 4, i, 0, 1), b.getDouble(i));
        }
        for (int i = 0; i < 2; i++) assertEquals(PhiloxReference.randint(5, 12, i, 0, 1L << 40), c.getLong(i));
        assertEquals(0, d.size());
        assertEquals(5, rng.seed());
    }

    @Test
    void sameSeedSameNumbersAndTheGlobalGeneratorReseeds() {
        assertArrayEquals(random(7).randn(1000).toDoubleArray(), random(7).randn(1000).toDoubleArray());
        assertFalse(java.util.Arrays.equals(random(7).rand(10).toDoubleArray(), random(8).rand(10).toDoubleArray()));
        seed(42);
        NDArray g = random().randint(0, 100, 20);
        assertArrayEquals(random(42).randint(0, 100, 20).toLongArray(), g.toLongArray());
        assertSame(random(), random());
        seed(42);
        assertEquals(0, random().offset());
        assertArrayEquals(random(42).normal(3, 2, 5).toDoubleArray(), random().normal(3, 2, 5).toDoubleArray());
    }

    @Test
    void float32VariantsAreTheFloat64ValuesRounded() {
        double[] n64 = random(3).randn(1001).toDoubleArray();
        float[] n32 = random(3).randn(FLOAT32, 1001).toFloatArray();
        double[] e64 = random(3).exponential(2.5, 1001).toDoubleArray();
        float[] e32 = random(3).exponential(FLOAT32, 2.5, 1001).toFloatArray();
        for (int i = 0; i < n64.length; i++) {
            assertEquals((float) n64[i], n32[i]);
            assertEquals((float) e64[i], e32[i]);
        }
        float[] u = random(3).rand(FLOAT32, 100_000).toFloatArray();
        for (float x : u) assertTrue(x >= 0f && x < 1f && x * 0x1.0p24f == Math.rint(x * 0x1.0p24f), "24-bit grid: " + x);
    }

    @Test
    void choiceWithoutReplacementIsThePrefixOfThePermutation() {
        long[] perm = random(11).permutation(1000).toLongArray();
        long[] pick = random(11).choice(1000, 37, false).toLongArray();
        assertArrayEquals(java.util.Arrays.copyOf(perm, 37), pick);
        // the dense and the sparse shuffle tables give the same values
        for (long[] nk : new long[][] {{1000, 37}, {1L << 20, 1000}, {5, 5}, {1, 1}}) {
            long[] dense = Sampling.firstOfShuffle(random(4), nk[0], nk[1], true).toLongArray();
            long[] sparse = Sampling.firstOfShuffle(random(4), nk[0], nk[1], false).toLongArray();
            assertArrayEquals(dense, sparse, "n " + nk[0] + " k " + nk[1]);
        }
        // and shuffle(a) is permutation(a) at the same stream position
        NDArray a = arange(24).reshape(6, 4);
        NDArray p = random(2).permutation(a);
        random(2).shuffle(a);
        assertArrayEquals(p.toLongArray(), a.toLongArray());
    }
}
