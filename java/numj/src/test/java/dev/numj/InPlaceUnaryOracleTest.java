package dev.numj;

import dev.numj.oracle.NumPyOracle;
import dev.numj.oracle.OracleResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import static dev.numj.NumJ.*;
import static dev.numj.OracleSupport.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The in-place unary ufuncs ({@code expi}, {@code negi}, ...) against NumPy's {@code f(a, out=a)}: every dtype,
 * contiguous arrays and views (transposed, strided, reversed: the write must reach the base and nothing
 * else), 0-d and empty arrays, and NumPy's same_kind errors for results that cannot be cast back.
 */
class InPlaceUnaryOracleTest {
    record Op(String numpy, UnaryOperator<NDArray> inPlace, boolean floatOnly) {}

    static final List<Op> OPS = List.of(
            new Op("negative", NDArray::negi, false), new Op("absolute", NDArray::absi, false), new Op("rint", NDArray::rinti, true),
            new Op("sign", NDArray::signi, false), new Op("exp", NDArray::expi, true), new Op("log", NDArray::logi, true),
            new Op("log2", NDArray::log2i, true), new Op("log10", NDArray::log10i, true), new Op("expm1", NDArray::expm1i, true),
            new Op("log1p", NDArray::log1pi, true), new Op("sqrt", NDArray::sqrti, true), new Op("square", NDArray::squarei, false),
            new Op("reciprocal", NDArray::reciprocali, false), new Op("sin", NDArray::sini, true), new Op("cos", NDArray::cosi, true),
            new Op("tan", NDArray::tani, true), new Op("arcsin", NDArray::arcsini, true), new Op("arccos", NDArray::arccosi, true),
            new Op("arctan", NDArray::arctani, true), new Op("sinh", NDArray::sinhi, true), new Op("cosh", NDArray::coshi, true),
            new Op("tanh", NDArray::tanhi, true), new Op("arcsinh", NDArray::arcsinhi, true), new Op("arccosh", NDArray::arccoshi, true),
            new Op("arctanh", NDArray::arctanhi, true), new Op("floor", NDArray::floori, false), new Op("ceil", NDArray::ceili, false),
            new Op("trunc", NDArray::trunci, false), new Op("positive", NDArray::positivei, false));

    /** A view of a fresh base and the NumPy expression for the same view of `a`. */
    record Layout(String name, String numpyView, UnaryOperator<NDArray> view, long[] baseShape) {}

    static final List<Layout> LAYOUTS = List.of(
            new Layout("contiguous", "a", v -> v, new long[] {3, 5}),
            new Layout("transposed", "a.T", NDArray::T, new long[] {4, 6}),
            new Layout("strided", "a[::2, 1::2]", v -> v.get("::2, 1::2"), new long[] {5, 6}),
            new Layout("reversed", "a[::-1]", v -> v.get("::-1"), new long[] {9}),
            new Layout("0-d", "a", v -> v, new long[] {}),
            new Layout("empty", "a", v -> v, new long[] {0, 3}));

    @Test
    void everyInPlaceUnaryUfuncMatchesNumPysOutEqualsInput() {
        Random rnd = new Random(21);
        List<NumPyOracle.Case> cases = new ArrayList<>();
        List<Supplier<NDArray>> numj = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Boolean> float16 = new ArrayList<>();
        for (DType dt : DType.values())
            for (Layout l : LAYOUTS)
                for (Op op : OPS) {
                    NDArray base = random(rnd, dt, l.baseShape);
                    // the oracle's arrays carry an explicit byte order ('<i4'), which NumPy's messages would print
                    String code = "a = a.astype(np.dtype(a.dtype.name))\nwith np.errstate(all='ignore'):\n    v = " + l.numpyView
                            + "\n    np." + op.numpy + "(v, out=v)\n    out = a";
                    cases.add(NumPyOracle.Case.of(code, "a", toOracle(base)));
                    numj.add(() -> {
                        op.inPlace.apply(l.view.apply(base));
                        return base;
                    });
                    names.add(op.numpy + "(v, out=v) " + dt + " " + l.name);
                    // NumPy computes float functions of bool in float16, which NumJ does not have (float32): the
                    // result cannot be cast back either way, the message names another dtype
                    float16.add(dt.isBool() && op.floatOnly);
                }
        List<OracleResult> res = np().runBatch(cases);
        for (int i = 0; i < cases.size(); i++) {
            int k = i;
            OracleResult r = res.get(i);
            if (float16.get(k) || (r.isError() && r.errorMessage().contains("int8")))
                assertThrows(NumJTypeException.class, () -> numj.get(k).get(), names.get(k));
            else if (r.isError()) assertSameError(r, () -> numj.get(k).get(), names.get(k));
            else assertMatches(r, numj.get(k).get(), names.get(k), 1e-6, 1e-7);
        }
    }

    @Test
    void sigmoidReluAndRoundInPlace() {
        NDArray x = array(-3.0, -0.5, 0.0, 2.0, 40.0).astype(DType.FLOAT32);
        NDArray expected = x.sigmoid();
        assertSame(x, x.sigmoidi(), "returns this");
        assertMatches(np().run("out = (1 / (1 + np.exp(-np.array([-3.0, -0.5, 0.0, 2.0, 40.0], dtype=np.float32)))).astype(np.float32)"),
                x, "sigmoidi", 1e-6, 1e-7);
        assertArrayEquals(expected.toDoubleArray(), x.toDoubleArray(), "sigmoidi equals sigmoid");
        NDArray r = arange(-3, 4);
        r.relui();
        assertMatches(np().run("a = np.arange(-3, 4)\nnp.maximum(a, 0, out=a)\nout = a"), r, "relui int64");
        NDArray f = array(1.25, -2.35, 1234.5);
        f.roundi(1);
        assertMatches(np().run("a = np.array([1.25, -2.35, 1234.5])\nnp.round(a, 1, out=a)\nout = a"), f, "roundi(1)");
        NDArray n = array(1234L, -1250L);
        n.roundi(1);
        assertMatches(np().run("a = np.array([1234, -1250])\nnp.round(a, 1, out=a)\nout = a"), n, "roundi(1) int");
        assertSameError(np().run("a = np.array([1234, -1250])\nnp.round(a, -2, out=a)\nout = a"), () -> n.roundi(-2), "roundi(-2) int");
        NDArray n32 = array(1234L, -1250L).astype(DType.INT32);
        assertSameError(np().run("a = np.array([1234, -1250], dtype=np.int32)\nnp.round(a, -1, out=a)\nout = a"), () -> n32.roundi(-1), "roundi(-1) int32");
    }

    @Test
    void readOnlyAndIntegerTargetsFailLikeNumPy() {
        NDArray ro = arange(3.0).broadcastTo(2, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, ro::expi);
        assertEquals("output array is read-only", e.getMessage());
        NumJTypeException t = assertThrows(NumJTypeException.class, () -> arange(3).sigmoidi());
        assertTrue(t.getMessage().contains("Cannot cast ufunc 'sigmoid' output from dtype('float64') to dtype('int64')"), t.getMessage());
        NDArray i = arange(3);
        assertThrows(NumJTypeException.class, i::sqrti);
        assertArrayEquals(new long[] {0, 1, 2}, i.toLongArray(), "a failed in-place op leaves the array as it was");
    }
}
