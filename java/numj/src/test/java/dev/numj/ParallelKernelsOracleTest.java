package dev.numj;

import dev.numj.oracle.NumPyOracle;
import dev.numj.oracle.OracleResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import static dev.numj.NumJ.*;
import static dev.numj.OracleSupport.*;

/**
 * Element-wise ops and reductions large enough for the CPU kernels to split them across the worker
 * pool (native/cpu/iter.c, reduce.c: from 65,536 elements), over contiguous, strided, negative-stride,
 * transposed and broadcast operands and in place; against NumPy. native/cpu/tests/tsan_iterate.c
 * checks the same paths give bit-identical results under every thread count.
 */
class ParallelKernelsOracleTest {
    @Test
    void largeElementwiseOpsAndReductionsMatchNumPy() {
        Random rnd = new Random(12);
        List<NumPyOracle.Case> cases = new ArrayList<>();
        List<Supplier<NDArray>> numj = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (DType dt : new DType[] {DType.FLOAT64, DType.FLOAT32}) {
            NDArray a = random(rnd, dt, 400, 600), b = random(rnd, dt, 400, 600), row = random(rnd, dt, 600);
            NDArray nan = random(rnd, dt, 300_000);
            nan.set("123457", Double.NaN);
            nan.set("250001", Double.NaN);
            Object[] in = {"a", toOracle(a), "b", toOracle(b), "row", toOracle(row), "n", toOracle(nan)};
            String[] exprs = {
                "a + b", "a * b + a", "a[:, ::-1] * b", "a[::2] - b[1::2]", "a + row",
                "a.T + b.T", "np.maximum(a, 0)", "np.exp(a)", "c = a.copy(); c += b; out = c",
                "c = a.copy(); c += c; out = c", "c = a.copy(); c[:, 1:] += c[:, :-1]; out = c",
                "a.sum()", "a.sum(axis=0)", "a.sum(axis=1)", "a.T.sum(axis=1)",
                "a.max()", "a.min()", "a.max(axis=1)", "a.min(axis=0)", "a[:, ::2].max()",
                "a.argmax()", "a.argmin()", "a.argmax(axis=1)", "a.argmin(axis=0)",
                "n.max()", "n.min()", "n.argmax()", "n.argmin()", "n.sum()",
            };
            for (String e : exprs) {
                String code = e.contains("out =") ? e : "out = np.asarray(" + e + ")";
                cases.add(NumPyOracle.Case.of("with np.errstate(all='ignore'):\n    " + code.replace("; ", "\n    "), in));
                numj.add(() -> eval(e, a, b, row, nan));
                names.add(e + " " + dt);
            }
        }
        List<OracleResult> res = np().runBatch(cases);
        for (int i = 0; i < cases.size(); i++) {
            String n = names.get(i);
            // exact for everything but exp (libm vs NumPy's SIMD) and sums (NumPy's order differs along strided axes;
            // float32 columns of 400 values of a few units cancel to ~1e-4 absolute)
            boolean f32 = n.toLowerCase(java.util.Locale.ROOT).contains("float32");
            double rtol = n.contains("exp") || n.contains("sum") ? (f32 ? 1e-5 : 1e-12) : 0;
            double atol = n.contains("sum") ? (f32 ? 1e-3 : 1e-9) : rtol;
            assertMatches(res.get(i), numj.get(i).get(), n, rtol, atol);
        }
    }

    private static NDArray eval(String e, NDArray a, NDArray b, NDArray row, NDArray n) {
        return switch (e) {
            case "a + b" -> a.add(b);
            case "a[:, ::-1] * b" -> a.get(":, ::-1").mul(b);
            case "a[::2] - b[1::2]" -> a.get("::2").sub(b.get("1::2"));
            case "a + row" -> a.add(row);
            case "a.T + b.T" -> a.T().add(b.T());
            case "np.maximum(a, 0)" -> a.maximum(0.0);
            case "np.exp(a)" -> a.exp();
            case "a * b + a" -> a.mul(b).add(a);
            case "c = a.copy(); c += b; out = c" -> a.copy().addi(b);
            case "c = a.copy(); c += c; out = c" -> { NDArray c = a.copy(); yield c.addi(c); }
            case "c = a.copy(); c[:, 1:] += c[:, :-1]; out = c" -> { NDArray c = a.copy(); c.get(":, 1:").addi(c.get(":, :-1")); yield c; }
            case "a.sum()" -> a.sum();
            case "a.sum(axis=0)" -> a.sum(0);
            case "a.sum(axis=1)" -> a.sum(1);
            case "a.T.sum(axis=1)" -> a.T().sum(1);
            case "a.max()" -> a.max();
            case "a.min()" -> a.min();
            case "a.max(axis=1)" -> a.max(1);
            case "a.min(axis=0)" -> a.min(0);
            case "a[:, ::2].max()" -> a.get(":, ::2").max();
            case "a.argmax()" -> a.argmax();
            case "a.argmin()" -> a.argmin();
            case "a.argmax(axis=1)" -> a.argmax(1);
            case "a.argmin(axis=0)" -> a.argmin(0);
            case "n.max()" -> n.max();
            case "n.min()" -> n.min();
            case "n.argmax()" -> n.argmax();
            case "n.argmin()" -> n.argmin();
            case "n.sum()" -> n.sum();
            default -> throw new IllegalArgumentException(e);
        };
    }
}
