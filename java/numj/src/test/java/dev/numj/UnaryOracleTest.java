package dev.numj;

import dev.numj.oracle.NumPyOracle;
import dev.numj.oracle.OracleResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static dev.numj.NumJ.*;
import static dev.numj.OracleSupport.*;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static dev.numj.random.Random.*;

/** Unary ufuncs over every dtype, where(), dot(); against NumPy (NumJ's float32 for bool inputs is a documented difference). */
class UnaryOracleTest {
    record Fn(String numpy, Function<NDArray, NDArray> numj) {}

    static final List<Fn> FNS = List.of(
            new Fn("np.negative(a)", NDArray::neg), new Fn("np.absolute(a)", NDArray::abs), new Fn("np.sign(a)", NDArray::sign),
            new Fn("np.sqrt(a)", NDArray::sqrt), new Fn("np.square(a)", NDArray::square), new Fn("np.exp(a)", NDArray::exp),
            new Fn("np.log(a)", NDArray::log), new Fn("np.log1p(a)", NDArray::log1p), new Fn("np.expm1(a)", NDArray::expm1),
            new Fn("np.tanh(a)", NDArray::tanh), new Fn("np.sin(a)", NDArray::sin), new Fn("np.cos(a)", NDArray::cos),
            new Fn("np.floor(a)", NDArray::floor), new Fn("np.ceil(a)", NDArray::ceil), new Fn("np.round(a, 1)", a -> a.round(1)),
            new Fn("np.round(a, -1)", a -> a.round(-1)), new Fn("np.isnan(a)", NDArray::isnan), new Fn("np.isinf(a)", NDArray::isinf),
            new Fn("np.isfinite(a)", NDArray::isfinite), new Fn("np.logical_not(a)", NDArray::not),
            new Fn("1 / (1 + np.exp(-a.astype(np.result_type(a, np.float32) if a.dtype != bool else np.float32)))", NDArray::sigmoid),
            new Fn("np.maximum(a, 0) if a.dtype != bool else np.maximum(a, 0).astype(np.int64)", NDArray::relu));

    @Test
    void everyUnaryUfuncOnEveryDtype() {
        Random rnd = new Random(9);
        List<NumPyOracle.Case> cases = new ArrayList<>();
        List<java.util.function.Supplier<NDArray>> numj = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (DType dt : DType.values())
            for (long[] sh : new long[][] {{}, {7}, {3, 5}, {0, 2}})
                for (Fn f : FNS) {
                    NDArray a = random(rnd, dt, sh);
                    if (dt.isFloating() && a.size() > 2) { a.setDouble(Double.NaN, flatIndex(a, 0)); a.setDouble(Double.POSITIVE_INFINITY, flatIndex(a, 1)); }
                    // NumPy computes float functions of bool in float16, which NumJ does not have: NumJ uses float32
                    String code = dt.isBool() && f.numpy.matches("np\\.(sqrt|exp|log|log1p|expm1|tanh|sin|cos)\\(a\\)")
                            ? f.numpy.replace("(a)", "(a.astype(np.float32))") : f.numpy;
                    cases.add(NumPyOracle.Case.of("with np.errstate(all='ignore'):\n    out = " + code, "a", toOracle(a)));
                    numj.add(() -> f.numj.apply(a));
                    names.add(f.numpy + " " + dt + java.util.Arrays.toString(sh));
                }
        List<OracleResult> res = np().runBatch(cases);
        for (int i = 0; i < cases.size(); i++) {
            int k = i;
            OracleResult r = res.get(i);
            if (r.isError()) assertSameError(r, () -> numj.get(k).get(), names.get(k));
            else if (r.value().dtype().equals("int8")) assertThrows(NumJTypeException.class, () -> numj.get(k).get(), names.get(k));
            else assertMatches(r, numj.get(k).get(), names.get(k), 1e-6, 1e-7);
        }
    }

    private static long[] flatIndex(NDArray a, long flat) {
        long[] idx = new long[a.ndim()];
        long[] sh = a.shape();
        for (int d = sh.length - 1; d >= 0; d--) { idx[d] = flat % sh[d]; flat /= sh[d]; }
        return idx;
    }

    @Test
    void whereAndDotMatchNumPy() {
        NDArray x = arange(12.0).reshape(3, 4);
        assertMatches(np().run("x = np.arange(12.).reshape(3, 4)\nout = np.where(x > 5, x, -x)"), where(x.gt(5L), x, x.neg()), "where arrays");
        assertMatches(np().run("x = np.arange(12.).reshape(3, 4)\nout = np.where(x % 2 == 0, 1.0, 0.0)"), where(x.mod(2L).eq(0L), 1.0, 0.0), "where scalars");
        assertMatches(np().run("out = np.where(np.array([True, False]), np.arange(2), np.ones((3, 1)))"),
                where(array(true, false), arange(2), ones(3, 1)), "where broadcasts and promotes");
        assertMatches(np().run("out = np.dot(np.arange(4.), np.arange(4.))"), dot(arange(4.0), arange(4.0)), "dot 1-D");
        assertMatches(np().run("out = np.dot(np.arange(12.).reshape(3, 4), np.arange(4.))"), dot(x, arange(4.0)), "dot 2-D 1-D");
        assertMatches(np().run("out = np.dot(np.arange(12.).reshape(3, 4), np.arange(12.).reshape(4, 3))"), dot(x, arange(12.0).reshape(4, 3)), "dot 2-D");
    }
}
