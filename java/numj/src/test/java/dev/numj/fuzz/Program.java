package dev.numj.fuzz;

import dev.numj.DType;
import dev.numj.NDArray;
import dev.numj.oracle.NumPyOracle;
import dev.numj.oracle.OracleArray;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * One fuzz case: input arrays and a chain of 1-4 steps on a current value {@code x}, each step held as
 * NumPy source text, the equivalent NumJ call as Java text, and the NumJ call itself. The NumJ side runs
 * while the program is generated (a step's operands are drawn to fit the current value's shape and dtype);
 * the chain stops at the first step NumJ throws from. With {@code snapshots} on, the state before every
 * step is kept so that each step can be re-run alone in NumPy.
 */
final class Program {
    /** An input array: sent to NumPy as {@code name + "_"} (or {@code name} when contiguous), then viewed. */
    record Input(String name, NDArray array, OracleArray base, String pyView, String javaView) {}

    /**
     * One step: NumPy statements over {@code x} and inputs, the Java text, the NumJ call, the inputs it
     * reads, whether it may round differently from NumPy (sums, libm functions, BLAS).
     */
    record Step(String op, String py, String java, UnaryOperator<NDArray> run, List<String> uses, boolean inexact,
            ErrorBound bound) {
        /**
         * np.unique's choice between -0.0 and 0.0 is unspecified, and so is which of them np.median / np.quantile's
         * (unstable) partition puts at a position (Deviations.Kind.UNIQUE_SIGN_OF_ZERO).
         */
        boolean zeroSignFree() { return op.equals("unique") || op.equals("median") || op.equals("quantile") || op.equals("matmul")
                || op.equals("tensordot"); }

        /** Whether the step writes into x (x op= b, x[i] = v, ufunc.at): every other step assigns a new x ("x = ..."). */
        boolean writesX() { return !py.startsWith("x = "); }

        /** See {@link Deviations.Kind#EINSUM_INFINITY_GROUPING}. */
        boolean infinityGrouping() { return op.equals("einsum"); }

        Step withBound(String scale, boolean sqrt) { return new Step(op, py, java, run, uses, inexact, new ErrorBound(scale, sqrt)); }
    }

    /**
     * The rounding error one correct implementation of a step may make, per result element, for re-running
     * the step alone: {@code scale} is NumPy code evaluated on the step's inputs, before it, giving the sum
     * of the magnitudes of the terms behind each result element times their count n (for a dot product
     * {@code k * (|A| @ |B|)}); the bound is {@code eps * scale} (eps of the result's dtype), or its square
     * root for a standard deviation. This is the textbook forward error bound of a sum, gamma_n * sum|terms|
     * with gamma_n ~ n eps: two correct implementations summing in other orders (NumPy's pairwise sums, BLAS
     * blocking) may differ by up to twice it ({@link Comparison}), which a cancellation makes large next to
     * the result itself.
     */
    record ErrorBound(String scale, boolean sqrt) {}

    /** The state before one step: {@code x} and every input, as NumJ held them. */
    record Snapshot(OracleArray x, boolean writeable, Map<String, OracleArray> inputs, boolean aliased) {}

    final long seed;
    final long index;
    final SplittableRandom rnd;
    final boolean snapshots;
    final List<Input> inputs = new ArrayList<>();
    final List<Step> steps = new ArrayList<>();
    final List<Snapshot> before = new ArrayList<>();
    final List<OracleArray> after = new ArrayList<>();
    NDArray x;
    /** NumJ's exception from the last step, or null. */
    Throwable thrown;
    /** NumJ's final value (null when it threw). */
    OracleArray result;

    Program(long seed, long index, boolean snapshots) {
        this.seed = seed;
        this.index = index;
        this.snapshots = snapshots;
        this.rnd = new SplittableRandom(mix(seed, index));
    }

