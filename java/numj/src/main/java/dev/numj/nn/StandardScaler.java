package dev.numj.nn;

import dev.numj.NDArray;

import static dev.numj.NumJ.full;
import static dev.numj.NumJ.where;

/**
 * Z-score scaling fitted on training rows and applied to any rows: the seeds'
 * {@code mean = X_train.mean(axis=0); std = X_train.std(axis=0)} then {@code (X - mean) / std} for
 * train and test alike (scikit-learn's {@code StandardScaler}). {@code scale} is the population
 * standard deviation (ddof = 0, NumPy's default), except that a constant column gets scale 1, as in
 * scikit-learn: NumPy's formula would divide 0 by 0 and fill the column with NaN.
 *
 * <pre>{@code
 * StandardScaler s = StandardScaler.fit(Xtrain);
 * NDArray XtrainS = s.transform(Xtrain), XtestS = s.transform(Xtest);
 * }</pre>
 *
 * @param mean  per-column mean of the training rows (NumPy {@code X.mean(axis=0)})
 * @param scale per-column standard deviation, 1 where it is 0
 */
public record StandardScaler(NDArray mean, NDArray scale) {
    /**
     * Fits on the rows of X (samples along axis 0): NumPy {@code X.mean(axis=0)}, {@code X.std(axis=0)}.
     * <pre>{@code
     * StandardScaler s = StandardScaler.fit(Xtrain);
     * s.mean();   // per-feature means
     * }</pre>
     *
     * @param X the samples, one row each
     * @return the result
     */
    public static StandardScaler fit(NDArray X) {
        NDArray std = X.std(0);
        return new StandardScaler(X.mean(0), where(std.eq(0L), full(std.dtype(), new long[0], 1.0), std));
    }

    /**
     * NumPy {@code (X - mean) / scale}, broadcasting over the rows.
     * <pre>{@code
     * NDArray XtestS = StandardScaler.fit(Xtrain).transform(Xtest);
     * }</pre>
     *
     * @param X the samples, one row each
     * @return the result
     */
    public NDArray transform(NDArray X) { return X.sub(mean).div(scale); }

    /**
     * Undoes {@link #transform}: NumPy {@code Z * scale + mean}.
     * <pre>{@code
     * NDArray back = s.inverseTransform(s.transform(X));   // X again, within rounding
     * }</pre>
     *
     * @param Z the values on the grid
     * @return the result
     */
    public NDArray inverseTransform(NDArray Z) { return Z.mul(scale).add(mean); }
}
