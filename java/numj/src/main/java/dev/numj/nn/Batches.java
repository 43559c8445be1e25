package dev.numj.nn;

import dev.numj.NDArray;
import dev.numj.random.Random;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

import static dev.numj.NumJ.slice;

/** {@link Data#batches}: each iteration is one epoch; shuffled epochs draw a fresh permutation. */
final class Batches implements Iterable<Data.Batch> {
    private final NDArray x, y;
    private final int size;
    private final boolean shuffle;
    private final Random rng;

    Batches(NDArray x, NDArray y, int size, boolean shuffle, Random rng) {
        if (size < 1) throw new IllegalArgumentException("batch size must be positive, got " + size);
        if (x.shape(0) > Integer.MAX_VALUE) throw new IllegalArgumentException("more than 2^31 - 1 rows: " + x.shape(0));
        this.x = x;
        this.y = y;
        this.size = size;
        this.shuffle = shuffle;
        this.rng = shuffle ? Objects.requireNonNull(rng, "rng") : rng;
    }

    @Override
    public Iterator<Data.Batch> iterator() {
        int n = (int) x.shape(0);
        NDArray perm = shuffle ? rng.permutation(n) : null;
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() { return next < n; }

            @Override
            public Data.Batch next() {
                if (next >= n) throw new NoSuchElementException();
                int end = (int) Math.min((long) next + size, n);
                Data.Batch b;
                if (perm == null) {
                    b = new Data.Batch(x.get(slice(next, end)), y == null ? null : y.get(slice(next, end)));
                } else {
                    NDArray idx = perm.get(slice(next, end));
                    b = new Data.Batch(x.take(idx, 0), y == null ? null : y.take(idx, 0));
                }
                next = end;
                return b;
            }
        };
    }
}
