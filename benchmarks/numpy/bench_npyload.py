#!/usr/bin/env python3
"""NumPy's side of NumJ's NpyLoadBench: loading a 1 GiB .npy, and the two limits it is measured against.

    python3 benchmarks/numpy/bench_npyload.py [--quick] [--out FILE]

One file of 2**27 float64 (1 GiB of data) is written to a temporary directory and stays in the page
cache (nothing is dropped), so the limit is memory bandwidth, as on NumJ's side. Cases (one call each,
best and mean of the repeats, nanoseconds):
    load            np.load(path)                          fresh memory filled from the file
    read_file_only  the file read through a reused 1 MiB buffer, data thrown away (cat file > /dev/null)
    copy_in_memory  x.copy() of the same 1 GiB array       fresh memory written, the traffic a load cannot avoid
    mmap_open       np.load(path, mmap_mode='r')           opening without reading
Prints one JSON object in bench_core.py's format.
"""

import gc
import os
import sys
import tempfile
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_core import cli, report  # noqa: E402  (the options and JSON report of every bench_*.py)


def single_shots(fn, warmup, repeat):
    for _ in range(warmup):
        fn()
        gc.collect()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter_ns()
        r = fn()
        times.append(time.perf_counter_ns() - t0)
        del r
        gc.collect()
    return {"best_ns": min(times), "mean_ns": sum(times) / len(times), "number": 1, "repeat": repeat}


def main():
    args, warmup, repeat = cli(__doc__, (1, 2), (3, 10))

    x = np.random.default_rng(7).random(1 << 27)
    with tempfile.TemporaryDirectory(prefix="numj-npyload-") as d:
        path = os.path.join(d, "x.npy")
        np.save(path, x)
        buf = bytearray(1 << 20)

        def read_only():
            total = 0
            with open(path, "rb", buffering=0) as f:
                while (r := f.readinto(buf)) > 0:
                    total += r
            return total

        cases = []
        for case, fn in (("load", lambda: np.load(path)), ("read_file_only", read_only),
                         ("copy_in_memory", lambda: x.copy()), ("mmap_open", lambda: np.load(path, mmap_mode="r"))):
            r = single_shots(fn, warmup, repeat)
            r.update(case=case, n=None)
            cases.append(r)

    report(cases, None, repeat, args.out,
           timing={"method": "single calls, best and mean of repeat", "warmup": warmup, "repeat": repeat})


if __name__ == "__main__":
    main()
