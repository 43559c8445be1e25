#!/usr/bin/env python3
"""NumPy's side of NumJ's IndexingBench: axis sums, boolean-mask selection and fancy gathers.

    python3 benchmarks/numpy/bench_indexing.py [--quick] [--out FILE]

Cases (float32 uniform in [0, 1); X is 4096 x 1024, a has 1e6 elements):
    sum_axis0        X.sum(axis=0)
    sum_axis1        X.sum(axis=1)
    mask_elements    a[a > 0.5]
    mask_rows        X[m]      m: a random boolean row mask (about half the rows)
    gather_elements  a[i]      i: 1e6 random int64 indices
    gather_rows      X[r]      r: 4096 random int64 row indices

Prints one JSON object in bench_core.py's format (nanoseconds per call, best and mean of the repeats).
"""

import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_core import bench, cli, report  # noqa: E402  (the same timing and JSON report as the core cases)


def main():
    args, target_s, repeat = cli(__doc__, (0.05, 3), (0.5, 7))

    rng = np.random.default_rng(0)
    rows, cols, n = 4096, 1024, 1_000_000
    g = {
        "X": rng.random((rows, cols), dtype=np.float32),
        "a": rng.random(n, dtype=np.float32),
        "m": rng.random(rows) < 0.5,
        "i": rng.integers(0, n, n, dtype=np.int64),
        "r": rng.integers(0, rows, rows, dtype=np.int64),
    }
    cases = []
    for case, stmt in (("sum_axis0", "X.sum(axis=0)"), ("sum_axis1", "X.sum(axis=1)"),
                       ("mask_elements", "a[a > 0.5]"), ("mask_rows", "X[m]"),
                       ("gather_elements", "a[i]"), ("gather_rows", "X[r]")):
        r = bench(stmt, g, target_s, repeat)
        r.update(case=case, n=None)
        cases.append(r)

    report(cases, target_s, repeat, args.out)


if __name__ == "__main__":
    main()
