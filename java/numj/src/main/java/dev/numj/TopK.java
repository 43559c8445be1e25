package dev.numj;

/**
 * The result of {@link NDArray#topk(int, int)}: the {@code k} largest values along an axis, largest
 * first, and their int64 positions along that axis. Both arrays have the input's shape with that
 * axis shortened to {@code k}.
 *
 * <pre>{@code
 * TopK t = array(3, 1, 4, 1, 5).topk(2);
 * t.values();    // [5 4]     t.indices();   // [4 2]
 * }</pre>
 *
 * @param values  the k largest values of each lane, in descending order (NaN counts as largest)
 * @param indices their positions along the axis (int64); equal values come in increasing position
 */
public record TopK(NDArray values, NDArray indices) {}
