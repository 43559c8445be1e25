#!/usr/bin/env python3
"""The table of scripts/bench: JMH results (jmh-R.json) against the NumPy scripts' (numpy-SUITE-R.json).

    bench_report.py TMPDIR ROUNDS MARKDOWN_OUT
    bench_report.py --user TMPDIR ROUNDS MARKDOWN_OUT     (the user suite, issue 12: see user_report)

Each suite contributes rows (a NumJ JMH benchmark, the NumPy case timing the same thing, optionally a
plain-Java baseline) and the targets of the issue that set them. The machine facts come from
scripts/bench through NUMJ_BENCH_* environment variables.
"""
import glob
import json
import os
import sys

def fmt_t(ns):
    if ns is None:
        return "n/a"
    for unit, div in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= div:
            return f"{ns / div:.3g} {unit}"
    return f"{ns:.3g} ns"


def user_report(tmp, rounds, md_path):
    """The user suite (issue 12): UserBench (a fresh JVM per case) against bench_user.py (a fresh Python per case).

    Reads TMPDIR/user-numj-R.jsonl and user-numpy-R.jsonl (one JSON line per case and dtype, R = round) and
    TMPDIR/user-numpy-info.json; keeps each side's best per metric over the rounds; prints the table and the
    issue's targets and writes them as markdown to MARKDOWN_OUT.
    """
    env = os.environ
    res = {}       # (side, case, dtype) -> merged result (best per metric over rounds)
    order = []     # (case, dtype) in the order run
    errors = []
    for side in ("numj", "numpy"):
        for r in range(1, rounds + 1):
            path = f"{tmp}/user-{side}-{r}.jsonl"
            if not os.path.exists(path):
                continue
            for line in open(path):
                line = line.strip()
                if not line.startswith("{"):
                    continue
                d = json.loads(line)
                key = (d["case"], d["dtype"])
                if key not in order:
                    order.append(key)
                if "error" in d:
                    errors.append(f"{side} {d['case']} {d['dtype']} round {r}: {d['error']}")
                    continue
                m = res.setdefault((side, *key), dict(d, rounds=0))
                m["rounds"] += 1
                for f in ("first_call_ns", "first_second_ns", "steady_best_ns", "steady_median_ns"):
                    vals = [v for v in (m.get(f), d.get(f)) if v is not None]
                    m[f] = min(vals) if vals else None
                m["calls_all"] = m.get("calls_all", []) + [d["calls"]]
    # A case whose first call took over a second has no call completed in the first second: its first second is
    # then that first call (marked * in the table).
    slow_first = set()
    for k, m in res.items():
        if m.get("first_second_ns") is None and m.get("first_call_ns") is not None:
            m["first_second_ns"] = m["first_call_ns"]
            slow_first.add(k)
    # steady figures over every call after the first, where no call started after the first second (marked †)
    early_steady = {k for k, m in res.items() if m.get("steady_after_first_second") is False}
    info = json.load(open(f"{tmp}/user-numpy-info.json")) if os.path.exists(f"{tmp}/user-numpy-info.json") else {}

    ft = fmt_t

    def rt(nj, np_, f):
        """NumPy's time / NumJ's (>1: NumJ faster), or None."""
        if nj is None or np_ is None or not nj.get(f) or np_.get(f) is None:
            return None
        return np_[f] / nj[f]

    def fr(x):
        return "n/a" if x is None else f"{x:.3g}×"

    def close(a, b, dt):
        """Two [sum, sum |x|] checksums agree: within 2e-4 (float32) or 1e-9 (float64) of the larger sum |x|."""
        if a is None or b is None or None in a or None in b:
            return False
        tol = 2e-4 if dt == "float32" else 1e-9
        scale = max(abs(a[1]), abs(b[1]), 1e-30)
        return abs(a[0] - b[0]) <= tol * scale and abs(a[1] - b[1]) <= tol * scale

    rows, ratios, checks = [], {}, {}
    for case, dt in order:
        nj, np_ = res.get(("numj", case, dt)), res.get(("numpy", case, dt))
        r_fs = rt(nj, np_, "first_second_ns")
        r_best = rt(nj, np_, "steady_best_ns")
        r_med = rt(nj, np_, "steady_median_ns")
        ratios[(case, dt)] = (r_fs, r_best, r_med)
        # correctness: the small instance (3 calls) always; the full-size last result where it does not depend
        # on the number of calls; result dtype and shape
        ok, why = None, []
        if nj and np_:
            c1, c2 = nj["check"], np_["check"]
            ok = True
            if not close(c1["checksum"], c2["checksum"], dt):
                ok = False
                why.append(f"small-instance checksum NumJ {c1['checksum']} vs NumPy {c2['checksum']}")
            if c1["dtype"] != c2["dtype"] or list(c1["shape"]) != list(c2["shape"]):
                ok = False
                why.append(f"result NumJ {c1['dtype']}{c1['shape']} vs NumPy {c2['dtype']}{c2['shape']}")
            if not nj["mutates"] and not close(nj["checksum"], np_["checksum"], dt):
                ok = False
                why.append(f"full-size checksum NumJ {nj['checksum']} vs NumPy {np_['checksum']}")
        checks[(case, dt)] = (ok, why)
        what = (nj or np_ or {}).get("what", case)
        rows.append([f"{what} {dt}",
                     ft(nj and nj["first_second_ns"]) + ("*" if ("numj", case, dt) in slow_first else ""),
                     ft(np_ and np_["first_second_ns"]) + ("*" if ("numpy", case, dt) in slow_first else ""), fr(r_fs),
                     f"{ft(nj and nj['steady_best_ns'])} / {ft(nj and nj['steady_median_ns'])}"
                     + ("†" if ("numj", case, dt) in early_steady else ""),
                     f"{ft(np_ and np_['steady_best_ns'])} / {ft(np_ and np_['steady_median_ns'])}"
                     + ("†" if ("numpy", case, dt) in early_steady else ""),
                     f"{fr(r_best)} / {fr(r_med)}",
                     ft(nj and nj["first_call_ns"]) + " / " + ft(np_ and np_["first_call_ns"]),
                     "ok" if ok else ("n/a" if ok is None else "DIFF")])
    header = ["case", "NumJ first s", "NumPy first s", "ratio first s", "NumJ steady best / median",
              "NumPy steady best / median", "ratio best / median", "first call NumJ / NumPy", "same answer"]

    # ---- targets (issue 12): each on both metrics, the first second's mean and the steady median -----------
    def group(pred):
        return [k for k in order if pred(k[0])]

    def at_least(text, keys, bound):
        worst = []
        for k in keys:
            r_fs, _, r_med = ratios[k]
            for name, v in (("first s", r_fs), ("steady median", r_med)):
                worst.append((v if v is not None else -1.0, f"{k[0]} {k[1]} {name}"))
        if not worst:
            return None
        bad = sorted(w for w in worst if w[0] < bound)
        known = [w for w in worst if w[0] >= 0]
        lo = min(known) if known else None
        val = f"lowest {lo[0]:.3g}× ({lo[1]})" if lo else "n/a"
        if bad:
            val += f"; {len(bad)} of {len(worst)} below {bound:g}×"
        if len(known) < len(worst):
            val += f" ({len(worst) - len(known)} n/a, counted as below)"
        return (text, not bad, val)

    targets = [
        at_least("every row no slower than NumPy (ratio ≥ 1.0, first second and steady median)", order, 1.0),
        at_least("MLP training step ≥ 1.5×", group(lambda c: c.startswith("mlp_")), 1.5),
        at_least("row softmax, (X - mean) / std, sigmoid ≥ 2×",
                 group(lambda c: c in ("softmax_4096x1000", "standardize_4096x1024", "sigmoid_1e7")), 2.0),
        at_least("1e7 a+b, a*b+c, exp, maximum ≥ 2×",
                 group(lambda c: c in ("add_1e7", "mul_add_1e7", "exp_1e7", "maximum_1e7")), 2.0),
        at_least("matmul 64, 256, 1024 ≥ 0.95×", group(lambda c: c.startswith("matmul_")), 0.95),
    ]
    tiny = group(lambda c: c.endswith("_16"))
    if tiny:
        vals = []
        for k in tiny:
            nj = res.get(("numj", *k))
            vals.append((nj["steady_median_ns"] if nj and nj.get("steady_median_ns") is not None else float("inf"),
                         f"{k[0]} {k[1]}"))
        worst = max(vals)
        targets.append(("16-element a+b, sum(), dot ≤ 120 ns per call (NumJ's steady median)",
                        worst[0] <= 120, f"slowest {ft(worst[0]) if worst[0] != float('inf') else 'n/a'} ({worst[1]})"))
    targets = [t for t in targets if t]
    n_ok = sum(1 for v in checks.values() if v[0])
    diffs = [f"{k[0]} {k[1]}: " + "; ".join(v[1]) for k, v in checks.items() if v[0] is False]
    missing = [f"{k[0]} {k[1]}" for k, v in checks.items() if v[0] is None]
    targets.append((f"NumJ's answer equals NumPy's (checksums of a small instance after 3 calls within 2e-4 / 1e-9 of "
                    f"sum |x| for float32 / float64, the full-size last result where it does not depend on the call count, "
                    f"result dtype and shape)", not diffs and not missing,
                    f"{n_ok} of {len(checks)} agree" + (f"; missing: {', '.join(missing)}" if missing else "")))

    blas = info.get("blas", {})
    quick = env.get("NUMJ_BENCH_QUICK") == "1"
    seconds = env.get("NUMJ_BENCH_USER_SECONDS", "3")
    machine = [
        ("date", env.get("NUMJ_BENCH_DATE", "?")),
        ("machine", f"{env.get('NUMJ_BENCH_CPU', '?')}, {env.get('NUMJ_BENCH_NPROC', '?')} CPUs (nproc), "
                    f"{env.get('NUMJ_BENCH_MEM', '?')}, {env.get('NUMJ_BENCH_KERNEL', '?')}"),
        ("other load", f"CPUs {env.get('NUMJ_BENCH_BUSY', '?')}% busy in the 2 s before the run, "
                       f"{env.get('NUMJ_BENCH_BUSY_AFTER', '?')}% in the 2 s after; other processes took about "
                       f"{env.get('NUMJ_BENCH_OTHERS_DURING', '?')}% of them during the run (all busy time less the "
                       f"benchmarks' own); load average (1/5/15 min) "
                       f"before -> after: {env.get('NUMJ_BENCH_LOAD', '?')}"),
        ("NumJ", "git " + env.get("NUMJ_BENCH_REV", "?")),
        ("JDK", env.get("NUMJ_BENCH_JDK", "?") + " (java --enable-native-access=ALL-UNNAMED -cp benchmarks.jar, "
                "default heap and GC)"),
        ("NumJ's OpenBLAS", f"{env.get('NUMJ_BENCH_BLAS_SO', '?')} ({env.get('NUMJ_BENCH_BLAS_PKG', '?')}): "
                            f"{env.get('NUMJ_BENCH_BLAS_RT', '?')}"),
        ("NumPy", f"{info.get('numpy_version', '?')} on Python {info.get('python_version', '?')}; BLAS "
                  f"{blas.get('build', {}).get('name', '?')} {blas.get('build', {}).get('version', '')}: "
                  f"{blas.get('config', '?')}; core {blas.get('corename', '?')}; {blas.get('threads', '?')} threads"),
        ("OPENBLAS_NUM_THREADS", env.get("OPENBLAS_NUM_THREADS", "unset")),
        ("run", ("scripts/bench --quick" if quick else "scripts/bench") + f" --suites user --rounds {rounds}"
                + f" ({seconds} s of calling per case and side, each a fresh process"
                + (", each side's best per metric over the rounds" if rounds > 1 else "") + ")"
                + (f"; the suite took {env['NUMJ_BENCH_USER_ELAPSED']} s" if env.get("NUMJ_BENCH_USER_ELAPSED") else "")),
    ]
    notes = [
        "Each case is one statement written as a NumPy user writes it (NumJ: `a.add(b)`, `exp(a)`, "
        "`X.sub(X.mean(0)).div(X.std(0))`, ...; NumPy: `a + b`, `np.exp(a)`, `(X - X.mean(0)) / X.std(0)`), run in a "
        "fresh process (JVM or Python) that builds the inputs and then calls it back to back for the wall time; every "
        "result is left to the garbage collector (NumJ: nothing closed, no scope, no output reused).",
        "first s: the mean time per call of the calls that completed in the first second of calling (JIT compilation, "
        "first page faults, first collections); steady best / median: per-call time of the samples that started after "
        "the first second; first call: the very first call alone. The 16-element cases are timed in batches of 1000 "
        "calls (the batch's time / 1000, loop overhead included on both sides).",
        "ratio = NumPy's time / NumJ's time (>1: NumJ faster). n/a: no value (a steady figure needs a call "
        "that started after the first second). *: no call completed within the first second; the first call's time "
        "is shown instead. †: no call started after the first second (each took about a second or more); the steady "
        "figures are then over every call after the first.",
        "MLP: the seeds' training step (benchmarks/numpy/mlp_steps.py) at 784-128-10 on one fixed batch: "
        "relu(X@W1+b1), softmax, cross-entropy gradients, backward matmuls, SGD update W -= lr*dW.",
        "Inputs: the same formula on both sides (bit-identical inputs), so the checksums compare.",
    ]
    if errors:
        notes.append("Errors: " + "; ".join(errors))

    def text_table(rows):
        w = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
        line = lambda r: "  ".join(str(c).ljust(w[i]) if i == 0 else str(c).rjust(w[i]) for i, c in enumerate(r))
        return "\n".join([line(header), line(["-" * x for x in w])] + [line(r) for r in rows])

    print("NumJ: what users get (issue 12)" + (" (--quick: short runs, rough figures)" if quick else ""))
    for k, v in machine:
        print(f"  {k}: {v}")
    print()
    print(text_table(rows))
    print()
    print("Targets (issue 12):")
    for t, ok, val in targets:
        print(f"  [{'PASS' if ok else 'FAIL'}] {t}: {val}")
    for d in diffs:
        print(f"  differs: {d}")
    md = ["# NumJ: what users get (issue 12)", ""]
    md += [f"- **{k}**: {v}" for k, v in machine]
    md += ["", "| " + " | ".join(header) + " |", "|" + "|".join(["---"] + ["---:"] * (len(header) - 1)) + "|"]
    md += ["| " + " | ".join(map(str, r)) + " |" for r in rows]
    md += ["", "Targets (issue 12):", ""]
    md += [f"- {'PASS' if ok else 'FAIL'}: {t}: {val}" for t, ok, val in targets]
    md += [f"- differs: {d}" for d in diffs]
    md += [""] + [f"- {n}" for n in notes] + [""]
    with open(md_path, "w") as f:
        f.write("\n".join(md))
    print()
    print(f"markdown: {md_path}")


