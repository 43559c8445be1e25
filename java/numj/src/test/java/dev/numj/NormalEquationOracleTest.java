package dev.numj;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static dev.numj.NumJ.*;
import static dev.numj.OracleSupport.*;
import dev.numj.linalg.Linalg;
import static dev.numj.random.Random.*;

/** The seeds' normal equation w = inv(X^T X) X^T y gives NumPy's weights to float64 rounding; inv errors as NumPy's. */
class NormalEquationOracleTest {
    @Test
    void normalEquationWeightsMatchNumPy() {
        Random rnd = new Random(5);
        NDArray X = random(rnd, FLOAT64, 400, 4);
        NDArray y = X.matmul(array(3.0, -2.0, 1.5, 0.25)).add(random(rnd, FLOAT64, 400).mul(0.1));
        NDArray Xb = ones(400, 5);
        Xb.set(":, 1:", X);
        NDArray w = Linalg.inv(Xb.T().matmul(Xb)).matmul(Xb.T()).matmul(y);
        var r = np().run("Xb = np.c_[np.ones(X.shape[0]), X]\nout = np.linalg.inv(Xb.T @ Xb) @ Xb.T @ y",
                java.util.Map.of("X", toOracle(X), "y", toOracle(y)));
        assertMatches(r, w, "normal-equation weights", 1e-12, 1e-12);
    }

    @Test
    void invAndSolveMatchNumPyAndFailLikeIt() {
        NDArray A = array(new double[][] {{4, 7}, {2, 6}});
        assertMatches(np().run("out = np.linalg.inv(np.array([[4., 7], [2, 6]]))"), Linalg.inv(A), "inv");
        assertMatches(np().run("out = np.linalg.inv(np.array([[4., 7], [2, 6]], np.float32))"), Linalg.inv(A.astype(FLOAT32)), "inv float32");
        assertMatches(np().run("out = np.linalg.solve(np.array([[4., 7], [2, 6]]), np.array([1., 2]))"), Linalg.solve(A, array(1.0, 2.0)), "solve");
        assertSameError(np().run("out = np.linalg.inv(np.array([[1., 2], [2, 4]]))"), () -> Linalg.inv(array(new double[][] {{1, 2}, {2, 4}})), "singular");
        assertSameError(np().run("out = np.linalg.inv(np.ones((2, 3)))"), () -> Linalg.inv(ones(2, 3)), "not square");
    }
}
