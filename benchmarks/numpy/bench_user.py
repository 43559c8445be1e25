#!/usr/bin/env python3
"""What users get: NumPy's side of dev.numj.bench.user.UserBench, the same cases written as a
NumPy user writes them, timed with the same protocol.

    python3 benchmarks/numpy/bench_user.py [--seconds S] CASE[:float32|float64] ...
    python3 benchmarks/numpy/bench_user.py --list          (the cases: NAME DTYPE per line)
    python3 benchmarks/numpy/bench_user.py --all [--seconds S]   (every case, each in a fresh process)
    python3 benchmarks/numpy/bench_user.py --info          (NumPy's version and BLAS as one JSON line)

One process runs the cases it is given (scripts/bench starts one per CASE:DTYPE, a fresh interpreter like
the fresh JVM of the Java side). For each: the inputs are built (untimed), then the statement is called
back to back for `seconds` (default 3), each call timed with time.perf_counter_ns (the 16-element cases in
batches of 1000 calls, the batch's time / 1000); the very first call is always timed alone. Prints one JSON
line per case with the fields UserBench prints: calls, first_call_ns, first_second_ns (mean per-call time
of the calls that completed in the first second), steady_best_ns / steady_median_ns (samples that started
after the first second; where none did, every call after the first), total_s, checksum ([sum, sum |x|] of the last result in float64) and check (the
case at a small size, called exactly 3 times, after the timing).

Inputs are the same formula as UserBench's, lo + (hi - lo) * frac((i + 1) * phi + s * 0.1234567) in
float64 then cast, so both sides compute on bit-identical inputs.
"""
import json
import os
import subprocess
import sys
import time

import numpy as np

PHI = 0.6180339887498949
SMALL_N = 1000


def u(n, s, lo, hi):
    v = (np.arange(n, dtype=np.float64) + 1.0) * PHI + s * 0.1234567
    v -= np.floor(v)
    return lo + (hi - lo) * v


def arr(dt, s, lo, hi, *shape):
    return u(int(np.prod(shape)), s, lo, hi).astype(dt).reshape(shape)


# name -> (batch, mutates, builder(dt, small) -> statement)
CASES = {}
# Probes: run by name only, never part of the suite (--list and --all leave them out); what a case is made of.
PROBES = {}


def case(name, batch=1, mutates=False, probe=False):
    def reg(f):
        (PROBES if probe else CASES)[name] = (batch, mutates, f)
        return f
    return reg


def mlp(dt, B):
    X = arr(dt, 1, 0, 1, B, 784)
    Y = np.zeros((B, 10), dtype=dt)
    Y[np.arange(B), (np.arange(B) * 7) % 10] = 1
    W1 = arr(dt, 2, -0.087, 0.087, 784, 128); b1 = arr(dt, 3, -0.01, 0.01, 128)
    W2 = arr(dt, 4, -0.216, 0.216, 128, 10); b2 = arr(dt, 5, -0.01, 0.01, 10)
    lr = 0.1

    def step():
        nonlocal W1, b1, W2, b2
        # the seeds' step (benchmarks/numpy/mlp_steps.py), on one fixed batch
        z1 = X @ W1 + b1; a1 = np.maximum(z1, 0)
        z2 = a1 @ W2 + b2
        e = np.exp(z2 - np.max(z2, axis=1, keepdims=True)); p = e / np.sum(e, axis=1, keepdims=True)
        dz2 = (p - Y) / X.shape[0]
        dW2 = a1.T @ dz2; db2 = dz2.sum(axis=0)
        dz1 = (dz2 @ W2.T) * (z1 > 0).astype(z1.dtype)
        dW1 = X.T @ dz1; db1 = dz1.sum(axis=0)
        W1 -= lr * dW1; b1 -= lr * db1; W2 -= lr * dW2; b2 -= lr * db2
        return dW1
    return step


for _b in (64, 256):
    case(f"mlp_b{_b}", mutates=True)(lambda dt, small, B=_b: mlp(dt, 16 if small else B))


def mlp_products(dt, B):
    """A probe: the five matrix products of one MLP step alone, on operands of the step's shapes (how much of
    the step the products are, and what the step can at best be on a given BLAS)."""
    X = arr(dt, 1, 0, 1, B, 784)
    W1 = arr(dt, 2, -0.087, 0.087, 784, 128); W2 = arr(dt, 4, -0.216, 0.216, 128, 10)
    a1 = arr(dt, 6, 0, 1, B, 128); dz2 = arr(dt, 7, -0.01, 0.01, B, 10); dz1 = arr(dt, 8, -0.01, 0.01, B, 128)

    def step():
        X @ W1; a1 @ W2; a1.T @ dz2; dz2 @ W2.T
        return X.T @ dz1
    return step


