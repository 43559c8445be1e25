package dev.numj.nn;

import dev.numj.NDArray;

import static dev.numj.NumJ.full;
import static dev.numj.NumJ.where;

/**
 * Min-max scaling fitted on training rows and applied to any rows: the seeds'
 * {@code (X - X_train.min(axis=0)) / (X_train.max(axis=0) - X_train.min(axis=0))} for train and test
 * alike (test rows may fall outside [0, 1], as in the seeds' output {@code [[2.05882353 1.25]]}).
 * A constant column gets range 1, as in scikit-learn's {@code MinMaxScaler}; NumPy's formula would
 * divide by 0.
 *
 * <pre>{@code
 * MinMaxScaler s = MinMaxScaler.fit(Xtrain);
 * NDArray XtrainS = s.transform(Xtrain), XtestS = s.transform(Xtest);
 * }</pre>
 *
 * @param min per-column minimum of the training rows (NumPy {@code X.min(axis=0)})
 * @param max per-column maximum of the training rows
 */
public record MinMaxScaler(NDArray min, NDArray max) {
    /**
     * Fits on the rows of X (samples along axis 0): NumPy {@code X.min(axis=0)}, {@code X.max(axis=0)}
     * (an empty X fails like NumPy's min).
     * <pre>{@code
     * MinMaxScaler s = MinMaxScaler.fit(Xtrain);
     * }</pre>
     *
     * @param X the samples, one row each
     * @return the result
     */
    public static MinMaxScaler fit(NDArray X) { return new MinMaxScaler(X.min(0), X.max(0)); }

    /**
     * NumPy {@code (X - min) / (max - min)}, with a zero range taken as 1.
     * <pre>{@code
     * NDArray XtestS = MinMaxScaler.fit(Xtrain).transform(Xtest);
     * }</pre>
     *
     * @param X the samples, one row each
     * @return the result
     */
    public NDArray transform(NDArray X) { return X.sub(min).div(range()); }

    /**
     * Undoes {@link #transform}: NumPy {@code Z * (max - min) + min}.
     * <pre>{@code
     * NDArray back = s.inverseTransform(s.transform(X));
     * }</pre>
     *
     * @param Z the values on the grid
     * @return the result
     */
    public NDArray inverseTransform(NDArray Z) { return Z.mul(range()).add(min); }

    private NDArray range() {
        NDArray r = max.sub(min);
        return where(r.eq(0L), full(r.dtype(), new long[0], 1.0), r);
    }
}