if len(sys.argv) > 1 and sys.argv[1] == "--user":
    user_report(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    sys.exit(0)

tmp, rounds, md_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
env = os.environ
suites = env.get("NUMJ_BENCH_SUITES", "core").split(",")
jmh = [r for i in range(1, rounds + 1) for r in json.load(open(f"{tmp}/jmh-{i}.json"))]
npys = {s: [json.load(open(f)) for f in sorted(glob.glob(f"{tmp}/numpy-{s}-*.json"))] for s in suites}
npy = next(d[0] for d in npys.values() if d)


def jmh_result(bench, n=None):
    """Best iteration, mean and 99.9% error (ns per call) of a JMH benchmark over all rounds, or None."""
    best, means, errs, iters = None, [], [], 0
    for r in jmh:
        if r["benchmark"] != "dev.numj.bench." + bench:
            continue
        if n is not None and r.get("params", {}).get("n") != str(n):
            continue
        pm = r["primaryMetric"]
        scale = {"ns/op": 1, "us/op": 1e3, "ms/op": 1e6, "s/op": 1e9}[pm["scoreUnit"]]
        raw = [x * scale for fork in pm.get("rawData", []) for x in fork] or [pm["score"] * scale]
        best = min(raw + ([best] if best is not None else []))
        means.append(pm["score"] * scale)
        err = pm.get("scoreError")
        errs.append(err * scale if isinstance(err, (int, float)) and err == err else None)
        iters += len(raw)
    if best is None:
        return None
    return {"best": best, "mean": sum(means) / len(means), "err": errs[0] if len(errs) == 1 else None, "iters": iters}


def np_result(suite, case, n):
    found = [c for d in npys.get(suite, []) for c in d["cases"] if c["case"] == case and c.get("n") == n]
    if not found:
        return None
    return {"best": min(c["best_ns"] for c in found), "mean": sum(c["mean_ns"] for c in found) / len(found)}


def cell(r, flops):
    if r is None:
        return "n/a"
    s = fmt_t(r["best"])
    if flops:
        s += f" ({flops / r['best']:.1f} GFLOP/s)"
    return s


def ratio(num, den):
    """Speed of NumJ over speed of the other (>1: NumJ faster)."""
    if num is None or den is None:
        return "n/a"
    return f"{den['best'] / num['best']:.3g}×"


# suite: [(label, NumJ bench, n param, NumPy case, NumPy n, Java bench, Java n, flops)]
ROWS = {
    "core": [
        ("matmul 64×64 float32", "CoreBench.matmul", 64, "matmul", 64, "JavaMatmulBench.naive64", None, 2 * 64**3),
        ("matmul 1024×1024 float32", "CoreBench.matmul", 1024, "matmul", 1024, "JavaMatmulBench.naive1024", None, 2 * 1024**3),
        ("a+b, 16 float32", "CoreBench.add", 16, "add", 16, "JavaLoopBench.add", 16, None),
        ("a+b, 1e7 float32", "CoreBench.add", 10_000_000, "add", 10_000_000, "JavaLoopBench.add", 10_000_000, None),
        ("sum(), 1e7 float32", "CoreBench.sum", None, "sum", 10_000_000, "JavaLoopBench.sum", None, None),
    ],
    "indexing": [
        ("X.sum(0), 4096×1024 float32", "IndexingBench.sumAxis0", None, "sum_axis0", None, None, None, None),
        ("X.sum(1), 4096×1024 float32", "IndexingBench.sumAxis1", None, "sum_axis1", None, None, None, None),
        ("a[a > 0.5], 1e6 float32", "IndexingBench.maskElements", None, "mask_elements", None, None, None, None),
        ("X[rowmask], ~2048 of 4096 rows", "IndexingBench.maskRows", None, "mask_rows", None, None, None, None),
        ("a[idx], 1e6 int64 indices", "IndexingBench.gatherElements", None, "gather_elements", None, None, None, None),
        ("X[rows], 4096 int64 row indices", "IndexingBench.gatherRows", None, "gather_rows", None, None, None, None),
    ] + [
        # the same calls with each result freed before the next (a scope), as NumPy's reference counting does
        (label + ", scoped", bench + "Scoped", None, case, None, None, None, None)
        for label, bench, case in (
            ("X.sum(0)", "IndexingBench.sumAxis0", "sum_axis0"), ("X.sum(1)", "IndexingBench.sumAxis1", "sum_axis1"),
            ("a[a > 0.5]", "IndexingBench.maskElements", "mask_elements"),
            ("X[rowmask]", "IndexingBench.maskRows", "mask_rows"), ("a[idx]", "IndexingBench.gatherElements", "gather_elements"),
            ("X[rows]", "IndexingBench.gatherRows", "gather_rows"))
    ],
    "linalg": [
        ("inv 1000×1000 float64", "LinalgBench.inv", None, "inv", 1000, None, None, None),
        ("solve 1000×1000, 1000 rhs", "LinalgBench.solve", None, "solve", 1000, None, None, None),
        ("det 1000×1000 float64", "LinalgBench.det", None, "det", 1000, None, None, None),
        ("svd 500×500 float64", "LinalgBench.svd", None, "svd", 500, None, None, None),
    ],
    "npyload": [
        ("load 1 GiB .npy (page cache)", "NpyLoadBench.load", None, "load", None, None, None, None),
        ("read the file only (1 MiB buffer)", "NpyLoadBench.readFileOnly", None, "read_file_only", None, None, None, None),
        ("copy 1 GiB in memory", "NpyLoadBench.copyInMemory", None, "copy_in_memory", None, None, None, None),
        ("mmap open (mmap_mode='r')", "NpyLoadBench.mmapOpen", None, "mmap_open", None, None, None, None),
    ],
    "vectorisation": [
        ("dot of 1e6 float64", "VectorisationBench.dot", None, "dot", 1_000_000, "VectorisationBench.dotLoop", None, None),
        ("sigmoid over 1e6", "VectorisationBench.sigmoid", None, "sigmoid", 1_000_000, "VectorisationBench.sigmoidLoop", None, None),
        ("square 1000×1000", "VectorisationBench.square", None, "square", 1000, "VectorisationBench.squareLoop", None, None),
        ("forward pass, 10,000 images 784-128-10", "VectorisationBench.forward", None, "forward", 10_000,
         "VectorisationBench.forwardLoop", None, None),
    ],
}
# einsum against the same work with matmul, on each side: (label, NumJ einsum, NumJ matmul, NumPy case prefix)
EINSUM_ROWS = [
    ("ij,jk->ik, 512×512 float32 (a @ b)", "EinsumBench.matrixEinsum", "EinsumBench.matrixMatmul", "matrix"),
    ("bij,bjk->bik, 32×128×128 float32 (a @ b)", "EinsumBench.batchedEinsum", "EinsumBench.batchedMatmul", "batched"),
    ("ii->i, 1000×1000 float64 (the diagonal view)", "EinsumBench.diagonalEinsum", "EinsumBench.diagonalView", "diagonal"),
    ("i,i->, 1e6 float64 (x @ y)", "EinsumBench.dotEinsum", "EinsumBench.dotMatmul", "dot"),
    ("bhqd,bhkd->bhqk, 8×8×128×64 float32 (q @ k.swapaxes(-1, -2))", "EinsumBench.attentionEinsum",
     "EinsumBench.attentionMatmul", "attention"),
]
EINSUM_HEADER = ["case", "NumJ einsum", "NumJ matmul", "NumJ einsum ÷ matmul", "NumPy einsum", "NumPy matmul",
                 "NumPy einsum ÷ matmul", "NumJ/NumPy einsum speed"]
TITLES = {"einsum": "einsum next to the same work with matmul (issue 14)", "core": "Core operations (issue 2)", "indexing": "Axis reductions, masks, fancy gathers (issue 3)",
          "linalg": "Linear algebra (issue 4)", "npyload": "Loading a 1 GiB .npy (issue 4)",
          "vectorisation": "The seeds' vectorisation demonstrations (issue 5)"}

results = {}
tables = []
einsum_ratios = {}


def over(num, den):
    return "n/a" if num is None or den is None else f"{num['best'] / den['best']:.3g}"


for suite in suites:
    table = []
    if suite == "einsum":
        for label, ejb, mjb, case in EINSUM_ROWS:
            ej, mj = jmh_result(ejb), jmh_result(mjb)
            ep, mp = np_result(suite, case + "_einsum", None), np_result(suite, case + "_matmul", None)
            einsum_ratios[label] = None if ej is None or mj is None else ej["best"] / mj["best"]
            table.append([label, cell(ej, None), cell(mj, None), over(ej, mj), cell(ep, None), cell(mp, None),
                          over(ep, mp), ratio(ej, ep)])
        tables.append((suite, table))
        continue
    for label, jb, n, case, n_np, javab, java_n, flops in ROWS[suite]:
        nj = jmh_result(jb, n)
        np_ = np_result(suite, case, n_np)
        jv = jmh_result(javab, java_n) if javab else None
        results[label] = (nj, np_, jv)
        table.append([label, cell(nj, flops), cell(np_, flops), cell(jv, flops) if javab else "",
                      ratio(nj, np_), ratio(nj, jv) if javab else ""])
    tables.append((suite, table))

header = ["case", "NumJ", "NumPy", "Java loop", "NumJ/NumPy speed", "NumJ/Java speed"]


def text_table(rows, header=header):
    w = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    line = lambda r: "  ".join(str(c).ljust(w[i]) if i == 0 else str(c).rjust(w[i]) for i, c in enumerate(r))
    return "\n".join([line(header), line(["-" * x for x in w])] + [line(r) for r in rows])


def md_table(rows, header=header):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] + ["---:"] * (len(header) - 1)) + "|"]
    out += ["| " + " | ".join(map(str, r)) + " |" for r in rows]
    return "\n".join(out)


