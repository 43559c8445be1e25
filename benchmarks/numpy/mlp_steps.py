"""Steps per second of the digits MLP's training loop in NumPy: the loop of dev.numj.examples.MlpSteps.

Network 64-32-10 (relu, softmax, cross-entropy), He initialisation, mini-batches of 32 drawn by a
fresh permutation each epoch, SGD at learning rate 0.1, on the 1437 training images of the digits
set (pixels / 16); the step is DigitsMlp.step line for line. Prints one line:
    numpy mlp_steps steps=N seconds=S steps_per_s=R cpu_seconds=C steps_per_cpu_s=RC rss_mb=M numpy=VERSION ...
(cpu_seconds: the process's CPU time during the loop, every thread, as time.process_time counts it;
thread_cpu_seconds: the CPU time of the thread running the loop, time.thread_time.)
Usage: python3 benchmarks/numpy/mlp_steps.py [--steps N] [--digits PATH] [--threads T]
(--threads sets OPENBLAS_NUM_THREADS before NumPy loads, default: OpenBLAS's own choice.)
"""
import argparse
import os
import sys
import time

ap = argparse.ArgumentParser()
ap.add_argument("--steps", type=int, default=100_000)
ap.add_argument("--digits", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "java", "examples",
                                                  "src", "main", "resources", "dev", "numj", "examples", "digits.csv.gz"))
ap.add_argument("--threads", type=int, default=0)
args = ap.parse_args()
if args.threads:
    os.environ["OPENBLAS_NUM_THREADS"] = str(args.threads)
import numpy as np  # noqa: E402  (after the thread setting)


def rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


d = np.loadtxt(args.digits, delimiter=",")
X, y = d[:, :64] / 16.0, d[:, 64].astype(np.int64)
rng = np.random.default_rng(42)
perm = rng.permutation(len(X))
split = int((1 - 0.2) * len(X))
Xtr, ytr = X[perm[:split]], y[perm[:split]]
Y = np.eye(10)[ytr]
W1 = rng.standard_normal((64, 32)) * np.sqrt(2.0 / 64); b1 = np.zeros(32)
W2 = rng.standard_normal((32, 10)) * np.sqrt(2.0 / 32); b2 = np.zeros(10)
lr, B, n = 0.1, 32, len(Xtr)


def step(xb, yb):
    global W1, b1, W2, b2
    z1 = xb @ W1 + b1; a1 = np.maximum(z1, 0)
    z2 = a1 @ W2 + b2
    e = np.exp(z2 - np.max(z2, axis=1, keepdims=True)); p = e / np.sum(e, axis=1, keepdims=True)
    dz2 = (p - yb) / xb.shape[0]
    dW2 = a1.T @ dz2; db2 = dz2.sum(axis=0)
    dz1 = (dz2 @ W2.T) * (z1 > 0).astype(z1.dtype)
    dW1 = xb.T @ dz1; db1 = dz1.sum(axis=0)
    W1 -= lr * dW1; b1 -= lr * db1; W2 -= lr * dW2; b2 -= lr * db2


c0 = time.process_time()
tc0 = time.thread_time()
t0 = time.perf_counter()
done = 0
while done < args.steps:
    order = rng.permutation(n)
    for i in range(0, n, B):
        idx = order[i:i + B]
        step(Xtr[idx], Y[idx])
        done += 1
        if done == args.steps:
            break
seconds = time.perf_counter() - t0
cpu = time.process_time() - c0
thread_cpu = time.thread_time() - tc0
acc = np.mean(np.argmax(np.maximum(X[perm[split:]] @ W1 + b1, 0) @ W2 + b2, axis=1) == y[perm[split:]])
print(f"numpy mlp_steps steps={done} seconds={seconds:.3f} steps_per_s={done / seconds:.0f} cpu_seconds={cpu:.3f} "
      f"steps_per_cpu_s={done / cpu:.0f} thread_cpu_seconds={thread_cpu:.3f} steps_per_thread_cpu_s={done / thread_cpu:.0f} "
      f"rss_mb={rss_mb():.0f} "
      f"numpy={np.__version__} test_accuracy={acc:.4f}")
sys.stdout.flush()
