#!/usr/bin/env python3
"""NumPy's side of NumJ's UfuncBench: the same six elementwise cases, timed with timeit.

    python3 benchmarks/numpy/bench_ufunc.py [--quick]

Cases: a + b (1e7 float32), m - v ((1000, 1000) - (1000,) float32), x *= 1.0000001 (1e6 float32, in
place), 1 / (1 + np.exp(-s)) (1e6 float32; NumPy has no sigmoid), np.exp(e) (1e6 float32 and
float64, normal samples). Per-call microseconds: the best loop of `repeat` (timeit's advice), and the
mean. Prints NumPy's version, the SIMD extensions it dispatches to, and the load average.
"""

import argparse
import os
import timeit

import numpy as np


def bench(stmt, g, number, repeat):
    t = timeit.Timer(stmt, globals=g)
    t.timeit(number)  # warm-up: page faults, dispatch
    runs = [r / number * 1e6 for r in t.repeat(repeat, number)]
    return min(runs), sum(runs) / len(runs)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="fewer repeats")
    args = ap.parse_args()
    repeat = 3 if args.quick else 15
    rng = np.random.default_rng(1)
    g = {
        "np": np,
        "a": rng.random(10_000_000, dtype=np.float32), "b": rng.random(10_000_000, dtype=np.float32),
        "m": rng.random((1000, 1000), dtype=np.float32), "v": rng.random(1000, dtype=np.float32),
        "x": rng.random(1_000_000, dtype=np.float32),
        "s": rng.standard_normal(1_000_000).astype(np.float32),
        "e32": rng.standard_normal(1_000_000).astype(np.float32), "e64": rng.standard_normal(1_000_000),
    }
    try:
        simd = sorted(k for k, v in np._core._multiarray_umath.__cpu_features__.items() if v)
        simd = [k for k in simd if k.startswith(("AVX", "FMA", "SSE4"))]
    except AttributeError:
        simd = "unknown"
    print(f"NumPy {np.__version__}, SIMD {simd}, load average {os.getloadavg()}")
    cases = [("add 1e7 float32", "a + b", 10), ("sub (1000,1000)-(1000,) float32", "m - v", 50),
             ("x *= 1.0000001, 1e6 float32", "x.__imul__(1.0000001)", 200),
             ("sigmoid 1e6 float32", "1 / (1 + np.exp(-s))", 50), ("exp 1e6 float32", "np.exp(e32)", 50),
             ("exp 1e6 float64", "np.exp(e64)", 50)]
    for name, stmt, number in cases:
        best, mean = bench(stmt, g, number, repeat)
        print(f"{name:34s} best {best:9.1f} us   mean {mean:9.1f} us")


if __name__ == "__main__":
    main()
