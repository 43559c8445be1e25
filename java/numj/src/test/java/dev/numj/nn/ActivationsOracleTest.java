package dev.numj.nn;

import dev.numj.AxisException;
import dev.numj.DType;
import dev.numj.NDArray;
import dev.numj.NumJTypeException;
import dev.numj.oracle.NumPyOracle;
import dev.numj.oracle.OracleResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static dev.numj.NumJ.*;
import static dev.numj.nn.NnOracle.*;
import static org.junit.jupiter.api.Assertions.*;

/** Every activation and derivative against the NumPy formula the seeds write, over dtypes, shapes and extreme values. */
class ActivationsOracleTest {
    record Fn(String name, String numpy, Function<NDArray, NDArray> numj) {}

    /** NumPy's own formulas; `ft` is the float dtype NumPy computes in (float32 stays float32, ints give float64). */
    static final List<Fn> FNS = List.of(
            new Fn("sigmoid", "1 / (1 + np.exp(-a.astype(ft)))", Activations::sigmoid),
            new Fn("sigmoidDerivative", "s = 1 / (1 + np.exp(-a.astype(ft)))\nout = s * (1 - s)", Activations::sigmoidDerivative),
            new Fn("sigmoidDerivativeFromOutput", "a * (1 - a)", Activations::sigmoidDerivativeFromOutput),
            new Fn("relu", "np.maximum(a, 0)", Activations::relu),
            new Fn("reluDerivative", "(a > 0).astype(a.dtype)", Activations::reluDerivative),
            new Fn("leakyRelu", "np.maximum(0.01 * a, a)", Activations::leakyRelu),
            new Fn("leakyRelu(0.2)", "np.maximum(0.2 * a, a)", z -> Activations.leakyRelu(z, 0.2)),
            new Fn("leakyReluDerivative(0.2)", "np.where(a > 0, 1.0, 0.2).astype(ft)", z -> Activations.leakyReluDerivative(z, 0.2)),
            new Fn("tanh", "np.tanh(a)", Activations::tanh),
            new Fn("tanhDerivative", "1 - np.tanh(a) ** 2", Activations::tanhDerivative),
            new Fn("tanhDerivativeFromOutput", "1 - a ** 2", Activations::tanhDerivativeFromOutput),
            new Fn("softmax", "e = np.exp(a - np.max(a, axis=-1, keepdims=True))\nout = e / np.sum(e, axis=-1, keepdims=True)", Activations::softmax),
            new Fn("softmax(0)", "e = np.exp(a - np.max(a, axis=0, keepdims=True))\nout = e / np.sum(e, axis=0, keepdims=True)",
                    z -> Activations.softmax(z, 0)),
            new Fn("logSoftmax", "s = a - np.max(a, axis=-1, keepdims=True)\nout = s - np.log(np.sum(np.exp(s), axis=-1, keepdims=True))",
                    Activations::logSoftmax),
            new Fn("logSoftmax(0)", "s = a - np.max(a, axis=0, keepdims=True)\nout = s - np.log(np.sum(np.exp(s), axis=0, keepdims=True))",
                    z -> Activations.logSoftmax(z, 0)));

    /** float64, float32, int64 and int32 inputs of several shapes, with logits of +-1000 mixed in (and NaN, +inf for floats). */
    @Test
    void everyActivationMatchesNumPyOnEveryDtypeIncludingExtremes() {
        Random rnd = new Random(5);
        List<NumPyOracle.Case> cases = new ArrayList<>();
        List<NDArray> inputs = new ArrayList<>();
        List<Fn> fns = new ArrayList<>();
        for (DType dt : new DType[] {DType.FLOAT64, DType.FLOAT32, DType.INT64, DType.INT32})
            for (long[] sh : new long[][] {{7}, {4, 5}, {2, 3, 4}, {0, 3}})
                for (boolean extreme : new boolean[] {false, true})
                    for (Fn f : FNS) {
                        if (f.name.startsWith("softmax(0)") || f.name.startsWith("logSoftmax(0)")) if (sh[0] == 0) continue;
                        NDArray a = normal(rnd, 3, sh);
                        if (extreme && a.size() >= 4) {
                            NDArray flat = a.reshape(-1);
                            flat.setDouble(1000, 0);
                            flat.setDouble(-1000, 1);
                            flat.setDouble(dt.isFloating() ? 800 : 999, 2);
                            if (dt.isFloating() && a.size() >= 6) {       // at the end, so other rows keep +-1000 finite
                                flat.setDouble(Double.NaN, a.size() - 1);
                                flat.setDouble(Double.POSITIVE_INFINITY, a.size() - 2);
                            }
                        }
                        a = dt.isFloating() ? a.astype(dt) : a.round().astype(dt);
                        String code = "ft = np.float32 if a.dtype == np.float32 else np.float64\n"
                                + "with np.errstate(all='ignore'):\n    " + (f.numpy.contains("out =") ? "" : "out = ")
                                + f.numpy.replace("\n", "\n    ");
                        cases.add(NumPyOracle.Case.of(code, "a", toOracle(a)));
                        inputs.add(a);
                        fns.add(f);
                    }
        List<OracleResult> res = np().runBatch(cases);
        for (int i = 0; i < cases.size(); i++) {
            NDArray a = inputs.get(i);
            Fn f = fns.get(i);
            String what = f.name + " " + a.dtype() + java.util.Arrays.toString(a.shape());
            OracleResult r = res.get(i);
            if (r.isError()) fail(what + ": NumPy raised " + r.errorType() + ": " + r.errorMessage());
            assertMatches(r, f.numj.apply(a), what, a.dtype() == DType.FLOAT32 ? 2e-6 : 1e-12,
                    a.dtype() == DType.FLOAT32 ? 2e-7 : 1e-15);   // 1 - tanh**2 magnifies a 1-ulp libm difference
        }
    }