def speed(label):
    nj, np_, _ = results.get(label, (None, None, None))
    return None if nj is None or np_ is None else np_["best"] / nj["best"]


def at_least(issue, label, text, bound):
    s = speed(label)
    return (issue, text, s is not None and s >= bound, f"{s:.2f}×" if s else "n/a")


targets = []
if "core" in suites:
    targets.append(at_least(2, "matmul 1024×1024 float32", "matmul 1024 float32 ≥ 0.9× NumPy's GFLOP/s", 0.9))
    targets.append(at_least(2, "a+b, 1e7 float32", "a+b of 1e7 float32 no slower than NumPy", 1.0))
    nj, np_, _ = results["a+b, 16 float32"]
    targets.append((2, "a+b on 16 float32 costs less per call than NumPy",
                    nj is not None and np_ is not None and nj["best"] < np_["best"],
                    f"{fmt_t(nj['best'])} vs {fmt_t(np_['best'])}" if nj and np_ else "n/a"))
if "indexing" in suites:
    for label, *_ in ROWS["indexing"]:
        how = ("each result freed before the next call, like NumPy's reference counting" if label.endswith(", scoped")
               else "results left to the garbage collector (NumJ's default)")
        targets.append(at_least(3, label, f"{label}: no slower than NumPy ({how})", 1.0))
