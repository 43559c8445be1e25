package dev.numj;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static dev.numj.NumJ.*;
import static dev.numj.OracleSupport.*;
import static org.junit.jupiter.api.Assertions.assertSame;
import static dev.numj.random.Random.*;

/** matmul on OpenBLAS: 1-D and 2-D cases, transposed views, batches, dtypes, errors; against NumPy. */
class MatmulOracleTest {
    @Test
    void shapesAndDtypes() {
        Random rnd = new Random(3);
        long[][][] cases = {{{3, 4}, {4, 5}}, {{4}, {4, 5}}, {{3, 4}, {4}}, {{4}, {4}}, {{1, 1}, {1, 1}},
                {{2, 3, 4}, {4, 2}}, {{2, 1, 3, 4}, {5, 4, 2}}, {{0, 4}, {4, 3}}, {{3, 0}, {0, 2}}, {{64, 64}, {64, 64}}};
        for (DType da : DType.values())
            for (DType db : new DType[] {DType.FLOAT32, DType.FLOAT64, DType.INT64, da})
                for (long[][] c : cases) {
                    NDArray a = random(rnd, da, c[0]), b = random(rnd, db, c[1]);
                    assertMatches(np().run("out = a @ b", java.util.Map.of("a", toOracle(a), "b", toOracle(b))),
                            a.matmul(b), da + java.util.Arrays.toString(c[0]) + " @ " + db + java.util.Arrays.toString(c[1]), 1e-5, 1e-4);
                }
    }

    @Test
    void transposedAndSlicedViewsWithoutCopies() {
        NDArray X = arange(12.0).reshape(3, 4);
        assertMatches(np().run("X = np.arange(12.).reshape(3, 4)\nout = X.T @ X"), X.T().matmul(X), "X.T @ X");
        assertMatches(np().run("X = np.arange(12.).reshape(3, 4)\nout = X @ X.T"), X.matmul(X.T()), "X @ X.T");
        assertMatches(np().run("X = np.arange(12.).reshape(3, 4)\nout = X[:, 1:3] @ X[::2, ::3].T"), X.get(":, 1:3").matmul(X.get("::2, ::3").T()),
                "sliced views");
        assertMatches(np().run("X = np.arange(12.).reshape(3, 4)\nout = X[::-1] @ X.T[:, ::-2]"), X.get("::-1").matmul(X.T().get(":, ::-2")),
                "negative strides");
        NDArray w = arange(4.0);
        assertSame(X.base(), X.T().base(), "X.T() is a view of the same memory as X");
        assertMatches(np().run("out = np.arange(12.).reshape(3,4).T @ np.arange(3.)"), X.T().matmul(arange(3.0)), "view @ vector");
        assertMatches(np().run("out = np.arange(12.).reshape(3,4) @ np.arange(4.)"), X.matmul(w), "matrix @ vector");
    }

    @Test
    void coreDimensionErrorsUseNumPysMessage() {
        assertSameError(np().run("out = np.ones((3, 4)) @ np.ones((3, 4))"), () -> ones(3, 4).matmul(ones(3, 4)), "(3,4)@(3,4)");
        assertSameError(np().run("out = np.ones(3) @ np.ones(4)"), () -> ones(3).matmul(ones(4)), "(3,)@(4,)");
        assertSameError(np().run("out = np.matmul(np.float64(2.0), np.ones(3))"), () -> full(FLOAT64, new long[0], 2.0).matmul(ones(3)), "0-d operand");
        assertSameError(np().run("out = np.ones((2, 3, 4)) @ np.ones((3, 4, 2))"), () -> ones(2, 3, 4).matmul(ones(3, 4, 2)), "batch mismatch");
    }
}
