#!/usr/bin/env python3
"""NumPy's side of NumJ's CoreBench: the same five cases, timed with timeit.

    python3 benchmarks/numpy/bench_core.py [--quick] [--out FILE]

Cases (float32, inputs uniform in [0, 1), results allocated per call like NumJ's):
    matmul n=64, n=1024   a @ b                  (OpenBLAS sgemm)
    add    n=16, n=1e7    a + b
    sum    n=1e7          a.sum()                (a NumPy scalar; NumJ returns a 0-d array)

Each case: a loop of `number` calls is timed `repeat` times; the per-call time is the best loop's time
divided by `number` (timeit's advice: the minimum is the least disturbed figure). The mean over the
repeats is reported too. Prints one JSON object (times in nanoseconds per call) with NumPy's version,
its BLAS (np.show_config) and the BLAS thread count it actually runs with.
"""

import argparse
import ctypes
import glob
import json
import os
import platform
import sys
import time
import timeit

import numpy as np


def blas_info():
    """NumPy's build-time BLAS description, plus what the loaded OpenBLAS reports at run time."""
    info = {}
    try:
        cfg = np.show_config(mode="dicts")
        info["build"] = cfg.get("Build Dependencies", {}).get("blas", {})
    except TypeError:  # NumPy < 1.26: show_config() has no mode argument
        info["build"] = {"name": "unknown (NumPy < 1.26)"}
    # The OpenBLAS NumPy loaded: wheels bundle scipy-openblas (symbols with a scipy_ prefix and 64_ suffix),
    # distribution packages link the system libopenblas.so.0.
    candidates = []
    libs = os.path.join(os.path.dirname(os.path.dirname(np.__file__)), "numpy.libs")
    candidates += sorted(glob.glob(os.path.join(libs, "libscipy_openblas*.so*")))
    candidates += sorted(glob.glob(os.path.join(libs, "libopenblas*.so*")))
    try:
        with open("/proc/self/maps") as maps:
            for line in maps:
                path = line.split()[-1] if line.split() else ""
                if "openblas" in path and path not in candidates:
                    candidates.append(path)
    except OSError:
        pass
    for path in candidates:
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for prefix, suffix in (("scipy_openblas_", "64_"), ("openblas_", ""), ("openblas_", "64_")):
            try:
                get_threads = getattr(lib, prefix + "get_num_threads" + suffix)
                get_config = getattr(lib, prefix + "get_config" + suffix)
                get_core = getattr(lib, prefix + "get_corename" + suffix)
            except AttributeError:
                continue
            get_threads.restype = ctypes.c_int
            get_config.restype = ctypes.c_char_p
            get_core.restype = ctypes.c_char_p
            info["library"] = path
            info["config"] = get_config().decode()
            info["corename"] = get_core().decode()
            info["threads"] = get_threads()
            return info
    info["threads"] = None
    return info


def bench(stmt, setup_globals, target_s, repeat):
    """Per-call nanoseconds: best and mean of `repeat` loops, each about `target_s` seconds long."""
    timer = timeit.Timer(stmt, globals=setup_globals)
    timer.timeit(number=1)  # warm-up (first-touch of pages, BLAS thread start-up)
    number, elapsed = 1, 0.0
    while True:  # timeit's autorange, but to a chosen loop length
        elapsed = timer.timeit(number=number)
        if elapsed >= target_s / 5 or number >= 10**8:
            break
        number *= 10
    number = max(1, int(number * target_s / max(elapsed, 1e-9)))
    runs = timer.repeat(repeat=repeat, number=number)
    per_call = [r / number * 1e9 for r in runs]
    return {"best_ns": min(per_call), "mean_ns": sum(per_call) / len(per_call),
            "number": number, "repeat": repeat}


def report(cases, target_s, repeat, out=None, timing=None):
    """Prints (and writes to `out`, if given) the JSON every bench_*.py script produces: NumPy's version,
    its BLAS, the thread settings, the timing method (`timing`, else timeit's) and the cases."""
    result = {
        "numpy_version": np.__version__,
        "python_version": platform.python_version(),
        "python": sys.executable,
        "blas": blas_info(),
        "env": {k: os.environ.get(k) for k in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")},
        "timing": timing or {"method": "timeit best of repeat, per call", "loop_target_s": target_s, "repeat": repeat},
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "cases": cases,
    }
    text = json.dumps(result, indent=2)
    print(text)
    if out:
        with open(out, "w") as f:
            f.write(text + "\n")


def cli(doc, quick, full, options=()):
    """The options every benchmark script takes: --quick (a smoke run) and --out FILE, plus `options`
    ((flag, help) pairs of extra switches). Returns the parsed arguments and the (quick or full) pair
    of settings, e.g. (loop seconds, repeats)."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="short loops, fewer repeats (a smoke run)")
    for flag, text in options:
        ap.add_argument(flag, action="store_true", help=text)
    ap.add_argument("--out", help="also write the JSON to this file")
    args = ap.parse_args()
    return (args, *(quick if args.quick else full))


def main():
    args, target_s, repeat = cli(__doc__, (0.05, 3), (0.5, 7))

    rng = np.random.default_rng(0)
    cases = []

    def f32(*shape):
        return rng.random(shape, dtype=np.float32)

    for n in (64, 1024):
        g = {"a": f32(n, n), "b": f32(n, n)}
        r = bench("a @ b", g, target_s, repeat)
        r.update(case="matmul", n=n, flops=2.0 * n ** 3)
        cases.append(r)
    for n in (16, 10_000_000):
        g = {"a": f32(n), "b": f32(n)}
        r = bench("a + b", g, target_s, repeat)
        r.update(case="add", n=n)
        cases.append(r)
    g = {"a": f32(10_000_000)}
    r = bench("a.sum()", g, target_s, repeat)
    r.update(case="sum", n=10_000_000)
    cases.append(r)

    for c in cases:
        if "flops" in c:
            c["gflops_best"] = c["flops"] / c["best_ns"]

    report(cases, target_s, repeat, args.out)


if __name__ == "__main__":
    main()
