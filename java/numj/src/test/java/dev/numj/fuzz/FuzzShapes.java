package dev.numj.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Random shapes: fresh ones of rank 0-5, broadcast partners (compatible or deliberately not), reshapes. */
final class FuzzShapes {
    private FuzzShapes() {}

    /** Most elements any generated operand has, so that a case stays cheap. */
    static final long MAX_SIZE = 144;

    /** One extent: 0 sometimes, 1 often, else 2-4. */
    static long extent(SplittableRandom rnd) {
        int r = rnd.nextInt(100);
        return r < 5 ? 0 : r < 27 ? 1 : rnd.nextInt(2, 5);
    }

    static int rank(SplittableRandom rnd) {
        int r = rnd.nextInt(100);
        return r < 10 ? 0 : r < 33 ? 1 : r < 60 ? 2 : r < 80 ? 3 : r < 92 ? 4 : 5;
    }

    static long[] fresh(SplittableRandom rnd) {
        long[] s = new long[rank(rnd)];
        for (int i = 0; i < s.length; i++) s[i] = extent(rnd);
        return capped(s);
    }

    /** Shrinks extents until the size is at most MAX_SIZE. */
    static long[] capped(long[] s) {
        while (FuzzArrays.size(s) > MAX_SIZE) {
            int big = 0;
            for (int i = 1; i < s.length; i++) if (s[i] > s[big]) big = i;
            s[big]--;
        }
        return s;
    }

    /**
     * A shape that broadcasts with {@code s}: aligned from the right, each extent equal or 1 (or anything
     * where s has 1), maybe more or fewer dimensions.
     */
    static long[] partner(SplittableRandom rnd, long[] s) {
        int rank = rnd.nextInt(3) == 0 ? rnd.nextInt(0, Math.min(5, s.length + 2) + 1) : s.length;
        long[] t = new long[rank];
        for (int i = 1; i <= rank; i++) {
            int si = s.length - i;
            long e;
            if (si < 0) e = rnd.nextInt(4) == 0 ? extent(rnd) : 1 + rnd.nextInt(3);
            else if (s[si] == 1) e = rnd.nextInt(3) == 0 ? extent(rnd) : 1;
            else e = rnd.nextInt(4) == 0 ? 1 : s[si];
            t[rank - i] = e;
        }
        if (FuzzArrays.size(broadcast(s, t)) > MAX_SIZE) return s.clone();
        return t;
    }

    /** A shape that does not broadcast with {@code s}, or null when every extent of s is 1. */
    static long[] incompatible(SplittableRandom rnd, long[] s) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < s.length; i++) if (s[i] != 1) candidates.add(i);
        if (candidates.isEmpty()) return null;
        long[] t = s.clone();
        int ax = candidates.get(rnd.nextInt(candidates.size()));
        t[ax] = s[ax] == 2 ? 3 : 2;
        if (rnd.nextBoolean() && ax > 0) t = Arrays.copyOfRange(t, rnd.nextInt(ax + 1), t.length);
        return t;
    }

    /** A shape that broadcasts onto {@code s} (for in-place operands and values): fewer or equal dims, each equal or 1. */
    static long[] into(SplittableRandom rnd, long[] s) {
        int rank = rnd.nextInt(3) == 0 ? rnd.nextInt(0, s.length + 1) : s.length;
        long[] t = new long[rank];
        for (int i = 1; i <= rank; i++) t[rank - i] = rnd.nextInt(4) == 0 ? 1 : s[s.length - i];
        return t;
    }

    /** NumPy's broadcast shape, or null. */
    static long[] broadcast(long[] a, long[] b) {
        int n = Math.max(a.length, b.length);
        long[] r = new long[n];
        for (int i = 1; i <= n; i++) {
            long x = i <= a.length ? a[a.length - i] : 1, y = i <= b.length ? b[b.length - i] : 1;
            if (x != y && x != 1 && y != 1) return null;
            r[n - i] = x == 1 ? y : x;
        }
        return r;
    }

    /** A random shape of the given size (a 0 somewhere when size is 0), rank 0-5. */
    static long[] reshapeOf(SplittableRandom rnd, long size) {
        if (size == 0) {
            long[] t = new long[1 + rnd.nextInt(4)];
            for (int i = 0; i < t.length; i++) t[i] = rnd.nextInt(1, 4);
            t[rnd.nextInt(t.length)] = 0;
            return t;
        }
        List<Long> factors = new ArrayList<>();
        long n = size;
        for (long f = 2; f * f <= n; f++) while (n % f == 0) { factors.add(f); n /= f; }
        if (n > 1) factors.add(n);
        int rank = size == 1 && rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(1, 6);
        if (rank == 0) return new long[0];
        long[] t = new long[rank];
        Arrays.fill(t, 1);
        for (long f : factors) t[rnd.nextInt(rank)] *= f;
        return t;
    }
}
