/**
 * NumJ: NumPy for Java. The exported packages are NumPy's namespaces: {@code dev.numj} (the array,
 * dtypes, devices, indexing, scopes and the {@code NumJ} functions, NumPy's {@code np.}),
 * {@code dev.numj.linalg} ({@code np.linalg}), {@code dev.numj.io} (NumPy's file functions),
 * {@code dev.numj.random} ({@code np.random}) and {@code dev.numj.nn} (the seeds' deep-learning
 * toolkit). Everything under {@code dev.numj.internal} is machinery and is not exported.
 */
module dev.numj {
    exports dev.numj;
    exports dev.numj.io;
    exports dev.numj.linalg;
    exports dev.numj.nn;
    exports dev.numj.random;
}
