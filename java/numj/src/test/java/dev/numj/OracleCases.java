package dev.numj;

import dev.numj.oracle.NumPyOracle;
import dev.numj.oracle.OracleArray;
import dev.numj.oracle.OracleAssert;
import dev.numj.oracle.OracleResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import static dev.numj.OracleSupport.np;
import static dev.numj.OracleSupport.toOracle;

/**
 * A batch of differential cases for the reduction and sorting tests: each one is NumPy code over
 * named inputs and the NumJ call that must agree with it. {@link #run} sends the whole batch to the
 * oracle in one round trip, then checks every case: the same dtype, shape and values (floats within
 * the tolerance of their dtype, or bit for bit where asked), tuples item by item
 * ({@link TopK}, {@link UniqueCounts}), and for NumPy errors an exception of the mapped Java type with
 * NumPy's message. Failures are collected and reported together.
 */
final class OracleCases {
    private record Case(String what, String code, Object[] inputs, Supplier<Object> numj, boolean exactBits) {}

    private final List<Case> cases = new ArrayList<>();
    private double rtol32 = 1e-5, atol32 = 1e-6, rtol64 = 1e-10, atol64 = 1e-12;

    /** Float tolerances (relative, absolute) for float32 and float64 results. */
    OracleCases tolerances(double rtol32, double atol32, double rtol64, double atol64) {
        this.rtol32 = rtol32;
        this.atol32 = atol32;
        this.rtol64 = rtol64;
        this.atol64 = atol64;
        return this;
    }

    /** A case whose NumPy code assigns {@code out}; inputs are name, value pairs (NDArrays converted). */
    void add(String what, String code, Supplier<Object> numj, Object... inputs) {
        cases.add(new Case(what, code, inputs, numj, false));
    }

    /** As {@link #add}, but the result must equal NumPy's byte for byte (sorting permutes values). */
    void addExact(String what, String code, Supplier<Object> numj, Object... inputs) {
        cases.add(new Case(what, code, inputs, numj, true));
    }

    int size() { return cases.size(); }

    void run() {
        List<NumPyOracle.Case> batch = new ArrayList<>(cases.size());
        for (Case c : cases) {
            Object[] in = c.inputs.clone();
            for (int i = 1; i < in.length; i += 2) if (in[i] instanceof NDArray a) in[i] = toOracle(a);
            batch.add(NumPyOracle.Case.of(c.code, in));
        }
        List<OracleResult> results = np().runBatch(batch);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            try {
                check(c, results.get(i));
            } catch (AssertionError e) {
                failures.add(c.what + "\n    NumPy: " + c.code.replace("\n", "; ") + "\n    " + e.getMessage());
            }
        }
        if (!failures.isEmpty())
            throw new AssertionError(failures.size() + " of " + cases.size() + " cases differ from NumPy:\n"
                    + String.join("\n", failures.subList(0, Math.min(Integer.getInteger("oracle.maxFailures", 25), failures.size()))));
    }

    private void check(Case c, OracleResult r) {
        if (r.isError()) {
            RuntimeException thrown = null;
            Object got = null;
            try {
                got = c.numj.get();
            } catch (RuntimeException e) {
                thrown = e;
            }
            if (thrown == null) throw new AssertionError("NumPy raised " + r.errorType() + ": " + r.errorMessage()
                    + " but NumJ returned " + describe(got));
            Class<? extends RuntimeException> want = javaType(r);
            if (!want.isInstance(thrown))
                throw new AssertionError("NumPy raised " + r.errorType() + ", NumJ threw " + thrown.getClass().getName()
                        + " (expected " + want.getName() + "): " + thrown.getMessage());
            OracleAssert.assertErrorMatches(r, thrown);
            return;
        }
        Object got;
        try {
            got = c.numj.get();
        } catch (RuntimeException e) {
            throw new AssertionError("NumPy returned a value but NumJ threw " + e, e);
        }
        switch (got) {
            case NDArray a -> compare(r.value(), a, c.exactBits);
            case TopK t -> compareTuple(r, c.exactBits, t.values(), t.indices());
            case UniqueCounts u -> compareTuple(r, c.exactBits, u.values(), u.counts());
            case UniqueResult u -> compareParts(r, c.exactBits, u.values(), u.indices(), u.inverse(), u.counts());
            case Intersection x -> compareParts(r, c.exactBits, x.values(), x.indices1(), x.indices2());
            case java.util.List<?> l -> compareTuple(r, c.exactBits, l.toArray(new NDArray[0]));
            case NDArray[] items -> compareTuple(r, c.exactBits, items);
            default -> throw new AssertionError("unexpected NumJ result " + got);
        }
    }

    private void compareTuple(OracleResult r, boolean exact, NDArray... items) {
        if (!r.isTuple() || r.values().size() != items.length)
            throw new AssertionError("NumPy gave " + r + ", NumJ a tuple of " + items.length);
        for (int k = 0; k < items.length; k++) compare(r.values().get(k), items[k], exact);
    }

    /** The non-null parts as NumPy's tuple, or as its single array when only one part is there. */
    private void compareParts(OracleResult r, boolean exact, NDArray... parts) {
        NDArray[] present = Arrays.stream(parts).filter(java.util.Objects::nonNull).toArray(NDArray[]::new);
        if (present.length == 1 && !r.isTuple()) compare(r.value(), present[0], exact);
        else compareTuple(r, exact, present);
    }

    private void compare(OracleArray expected, NDArray actual, boolean exact) {
        OracleArray got = toOracle(actual);
        if (exact) {
            OracleAssert.assertArrayMatches(expected, got, 0, 0);
            if (!Arrays.equals(expected.data(), got.data()))
                throw new AssertionError("not bit-identical (signed zeros or NaN payloads differ)\nexpected: "
                        + expected + "\nactual:   " + got);
        } else if (expected.dtype().equals("float32")) {
            OracleAssert.assertArrayMatches(expected, got, rtol32, atol32);
        } else {
            OracleAssert.assertArrayMatches(expected, got, rtol64, atol64);
        }
    }

    /** NumPy's exception types as NumJ's (DESIGN: AxisError, ValueError, IndexError, TypeError). */
    private static Class<? extends RuntimeException> javaType(OracleResult r) {
        if (r.isErrorOf("AxisError")) return AxisException.class;
        if (r.isErrorOf("IndexError")) return IndexOutOfBoundsException.class;
        if (r.isErrorOf("TypeError")) return NumJTypeException.class;
        if (r.isErrorOf("ZeroDivisionError")) return ArithmeticException.class;
        return IllegalArgumentException.class;
    }

    private static String describe(Object o) {
        return o instanceof NDArray a ? a.dtype() + Arrays.toString(a.shape()) : String.valueOf(o);
    }
}
