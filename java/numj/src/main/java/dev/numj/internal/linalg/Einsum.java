package dev.numj.internal.linalg;

import static dev.numj.internal.ArrayAccess.offsetOf;
import static dev.numj.internal.ArrayAccess.shapeOf;
import static dev.numj.internal.ArrayAccess.stridesOf;
import static dev.numj.internal.ArrayAccess.viewOf;

import dev.numj.DType;
import dev.numj.NDArray;
import dev.numj.internal.Creation;
import dev.numj.internal.Reductions;
import dev.numj.internal.Shapes;
import dev.numj.internal.Ufuncs;
import dev.numj.internal.Views;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * {@code np.einsum(subscripts, *operands)}: NumPy's subscript grammar and checks, in the order and words of
 * NumPy's {@code PyArray_EinsteinSum} (the default {@code optimize=False} path), and a different evaluation:
 * repeated labels become diagonal views, then the operands are contracted two at a time, in the order
 * NumPy's {@code optimize='greedy'} would pick (at each step the pair whose result is smallest next to its
 * inputs, among pairs that share a label; outer products last). A pairwise contraction is one
 * {@link Matmul} (OpenBLAS gemm, batched over the labels both keep) after transposes and reshapes,
 * unless its matrices are tiny or its dtype is integer: then a broadcast multiply and a sum over the
 * contracted labels. A pair with nothing to contract is a broadcast multiply.
 *
 * <p>Labels are ints: a letter's ASCII code, and {@code BROADCAST + k} for the k-th axis of the
 * ellipsis (operands' ellipsis axes aligned from the right, as NumPy broadcasts them).
 */
public final class Einsum {
    private Einsum() {}

    private static final int BROADCAST = 128;

    /** NumPy's NPY_MAXARGS (64): the operands and the output must fit. */
    private static final int MAX_ARGS = 64;

    /** Below this many multiply-adds per matrix product, a batch of products is a multiply and a sum instead of gemm calls. */
    private static final long GEMM_MIN_WORK = 512;

    /** The largest temporary (elements) a multiply-and-sum contraction may make before matmul is used instead. */
    private static final long MUL_SUM_MAX = 1L << 24;

    /** An operand of the contraction: an array and one distinct label per axis; {@code blas}: made by gemm or dot. */
    private record Term(NDArray a, int[] labels, boolean blas) {
        Term(NDArray a, int[] labels) { this(a, labels, false); }

        long extent(int label) {
            for (int i = 0; i < labels.length; i++) if (labels[i] == label) return shapeOf(a)[i];
            return 1;
        }

        boolean has(int label) {
            for (int l : labels) if (l == label) return true;
            return false;
        }
    }

    /** The subscripts, parsed: each operand's labels (ellipsis axes numbered from {@code BROADCAST}), the output's, and each letter's count. */
    private record Parsed(int[][] opLabels, int[] out, int[] counts) {}

    public static NDArray einsum(String subscripts, NDArray... ops) {
        if (ops.length == 2) {
            NDArray r = MatmulPlan.apply(subscripts, ops[0], ops[1]);
            if (r != null) return r;
        }
        Parsed p = parse(subscripts, ops);
        int nop = ops.length;
        int[][] opLabels = p.opLabels;
        int[] out = p.out, counts = p.counts;
        if (nop == 1) {
            NDArray view = singleOperandView(ops[0], opLabels[0], out);
            if (view != null) return view;
        }
        Term[] terms = new Term[nop];
        for (int iop = 0; iop < nop; iop++) terms[iop] = combined(ops[iop], iop, opLabels[iop]);
        int[] iter = iterLabels(out, counts, terms);
        long[] ext = extents(iter, terms);
        DType dt = ops[0].dtype();
        for (int iop = 1; iop < nop; iop++) dt = DType.promote(dt, ops[iop].dtype());
        // a summed label of extent 0: every output element is an empty sum, 0, whatever the other operands hold (summing
        // the other labels first would multiply that 0 by their NaN and inf: seed 8, case 16752)
        for (int k = out.length; k < iter.length; k++)
            if (ext[k] == 0) return Creation.full(dt, Arrays.copyOf(ext, out.length), 0L);
        List<Term> work = new ArrayList<>();
        for (Term t : terms) work.add(prepare(t, dt, iter, ext));
        return contract(work, out, dt);
    }

    /** NumPy's checks of the subscripts against the operands' ranks, in its order and words. */
    private static Parsed parse(String subscripts, NDArray[] ops) {
        int nop = ops.length;
        if (nop >= MAX_ARGS) throw new IllegalArgumentException("too many operands provided to einstein sum function");
        if (nop < 1) throw new IllegalArgumentException("not enough operands provided to einstein sum function");
        int[] counts = new int[BROADCAST];
        int[][] opLabels = new int[nop][];
        String s = subscripts;
        int pos = 0;
        for (int iop = 0; iop < nop; iop++) {
            int end = pos;
            while (end < s.length() && s.charAt(end) != ',' && s.charAt(end) != '-') end++;
            char stop = end < s.length() ? s.charAt(end) : '\0';
            // NumPy's texts, which name the opposite of what happened
            if (iop == nop - 1 && stop == ',')
                throw new IllegalArgumentException("more operands provided to einstein sum function than specified in the subscripts string");
            if (iop < nop - 1 && stop != ',')
                throw new IllegalArgumentException("fewer operands provided to einstein sum function than specified in the subscripts string");
            opLabels[iop] = parseOperand(s.substring(pos, end), ops[iop].ndim(), iop, counts);
            pos = end + (iop < nop - 1 ? 1 : 0);
        }
        int nb = 0;
        for (int[] l : opLabels) nb = Math.max(nb, zeros(l));
        int[] out;
        if (pos >= s.length()) {
            // implicit output: the ellipsis axes, then every label used once, in ASCII order
            List<Integer> o = new ArrayList<>();
            for (int k = 0; k < nb; k++) o.add(BROADCAST + k);
            for (int c = 0; c < BROADCAST; c++) if (counts[c] == 1) o.add(c);
            out = o.stream().mapToInt(Integer::intValue).toArray();
        } else {
            if (!s.startsWith("->", pos))
                throw new IllegalArgumentException("einstein sum subscript string does not contain proper '->' output specified");
            out = parseOutput(s.substring(pos + 2), nb, counts);
        }
        // the ellipsis axes of each operand, aligned from the right
        for (int[] l : opLabels) {
            int z = zeros(l), k = nb - z;
            for (int i = 0; i < l.length; i++) if (l[i] == 0) l[i] = BROADCAST + k++;
        }
        return new Parsed(opLabels, out, counts);
    }

    private static int zeros(int[] labels) {
        int z = 0;
        for (int l : labels) if (l == 0) z++;
        return z;
    }

    /** NumPy's parse_operand_subscripts: a letter's code per axis, 0 for each ellipsis axis. */
    private static int[] parseOperand(String sub, int ndim, int iop, int[] counts) {
        int[] labels = new int[ndim];
        int idim = 0, ellipsis = -1;
        for (int i = 0; i < sub.length(); i++) {
            char c = sub.charAt(i);
            if (isLetter(c)) {
                if (idim >= ndim)
                    throw new IllegalArgumentException("einstein sum subscripts string contains too many subscripts for operand " + iop);
                labels[idim++] = c;
                counts[c]++;
            } else if (c == '.') {
                if (ellipsis != -1 || i + 2 >= sub.length() || sub.charAt(++i) != '.' || sub.charAt(++i) != '.')
                    throw new IllegalArgumentException("einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in operand "
                            + iop);
                ellipsis = idim;
            } else if (c != ' ') {
                throw invalid(c);
            }
        }
        if (ellipsis == -1) {
            if (idim != ndim)
                throw new IllegalArgumentException("operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis "
                        + "provided to broadcast the extra dimensions.");
        } else if (idim < ndim) {
            int after = idim - ellipsis;
            for (int i = 0; i < after; i++) labels[ndim - i - 1] = labels[idim - i - 1];
            for (int i = 0; i < ndim - idim; i++) labels[ellipsis + i] = 0;
        }
        return labels;
    }

    /** NumPy's parse_output_subscripts. */
    private static int[] parseOutput(String sub, int nb, int[] counts) {
        List<Integer> out = new ArrayList<>();
        boolean ellipsis = false;
        for (int i = 0; i < sub.length(); i++) {
            char c = sub.charAt(i);
            if (isLetter(c)) {
                if (sub.indexOf(c, i + 1) >= 0)
                    throw new IllegalArgumentException("einstein sum subscripts string includes output subscript '" + c + "' multiple times");
                if (counts[c] == 0)
                    throw new IllegalArgumentException("einstein sum subscripts string included output subscript '" + c
                            + "' which never appeared in an input");
                out.add((int) c);
            } else if (c == '.') {
                if (ellipsis || i + 2 >= sub.length() || sub.charAt(++i) != '.' || sub.charAt(++i) != '.')
                    throw new IllegalArgumentException("einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in the output");
                ellipsis = true;
                for (int k = 0; k < nb; k++) out.add(BROADCAST + k);
            } else if (c != ' ') {
                throw invalid(c);
            }
        }
        if (!ellipsis && nb > 0)
            throw new IllegalArgumentException("output has more dimensions than subscripts given in einstein sum, but no '...' ellipsis "
                    + "provided to broadcast the extra dimensions.");
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean isLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

    private static IllegalArgumentException invalid(char c) {
        return new IllegalArgumentException("invalid subscript '" + c + "' in einstein sum subscripts string, subscripts must be letters");
    }

    /** One operand and nothing summed: NumPy returns a view (a transpose, a diagonal), writeable when the operand is. */
    private static NDArray singleOperandView(NDArray op, int[] labels, int[] out) {
        long[] dims = new long[out.length], strides = new long[out.length];
        boolean[] set = new boolean[out.length];
        for (int d = 0; d < labels.length; d++) {
            int i = indexOf(out, labels[d]);
            if (i < 0) return null;   // a label summed over: no view
            long dim = shapeOf(op)[d];
            if (set[i] && dims[i] != dim)
                throw new IllegalArgumentException("dimensions in single operand for collapsing index '" + (char) labels[d]
                        + "' don't match (" + dims[i] + " != " + dim + ")");
            set[i] = true;
            dims[i] = dim;
            strides[i] += stridesOf(op)[d];
        }
        return viewOf(op, dims, strides, offsetOf(op));
    }

    /** NumPy's get_combined_dims_view: a repeated label becomes one axis along the diagonal. */
    private static Term combined(NDArray op, int iop, int[] labels) {
        List<Integer> ls = new ArrayList<>();
        List<long[]> ds = new ArrayList<>();
        for (int d = 0; d < labels.length; d++) {
            int i = ls.indexOf(labels[d]);
            long dim = shapeOf(op)[d], st = stridesOf(op)[d];
            if (i < 0) {
                ls.add(labels[d]);
                ds.add(new long[] {dim, st});
            } else {
                if (ds.get(i)[0] != dim)
                    throw new IllegalArgumentException("dimensions in operand " + iop + " for collapsing index '" + (char) labels[d]
                            + "' don't match (" + ds.get(i)[0] + " != " + dim + ")");
                ds.get(i)[1] += st;
            }
        }
        if (ls.size() == labels.length) return new Term(op, labels.clone());
        long[] sh = new long[ls.size()], st = new long[ls.size()];
        for (int i = 0; i < sh.length; i++) {
            sh[i] = ds.get(i)[0];
            st[i] = ds.get(i)[1];
        }
        return new Term(viewOf(op, sh, st, offsetOf(op)), ls.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The iterator's axes: the output's labels, then every other label in ASCII order. */
    private static int[] iterLabels(int[] out, int[] counts, Term[] terms) {
        List<Integer> it = new ArrayList<>();
        for (int l : out) it.add(l);
        for (int c = 0; c < BROADCAST; c++) if (counts[c] > 0 && indexOf(out, c) < 0) it.add(c);
        return it.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Each iterator label's extent (operands broadcast: equal or 1), or NumPy's broadcast error with remapped shapes. */
    private static long[] extents(int[] iter, Term[] terms) {
        long[] ext = new long[iter.length];
        for (int k = 0; k < iter.length; k++) {
            long e = -1;
            for (Term t : terms) {
                if (!t.has(iter[k])) continue;
                long d = t.extent(iter[k]);
                if (d == 1) continue;
                if (e == -1) e = d;
                else if (e != d) throw broadcastError(iter, terms);
            }
            ext[k] = e == -1 ? 1 : e;
        }
        return ext;
    }

    private static IllegalArgumentException broadcastError(int[] iter, Term[] terms) {
        StringBuilder b = new StringBuilder("operands could not be broadcast together with remapped shapes [original->remapped]: ");
        for (Term t : terms) {
            b.append(Shapes.compact(shapeOf(t.a))).append("->");
            int first = 0;
            while (first < iter.length && !t.has(iter[first])) first++;
            if (first == iter.length) {
                b.append("()");
            } else {
                b.append('(');
                for (int k = first; k < iter.length; k++) {
                    if (k > first) b.append(',');
                    b.append(t.has(iter[k]) ? String.valueOf(t.extent(iter[k])) : "newaxis");
                }
                b.append(iter.length == 1 ? ",)" : ")");   // NumPy's trailing comma only for a 1-D iterator
            }
            b.append(' ');
        }
        return new IllegalArgumentException(b.toString());
    }

    /** The operand in the result dtype, its length-1 axes broadcast to the label's extent (a stride-0 view). */
    private static Term prepare(Term t, DType dt, int[] iter, long[] ext) {
        NDArray a = t.a.dtype() == dt ? t.a : Ufuncs.copyAs(t.a, dt);
        long[] sh = shapeOf(a).clone(), st = stridesOf(a).clone();
        boolean changed = false;
        for (int i = 0; i < sh.length; i++) {
            long e = ext[indexOf(iter, t.labels[i])];
            if (sh[i] != e) {
                sh[i] = e;
                st[i] = 0;
                changed = true;
            }
        }
        return new Term(changed ? viewOf(a, sh, st, offsetOf(a)) : a, t.labels);
    }

    private static int indexOf(int[] a, int v) {
        for (int i = 0; i < a.length; i++) if (a[i] == v) return i;
        return -1;
    }

    /** Contracts every term into one with the output's labels, in the output's order. */
    private static NDArray contract(List<Term> terms, int[] out, DType dt) {
        // a label that only one term has and the output lacks is summed away first
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            BitSet others = labelsOf(terms, i, -1, out);
            terms.set(i, sumAway(t, others, dt));
        }
        while (terms.size() > 1) {
            int[] p = greedyPair(terms, out);
            Term a = terms.get(p[0]), b = terms.get(p[1]);
            BitSet keep = labelsOf(terms, p[0], p[1], out);
            terms.remove(p[1]);
            terms.remove(p[0]);
            terms.add(pair(a, b, keep, dt));
        }
        Term r = terms.get(0);
        if (dt.isFloating() && !r.blas) {
            // NumPy accumulates into a zeroed output, so -0.0 never comes out (0.0 + -0.0 is 0.0); BLAS's sums agree
            r = new Term(Ufuncs.binary(Ufuncs.ADD, r.a, 0.0), r.labels);
        }
        int[] perm = new int[out.length];
        for (int i = 0; i < out.length; i++) perm[i] = indexOf(r.labels, out[i]);
        boolean identity = true;
        for (int i = 0; i < perm.length; i++) identity &= perm[i] == i;
        return identity ? r.a : Views.transpose(r.a, perm);
    }

    /** The labels of the output and of every term but {@code skip1} and {@code skip2}. */
    private static BitSet labelsOf(List<Term> terms, int skip1, int skip2, int[] out) {
        BitSet s = new BitSet();
        for (int l : out) s.set(l);
        for (int i = 0; i < terms.size(); i++)
            if (i != skip1 && i != skip2) for (int l : terms.get(i).labels) s.set(l);
        return s;
    }

    /** The term summed over its labels not in {@code keep}, in the dtype {@code dt} (int sums wrap as NumPy's do). */
    private static Term sumAway(Term t, BitSet keep, DType dt) {
        List<Integer> axes = new ArrayList<>(), kept = new ArrayList<>();
        for (int i = 0; i < t.labels.length; i++) {
            if (keep.get(t.labels[i])) kept.add(t.labels[i]);
            else axes.add(i);
        }
        if (axes.isEmpty()) return t;
        NDArray r = Reductions.sum(t.a, axes.stream().mapToInt(Integer::intValue).toArray(), false);
        if (r.dtype() != dt) r = Ufuncs.copyAs(r, dt);
        return new Term(r, kept.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * NumPy's greedy choice: among the pairs sharing a label (all pairs when none does), the one whose result
     * has the fewest elements less those of its two inputs; ties go to the smaller result, then the first pair.
     */
    private static int[] greedyPair(List<Term> terms, int[] out) {
        int n = terms.size();
        if (n == 2) return new int[] {0, 1};
        int[] best = null;
        long bestCost = 0, bestSize = 0;
        for (int pass = 0; pass < 2 && best == null; pass++)
            for (int i = 0; i < n; i++)
                for (int j = i + 1; j < n; j++) {
                    Term a = terms.get(i), b = terms.get(j);
                    boolean shares = false;
                    for (int l : a.labels) shares |= b.has(l);
                    if (pass == 0 && !shares) continue;
                    BitSet keep = labelsOf(terms, i, j, out);
                    long size = 1;
                    BitSet seen = new BitSet();
                    for (Term t : new Term[] {a, b})
                        for (int l : t.labels)
                            if (keep.get(l) && !seen.get(l)) {
                                seen.set(l);
                                size = satMul(size, t.extent(l));
                            }
                    long cost = size - a.a.size() - b.a.size();
                    if (best == null || cost < bestCost || (cost == bestCost && size < bestSize)) {
                        best = new int[] {i, j};
                        bestCost = cost;
                        bestSize = size;
                    }
                }
        return best;
    }

    private static long satMul(long a, long b) {
        long r = a * b;
        return a != 0 && (r / a != b || r < 0) ? Long.MAX_VALUE / 4 : r;
    }

    /** Contracts two terms: labels in both and in {@code keep} are batch axes, in both and not kept are summed. */
    private static Term pair(Term ta, Term tb, BitSet keep, DType dt) {
        BitSet keepA = (BitSet) keep.clone(), keepB = (BitSet) keep.clone();
        for (int l : tb.labels) keepA.set(l);
        for (int l : ta.labels) keepB.set(l);
        Term a = sumAway(ta, keepA, dt), b = sumAway(tb, keepB, dt);
        List<Integer> batch = new ArrayList<>(), con = new ArrayList<>(), aOnly = new ArrayList<>(), bOnly = new ArrayList<>();
        for (int l : a.labels) {
            if (b.has(l)) (keep.get(l) ? batch : con).add(l);
            else aOnly.add(l);
        }
        for (int l : b.labels) if (!a.has(l)) bOnly.add(l);
        long bt = prod(a, batch), m = prod(a, aOnly), n = prod(b, bOnly), k = prod(a, con);
        int[] resultLabels = concat(batch, aOnly, bOnly);
        long[] batchShape = shape(a, batch), resultShape = concat(batchShape, shape(a, aOnly), shape(b, bOnly));
        NDArray r;
        boolean blas = false;
        if (con.isEmpty()) {
            // nothing to sum: an outer or elementwise product, by broadcasting
            NDArray x = Views.reshape(arrange(a, batch, aOnly), concat(batchShape, shape(a, aOnly), ones(bOnly.size())));
            NDArray y = Views.reshape(arrange(b, batch, bOnly), concat(batchShape, ones(aOnly.size()), shape(b, bOnly)));
            r = Ufuncs.binary(Ufuncs.MUL, x, y);
        } else if (useMatmul(dt, bt, m, n, k)) {
            blas = dt.isFloating();
            r = product(arrange(a, batch, aOnly, con), arrange(b, batch, con, bOnly), batchShape, m, k, n, resultShape);
        } else {
            NDArray x = Views.reshape(arrange(a, batch, aOnly, con), concat(batchShape, shape(a, aOnly), ones(bOnly.size()), new long[] {k}));
            NDArray y = Views.reshape(arrange(b, batch, bOnly, con), concat(batchShape, ones(aOnly.size()), shape(b, bOnly), new long[] {k}));
            NDArray prod = Ufuncs.binary(Ufuncs.MUL, x, y);
            r = Reductions.sum(prod, new int[] {prod.ndim() - 1}, false);
            if (r.dtype() != dt) r = Ufuncs.copyAs(r, dt);
        }
        if (r.dtype() != dt) r = Ufuncs.copyAs(r, dt);
        return new Term(r, resultLabels, blas);
    }

    /**
     * The product of two operands arranged as (batch, a's own, summed) and (batch, summed, b's own): one (batched)
     * gemm through {@link Matmul}, or BLAS ?dot when only summed labels are left, shaped as {@code resultShape}.
     */
    private static NDArray product(NDArray x, NDArray y, long[] batchShape, long m, long k, long n, long[] resultShape) {
        if (resultShape.length == 0) return Matmul.matmul(Views.reshape(x, new long[] {k}), Views.reshape(y, new long[] {k}));
        NDArray r = Matmul.matmul(Views.reshape(x, concat(batchShape, new long[] {m, k})), Views.reshape(y, concat(batchShape, new long[] {k, n})));
        return Views.reshape(r, resultShape);
    }

    /**
     * gemm for float products unless the matrices are tiny and many (a gemm call per batch would then cost more
     * than a multiply and a sum); integers multiply and sum (BLAS has no integer gemm) unless the temporary
     * would be large.
     */
    private static boolean useMatmul(DType dt, long batch, long m, long n, long k) {
        long temp = satMul(satMul(satMul(batch, m), n), k);
        if (!dt.isFloating()) return temp > MUL_SUM_MAX;
        return batch == 1 || satMul(satMul(m, n), k) >= GEMM_MIN_WORK || temp > MUL_SUM_MAX;
    }

    /** The term's array with its axes in the order of the given label groups. */
    @SafeVarargs
    private static NDArray arrange(Term t, List<Integer>... groups) {
        int[] perm = new int[t.labels.length];
        int j = 0;
        boolean identity = true;
        for (List<Integer> g : groups)
            for (int l : g) {
                perm[j] = indexOf(t.labels, l);
                identity &= perm[j] == j;
                j++;
            }
        return identity ? t.a : Views.transpose(t.a, perm);
    }

    private static long prod(Term t, List<Integer> labels) {
        long p = 1;
        for (int l : labels) p *= t.extent(l);
        return p;
    }

    private static long[] shape(Term t, List<Integer> labels) {
        long[] s = new long[labels.size()];
        for (int i = 0; i < s.length; i++) s[i] = t.extent(labels.get(i));
        return s;
    }

    private static long[] ones(int n) {
        long[] s = new long[n];
        Arrays.fill(s, 1);
        return s;
    }

    private static long[] concat(long[]... parts) { return Shapes.concat(parts); }

    @SafeVarargs
    private static int[] concat(List<Integer>... parts) {
        List<Integer> r = new ArrayList<>();
        for (List<Integer> p : parts) r.addAll(p);
        return r.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Two operands whose contraction is one matmul (every label in both operands or in the output, none
     * repeated, no ellipsis, something summed): the parsed subscripts are kept per (subscripts, ranks), so a
     * repeated call, as in a training loop, costs the transposes, the reshapes and the gemm, little more than
     * {@code matmul} itself. Anything else, or operands this plan does not fit (other dtypes, broadcast or
     * mismatched extents, matrices too small for gemm), goes the general way, which also reports every error.
     */
    private static final class MatmulPlan {
        /** Plans by subscripts and ranks; {@link #NONE} where the general way is needed. */
        private static final java.util.concurrent.ConcurrentHashMap<String, MatmulPlan> PLANS = new java.util.concurrent.ConcurrentHashMap<>();
        private static final int MAX_PLANS = 256;
        private static final MatmulPlan NONE = new MatmulPlan(null, null, null, null, null, null, null, null, null);

        /** Axis indices into A and B of the batch labels (output labels both have), A's and B's own, the summed ones. */
        private final int[] batchA, batchB, aOnly, bOnly, conA, conB;
        /** A's axes as (batch, aOnly, con), B's as (batch, con, bOnly); null where already in that order. */
        private final int[] permA, permB;
        /** From the product's axes (batch, aOnly, bOnly) to the output's; null for the identity. */
        private final int[] outPerm;

        private MatmulPlan(int[] batchA, int[] batchB, int[] aOnly, int[] bOnly, int[] conA, int[] conB, int[] permA, int[] permB,
                int[] outPerm) {
            this.batchA = batchA;
            this.batchB = batchB;
            this.aOnly = aOnly;
            this.bOnly = bOnly;
            this.conA = conA;
            this.conB = conB;
            this.permA = permA;
            this.permB = permB;
            this.outPerm = outPerm;
        }

        /** The result, or null when the general way must compute it. */
        static NDArray apply(String subscripts, NDArray a, NDArray b) {
            DType dt = a.dtype();
            if (dt != b.dtype() || !dt.isFloating()) return null;
            String key = subscripts + '\0' + a.ndim() + ',' + b.ndim();
            MatmulPlan plan = PLANS.get(key);
            if (plan == null) {
                plan = make(subscripts, a, b);
                if (PLANS.size() >= MAX_PLANS) PLANS.clear();
                PLANS.put(key, plan);
            }
            return plan == NONE ? null : plan.run(a, b, dt);
        }

        private static MatmulPlan make(String subscripts, NDArray a, NDArray b) {
            Parsed p;
            try {
                p = parse(subscripts, new NDArray[] {a, b});
            } catch (IllegalArgumentException e) {
                return NONE;   // the general way throws it again, in its place among NumPy's checks
            }
            int[] la = p.opLabels[0], lb = p.opLabels[1], out = p.out;
            for (int[] l : p.opLabels)
                for (int i = 0; i < l.length; i++) {
                    if (l[i] >= BROADCAST) return NONE;
                    for (int j = i + 1; j < l.length; j++) if (l[i] == l[j]) return NONE;
                }
            List<Integer> batchA = new ArrayList<>(), batchB = new ArrayList<>(), aOnly = new ArrayList<>(), conA = new ArrayList<>(),
                    conB = new ArrayList<>(), bOnly = new ArrayList<>(), resultLabels = new ArrayList<>(), batchL = new ArrayList<>(),
                    aOnlyL = new ArrayList<>(), bOnlyL = new ArrayList<>();
            for (int i = 0; i < la.length; i++) {
                int j = indexOf(lb, la[i]);
                boolean kept = indexOf(out, la[i]) >= 0;
                if (j >= 0 && kept) {
                    batchA.add(i);
                    batchB.add(j);
                    batchL.add(la[i]);
                } else if (j >= 0) {
                    conA.add(i);
                    conB.add(j);
                } else if (kept) {
                    aOnly.add(i);
                    aOnlyL.add(la[i]);
                } else {
                    return NONE;   // summed over one operand alone: the general way sums it first
                }
            }
            for (int j = 0; j < lb.length; j++) {
                if (indexOf(la, lb[j]) >= 0) continue;
                if (indexOf(out, lb[j]) < 0) return NONE;
                bOnly.add(j);
                bOnlyL.add(lb[j]);
            }
            if (conA.isEmpty()) return NONE;
            resultLabels.addAll(batchL);
            resultLabels.addAll(aOnlyL);
            resultLabels.addAll(bOnlyL);
            int[] outPerm = new int[out.length];
            for (int i = 0; i < out.length; i++) outPerm[i] = resultLabels.indexOf(out[i]);
            return new MatmulPlan(ints(batchA), ints(batchB), ints(aOnly), ints(bOnly), ints(conA), ints(conB),
                    permutation(concat(batchA, aOnly, conA)), permutation(concat(batchB, conB, bOnly)), permutation(outPerm));
        }

        private NDArray run(NDArray a, NDArray b, DType dt) {
            long[] sa = shapeOf(a), sb = shapeOf(b);
            long bt = 1, m = 1, n = 1, k = 1;
            long[] batchShape = new long[batchA.length];
            for (int i = 0; i < batchA.length; i++) {
                long e = sa[batchA[i]];
                if (e != sb[batchB[i]]) return null;   // broadcast or a mismatch: the general way
                batchShape[i] = e;
                bt *= e;
            }
            for (int i = 0; i < conA.length; i++) {
                long e = sa[conA[i]];
                if (e != sb[conB[i]]) return null;
                k *= e;
            }
            for (int i : aOnly) m *= sa[i];
            for (int i : bOnly) n *= sb[i];
            if (bt == 0 || m == 0 || n == 0 || k == 0 || !useMatmul(dt, bt, m, n, k)) return null;
            int nb = batchShape.length;
            long[] rs = new long[nb + aOnly.length + bOnly.length];
            System.arraycopy(batchShape, 0, rs, 0, nb);
            for (int i = 0; i < aOnly.length; i++) rs[nb + i] = sa[aOnly[i]];
            for (int i = 0; i < bOnly.length; i++) rs[nb + aOnly.length + i] = sb[bOnly[i]];
            NDArray r = product(arranged(a, permA), arranged(b, permB), batchShape, m, k, n, rs);
            return outPerm == null ? r : Views.transpose(r, outPerm);
        }

        private static NDArray arranged(NDArray x, int[] perm) { return perm == null ? x : Views.transpose(x, perm); }

        private static int[] ints(List<Integer> l) { return l.stream().mapToInt(Integer::intValue).toArray(); }

        /** The permutation, or null when it is the identity. */
        private static int[] permutation(int[] p) {
            for (int i = 0; i < p.length; i++) if (p[i] != i) return p;
            return null;
        }
    }
}