for _b in (64, 256):
    case(f"mlp_products_b{_b}", probe=True)(lambda dt, small, B=_b: mlp_products(dt, 16 if small else B))


@case("softmax_4096x1000")
def _softmax(dt, small):
    X = arr(dt, 1, -4, 4, *((64, 100) if small else (4096, 1000)))

    def f():
        e = np.exp(X - X.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)
    return f


@case("standardize_4096x1024")
def _standardize(dt, small):
    X = arr(dt, 1, -1, 3, *((64, 100) if small else (4096, 1024)))
    return lambda: (X - X.mean(0)) / X.std(0)


@case("sigmoid_1e7")
def _sigmoid(dt, small):
    a = arr(dt, 1, -6, 6, SMALL_N if small else 10_000_000)
    return lambda: 1 / (1 + np.exp(-a))


@case("bias_add_4096x1024")
def _bias_add(dt, small):
    m, n = (64, 100) if small else (4096, 1024)
    X = arr(dt, 1, -1, 1, m, n); b = arr(dt, 2, -1, 1, n)
    return lambda: X + b


for _e, _n in ((6, 1_000_000), (7, 10_000_000)):
    def _add(dt, small, n=_n):
        a = arr(dt, 1, -1, 1, SMALL_N if small else n); b = arr(dt, 2, -1, 1, SMALL_N if small else n)
        return lambda: a + b

    def _mul_add(dt, small, n=_n):
        k = SMALL_N if small else n
        a = arr(dt, 1, -1, 1, k); b = arr(dt, 2, -1, 1, k); c = arr(dt, 3, -1, 1, k)
        return lambda: a * b + c

    def _exp(dt, small, n=_n):
        a = arr(dt, 1, -5, 5, SMALL_N if small else n)
        return lambda: np.exp(a)

    def _maximum(dt, small, n=_n):
        a = arr(dt, 1, -1, 1, SMALL_N if small else n)
        return lambda: np.maximum(a, 0)
    case(f"add_1e{_e}")(_add)
    case(f"mul_add_1e{_e}")(_mul_add)
    case(f"exp_1e{_e}")(_exp)
    case(f"maximum_1e{_e}")(_maximum)


@case("iadd_1e7", mutates=True)
def _iadd(dt, small):
    k = SMALL_N if small else 10_000_000
    a = arr(dt, 1, -1, 1, k); b = arr(dt, 2, -1e-3, 1e-3, k)

    def f():
        nonlocal a
        a += b
        return a
    return f


@case("sum_axis0_4096x1024")
def _sum0(dt, small):
    X = arr(dt, 1, 0, 1, *((64, 100) if small else (4096, 1024)))
    return lambda: X.sum(axis=0)


@case("sum_axis1_4096x1024")
def _sum1(dt, small):
    X = arr(dt, 1, 0, 1, *((64, 100) if small else (4096, 1024)))
    return lambda: X.sum(axis=1)


@case("argmax_axis1_4096x1024")
def _argmax(dt, small):
    X = arr(dt, 1, 0, 1, *((64, 100) if small else (4096, 1024)))
    return lambda: X.argmax(axis=1)


@case("max_1e7")
def _max(dt, small):
    a = arr(dt, 1, -1, 1, SMALL_N if small else 10_000_000)
    return lambda: a.max()


for _n in (64, 256, 1024, 2048):
    def _matmul(dt, small, n=_n):
        k = min(n, 129) if small else n
        A = arr(dt, 1, -1, 1, k, k); B = arr(dt, 2, -1, 1, k, k)
        return lambda: A @ B
    case(f"matmul_{_n}")(_matmul)


@case("add_16", batch=1000)
def _add16(dt, small):
    a = arr(dt, 1, -1, 1, 16); b = arr(dt, 2, -1, 1, 16)
    return lambda: a + b


@case("sum_16", batch=1000)
def _sum16(dt, small):
    a = arr(dt, 1, -1, 1, 16)
    return lambda: a.sum()


