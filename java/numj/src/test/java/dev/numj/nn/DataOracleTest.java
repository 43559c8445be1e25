package dev.numj.nn;

import dev.numj.DType;
import dev.numj.NDArray;
import dev.numj.oracle.OracleResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static dev.numj.NumJ.*;
import static dev.numj.nn.NnOracle.*;
import static org.junit.jupiter.api.Assertions.*;
import static dev.numj.random.Random.*;

/** oneHot, trainTestSplit, batches and the scalers against the NumPy code the seeds write. */
class DataOracleTest {
    @Test
    void oneHotIsNumPysEyeIndexedByLabels() {
        for (DType lt : new DType[] {DType.INT64, DType.INT32})
            for (long[] sh : new long[][] {{5}, {2, 3}, {0}}) {
                NDArray labels = random(3).randint(lt, 0, 4, java.util.Arrays.stream(sh).mapToInt(x -> (int) x).toArray());
                OracleResult r = np().run("out = np.eye(4)[labels]", Map.of("labels", toOracle(labels)));
                assertMatches(r, Data.oneHot(labels, 4), "oneHot " + lt + java.util.Arrays.toString(sh), 0, 0);
                OracleResult r32 = np().run("out = np.eye(4, dtype=np.float32)[labels]", Map.of("labels", toOracle(labels)));
                assertMatches(r32, Data.oneHot(labels, 4, FLOAT32), "oneHot float32", 0, 0);
            }
        OracleResult big = np().run("out = np.eye(3)[np.array([0, 3])]");
        assertSameError(big, IndexOutOfBoundsException.class, () -> Data.oneHot(array(0, 3), 3), "label 3 of 3 classes");
        OracleResult flt = np().run("out = np.eye(3)[np.array([0., 1.])]");
        assertSameError(flt, IndexOutOfBoundsException.class, () -> Data.oneHot(array(0.0, 1.0), 3), "float labels");
        // NumPy would wrap -1 to the last class; a negative label is a bug in the labels, so NumJ refuses it
        IndexOutOfBoundsException neg = assertThrows(IndexOutOfBoundsException.class, () -> Data.oneHot(array(0, -1), 3));
        assertTrue(neg.getMessage().contains("label -1 is negative"), neg.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> Data.oneHot(array(true, false), 2));
        assertThrows(IllegalArgumentException.class, () -> Data.oneHot(array(0), 0));
    }

