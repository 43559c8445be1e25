#!/usr/bin/env python3
"""NumPy's side of NumJ's VectorisationBench (Rosetta section 12, the seeds' chapter 3.3 claims).

    python3 benchmarks/numpy/bench_vectorisation.py [--quick] [--no-loops] [--out FILE]

Cases (float64, inputs from default_rng(0), results allocated per call like NumJ's):
    dot      n=1e6       np.dot(a, b)
    sigmoid  n=1e6       1.0 / (1.0 + np.exp(-z))                (the seeds' formula)
    square   n=1000      X ** 2 of a 1000 x 1000 matrix          (elementwise, as the seed's loop)
    forward  n=10000     softmax(relu(X @ W1 + b1) @ W2 + b2)    784-128-10, 10,000 random "images"

and, unless --no-loops, the seeds' Python for-loops on a slice (the whole sizes take seconds to minutes),
with "n" the slice size and "full_n" the case's size: scale best_ns by full_n / n for the estimate.
    dot_pyloop      n=1e5 of 1e6            s += a[i] * b[i]
    sigmoid_pyloop  n=1e5 of 1e6            r[i] = 1.0 / (1.0 + np.exp(-z[i]))
    square_pyloop   n=100 (100 x 100 rows and columns of 1000 x 1000): r[i, j] = X[i, j] ** 2
    forward_pyloop  n=10 images of 10,000   the MLP with loops over units (relu, softmax per image)

Prints one JSON object in bench_core.py's format (times in nanoseconds per call, best and mean of the
repeats) with NumPy's version and the BLAS it runs on.
"""

import math
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_core import bench, cli, report  # noqa: E402  (the same options, timing and JSON report as the core cases)


def forward(X, W1, b1, W2, b2):
    h = np.maximum(X @ W1 + b1, 0.0)
    z = h @ W2 + b2
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def dot_loop(a, b):
    s = 0.0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s


def sigmoid_loop(z):
    r = np.zeros(len(z))
    for i in range(len(z)):
        r[i] = 1.0 / (1.0 + np.exp(-z[i]))
    return r


def square_loop(X):
    r = np.zeros_like(X)
    for i in range(X.shape[0]):
        for j in range(X.shape[1]):
            r[i, j] = X[i, j] ** 2
    return r


def forward_loop(X, W1, b1, W2, b2):
    m, k = X.shape
    h_units, c = W2.shape
    out = np.zeros((m, c))
    for i in range(m):
        hidden = [0.0] * h_units
        for j in range(h_units):
            s = b1[j]
            for p in range(k):
                s += X[i, p] * W1[p, j]
            hidden[j] = max(s, 0.0)
        z = [b2[q] + sum(hidden[j] * W2[j, q] for j in range(h_units)) for q in range(c)]
        mx = max(z)
        e = [math.exp(v - mx) for v in z]
        total = sum(e)
        for q in range(c):
            out[i, q] = e[q] / total
    return out


def main():
    args, target_s, repeat = cli(__doc__, (0.05, 3), (0.5, 7),
                                 [("--no-loops", "leave out the Python for-loop cases")])

    rng = np.random.default_rng(0)
    a, b, z = rng.standard_normal(1_000_000), rng.standard_normal(1_000_000), rng.standard_normal(1_000_000)
    X = rng.standard_normal((1000, 1000))
    W1 = rng.standard_normal((784, 128)) * np.sqrt(2.0 / 784)
    b1 = rng.standard_normal(128) * 0.01
    W2 = rng.standard_normal((128, 10)) * np.sqrt(2.0 / 128)
    b2 = rng.standard_normal(10) * 0.01
    images = rng.random((10_000, 784))
    g = {"np": np, "a": a, "b": b, "z": z, "X": X, "W1": W1, "b1": b1, "W2": W2, "b2": b2, "images": images,
         "forward": forward, "dot_loop": dot_loop, "sigmoid_loop": sigmoid_loop, "square_loop": square_loop,
         "forward_loop": forward_loop}
    cases = []
    for case, n, stmt in (("dot", 1_000_000, "np.dot(a, b)"), ("sigmoid", 1_000_000, "1.0 / (1.0 + np.exp(-z))"),
                          ("square", 1000, "X ** 2"), ("forward", 10_000, "forward(images, W1, b1, W2, b2)")):
        r = bench(stmt, g, target_s, repeat)
        r.update(case=case, n=n)
        cases.append(r)
    if not args.no_loops:
        g.update(a_s=a[:100_000], b_s=b[:100_000], z_s=z[:100_000], X_s=X[:100, :100], images_s=images[:10])
        loop_repeat = min(repeat, 3)
        for case, n, full_n, stmt in (("dot_pyloop", 100_000, 1_000_000, "dot_loop(a_s, b_s)"),
                                      ("sigmoid_pyloop", 100_000, 1_000_000, "sigmoid_loop(z_s)"),
                                      ("square_pyloop", 100, 1000, "square_loop(X_s)"),
                                      ("forward_pyloop", 10, 10_000, "forward_loop(images_s, W1, b1, W2, b2)")):
            r = bench(stmt, g, target_s, loop_repeat)
            # square_loop covers n x n elements: the full case is (full_n / n) ** 2 times the work
            scale = (full_n / n) ** 2 if case == "square_pyloop" else full_n / n
            r.update(case=case, n=n, full_n=full_n, full_estimate_ns=r["best_ns"] * scale)
            cases.append(r)

    report(cases, target_s, repeat, args.out)


if __name__ == "__main__":
    main()