    @Test
    void softmaxIsExactAndFiniteAtLogitsOfPlusMinus1000() {
        NDArray z = array(new double[][] {{1000, -1000, 0}, {-1000, -1000, -1000}, {1000, 1000, 999}});
        NDArray p = Activations.softmax(z, 1);
        assertFalse(p.isnan().any().getBoolean(), "no NaN: " + p);
        assertEquals(1.0, p.getDouble(0, 0));
        assertEquals(0.0, p.getDouble(0, 1));
        assertArrayEquals(new double[] {1, 1, 1}, p.sum(1).toDoubleArray(), 1e-15);
        assertEquals(1.0 / 3, p.getDouble(1, 2), 1e-16);
        NDArray lp = Activations.logSoftmax(z, 1);
        assertEquals(-2000.0, lp.getDouble(0, 1), 0.0, "finite where log(softmax) is -inf");
        assertEquals(-1000.0, lp.getDouble(0, 2), 0.0);
        OracleResult r = np().run("s = z - np.max(z, axis=1, keepdims=True)\nout = s - np.log(np.sum(np.exp(s), axis=1, keepdims=True))",
                java.util.Map.of("z", toOracle(z)));
        assertMatches(r, lp, "logSoftmax at +-1000", 1e-15, 0);
        // float32 logits keep their dtype and stay finite too
        NDArray p32 = Activations.softmax(z.astype(FLOAT32), -1);
        assertEquals(FLOAT32, p32.dtype());
        assertTrue(p32.isfinite().all().getBoolean());
    }

    @Test
    void sigmoidIsStableAtPlusMinus1000AndBothDerivativeConventionsAgree() {
        NDArray z = linspace(-5, 5, 101);
        // chapter 3, exercise D1: sigmoid_derivative(z) equals sigmoid(z) * (1 - sigmoid(z)) on [-5, 5]
        assertTrue(allclose(Activations.sigmoidDerivative(z), Activations.sigmoidDerivativeFromOutput(Activations.sigmoid(z))));
        assertTrue(allclose(Activations.tanhDerivative(z), Activations.tanhDerivativeFromOutput(Activations.tanh(z))));
        NDArray ext = array(-1000.0, 1000.0);
        assertArrayEquals(new double[] {0, 1}, Activations.sigmoid(ext).toDoubleArray(), 0.0);
        assertArrayEquals(new double[] {0, 0}, Activations.sigmoidDerivative(ext).toDoubleArray(), 0.0);
        assertEquals(0.25, Activations.sigmoidDerivative(array(0.0)).item());
        // the seed's printed values
        assertArrayEquals(new double[] {0.119, 0.269, 0.5, 0.731, 0.881},
                Activations.sigmoid(array(-2, -1, 0, 1, 2)).round(3).toDoubleArray(), 0.0);
        assertArrayEquals(new double[] {-0.03, -0.01, 0, 2, 5}, Activations.leakyRelu(array(-3, -1, 0, 2, 5)).toDoubleArray(), 1e-17);
    }

    @Test
    void badAxesAndDtypesFailLikeNumPysFormula() {
        NDArray z = ones(2, 3);
        OracleResult r = np().run("out = np.max(np.ones((2, 3)), axis=2, keepdims=True)");
        assertSameError(r, AxisException.class, () -> Activations.softmax(z, 2), "softmax axis 2");
        assertSameError(r, AxisException.class, () -> Activations.logSoftmax(z, 2), "logSoftmax axis 2");
        OracleResult b = np().run("a = np.array([True, False])\nout = a - np.max(a, axis=-1, keepdims=True)");
        assertSameError(b, NumJTypeException.class, () -> Activations.softmax(array(true, false)), "softmax of bool");
    }

    private static boolean allclose(NDArray a, NDArray b) {
        return a.sub(b).abs().max().item() <= 1e-12;
    }
}
