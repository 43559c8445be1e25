#!/usr/bin/env python3
"""The table of scripts/bench: JMH results (jmh-R.json) against the NumPy scripts' (numpy-SUITE-R.json).

    bench_report.py TMPDIR ROUNDS MARKDOWN_OUT

Each suite contributes rows (a NumJ JMH benchmark, the NumPy case timing the same thing, optionally a
plain-Java baseline) and the targets of the issue that set them. The machine facts come from
scripts/bench through NUMJ_BENCH_* environment variables.
"""
import glob
import json
import os
import sys

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


def fmt_t(ns):
    if ns is None:
        return "n/a"
    for unit, div in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= div:
            return f"{ns / div:.3g} {unit}"
    return f"{ns:.3g} ns"


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
TITLES = {"core": "Core operations (issue 2)", "indexing": "Axis reductions, masks, fancy gathers (issue 3)",
          "linalg": "Linear algebra (issue 4)", "npyload": "Loading a 1 GiB .npy (issue 4)",
          "vectorisation": "The seeds' vectorisation demonstrations (issue 5)"}

results = {}
tables = []
for suite in suites:
    table = []
    for label, jb, n, case, n_np, javab, java_n, flops in ROWS[suite]:
        nj = jmh_result(jb, n)
        np_ = np_result(suite, case, n_np)
        jv = jmh_result(javab, java_n) if javab else None
        results[label] = (nj, np_, jv)
        table.append([label, cell(nj, flops), cell(np_, flops), cell(jv, flops) if javab else "",
                      ratio(nj, np_), ratio(nj, jv) if javab else ""])
    tables.append((suite, table))

header = ["case", "NumJ", "NumPy", "Java loop", "NumJ/NumPy speed", "NumJ/Java speed"]


def text_table(rows):
    w = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    line = lambda r: "  ".join(str(c).ljust(w[i]) if i == 0 else str(c).rjust(w[i]) for i, c in enumerate(r))
    return "\n".join([line(header), line(["-" * x for x in w])] + [line(r) for r in rows])


def md_table(rows):
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
    ("NumJ's OpenBLAS", f"{env['NUMJ_BENCH_BLAS_SO']} (Debian {env['NUMJ_BENCH_BLAS_PKG']}): {env['NUMJ_BENCH_BLAS_RT']}"),
    ("NumPy", f"{npy['numpy_version']} on Python {npy['python_version']}; BLAS {blas.get('build', {}).get('name', '?')} "
              f"{blas.get('build', {}).get('version', '')}: {blas.get('config', '?')}; core {blas.get('corename', '?')}; "
              f"{blas.get('threads', '?')} threads"),
    ("OPENBLAS_NUM_THREADS", env.get("OPENBLAS_NUM_THREADS", "unset")),
    ("run", ("scripts/bench --quick (smoke run: rough figures)" if env.get("NUMJ_BENCH_QUICK") == "1" else "scripts/bench")
            + (f" --rounds {rounds} (each side's best over the rounds)" if rounds > 1 else "")
            + f" --suites {','.join(suites)}"),
]

notes = [
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
    print(text_table(table))
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
    md += ["", f"### {TITLES[suite]}", "", md_table(table)]
md += ["", "Targets:", ""]
md += [f"- {'PASS' if ok else 'FAIL'} (issue {issue}): {t} ({val})" for issue, t, ok, val in targets]
md += ["", "Spread and extras:", ""]
md += [f"- {d}" for d in details]
md += [""] + [f"- {n}" for n in notes] + [""]
with open(md_path, "w") as f:
    f.write("\n".join(md))
print()
print(f"markdown: {md_path}")
