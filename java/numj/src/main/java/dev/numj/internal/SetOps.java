package dev.numj.internal;

import static dev.numj.internal.ArrayAccess.shapeOf;

import java.util.List;
import dev.numj.Index;
import dev.numj.Intersection;
import dev.numj.NDArray;
import dev.numj.UniqueResult;

/**
 * NumPy's set routines on 1-D (flattened) arrays: {@code union1d}, {@code intersect1d} (with
 * {@code assume_unique} and {@code return_indices}) and {@code setdiff1d}, as NumPy composes them from
 * unique, a stable sort of the joined inputs and isin.
 */
public final class SetOps {
    private SetOps() {}

    private static NDArray flat(NDArray a) { return Views.reshape(a, new long[] {-1}); }

    /** NumPy {@code np.union1d(ar1, ar2)}: the sorted unique values of both. */
    public static NDArray union1d(NDArray a, NDArray b) {
        return Uniques.unique(Joining.concatenate(List.of(flat(a), flat(b)), 0), false, false, false, null, true).values();
    }

    /** NumPy {@code np.intersect1d(ar1, ar2, assume_unique, return_indices)}; the indices are null unless asked for. */
    public static Intersection intersect1d(NDArray a, NDArray b, boolean assumeUnique, boolean withIndices) {
        NDArray ar1, ar2, ind1 = null, ind2 = null;
        if (!assumeUnique) {
            UniqueResult u1 = Uniques.unique(a, withIndices, false, false, null, true), u2 = Uniques.unique(b, withIndices, false, false, null, true);
            ar1 = u1.values();
            ar2 = u2.values();
            ind1 = u1.indices();
            ind2 = u2.indices();
        } else {
            ar1 = flat(a);
            ar2 = flat(b);
        }
        NDArray aux = Joining.concatenate(List.of(ar1, ar2), 0);
        NDArray order = Sorting.argsort(aux, 0);
        aux = AdvancedIndex.take(aux, order, 0);
        long n = aux.size();
        if (n == 0) {
            NDArray none = Creation.zeros(dev.numj.DType.INT64, 0);
            return new Intersection(aux, withIndices ? none : null, withIndices ? none : null);
        }
        NDArray head = Views.index(aux, Index.parse(":-1"));
        NDArray mask = Ufuncs.binary(Ufuncs.EQ, Views.index(aux, Index.parse("1:")), head);
        NDArray values = AdvancedIndex.get(head, new Index[] {new Index.Array(mask)});
        if (!withIndices) return new Intersection(values, null, null);
        NDArray i1 = AdvancedIndex.get(Views.index(order, Index.parse(":-1")), new Index[] {new Index.Array(mask)});
        NDArray i2 = Ufuncs.binary(Ufuncs.SUB, AdvancedIndex.get(Views.index(order, Index.parse("1:")), new Index[] {new Index.Array(mask)}),
                shapeOf(ar1)[0]);
        if (!assumeUnique) {
            i1 = AdvancedIndex.take(ind1, i1, 0);
            i2 = AdvancedIndex.take(ind2, i2, 0);
        }
        return new Intersection(values, i1, i2);
    }

    /** NumPy {@code np.setdiff1d(ar1, ar2, assume_unique)}: the values of ar1 not in ar2 (sorted and unique unless assumed). */
    public static NDArray setdiff1d(NDArray a, NDArray b, boolean assumeUnique) {
        NDArray ar1 = assumeUnique ? flat(a) : Uniques.unique(a, false, false, false, null, true).values();
        NDArray ar2 = assumeUnique ? b : Uniques.unique(b, false, false, false, null, true).values();
        return AdvancedIndex.get(ar1, new Index[] {new Index.Array(Searching.isin(ar1, ar2, true))});
    }
}
