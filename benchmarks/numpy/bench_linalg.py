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

import argparse
import json
import os
import platform
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_core import bench, blas_info  # noqa: E402  (the same timing and BLAS report as the core cases)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="short loops, fewer repeats (a smoke run)")
    ap.add_argument("--out", help="also write the JSON to this file")
    args = ap.parse_args()
    target_s, repeat = (0.3, 3) if args.quick else (2.0, 5)

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

    result = {
        "numpy_version": np.__version__,
        "python_version": platform.python_version(),
        "python": sys.executable,
        "blas": blas_info(),
        "env": {k: os.environ.get(k) for k in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")},
        "timing": {"method": "timeit best of repeat, per call", "loop_target_s": target_s, "repeat": repeat},
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "cases": cases,
    }
    text = json.dumps(result, indent=2)
    print(text)
    if args.out:
        with open(args.out, "w") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    main()
