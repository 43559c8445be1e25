package dev.numj.fuzz;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import dev.numj.NDArray;

/**
 * Draws a program: a first input of a random dtype and shape (rank 0-5, extents 0 and 1 included), then
 * 1-4 steps, each drawn for the current value (its shape and dtype as NumJ computed them) and run on
 * NumJ at once. Every draw comes from the case's own random stream, so (seed, index) alone rebuilds it.
 */
final class Generator {
    private Generator() {}

    /** A kind of step and how often it is drawn. */
    private record Kind(String name, int weight, Function<Program, Program.Step> make) {}

    private static final List<Kind> KINDS = List.of(
            new Kind("binary", 14, ArithmeticSteps::binaryArray),
            new Kind("scalar", 11, ArithmeticSteps::binaryScalar),
            new Kind("unary", 12, ArithmeticSteps::unary),
            new Kind("reduce", 14, ReductionSteps::reduction),
            new Kind("shape", 13, ShapeSteps::shape),
            new Kind("join", 5, ShapeSteps::join),
            new Kind("index", 8, IndexSteps::basicGet),
            new Kind("advanced", 9, IndexSteps::advancedGet),
            new Kind("set", 7, IndexSteps::set),
            new Kind("inplace", 8, ArithmeticSteps::inPlace),
            new Kind("where", 4, ArithmeticSteps::where),
            new Kind("matmul", 5, ArithmeticSteps::matmul),
            new Kind("sort", 4, ReductionSteps::sort),
            new Kind("linalg", 4, LinalgSteps::linalg));

    private static final int TOTAL = KINDS.stream().mapToInt(Kind::weight).sum();

    static Program generate(long seed, long index, boolean snapshots) {
        Program p = new Program(seed, index, snapshots);
        SplittableRandom rnd = p.rnd;
        p.x = p.input(FuzzArrays.DTYPES[rnd.nextInt(FuzzArrays.DTYPES.length)], FuzzShapes.fresh(rnd));
        int n = 1 + rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            if (p.x.size() > FuzzShapes.MAX_SIZE * 4) break;   // keep later steps cheap
            int r = rnd.nextInt(TOTAL);
            Kind k = KINDS.get(0);
            for (Kind c : KINDS) {
                if (r < c.weight) { k = c; break; }
                r -= c.weight;
            }
            if (!p.run(k.make.apply(p))) break;
        }
        p.finish();
        return p;
    }

    static Program.Step step(String op, String py, String java, UnaryOperator<NDArray> run, boolean inexact, String... uses) {
        return new Program.Step(op, py, java, run, List.of(uses), inexact, null);
    }

    /** {@code x = _d(expr)}: the NumPy result as an array, int8/float16 results flagged (see {@link Deviations}). */
    static String assign(String expr) {
        return "x = _d(" + expr + ")";
    }
}
