#!/usr/bin/env python3
"""NumPy's side of NumJ's LinalgBench: the same four cases, timed like bench_core.py.

    python3 benchmarks/numpy/bench_linalg.py [--quick] [--out FILE]

Cases (float64, standard normal inputs from default_rng(0)):
    inv    n=1000   np.linalg.inv(a)
    solve  n=1000   np.linalg.solve(a, b), b also 1000 x 1000
    det    n=1000   np.linalg.det(a)
    svd    n=500    np.linalg.svd(s)          (full_matrices=True, U and Vh computed)

Prints one JSON object in bench_core.py's format (times in nanoseconds per call, best and mean of the
repeats) with NumPy's version and the BLAS it runs on.
"""

import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_core import bench, cli, report  # noqa: E402  (the same timing and JSON report as the core cases)


def main():
    args, target_s, repeat = cli(__doc__, (0.3, 3), (2.0, 5))

    rng = np.random.default_rng(0)
    a = rng.standard_normal((1000, 1000))
    b = rng.standard_normal((1000, 1000))
    s = rng.standard_normal((500, 500))
    g = {"np": np, "a": a, "b": b, "s": s}
    cases = []
    for case, n, stmt in (("inv", 1000, "np.linalg.inv(a)"), ("solve", 1000, "np.linalg.solve(a, b)"),
                          ("det", 1000, "np.linalg.det(a)"), ("svd", 500, "np.linalg.svd(s)")):
        r = bench(stmt, g, target_s, repeat)
        r.update(case=case, n=n)
        cases.append(r)

    report(cases, target_s, repeat, args.out)


if __name__ == "__main__":
    main()