    /** The case's own random stream: a function of (seed, index) only, so one case can be re-run alone. */
    static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Registers a new input: random data of the given dtype and shape, in a random memory layout. */
    NDArray input(DType dt, long[] shape) {
        String name = "a" + inputs.size();
        int layout = shape.length == 0 ? 0 : rnd.nextInt(10);
        NDArray base;
        NDArray view;
        String py;
        String java;
        if (layout == 7 && shape.length >= 2) {                         // transposed
            long[] rev = new long[shape.length];
            for (int i = 0; i < shape.length; i++) rev[i] = shape[shape.length - 1 - i];
            base = FuzzArrays.random(rnd, dt, rev);
            view = base.T();
            py = name + "_.T";
            java = name + "_.T()";
        } else if (layout == 8) {                                       // reversed along one axis
            int ax = rnd.nextInt(shape.length);
            base = FuzzArrays.random(rnd, dt, shape);
            String idx = sliceOn(shape.length, ax, "::-1");
            view = base.get(idx);
            py = name + "_[" + idx + "]";
            java = name + "_.get(\"" + idx + "\")";
        } else if (layout == 9) {                                       // every other row of a larger array
            int ax = rnd.nextInt(shape.length);
            long[] big = shape.clone();
            big[ax] = shape[ax] * 2;
            base = FuzzArrays.random(rnd, dt, big);
            String idx = sliceOn(shape.length, ax, "::2");
            view = base.get(idx);
            py = name + "_[" + idx + "]";
            java = name + "_.get(\"" + idx + "\")";
        } else {
            base = FuzzArrays.random(rnd, dt, shape);
            view = base;
            py = null;
            java = null;
        }
        inputs.add(new Input(name, view, FuzzArrays.toOracle(base), py, java));
        return view;
    }

    /** Registers the given array as a new (contiguous) input, e.g. an index array built for its values. */
    NDArray input(NDArray data) {
        String name = "a" + inputs.size();
        inputs.add(new Input(name, data, FuzzArrays.toOracle(data), null, null));
        return data;
    }

