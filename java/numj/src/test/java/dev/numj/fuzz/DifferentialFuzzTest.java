package dev.numj.fuzz;

import dev.numj.oracle.NumPyOracle;
import dev.numj.oracle.OracleArray;
import dev.numj.oracle.OracleResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The differential fuzzer: random programs of 1-4 NumJ operations on random arrays (every dtype, rank
 * 0-5, extents 0 and 1, contiguous, transposed, reversed and strided layouts), each also translated to
 * NumPy source and run by the NumPy oracle (hundreds of programs per round trip); the final results must
 * agree in shape, dtype and values, and where NumPy raises NumJ must throw the mapped exception with
 * NumPy's message ({@link Comparison}). The only differences accepted are listed in {@link Deviations}.
 *
 * <p>Seeded and reproducible: case {@code i} is a pure function of (seed, i). CI runs
 * {@value #DEFAULT_CASES} cases with seed {@value #DEFAULT_SEED}. System properties:
 * {@code -Dnumj.fuzz.cases=100000} (how many), {@code -Dnumj.fuzz.seed=...}, {@code -Dnumj.fuzz.case=i}
 * (only case i, e.g. to re-run a reported failure), {@code -Dnumj.fuzz.verbose=true} (print every program).
 *
 * <p>A failure prints the seed, the case index, the NumPy program and the NumJ call chain (both
 * self-contained, inputs as literals), both results, and the first step that also differs when re-run
 * alone on NumJ's own input to it, which is usually the bug in one line.
 */
class DifferentialFuzzTest {
    static final long DEFAULT_SEED = 20261121L;
    static final long DEFAULT_CASES = 5000;
    private static final int BATCH = 500;
    private static final int REPORTED = 12;

    @Test
    void numjAgreesWithNumPyOnRandomPrograms() {
        long seed = Long.getLong("numj.fuzz.seed", DEFAULT_SEED);
        long cases = Long.getLong("numj.fuzz.cases", DEFAULT_CASES);
        String only = System.getProperty("numj.fuzz.case");
        boolean verbose = Boolean.getBoolean("numj.fuzz.verbose");
        long first = only == null ? 0 : Long.parseLong(only.trim());
        long end = only == null ? cases : first + 1;

        NumPyOracle np = NumPyOracle.shared();
        // NumJ follows NumPy 2 (NEP 50 promotion, its messages); Debian's NumPy 1.24 casts Python scalars by value
        assumeTrue(np.isNumPy2(), "the fuzzer compares with NumPy 2 only; the oracle has NumPy " + np.numpyVersion());
        long start = System.nanoTime();
        Stats stats = new Stats();
        List<String> failures = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        long failed = 0;
        for (long b = first; b < end; b += BATCH) {
            List<Program> programs = new ArrayList<>();
            List<NumPyOracle.Case> batch = new ArrayList<>();
            long t0 = System.nanoTime();
            for (long i = b; i < Math.min(end, b + BATCH); i++) {
                Program p;
                try {
                    p = Generator.generate(seed, i, false);
                } catch (RuntimeException | OutOfMemoryError e) {
                    throw new AssertionError("seed " + seed + ", case " + i + " (re-run alone: -Dnumj.fuzz.seed=" + seed
                            + " -Dnumj.fuzz.case=" + i + "): NumJ's side of the program threw outside its steps: " + e, e);
                }
                programs.add(p);
                batch.add(p.oracleCase());
            }
            long t1 = System.nanoTime();
            List<OracleResult> results = np.runBatch(batch);
            stats.numjNanos += t1 - t0;
            stats.numpyNanos += System.nanoTime() - t1;
            for (int k = 0; k < programs.size(); k++) {
                Program p = programs.get(k);
                OracleResult r = results.get(k);
                Comparison.Verdict v = Comparison.check(r, p.thrown, p.result);
                if (verbose) System.out.println("case " + p.index + (v.ok() ? " ok" : " DIFFERS") + "\n" + p.javaText());
                String problem = v.ok() ? null : analyse(np, p, r, v, stats);
                stats.count(p, v, problem == null);
                if (problem != null) {
                    failed++;
                    if (failures.size() < REPORTED) failures.add(problem);
                    if (summary.size() < 200) summary.add("  case " + p.index + ": " + headline(problem));
                }
            }
        }
        double secs = (System.nanoTime() - start) / 1e9;
        System.out.printf("DifferentialFuzzTest: seed %d, cases %d..%d, %.1f s (NumPy %s)%n%s%n", seed, first, end - 1, secs,
                np.numpyVersion(), stats);
        if (failed > 0)
            fail(failed + " of " + (end - first) + " fuzz cases differ from NumPy (seed " + seed + "):\n"
                    + String.join("\n", summary) + "\n\nThe first " + failures.size() + " in full:\n\n" + String.join("\n\n", failures));
    }

    /**
     * A program whose final result differs: rebuilds it with the state before every step recorded, re-runs
     * each step alone in NumPy on NumJ's input to it, and returns the report, or null when the difference is
     * accepted as rounding amplified by the chain ({@link Deviations.Kind#ROUNDING_AMPLIFIED_BY_THE_CHAIN}).
     */
    private static String analyse(NumPyOracle np, Program p, OracleResult r, Comparison.Verdict v, Stats stats) {
        Program q = Generator.generate(p.seed, p.index, true);
        StringBuilder b = new StringBuilder("seed ").append(p.seed).append(", case ").append(p.index)
                .append(" (re-run alone: -Dnumj.fuzz.seed=").append(p.seed).append(" -Dnumj.fuzz.case=").append(p.index).append(")\n")
                .append("  ").append(v.problem().replace("\n", "\n  ")).append('\n')
                .append("  NumPy program:\n    ").append(p.pythonText().replace("\n", "\n    ").stripTrailing()).append('\n')
                .append("  NumJ chain:\n    ").append(p.javaText().replace("\n", "\n    ").stripTrailing()).append('\n')
                .append("  NumPy result: ").append(Comparison.describe(r)).append('\n')
                .append("  NumJ result:  ").append(p.thrown != null ? Comparison.describe(p.thrown) : p.result);
        if (!q.python().equals(p.python()))
            return b.append("\n  (the case did not rebuild identically: NumJ is not deterministic here)").toString();
        List<NumPyOracle.Case> iso = new ArrayList<>();
        for (int k = 0; k < q.steps.size(); k++) iso.add(q.isolatedCase(k));
        List<OracleResult> res = np.runBatch(iso);
        boolean aliased = false, zeroSign = false, infGrouping = false;
        for (int k = 0; k < q.steps.size(); k++) {
            boolean last = k == q.steps.size() - 1;
            Throwable t = last ? q.thrown : null;
            OracleArray after = last && q.thrown != null ? null : q.after.get(k);
            boolean free = q.steps.get(k).zeroSignFree(), grouping = q.steps.get(k).infinityGrouping();
            Comparison.Verdict sv = Comparison.check(res.get(k), t, after, !free, grouping);
            if (free && sv.ok() && !Comparison.check(res.get(k), t, after, true, grouping).ok()) zeroSign = true;
            if (grouping && sv.ok() && !Comparison.check(res.get(k), t, after, !free, false).ok()) infGrouping = true;
            // re-run alone, a step reads its operands as separate copies: faithful unless it writes into memory they share
            aliased |= q.before.get(k).aliased() && q.steps.get(k).writesX();
            if (!sv.ok()) {
                return b.append("\n  Step ").append(k + 1).append(" alone, on NumJ's input to it, differs too: ")
                        .append(sv.problem().replace("\n", "\n  ")).append("\n  That step as NumPy:\n    ")
                        .append(q.isolatedText(k).replace("\n", "\n    ").stripTrailing()).append("\n  and as NumJ:\n    ")
                        .append(q.isolatedJava(k).replace("\n", "\n    ").stripTrailing()).toString();
            }
        }
        // both raised, in words that differ only in the numbers they quote (a value the inexact steps rounded
        // differently, as histogram's "autodetected range of [-inf, -15.42184066772461]"), while the raising step
        // itself, re-run alone on NumJ's input, agrees with NumPy (checked above)
        boolean sameErrorButItsNumbers = v.numpyRaised() && q.thrown != null && r.isError() && q.thrown.getMessage() != null
                && withoutNumbers(q.thrown.getMessage()).contains(withoutNumbers(r.errorMessage()));
        if ((q.hasInexactStep() || zeroSign || infGrouping) && !aliased && ((!v.numpyRaised() && q.thrown == null) || sameErrorButItsNumbers)) {
            Deviations.Kind kind = zeroSign ? Deviations.Kind.UNIQUE_SIGN_OF_ZERO
                    : infGrouping ? Deviations.Kind.EINSUM_INFINITY_GROUPING : Deviations.Kind.ROUNDING_AMPLIFIED_BY_THE_CHAIN;
            stats.explained.computeIfAbsent(kind, k -> new ArrayList<>()).add(p.index);
            if (Boolean.getBoolean("numj.fuzz.verbose")) System.out.println("accepted as " + kind + ":\n" + b);
            return null;
        }
        return b.append("\n  Every step agrees when re-run alone, yet the chain differs")
                .append(aliased ? " (a step writes into memory its input aliases)" : " and no step is inexact").toString();
    }

    /** The text with every decimal number (sign, digits, fraction, exponent) replaced by {@code #}. */
    static String withoutNumbers(String s) {
        return s.replaceAll("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?", "#");
    }

    /** One line for the failure list: the step that differs alone (its NumJ call), or the chain's first problem line. */
    private static String headline(String report) {
        String[] lines = report.split("\n");
        String first = lines.length > 1 ? lines[1].strip() : report;
        for (int i = 0; i < lines.length; i++)
            if (lines[i].contains("and as NumJ:")) {
                for (int j = i + 1; j < lines.length; j++)
                    if (!lines[j].strip().startsWith("NDArray ")) return lines[j].strip() + "  <- " + first;
            }
        return first;
    }

    /** Counts per step kind, NumPy errors matched, accepted deviations. */
    private static final class Stats {
        final Map<String, Integer> steps = new TreeMap<>();
        final Map<Deviations.Kind, Integer> deviations = new EnumMap<>(Deviations.Kind.class);
        final Map<Deviations.Kind, List<Long>> explained = new EnumMap<>(Deviations.Kind.class);
        long programs, errors, agreed, numjNanos, numpyNanos;

        void count(Program p, Comparison.Verdict v, boolean agreedAfterAnalysis) {
            programs++;
            for (Program.Step s : p.steps) steps.merge(s.op(), 1, Integer::sum);
            if (v.numpyRaised()) errors++;
            if (v.accepted() != null) deviations.merge(v.accepted(), 1, Integer::sum);
            if (agreedAfterAnalysis) agreed++;
        }

        @Override
        public String toString() {
            return String.format("  time: NumJ side (generating and running) %.1f s, NumPy oracle %.1f s%n", numjNanos / 1e9, numpyNanos / 1e9)
                    + "  programs " + programs + ", agreeing " + agreed + ", ending in a NumPy error " + errors + "\n  steps " + steps
                    + "\n  accepted deviations " + deviations + explained();
        }

        private String explained() {
            StringBuilder b = new StringBuilder();
            explained.forEach((k, l) -> b.append("\n  chains accepted after the step-by-step check as ").append(k).append(": ")
                    .append(l.size()).append(" ").append(l.subList(0, Math.min(20, l.size()))));
            return b.toString();
        }
    }
}