if "linalg" in suites:
    for label, *_ in ROWS["linalg"]:
        # within 1.2x of NumPy's time: NumPy's time / NumJ's >= 1/1.2
        targets.append(at_least(4, label, f"{label}: within 1.2× of NumPy's time", 1 / 1.2))
if "einsum" in suites:
    for label, r in einsum_ratios.items():
        targets.append((14, f"einsum {label}: within 1.2× of the same work with matmul", r is not None and r <= 1.2,
                        "n/a" if r is None else f"einsum ÷ matmul {r:.2f}"))
if "npyload" in suites:
    load, _, _ = results["load 1 GiB .npy (page cache)"]
    copy, _, _ = results["copy 1 GiB in memory"]
    read, _, _ = results["read the file only (1 MiB buffer)"]
    if load and copy and read:
        bound = read["best"] + copy["best"]
        targets.append((4, "load of 1 GiB bound by memory: no slower than reading the file plus writing 1 GiB of fresh "
                           "memory (readFileOnly + copyInMemory)", load["best"] <= 1.05 * bound,
                        f"{fmt_t(load['best'])} ({2**30 / load['best']:.2f} GB/s) vs {fmt_t(read['best'])} + "
                        f"{fmt_t(copy['best'])}"))
    else:
        targets.append((4, "load of 1 GiB bound by memory", False, "n/a"))
