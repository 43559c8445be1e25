package dev.numj;

/**
 * One item of a typed NumPy index: an integer, a slice, {@code ...}, a new axis or an index array
 * (a bool mask or integer array, {@link Array}). The string form {@code x.get(":, 1:3")} is parsed
 * into these; it cannot carry arrays, so masks and integer arrays use the typed form.
 *
 * <pre>{@code
 * X.get(all(), slice(1, 3));          // X[:, 1:3]
 * x.get(ellipsis(), newAxis());       // x[..., None]
 * a.get(slice(null, null, -1));       // a[::-1]
 * X.get(idx(mask), at(1));            // X[mask, 1]  (a copy)
 * }</pre>
 */
public sealed interface Index {
    /**
     * An integer index (negative counts from the end).
     *
     * @param index the index
     */
    record At(long index) implements Index {}

    /**
     * {@code start:stop:step}; null parts take Python's defaults.
     *
     * @param start the start of the interval
     * @param stop the end of the interval
     * @param step the spacing between values
     */
    record Slice(Long start, Long stop, Long step) implements Index {}

    /** {@code ...}: as many full slices as needed. */
    record Ellipsis() implements Index {}

    /** {@code None} / {@code np.newaxis}: a new axis of length 1. */
    record NewAxis() implements Index {}

    /**
     * An index array ({@link NumJ#idx(NDArray)}): a bool mask over as many axes as it has, or an
     * integer array (int32/int64) selecting along one axis. Any array item makes the whole index
     * NumPy's advanced indexing, whose result is a copy: {@code X.get(idx(mask), at(1))} is
     * {@code X[mask, 1]}, {@code X.get(all(), idx(array(0, 2)))} is {@code X[:, [0, 2]]}.
     *
     * @param array the array
     */
    record Array(NDArray array) implements Index {
        /**
         * Checks the array.
         *
         * @param array the index array, not null
         */
        public Array {
            java.util.Objects.requireNonNull(array, "index array");
        }
    }

    /** NumPy's {@code :}, the full slice ({@link NumJ#all()}). */
    Index ALL = new Slice(null, null, null);

    /**
     * The items of an index, none of them null (a NullPointerException naming the item otherwise).
     *
     * @param items the index items
     * @return the same items
     */
    static Index[] nonNull(Index[] items) {
        java.util.Objects.requireNonNull(items, "index is null");
        for (int k = 0; k < items.length; k++)
            if (items[k] == null) throw new NullPointerException("index item " + k + " is null");
        return items;
    }

    /**
     * Parses NumPy's index syntax: {@code "0, :"}, {@code "1:4"}, {@code "::-1"}, {@code "..., None"}.
     *
     * @param spec the index, as NumPy writes it between the brackets
     * @return the index items
     */
    static Index[] parse(String spec) {
        String s = java.util.Objects.requireNonNull(spec, "index string is null").trim();
        if (s.isEmpty()) return new Index[0];
        String[] parts = s.split(",", -1);
        Index[] r = new Index[parts.length];
        for (int i = 0; i < parts.length; i++) r[i] = parseOne(parts[i].trim(), spec);
        return r;
    }

    private static Index parseOne(String p, String spec) {
        if (p.equals("...")) return new Ellipsis();
        if (p.equals("None") || p.equals("newaxis") || p.equals("np.newaxis")) return new NewAxis();
        try {
            if (p.contains(":")) {
                String[] f = p.split(":", -1);
                if (f.length > 3) throw new IllegalArgumentException("invalid slice '" + p + "' in index \"" + spec + "\"");
                return new Slice(num(f[0]), num(f[1]), f.length == 3 ? num(f[2]) : null);
            }
            return new At(Long.parseLong(p));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid index item '" + p + "' in \"" + spec
                    + "\": expected an integer, a slice start:stop:step, '...' or None", e);
        }
    }

    private static Long num(String t) {
        t = t.trim();
        return t.isEmpty() || t.equals("None") ? null : Long.parseLong(t);
    }
}