    @Test
    void trainTestSplitIsTheSeedsPermutationSplit() {
        NDArray X = arange(40.0).reshape(10, 4), y = arange(10);
        Data.Split s = Data.trainTestSplit(X, y, 0.2, 42);
        NDArray idx = random(42).permutation(10);   // the permutation the split draws
        OracleResult r = np().run("split = int((1 - 0.2) * 10)\nout = (X[idx[:split]], X[idx[split:]], y[idx[:split]], y[idx[split:]])",
                Map.of("X", toOracle(X), "y", toOracle(y), "idx", toOracle(idx)));
        NDArray[] got = {s.xTrain(), s.xTest(), s.yTrain(), s.yTest()};
        for (int i = 0; i < 4; i++) assertPart(r, i, got[i]);
        assertEquals(8, s.xTrain().shape(0));
        Data.Split again = Data.trainTestSplit(X, y, 0.2, 42);
        assertArrayEquals(s.yTest().toLongArray(), again.yTest().toLongArray(), "the same seed gives the same split");
        // the seeds' 5-row example: split_idx = int(0.8 * 5) = 4
        assertEquals(4, Data.trainTestSplit(ones(5, 2), zeros(5), 0.2, 1).xTrain().shape(0));
        assertEquals(4000, Data.trainTestSplit(zeros(5000, 1), zeros(5000), 0.2, 1).xTrain().shape(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Data.trainTestSplit(ones(5, 2), ones(4), 0.2, 0));
        assertEquals("Found input variables with inconsistent numbers of samples: [5, 4]", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Data.trainTestSplit(ones(5, 2), ones(5), 1.0, 0));
        assertThrows(IllegalArgumentException.class, () -> Data.trainTestSplit(ones(5, 2), ones(5), 0.0, 0));
        assertThrows(IllegalArgumentException.class, () -> Data.trainTestSplit(ones(1, 2), ones(1), 0.2, 0));
    }

    @Test
    void batchesCoverEveryRowOnceShortLastBatchAndViewsWhenNotShuffled() {
        NDArray X = arange(20).reshape(10, 2), y = arange(10);
        // the seeds' "Batch Processing" cell: batch_size 3 over 10 rows gives 3, 3, 3, 1
        List<Data.Batch> plain = new ArrayList<>();
        Data.batches(X, y, 3, false, 0).forEach(plain::add);
        assertEquals(List.of(3L, 3L, 3L, 1L), plain.stream().map(b -> b.x().shape(0)).toList());
        assertTrue(plain.get(1).x().sharesMemory(X), "unshuffled batches are views");
        assertArrayEquals(new long[] {18, 19}, plain.get(3).x().toLongArray());
        assertArrayEquals(new long[] {9}, plain.get(3).y().toLongArray());
        // shuffled: the batches in order are X[perm] and y[perm] for the epoch's permutation
        Iterable<Data.Batch> bs = Data.batches(X, y, 4, true, 42);
        for (int epoch = 0; epoch < 2; epoch++) {
            NDArray perm = permutationOfEpoch(42, epoch, 10);
            List<NDArray> xs = new ArrayList<>(), ys = new ArrayList<>();
            for (Data.Batch b : bs) {
                xs.add(b.x());
                ys.add(b.y());
                assertFalse(b.x().sharesMemory(X), "a shuffled batch is a gather");
            }
            assertEquals(3, xs.size());
            assertEquals(2, xs.get(2).shape(0), "the last batch is short");
            OracleResult r = np().run("out = X[perm]", Map.of("X", toOracle(X), "perm", toOracle(perm)));
            assertMatches(r, concatenate(xs), "epoch " + epoch + " X batches", 0, 0);
            assertArrayEquals(perm.toLongArray(), concatenate(ys).toLongArray(), "y rows follow X rows");
        }
        int rows = 0;
        for (Data.Batch b : Data.batches(X, 16, true, 1)) { rows += (int) b.x().shape(0); assertNull(b.y()); }
        assertEquals(10, rows);
        assertThrows(IllegalArgumentException.class, () -> Data.batches(X, y, 0, true, 0));
        assertThrows(IllegalArgumentException.class, () -> Data.batches(X, arange(9), 2, true, 0));
    }

    /** Epoch e's permutation: the e-th permutation drawn from random(seed). */
    private static NDArray permutationOfEpoch(long seed, int epoch, long n) {
        dev.numj.random.Random rng = random(seed);
        NDArray p = null;
        for (int e = 0; e <= epoch; e++) p = rng.permutation(n);
        return p;
    }

    @Test
    void scalersFitOnTrainAndApplyToTestLikeTheSeeds() {
        Random rnd = new Random(2);
        for (DType dt : new DType[] {DType.FLOAT64, DType.FLOAT32, DType.INT64}) {
            NDArray tr = normal(rnd, 10, 30, 4).add(50.0), te = normal(rnd, 10, 7, 4).add(50.0);
            if (dt.isInteger()) { tr = tr.round(); te = te.round(); }
            tr = tr.astype(dt);
            te = te.astype(dt);
            Map<String, Object> in = Map.of("tr", toOracle(tr), "te", toOracle(te));
            StandardScaler s = StandardScaler.fit(tr);
            double rtol = dt == DType.FLOAT32 ? 1e-5 : 1e-12, atol = dt == DType.FLOAT32 ? 1e-6 : 1e-13;
            assertMatches(np().run("out = (te - tr.mean(axis=0)) / tr.std(axis=0)", in), s.transform(te), "standardize test rows " + dt, rtol, atol);
            assertMatches(np().run("out = (tr - tr.mean(axis=0)) / tr.std(axis=0)", in), Data.standardize(tr), "standardize " + dt, rtol, atol);
            assertMatches(np().run("out = tr.mean(axis=0)", in), s.mean(), "mean " + dt, rtol, 0);
            MinMaxScaler m = MinMaxScaler.fit(tr);
            assertMatches(np().run("out = (te - tr.min(axis=0)) / (tr.max(axis=0) - tr.min(axis=0))", in), m.transform(te), "minmax test rows " + dt,
                    rtol, atol);
            assertMatches(np().run("out = (tr - tr.min(axis=0)) / (tr.max(axis=0) - tr.min(axis=0))", in), Data.minMaxScale(tr), "minmax " + dt, rtol, atol);
            assertTrue(s.inverseTransform(s.transform(tr)).sub(tr).abs().max().item() < 1e-4);
            assertTrue(m.inverseTransform(m.transform(tr)).sub(tr).abs().max().item() < 1e-4);
        }
        // the seeds' printed example (shuffled X_train, X_test of the 5-row practice cell)
        NDArray Xtr = array(new long[][] {{68, 165}, {60, 160}, {72, 178}, {55, 150}}), Xte = array(new long[][] {{90, 185}});
        assertArrayEquals(new double[] {2.05882353, 1.25}, MinMaxScaler.fit(Xtr).transform(Xte).toDoubleArray(), 1e-8);
        // a constant column: NumPy's formula gives NaN (0 / 0); the scalers use scale 1, as scikit-learn does
        NDArray c = array(new double[][] {{1, 5}, {2, 5}, {3, 5}});
        assertArrayEquals(new double[] {0, 0, 0}, Data.standardize(c).get(":, 1").toDoubleArray());
        assertArrayEquals(new double[] {0, 0, 0}, Data.minMaxScale(c).get(":, 1").toDoubleArray());
    }
}
