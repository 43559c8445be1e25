"""The peers of NumJ's GPU benchmark (scripts/gpu-bench): CuPy and PyTorch on the cases of
dev.numj.bench.GpuBench, float32, on GPU 0, timed with CUDA events (each case: --warmup runs, then
--reps timed runs, each between its own start and end event; the median is reported).

Cases (rate units as GpuBench counts them):
  matmul_4096, matmul_8192   a @ b, n x n                       GFLOP/s = 2 n^3 / t
  add_1e8                    a + b, 1e8 elements                GB/s    = 12 bytes/element / t
  sigmoid_composed_1e8       1 / (1 + exp(-a)), as composed     GB/s    = 8 bytes/element / t
  sum_1e8                    a.sum()                            GB/s    = 4 bytes/element / t
  softmax_rows_8192          e = exp(x - max(x, 1)); e / sum(e, 1)   GB/s = 8 bytes/element / t
  softmax_fused_8192         the same as one call: torch.softmax(x, 1), cupyx.scipy.special.softmax(x, axis=1)
  mlp_step_4096              one SGD step of the digits MLP (64-32-10), batch 4096   steps/s
  copy_1e8                   device-to-device copy (torch: b.copy_(a); cupy: cp.copyto(b, a))   GB/s = 8 bytes/element / t
TF32 is off in both (NumJ's default): torch.backends.cuda.matmul.allow_tf32 = False, and CuPy's
default (CUPY_TF32 unset) computes float32 matmul in full FP32.

Prints one JSON object: {"peers": [{"framework": ..., "version": ..., "device": ..., "cases": [...]}, ...]};
a framework that cannot be imported is listed with "error". --out FILE writes it too.
Usage: python3 benchmarks/gpu/bench_peers.py [--frameworks cupy,torch] [--warmup 2] [--reps 10] [--out FILE]
"""
import argparse
import json
import statistics
import sys

ap = argparse.ArgumentParser()
ap.add_argument("--frameworks", default="cupy,torch")
ap.add_argument("--warmup", type=int, default=2)
ap.add_argument("--reps", type=int, default=10)
ap.add_argument("--only", default="")
ap.add_argument("--out")
args = ap.parse_args()
only = set(filter(None, args.only.split(",")))
BIG = 100_000_000


def wanted(name):
    return not only or name in only


def run_cases(fw, sync, event):
    """A case list and its timer; event() gives (start, end, elapsed_ms(start, end))."""
    cases = []

    def time(name, op, unit, work):
        for _ in range(args.warmup):
            op()
        sync()
        ms = []
        for _ in range(args.reps):
            start, end, elapsed = event()
            start.record()
            op()
            end.record()
            end.synchronize()
            ms.append(elapsed(start, end))
        med = statistics.median(ms)
        cases.append({"name": name, "median_ms": med, "min_ms": min(ms), "reps": args.reps, "unit": unit,
                      "rate": work / (med / 1e3)})
        print("gpu-bench: %-6s %-22s %10.3f ms  %10.1f %s" % (fw, name, med, work / (med / 1e3), unit), file=sys.stderr)

    return cases, time


def cupy_cases():
    import cupy as cp
    rng = cp.random.default_rng(0)
    normal = lambda *shape: rng.standard_normal(shape, dtype=cp.float32)
    def event():
        return cp.cuda.Event(), cp.cuda.Event(), lambda s, e: cp.cuda.get_elapsed_time(s, e)
    sync = cp.cuda.Device(0).synchronize
    name = cp.cuda.runtime.getDeviceProperties(0)["name"]
    name = name.decode() if isinstance(name, bytes) else name
    cases, time = run_cases("cupy", sync, event)
    bench_all(cp, normal, time, copy=lambda a, b: cp.copyto(b, a))
    return {"framework": "cupy", "version": cp.__version__, "device": name, "cases": cases}


def torch_cases():
    import torch
    torch.backends.cuda.matmul.allow_tf32 = False
    torch.backends.cudnn.allow_tf32 = False
    dev = torch.device("cuda:0")
    g = torch.Generator(device=dev).manual_seed(0)
    normal = lambda *shape: torch.randn(*shape, generator=g, device=dev, dtype=torch.float32)
    def event():
        return (torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True),
                lambda s, e: s.elapsed_time(e))
    name = torch.cuda.get_device_name(0)
    cases, time = run_cases("torch", torch.cuda.synchronize, event)
    bench_all(torch, normal, time, copy=lambda a, b: b.copy_(a))
    return {"framework": "torch", "version": torch.__version__ + " (CUDA %s)" % torch.version.cuda,
            "device": name, "cases": cases}