blas = npy.get("blas", {})
machine = [
    ("date", env["NUMJ_BENCH_DATE"]),
    ("machine", f"{env['NUMJ_BENCH_CPU']}, {env['NUMJ_BENCH_NPROC']} CPUs (nproc), {env['NUMJ_BENCH_MEM']}, {env['NUMJ_BENCH_KERNEL']}"),
    ("other load", f"CPUs {env['NUMJ_BENCH_BUSY']}% busy in the 2 s before the run; "
                   f"load average (1/5/15 min) before -> after: {env['NUMJ_BENCH_LOAD']}"),
    ("NumJ", "git " + env["NUMJ_BENCH_REV"]),
    ("JDK", env["NUMJ_BENCH_JDK"]),
    ("NumJ's OpenBLAS", f"{env['NUMJ_BENCH_BLAS_SO']} ({env['NUMJ_BENCH_BLAS_PKG']}): {env['NUMJ_BENCH_BLAS_RT']}"),
    ("NumPy", f"{npy['numpy_version']} on Python {npy['python_version']}; BLAS {blas.get('build', {}).get('name', '?')} "
              f"{blas.get('build', {}).get('version', '')}: {blas.get('config', '?')}; core {blas.get('corename', '?')}; "
              f"{blas.get('threads', '?')} threads"),
    ("OPENBLAS_NUM_THREADS", env.get("OPENBLAS_NUM_THREADS", "unset")),
    ("run", ("scripts/bench --quick (smoke run: rough figures)" if env.get("NUMJ_BENCH_QUICK") == "1" else "scripts/bench")
            + (f" --rounds {rounds} (each side's best over the rounds)" if rounds > 1 else "")
            + f" --suites {','.join(suites)}"),
]

