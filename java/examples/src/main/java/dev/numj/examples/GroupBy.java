package dev.numj.examples;

import dev.numj.NDArray;
import dev.numj.UniqueCounts;

import static dev.numj.NumJ.*;

/**
 * pandas' {@code df.groupby(keys)[col].agg(['sum', 'count'])} in a few NumJ array operations, no loop:
 * sort the rows by key (stable), let {@code unique} give each key's row count, and read each group's sum
 * off a cumulative sum at the group ends. O(n log n) like pandas' sort-based groupby.
 */
final class GroupBy {
    private GroupBy() {}

    /**
     * Per distinct key (ascending): the sum of {@code values} and the number of rows.
     *
     * @param keys   the distinct keys, ascending (dtype of the keys)
     * @param sums   the sum of each group (int64 for integer values, float64 for floats)
     * @param counts the row count of each group (int64)
     */
    record Groups(NDArray keys, NDArray sums, NDArray counts) {
        /** The mean of each group, float64. */
        NDArray means() { return sums.div(counts); }
    }

    /** Groups {@code values} (1-D) by {@code keys} (1-D, same length). */
    static Groups sum(NDArray keys, NDArray values) {
        if (keys.ndim() != 1 || values.ndim() != 1 || keys.shape(0) != values.shape(0))
            throw new IllegalArgumentException("keys and values must be 1-D of one length, got "
                    + DeliveryTimeRegression.shape(keys) + " and " + DeliveryTimeRegression.shape(values));
        NDArray order = keys.argsort();                                       // stable: equal keys keep their order
        UniqueCounts u = keys.take(order, 0).uniqueWithCounts();              // distinct keys and group sizes
        NDArray ends = u.counts().cumsum().sub(1L);                           // last row of each group, in sorted order
        NDArray running = values.take(order, 0).cumsum();                     // running total over the sorted rows
        NDArray atEnds = running.take(ends, 0);
        NDArray before = concatenate(zeros(atEnds.dtype(), 1), atEnds.get(slice(0, -1)));
        return new Groups(u.values(), atEnds.sub(before), u.counts());
    }
}