def bench_all(xp, normal, time, copy):
    for n in (4096, 8192):
        if wanted("matmul_%d" % n):
            a, b = normal(n, n), normal(n, n)
            time("matmul_%d" % n, lambda: a @ b, "GFLOP/s", 2.0 * n ** 3 / 1e9)
            del a, b
    if any(wanted(c) for c in ("add_1e8", "sigmoid_composed_1e8", "sum_1e8", "copy_1e8")):
        a, b = normal(BIG), normal(BIG)
        if wanted("add_1e8"):
            time("add_1e8", lambda: a + b, "GB/s", 12.0 * BIG / 1e9)
        if wanted("sigmoid_composed_1e8"):
            time("sigmoid_composed_1e8", lambda: 1.0 / (1.0 + xp.exp(-a)), "GB/s", 8.0 * BIG / 1e9)
        if wanted("sum_1e8"):
            time("sum_1e8", lambda: a.sum(), "GB/s", 4.0 * BIG / 1e9)
        if wanted("copy_1e8"):
            time("copy_1e8", lambda: copy(a, b), "GB/s", 8.0 * BIG / 1e9)
        del a, b
    if wanted("softmax_rows_8192"):
        x = normal(8192, 8192)
        def softmax():
            m = x.max(1, keepdims=True) if xp.__name__ == "cupy" else x.max(1, keepdim=True).values
            e = xp.exp(x - m)
            return e / (e.sum(1, keepdims=True) if xp.__name__ == "cupy" else e.sum(1, keepdim=True))
        time("softmax_rows_8192", softmax, "GB/s", 8.0 * 8192 * 8192 / 1e9)
        del x
    if wanted("softmax_fused_8192"):
        x = normal(8192, 8192)
        fused = None
        if xp.__name__ == "cupy":
            try:  # cupyx.scipy.special.softmax is in CuPy 12 and later
                import cupyx.scipy.special
                fused = lambda: cupyx.scipy.special.softmax(x, axis=1)
            except (ImportError, AttributeError) as e:
                print("gpu-bench: cupy has no fused softmax: %s" % e, file=sys.stderr)
        else:
            fused = lambda: xp.softmax(x, 1)
        if fused is not None:
            time("softmax_fused_8192", fused, "GB/s", 8.0 * 8192 * 8192 / 1e9)
        del x
    if wanted("mlp_step_4096"):
        mlp_step(xp, normal, time)


def mlp_step(xp, normal, time):
    """DigitsMlp's step, as benchmarks/numpy/mlp_steps.py writes it, float32, batch 4096."""
    B, lr = 4096, 0.1
    if xp.__name__ == "cupy":
        cast = lambda t, like: t.astype(like.dtype)
        keep_max = lambda t: t.max(1, keepdims=True)
        keep_sum = lambda t: t.sum(1, keepdims=True)
        zeros = lambda n: xp.zeros(n, dtype=xp.float32)
        labels = xp.random.default_rng(1).integers(0, 10, B)
        y = (labels[:, None] == xp.arange(10)[None, :]).astype(xp.float32)
        relu = lambda t: xp.maximum(t, 0)
    else:
        cast = lambda t, like: t.to(like.dtype)
        keep_max = lambda t: t.max(1, keepdim=True).values
        keep_sum = lambda t: t.sum(1, keepdim=True)
        zeros = lambda n: xp.zeros(n, device="cuda:0", dtype=xp.float32)
        labels = xp.randint(0, 10, (B,), device="cuda:0")
        y = xp.nn.functional.one_hot(labels, 10).to(xp.float32)
        relu = lambda t: xp.clamp_min(t, 0)
    x = normal(B, 64).abs() / 4
    p = [normal(64, 32) * (2.0 / 64) ** 0.5, zeros(32), normal(32, 10) * (2.0 / 32) ** 0.5, zeros(10)]

    def step():
        W1, b1, W2, b2 = p
        z1 = x @ W1 + b1; a1 = relu(z1)
        z2 = a1 @ W2 + b2
        e = xp.exp(z2 - keep_max(z2)); prob = e / keep_sum(e)
        dz2 = (prob - y) / B
        dW2 = a1.T @ dz2; db2 = dz2.sum(0)
        dz1 = (dz2 @ W2.T) * cast(z1 > 0, z1)
        dW1 = x.T @ dz1; db1 = dz1.sum(0)
        W1 -= lr * dW1; b1 -= lr * db1; W2 -= lr * dW2; b2 -= lr * db2
    time("mlp_step_4096", step, "steps/s", 1.0)


peers = []
for fw in filter(None, args.frameworks.split(",")):
    try:
        peers.append({"cupy": cupy_cases, "torch": torch_cases}[fw]())
    except Exception as e:  # a missing or broken framework is reported, not fatal
        peers.append({"framework": fw, "error": "%s: %s" % (type(e).__name__, e)})
        print("gpu-bench: %s failed: %s: %s" % (fw, type(e).__name__, e), file=sys.stderr)
out = json.dumps({"peers": peers}, indent=1)
print(out)
if args.out:
    with open(args.out, "w") as f:
        f.write(out + "\n")