notes = [
    "einsum: each case's einsum ÷ the same work's time with matmul (or, for ii->i, the diagonal view), on NumJ's side "
    "and on NumPy's (np.einsum with its default optimize=False); the target is NumJ's ratio ≤ 1.2.",
    "Times are per call. NumJ and Java loop: JMH (1 fork; the best iteration is shown); NumPy: timeit, the best "
    "of the repeats of a loop. Speed ratios: the other's time / NumJ's time (>1: NumJ faster); for matmul that is "
    "the ratio of GFLOP/s (2·n³/t).",
    "NumJ and NumPy allocate the result on every call (`a.add(b)`, `a + b`); the Java-loop a+b writes into a preallocated "
    "array; the Java-loop matmul is the textbook i-j-k triple loop over float[] (allocates its result), "
    "sum is a sequential float loop. The vectorisation loops are the seeds' element loops written in plain Java.",
    "Issue 3's cases run twice in NumJ: as written (the result left to the garbage collector: its memory comes "
    "back after the collection NumJ asks for every numj.gcEveryBytes, so each call writes into memory untouched "
    "for a gigabyte and pays a share of a full collection), and ', scoped' (inside try (Scope s = scope()), "
    "DESIGN.md's deterministic release for hot loops: the result is freed before the next call, as NumPy frees "
    "X[r] at the end of the statement, and the next call reuses that block). The NumPy column is the same loop.",
]
details = []
for label, (nj, np_, jv) in results.items():
    parts = []
    if nj: parts.append(f"NumJ mean {fmt_t(nj['mean'])}" + (f" ± {fmt_t(nj['err'])}" if nj.get("err") else "") + f" ({nj['iters']} iterations)")
    if np_: parts.append(f"NumPy mean {fmt_t(np_['mean'])}")
    if jv: parts.append(f"Java mean {fmt_t(jv['mean'])}" + (f" ± {fmt_t(jv['err'])}" if jv.get("err") else ""))
    details.append(f"{label}: " + "; ".join(parts))
