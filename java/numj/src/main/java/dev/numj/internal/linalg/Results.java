package dev.numj.internal.linalg;

import dev.numj.NDArray;

/** The machinery's results of the decompositions; {@code Linalg} names them as its public records. */
public final class Results {
    private Results() {}

    public record Slogdet(NDArray sign, NDArray logabsdet) {}

    public record Qr(NDArray q, NDArray r) {}

    public record Lstsq(NDArray x, NDArray residuals, int rank, NDArray singularValues) {}

    public record Eigh(NDArray eigenvalues, NDArray eigenvectors) {}

    public record Eig(NDArray eigenvalues, NDArray eigenvectors, NDArray eigenvaluesImag, NDArray eigenvectorsImag) {}

    public record Svd(NDArray u, NDArray s, NDArray vh) {}
}