    private static String sliceOn(int ndim, int axis, String slice) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i <= axis; i++) b.append(i > 0 ? ", " : "").append(i == axis ? slice : ":");
        return b.toString();
    }

    String nameOf(NDArray a) {
        for (Input in : inputs) if (in.array == a) return in.name;
        throw new IllegalStateException("not an input");
    }

    /** Runs {@code s} on NumJ (recording the state before it when asked); false once NumJ has thrown. */
    boolean run(Step s) {
        steps.add(s);
        if (snapshots) {
            Map<String, OracleArray> in = new LinkedHashMap<>();
            boolean aliased = false;
            for (Input i : inputs) {
                in.put(i.name, FuzzArrays.toOracle(i.array));
                // x itself as an operand (x /= a0 right after x = a0) reads each element before writing it, in NumJ as in
                // NumPy, so the step re-run on copies is the same computation: only another view of x's memory counts
                if (s.uses.contains(i.name) && i.array != x && i.array.sharesMemory(x)) aliased = true;
            }
            before.add(new Snapshot(FuzzArrays.toOracle(x), x.isWriteable(), in, aliased));
        }
        try {
            x = s.run.apply(x);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable t) {
            thrown = t;
            return false;
        }
        if (snapshots) after.add(FuzzArrays.toOracle(x));
        return true;
    }

    void finish() {
        if (thrown != null) return;
        try {
            result = FuzzArrays.toOracle(x);
        } catch (RuntimeException | OutOfMemoryError e) {
            throw new IllegalStateException("the result " + x.dtype() + java.util.Arrays.toString(x.shape())
                    + " could not be read back (" + e + "); the program:\n" + javaText(), e);
        }
    }

    // ---- the NumPy side --------------------------------------------------------------------------

    /**
     * The oracle hands inputs over with an explicitly little-endian dtype ({@code <i8}), which NumPy prints
     * in messages as {@code dtype('<i8')} where a normal array says {@code dtype('int64')}: view them as native.
     */
    private static final String NATIVE = "%s.view(%s.dtype.newbyteorder('='))";

    /** The NumPy program over the sent inputs. */
    String python() {
        StringBuilder b = new StringBuilder(Deviations.PY_HELPERS);
        for (Input in : inputs) {
            String sent = in.pyView != null ? in.name + "_" : in.name;
            b.append(sent).append(" = ").append(NATIVE.formatted(sent, sent)).append('\n');
            if (in.pyView != null) b.append(in.name).append(" = ").append(in.pyView).append('\n');
        }
        b.append("x = a0\n");
        for (Step s : steps) b.append(s.py).append('\n');
        return b.append("out = x\n").toString();
    }

    /** The oracle case: the program and its inputs. */
    NumPyOracle.Case oracleCase() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Input in : inputs) m.put(in.pyView != null ? in.name + "_" : in.name, in.base);
        return new NumPyOracle.Case(python(), m);
    }

    /** Step {@code k} alone, on NumJ's state before it (needs snapshots). */
    NumPyOracle.Case isolatedCase(int k) {
        Snapshot s = before.get(k);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("x", s.x);
        for (String u : steps.get(k).uses) m.put(u, s.inputs.get(u));
        StringBuilder pre = new StringBuilder();
        for (String name : m.keySet()) pre.append(name).append(" = ").append(NATIVE.formatted(name, name)).append('\n');
        String ro = pre + (s.writeable ? "" : "x.flags.writeable = False\n");
        Step st = steps.get(k);
        if (st.bound == null) return new NumPyOracle.Case(Deviations.PY_HELPERS + ro + st.py + "\nout = x\n", m);
        String post = st.bound.sqrt ? "np.sqrt(np.finfo(x.dtype).eps * _s)" : "np.finfo(x.dtype).eps * _s";
        return new NumPyOracle.Case(Deviations.PY_HELPERS + ro
                + "try:\n    _s = " + st.bound.scale + "\nexcept Exception:\n    _s = 0.0\n"
                + st.py + "\n"
                + "try:\n    _b = np.broadcast_to(np.asarray(" + post + ", dtype=np.float64), x.shape).copy()\n"
                + "except Exception:\n    _b = np.zeros(x.shape)\n"
                + "out = (x, _b)\n", m);
    }

    /** The isolated step as a self-contained program (inputs as literals). */
    String isolatedText(int k) {
        Snapshot s = before.get(k);
        StringBuilder b = new StringBuilder("import numpy as np\n").append(Deviations.PY_HELPERS)
                .append("x = ").append(FuzzArrays.pyLiteral(s.x)).append('\n');
        if (!s.writeable) b.append("x.flags.writeable = False  # NumJ's x is a read-only view here\n");
        for (String u : steps.get(k).uses) b.append(u).append(" = ").append(FuzzArrays.pyLiteral(s.inputs.get(u))).append('\n');
        return b.append(steps.get(k).py).append('\n').toString();
    }

    String isolatedJava(int k) {
        Snapshot s = before.get(k);
        StringBuilder b = new StringBuilder("NDArray x = ").append(FuzzArrays.javaLiteral(s.x)).append(";\n");
        for (String u : steps.get(k).uses)
            b.append("NDArray ").append(u).append(" = ").append(FuzzArrays.javaLiteral(s.inputs.get(u))).append(";\n");
        return b.append(steps.get(k).java).append('\n').toString();
    }

    /** The whole program as self-contained Python (inputs as literals), for a failure report. */
    String pythonText() {
        StringBuilder b = new StringBuilder("import numpy as np\n").append(Deviations.PY_HELPERS);
        for (Input in : inputs)
            b.append(in.pyView != null ? in.name + "_" : in.name).append(" = ").append(FuzzArrays.pyLiteral(in.base)).append('\n');
        for (String line : python().substring(Deviations.PY_HELPERS.length()).split("\n"))
            if (!line.endsWith(".dtype.newbyteorder('='))")) b.append(line).append('\n');
        return b.toString();
    }

    /** The NumJ call chain as Java (inputs as literals). */
    String javaText() {
        StringBuilder b = new StringBuilder();
        for (Input in : inputs) {
            String base = in.pyView != null ? in.name + "_" : in.name;
            b.append("NDArray ").append(base).append(" = ").append(FuzzArrays.javaLiteral(in.base)).append(";\n");
            if (in.javaView != null) b.append("NDArray ").append(in.name).append(" = ").append(in.javaView).append(";\n");
        }
        b.append("NDArray x = a0;\n");
        for (Step s : steps) b.append(s.java).append('\n');
        return b.toString();
    }

    /** True when some step may round differently from NumPy. */
    boolean hasInexactStep() {
        for (Step s : steps) if (s.inexact) return true;
        return false;
    }
}