for name in ("JavaMatmulBench.ikj64", "JavaMatmulBench.ikj1024"):
    r = jmh_result(name)
    if r:
        n = 64 if name.endswith("64") else 1024
        details.append(f"{name} (i-k-j loop order, JIT-vectorised): {fmt_t(r['best'])} ({2 * n**3 / r['best']:.1f} GFLOP/s)")

quick = env.get("NUMJ_BENCH_QUICK") == "1"
print("NumJ benchmarks" + (" (--quick: smoke run, rough figures)" if quick else ""))
for k, v in machine:
    print(f"  {k}: {v}")
for suite, table in tables:
    print()
    print(TITLES[suite])
    print(text_table(table, EINSUM_HEADER if suite == "einsum" else header))
print()
print("Targets:")
for issue, t, ok, val in targets:
    print(f"  [{'PASS' if ok else 'FAIL'}] issue {issue}: {t}: {val}")
print()
print("Spread:")
for d in details:
    print("  " + d)

md = ["# NumJ benchmarks", ""]
md += [f"- **{k}**: {v}" for k, v in machine]
for suite, table in tables:
    md += ["", f"### {TITLES[suite]}", "", md_table(table, EINSUM_HEADER if suite == "einsum" else header)]
md += ["", "Targets:", ""]
md += [f"- {'PASS' if ok else 'FAIL'} (issue {issue}): {t} ({val})" for issue, t, ok, val in targets]
md += ["", "Spread and extras:", ""]
md += [f"- {d}" for d in details]
md += [""] + [f"- {n}" for n in notes] + [""]
with open(md_path, "w") as f:
    f.write("\n".join(md))
print()
print(f"markdown: {md_path}")