@case("dot_16", batch=1000)
def _dot16(dt, small):
    a = arr(dt, 1, -1, 1, 16); b = arr(dt, 2, -1, 1, 16)
    return lambda: np.dot(a, b)


def checksum(r):
    v = np.asarray(r).astype(np.float64).ravel()
    # a sequential sum like UserBench's (pairwise summation would differ in the last bits only)
    return [float(np.add.accumulate(v)[-1]) if v.size else 0.0, float(np.add.accumulate(np.abs(v))[-1]) if v.size else 0.0]


def num(v):
    return None if v is None or v != v or v in (float("inf"), float("-inf")) else v


def use(r):
    """Reads the result's first element, as UserBench does (NumJ evaluates elementwise chains on first use)."""
    return r.flat[0] if r.size else None


def run(name, dt, seconds):
    batch, mutates, build = CASES[name] if name in CASES else PROBES[name]
    s0 = time.perf_counter()
    stmt = build(dt, False)
    setup = time.perf_counter() - s0
    per, start, end = [], [], []
    clock = time.perf_counter_ns
    limit = int(seconds * 1e9)
    t00 = clock()
    t0 = clock()
    r = stmt()          # the very first call, alone
    use(r)
    t1 = clock()
    per.append(t1 - t0); start.append(0); end.append(t1 - t00)
    calls = 1
    rng = range(batch)
    while True:
        t0 = clock()
        if t0 - t00 >= limit:
            break
        if batch == 1:
            r = stmt()
            use(r)
        else:
            for _ in rng:
                r = stmt()
        t1 = clock()
        per.append((t1 - t0) / batch); start.append(t0 - t00); end.append(t1 - t00)
        calls += batch
    total = (clock() - t00) / 1e9
    fs_time = fs_calls = 0
    steady = []
    for i in range(len(per)):
        if end[i] <= 1_000_000_000:
            fs_time += per[0] if i == 0 else end[i] - start[i]
            fs_calls += 1 if i == 0 else batch
        if start[i] >= 1_000_000_000:
            steady.append(per[i])
    after_first_second = bool(steady)
    if not after_first_second:      # calls straddling the first second: every call after the first
        steady = per[1:]
    steady.sort()
    cs = checksum(r)
    rdt = str(np.asarray(r).dtype)
    small = build(dt, True)
    for _ in range(3):
        c = small()
    c = np.asarray(c)
    return {"side": "numpy", "case": name, "dtype": dt, "batch": batch, "calls": calls, "samples": len(per),
            "first_call_ns": per[0], "first_second_calls": fs_calls,
            "first_second_ns": num(fs_time / fs_calls if fs_calls else None),
            "steady_samples": len(steady), "steady_after_first_second": after_first_second,
            "steady_best_ns": steady[0] if steady else None,
            "steady_median_ns": float(np.median(steady)) if steady else None,
            "total_s": total, "setup_s": setup, "mutates": mutates, "result_dtype": rdt,
            "checksum": [num(x) for x in cs],
            "check": {"calls": 3, "dtype": str(c.dtype), "shape": list(c.shape), "checksum": [num(x) for x in checksum(c)]},
            "numpy": np.__version__}


def info():
    """NumPy's version and BLAS, as bench_core.py reports them."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from bench_core import blas_info  # noqa: E402
    import platform
    return {"numpy_version": np.__version__, "python_version": platform.python_version(), "blas": blas_info()}


def main(argv):
    seconds, todo, every = 3.0, [], False
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--seconds":
            seconds = float(argv[i + 1]); i += 1
        elif a == "--list":
            for n in CASES:
                print(f"{n} float32\n{n} float64")
            return 0
        elif a == "--info":
            print(json.dumps(info()))
            return 0
        elif a == "--all":
            every = True
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        else:
            todo.append(a)
        i += 1
    if every:
        for n in CASES:
            for dt in ("float32", "float64"):
                subprocess.run([sys.executable, os.path.abspath(__file__), "--seconds", str(seconds), f"{n}:{dt}"], check=True)
        return 0
    if not todo:
        print("bench_user.py: name a case (--list lists them)", file=sys.stderr)
        return 2
    for t in todo:
        name, _, dt = t.partition(":")
        if name not in CASES and name not in PROBES:
            print(f"bench_user.py: unknown case {name} (--list lists them)", file=sys.stderr)
            return 2
        for d in ([dt] if dt else ["float32", "float64"]):
            print(json.dumps(run(name, d, seconds)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
