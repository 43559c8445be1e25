#!/usr/bin/env python3
"""NumPy's side of NumJ's EinsumBench: each einsum next to the same work written with matmul.

    python3 benchmarks/numpy/bench_einsum.py [--quick] [--out FILE]

Cases (standard normal inputs from default_rng(0)):
    matrix     ij,jk->ik        512 x 512 float32            against a @ b
    batched    bij,bjk->bik     32 x 128 x 128 float32       against a @ b
    diagonal   ii->i            1000 x 1000 float64          against np.diagonal(a) (both views)
    dot        i,i->            10^6 float64                 against x @ y
    attention  bhqd,bhkd->bhqk  8 x 8 x 128 x 64 float32     against q @ k.swapaxes(-1, -2)

np.einsum is called as users call it (optimize=False, NumPy's default). Prints one JSON object in
bench_core.py's format; each case is named <case>_einsum or <case>_matmul.
"""

import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_core import bench, cli, report  # noqa: E402  (the same timing and JSON report as the core cases)


def main():
    args, target_s, repeat = cli(__doc__, (0.05, 3), (0.5, 5))

    rng = np.random.default_rng(0)
    f32 = np.float32
    g = {"np": np,
         "a": rng.standard_normal((512, 512)).astype(f32), "b": rng.standard_normal((512, 512)).astype(f32),
         "ba": rng.standard_normal((32, 128, 128)).astype(f32), "bb": rng.standard_normal((32, 128, 128)).astype(f32),
         "sq": rng.standard_normal((1000, 1000)),
         "x": rng.standard_normal(1_000_000), "y": rng.standard_normal(1_000_000),
         "q": rng.standard_normal((8, 8, 128, 64)).astype(f32), "k": rng.standard_normal((8, 8, 128, 64)).astype(f32)}
    pairs = (("matrix", "np.einsum('ij,jk->ik', a, b)", "a @ b"),
             ("batched", "np.einsum('bij,bjk->bik', ba, bb)", "ba @ bb"),
             ("diagonal", "np.einsum('ii->i', sq)", "np.diagonal(sq)"),
             ("dot", "np.einsum('i,i->', x, y)", "x @ y"),
             ("attention", "np.einsum('bhqd,bhkd->bhqk', q, k)", "q @ k.swapaxes(-1, -2)"))
    cases = []
    for case, einsum, matmul in pairs:
        for kind, stmt in (("einsum", einsum), ("matmul", matmul)):
            r = bench(stmt, g, target_s, repeat)
            r.update(case=f"{case}_{kind}", n=None)
            cases.append(r)

    report(cases, target_s, repeat, args.out)


if __name__ == "__main__":
    main()
