#!/usr/bin/env python3
"""Generates cases.txt: NumPy's str()/repr() of many arrays, for ArrayPrinterTest.

Run from anywhere with NumPy 2.x on the path:

    python3 make_cases.py            # writes cases.txt next to this script

File format (all ASCII, '\\n' line ends):

    # comment lines (NumPy version, seed)
    case <name>
    dtype <dtype>
    shape [<d0> <d1> ...]                  (nothing after 'shape' for 0-d)
    data dense                             then one line: every element in C order
    data sparse <k>                        then one line: k 'flatindex:value' pairs; only the
                                           printed edge elements of a summarised array are
                                           stored, reading any other element is an error
    data formula <name> <arg>              value of flat index i: arange: i; scale: i*arg;
                                           div: i/arg (computed in the dtype's precision)
    str <n>                                then n characters (NumPy's str(a)) and a newline
    repr <n>                               then n characters (NumPy's repr(a)) and a newline
    end

    dragon4 <dtype> <bits> <mode> <precision> <min_digits> <unique> <trim> <pad_left> <pad_right|exp_digits> |<result>|
      mode 'p' = np.format_float_positional(fractional=True), 's' = format_float_scientific
      (-1 = None)

Element encoding: floats as the hex of their IEEE bits (float16: 4, float32: 8, float64: 16 hex
digits), integers in decimal, bool as 0/1.
"""
import os
import sys

import numpy as np

SEED = 20240607
rng = np.random.default_rng(SEED)
out = []

FLOAT_BITS = {"float16": np.uint16, "float32": np.uint32, "float64": np.uint64}
HEX_WIDTH = {"float16": 4, "float32": 8, "float64": 16}


def enc(dtype, flat):
    if dtype in FLOAT_BITS:
        w = HEX_WIDTH[dtype]
        bits = flat.view(FLOAT_BITS[dtype])
        return [format(int(b), "0%dx" % w) for b in bits]
    if dtype == "bool":
        return ["1" if b else "0" for b in flat]
    return [str(int(v)) for v in flat]


def text(tag, s):
    assert "\r" not in s
    out.append("%s %d\n%s\n" % (tag, len(s), s))


def header(name, a):
    out.append("case %s\n" % name)
    out.append("dtype %s\n" % a.dtype.name)
    out.append(("shape " + " ".join(str(d) for d in a.shape)).rstrip() + "\n")


def footer(a):
    text("str", str(a))
    text("repr", repr(a))
    out.append("end\n")


n_cases = 0


def add(name, a):
    """A case with every element stored (or only the printed ones if summarised)."""
    global n_cases
    a = np.ascontiguousarray(a)
    header(name, a)
    dtype = a.dtype.name
    if a.size > np.get_printoptions()["threshold"]:
        idx = np.arange(a.size).reshape(a.shape)
        edge = np._core.arrayprint._leading_trailing(idx, np.get_printoptions()["edgeitems"])
        flat_idx = sorted(set(int(i) for i in edge.ravel()))
        vals = enc(dtype, a.ravel()[flat_idx])
        out.append("data sparse %d\n" % len(flat_idx))
        out.append(" ".join("%d:%s" % (i, v) for i, v in zip(flat_idx, vals)) + "\n")
    else:
        out.append("data dense\n")
        out.append(" ".join(enc(dtype, a.ravel())) + "\n")
    footer(a)
    n_cases += 1


def add_formula(name, dtype, shape, formula, arg):
    global n_cases
    n = int(np.prod(shape))
    i = np.arange(n)
    if formula == "arange":
        a = i.astype(dtype)
    elif formula == "scale":
        a = i.astype(dtype) * np.dtype(dtype).type(arg)
    elif formula == "div":
        a = i.astype(dtype) / np.dtype(dtype).type(arg)
    else:
        raise ValueError(formula)
    assert a.dtype == np.dtype(dtype)
    a = a.reshape(shape)
    header(name, a)
    out.append("data formula %s %s\n" % (formula, arg))
    footer(a)
    n_cases += 1


# ---------------------------------------------------------------- hand-written (NumPy docs)
add("doc_int_2x2", np.array([[1, 2], [3, 4]]))
add("doc_float_2x2", np.array([[1., 2.], [3., 4.]]))
add("doc_int32", np.array([1, 2, 3], dtype=np.int32))
add("doc_float_mixed", np.array([1., 2.5]))
add("doc_big_exp", np.array([1e10]))
add("doc_bool", np.array([True, False]))
add("doc_empty", np.array([]))
add("doc_empty_int32", np.array([], dtype=np.int32))
add("doc_arange3", np.arange(3))
add("doc_float_arange3", np.arange(3.))
add("doc_small", np.array([1e-16, 1, 2, 3]))
add("doc_float32_01", np.array([0.1, 0.2], dtype=np.float32))
add("doc_0d_int", np.array(5))
add("doc_0d_float", np.array(1.5))
add("doc_0d_bool", np.array(True))
add("doc_0d_float32", np.array(0.1, dtype=np.float32))

ALL_DTYPES = ["bool", "int32", "int64", "float32", "float64",
              "int8", "int16", "uint8", "uint16", "uint32", "uint64", "float16"]
MAIN_DTYPES = ["bool", "int32", "int64", "float32", "float64"]

SHAPES = [(), (0,), (0, 3), (3, 0), (2, 0, 4), (1,), (5,), (2, 3), (3, 1), (1, 4), (2, 3, 4),
          (2, 2, 2, 2), (1, 1, 1, 1, 1), (3, 1, 2, 1, 2), (2, 1, 3, 2, 2), (20,), (7, 11),
          (3, 4, 9), (4, 30), (2, 2, 40)]


def random_values(dtype, shape, style):
    n = int(np.prod(shape))
    dt = np.dtype(dtype)
    if dtype == "bool":
        if style == 0:
            return rng.integers(0, 2, n).astype(bool).reshape(shape)
        return np.full(shape, style == 1)
    if dt.kind in "iu":
        info = np.iinfo(dt)
        if style == 0:
            lo, hi = max(info.min, -100), min(info.max, 100)
        elif style == 1:
            lo, hi = info.min, info.max
        else:
            lo, hi = max(info.min, -10 ** 6), min(info.max, 10 ** 6)
        return rng.integers(lo, hi, n, dtype=dt, endpoint=True).reshape(shape)
    # floats
    if style == 0:
        v = rng.integers(-20, 20, n) * 0.5
    elif style == 1:
        v = rng.standard_normal(n)
    elif style == 2:
        v = rng.standard_normal(n) * 10.0 ** rng.integers(-6, 9, n)
    elif style == 3:
        v = rng.uniform(0, 1000, n).round(rng.integers(0, 5))
    elif style == 4:
        v = rng.standard_normal(n) * 1e12
    else:
        v = rng.uniform(-1, 1, n) * 10.0 ** rng.integers(-2, 3)
    with np.errstate(over="ignore"):
        return v.astype(dt).reshape(shape)


for dtype in ALL_DTYPES:
    styles = 3 if (dtype == "bool" or np.dtype(dtype).kind in "iu") else 6
    for shape in SHAPES:
        if dtype not in MAIN_DTYPES and int(np.prod(shape)) > 20:
            continue
        for style in range(styles):
            if int(np.prod(shape)) == 0 and style > 0:
                continue
            add("rand_%s_%s_s%d" % (dtype, "x".join(map(str, shape)) or "0d", style),
                random_values(dtype, shape, style))

# ---------------------------------------------------------------- special float values
SPECIAL = [np.nan, np.inf, -np.inf, -0.0, 0.0]
for dtype in ["float16", "float32", "float64"]:
    dt = np.dtype(dtype)
    f = dt.type
    add("special_nan_only_%s" % dtype, np.array([np.nan, np.nan], dtype=dt))
    add("special_inf_only_%s" % dtype, np.array([np.inf, -np.inf], dtype=dt))
    add("special_naninf_%s" % dtype, np.array([np.nan, np.inf], dtype=dt))
    add("special_mix_%s" % dtype, np.array([np.nan, 1.5, -np.inf, -0.0, 2], dtype=dt))
    add("special_mix_exp_%s" % dtype, np.array([np.nan, 1e-7, np.inf], dtype=dt))
    add("special_negzero_%s" % dtype, np.array([0.0, -0.0], dtype=dt))
    add("special_negzero_exp_%s" % dtype, np.array([-0.0, 1e-5, 3.0], dtype=dt))
    add("special_zeros_%s" % dtype, np.zeros((2, 3), dtype=dt))
    add("special_nan_2d_%s" % dtype, np.array([[np.nan, 1e3], [-1.25, np.inf]], dtype=dt))
    for k, v in enumerate(SPECIAL):
        add("special_0d_%d_%s" % (k, dtype), np.array(v, dtype=dt))
    fi = np.finfo(dt)
    add("extreme_%s" % dtype, np.array([fi.max, fi.tiny, fi.smallest_subnormal, -fi.max], dtype=dt))
    add("extreme_max_%s" % dtype, np.array([fi.max, -fi.max], dtype=dt))
    add("extreme_sub_%s" % dtype, np.array([fi.smallest_subnormal, 2 * fi.smallest_subnormal], dtype=dt))
    for v in [fi.max, fi.tiny, fi.smallest_subnormal, fi.eps]:
        add("extreme_0d_%s_%r" % (dtype, float(v)), np.array(v, dtype=dt))
    for k in range(30):
        sh = rng.integers(1, 8, rng.integers(1, 3))
        v = random_values(dtype, tuple(sh), k % 6)
        mask = rng.random(v.shape) < 0.3
        v[mask] = rng.choice(np.array(SPECIAL, dtype=dt), mask.sum())
        add("special_rand_%s_%d" % (dtype, k), v)

# ---------------------------------------------------------------- magnitudes / cutoffs
for dtype in ["float16", "float32", "float64"]:
    dt = np.dtype(dtype)
    f = dt.type
    cut = 10.0 ** min(8, np.finfo(dt).precision)
    vals = [cut, np.nextafter(f(cut), f(0)), 1e-4, np.nextafter(f(1e-4), f(0)),
            np.nextafter(f(1e-4), f(1)), 1e-5, 1e8, 1e16, 1e-16, 123456.789, 0.1, 1 / 3]
    for k, v in enumerate(vals):
        with np.errstate(over="ignore"):
            x = f(v)
        if not np.isfinite(x):
            continue
        add("cut_%s_%d" % (dtype, k), np.array([x, 1], dtype=dt))
        add("cut_%s_%d_alone" % (dtype, k), np.array([x, x * f(2)], dtype=dt))
        add("cut_%s_%d_0d" % (dtype, k), np.array(x, dtype=dt))
        add("cut_%s_%d_neg" % (dtype, k), np.array([-x, 0.5], dtype=dt))
    # ratio max/min around 1000
    for base in [1.0, 3.0, 7.0, 0.001, 0.3]:
        b = f(base)
        with np.errstate(over="ignore"):
            t = b * f(1000)
        for v in [np.nextafter(t, f(0)), t, np.nextafter(t, f(np.inf))]:
            add("ratio_%s_%r_%r" % (dtype, float(base), float(v)), np.array([b, v], dtype=dt))
    for scale in [1e-20, 1e-8, 1e-5, 1e-3, 1, 1e3, 1e5, 1e7, 1e9, 1e15, 1e30]:
        with np.errstate(over="ignore"):
            v = (rng.standard_normal(8) * scale).astype(dt)
        add("scale_%s_%g" % (dtype, scale), v)
        with np.errstate(over="ignore"):
            v = (rng.standard_normal((3, 5)) * scale).astype(dt)
        add("scale2d_%s_%g" % (dtype, scale), v)
    # mixed magnitudes
    add("mixed_%s_a" % dtype, np.array([1e-5, 1e8, 1e16, 1], dtype=dt))
    add("mixed_%s_b" % dtype, np.array([[1e-3, 5.0], [1e2, 2.5e-3]], dtype=dt))
    add("mixed_%s_c" % dtype, np.array([0.1, 0.25, 100.125, -3.0], dtype=dt))
    add("mixed_%s_d" % dtype, np.array([1.0, 2.0, 1e5], dtype=dt))
    add("mixed_%s_e" % dtype, np.array([1.123456789, 22.5, 1e-3], dtype=dt))
    add("mixed_%s_f" % dtype, np.array([9.9999999, 0.99999999, 0.5], dtype=dt))
    add("mixed_%s_g" % dtype, np.array([0.000123456789, 0.00099], dtype=dt))

# ---------------------------------------------------------------- random bit patterns
for dtype, ut in [("float16", np.uint16), ("float32", np.uint32), ("float64", np.uint64)]:
    dt = np.dtype(dtype)
    nbits = dt.itemsize * 8
    for k in range(40):
        bits = rng.integers(0, 2 ** nbits - 1, 1, dtype=np.uint64, endpoint=True).astype(ut)
        x = bits.view(dt)
        add("bits_0d_%s_%d" % (dtype, k), np.array(x[0], dtype=dt))
        add("bits_1_%s_%d" % (dtype, k), x)
    for k in range(10):
        bits = rng.integers(0, 2 ** nbits - 1, 6, dtype=np.uint64, endpoint=True).astype(ut)
        add("bits_6_%s_%d" % (dtype, k), bits.view(dt))

# ---------------------------------------------------------------- integers
for dtype in ["int32", "int64", "uint64", "int8", "uint8"]:
    dt = np.dtype(dtype)
    info = np.iinfo(dt)
    add("int_extremes_%s" % dtype, np.array([info.min, info.max, 0], dtype=dt))
    add("int_extremes_0d_min_%s" % dtype, np.array(info.min, dtype=dt))
    add("int_extremes_0d_max_%s" % dtype, np.array(info.max, dtype=dt))
    add("int_wide_%s" % dtype, rng.integers(info.min, info.max, (3, 17), dtype=dt, endpoint=True))
add("int_neg_only", np.array([-1, -22, -333]))
add("int_width_neg", np.array([-5, 10]))
add("int_width_neg2", np.array([-50, 1]))

# ---------------------------------------------------------------- wrapping
for n in [10, 15, 20, 25, 26, 27, 30, 50, 100, 200, 999, 1000]:
    add("wrap_int_%d" % n, np.arange(n))
    add("wrap_int32_%d" % n, np.arange(n, dtype=np.int32))
for n in [7, 8, 9, 10, 11, 12, 13, 25]:
    add("wrap_float_%d" % n, rng.standard_normal(n))
    add("wrap_float32_%d" % n, rng.standard_normal(n).astype(np.float32))
    add("wrap_float_exp_%d" % n, rng.standard_normal(n) * 1e10)
    add("wrap_bool_%d" % (3 * n), rng.integers(0, 2, 3 * n).astype(bool))
for w in range(60, 80):
    # a row whose repr ends right around the line width (tests the dtype= spacer)
    k = (w - 9) // 4
    add("wrap_edge_int32_%d" % w, np.arange(k, dtype=np.int32) + 10)
    add("wrap_edge_f32_%d" % w, np.full(max(1, (w - 10) // 5), 1.5, dtype=np.float32))
add("wrap_2d", rng.standard_normal((4, 12)))
add("wrap_3d", rng.standard_normal((2, 3, 12)) * 100)
add("wrap_4d", rng.integers(-10 ** 9, 10 ** 9, (2, 2, 2, 20)))
add("wrap_5d", rng.integers(0, 2, (2, 1, 2, 1, 40)).astype(bool))
add("wrap_long_words", np.array([1.23456789e-300, -1.5e300] * 10))

# ---------------------------------------------------------------- summarised (> 1000 elements)
BIG_SHAPES = [(1001,), (2000,), (1000, 1000), (2000, 3), (3, 2000), (10, 10, 11), (11, 11, 11),
              (3, 3, 3, 3, 13), (1001, 1), (1, 1001), (6, 6, 6, 6), (7, 7, 7, 7), (2, 2, 2, 2, 2, 2, 2, 2, 2, 2),
              (100, 20, 2)]
# shapes with many printed elements are generated for one dtype only (file size)
HEAVY_DTYPE = {(6, 6, 6, 6): "float64", (7, 7, 7, 7): "int32", (3, 3, 3, 3, 13): "float32",
               (2, 2, 2, 2, 2, 2, 2, 2, 2, 2): "bool"}
for shape in BIG_SHAPES:
    for dtype in MAIN_DTYPES:
        styles = [0, 1] if dtype in ("bool", "int32", "int64") else [0, 1, 2, 4]
        printed = int(np.prod([min(d, 6) for d in shape]))
        if printed > 300 and dtype != HEAVY_DTYPE[shape]:
            continue
        for style in styles:
            if printed > 300 and style != 1:
                continue
            add("big_%s_%s_s%d" % (dtype, "x".join(map(str, shape)), style),
                random_values(dtype, shape, style))
big = rng.standard_normal(5000)
big[[0, 4999]] = np.nan
big[2] = -np.inf
add("big_special", big)
big = np.zeros(3000)
big[1500] = 1e20  # not printed: the format depends on the printed elements only
add("big_hidden_outlier", big.reshape(30, 100))
add("big_int_wide", rng.integers(-10 ** 12, 10 ** 12, (50, 50)))

add_formula("formula_1000x1000_half", "float64", (1000, 1000), "scale", "0.5")
add_formula("formula_arange_1001", "int64", (1001,), "arange", "0")
add_formula("formula_arange_int32_1e6", "int32", (100, 100, 100), "arange", "0")
add_formula("formula_div7_f32", "float32", (40, 40), "div", "7")
add_formula("formula_div7_f64", "float64", (3, 500), "div", "7")
add_formula("formula_small", "float64", (2, 3), "div", "3")

# ---------------------------------------------------------------- dragon4 scalar formatting
dragon = []
TRIMS = ["k", ".", "0", "-"]
for dtype, ut in [("float16", np.uint16), ("float32", np.uint32), ("float64", np.uint64)]:
    dt = np.dtype(dtype)
    nbits = dt.itemsize * 8
    bits_list = list(rng.integers(0, 2 ** nbits - 1, 300, dtype=np.uint64, endpoint=True).astype(ut))
    # values of ordinary magnitude, and powers of two (unequal margins)
    bits_list += list((rng.standard_normal(200) * 10.0 ** rng.integers(-6, 9, 200)).astype(dt).view(ut))
    bits_list += list(np.array([2.0 ** k for k in range(-30, 31, 3)], dtype=dt).view(ut))
    bits_list += list(np.array([0.5, 0.05, 0.15, 2.5, 0.125, 9.5, 99.5, 0.0005, 5e-5, 1e-4], dtype=dt).view(ut))
    for b in bits_list:
        x = np.array([b], dtype=ut).view(dt)[0]
        if not np.isfinite(x):
            continue
        bstr = format(int(b), "0%dx" % HEX_WIDTH[dtype])
        for _ in range(3):
            mode = "ps"[rng.integers(0, 2)]
            unique = int(rng.integers(0, 4) > 0)
            prec = int(rng.integers(0, 12)) if (not unique or rng.integers(0, 3) > 0) else -1
            mind = int(rng.integers(0, prec + 1)) if (unique and prec >= 0 and rng.integers(0, 2)) else -1
            if unique and prec < 0 and rng.integers(0, 3) == 0:
                mind = int(rng.integers(0, 12))
            trim = TRIMS[rng.integers(0, 4)]
            padl = int(rng.integers(-1, 6))
            padr = int(rng.integers(-1, 12))
            kw = dict(precision=None if prec < 0 else prec, unique=bool(unique), trim=trim,
                      pad_left=None if padl < 0 else padl,
                      min_digits=None if mind < 0 else mind)
            try:
                if mode == "p":
                    r = np.format_float_positional(x, fractional=True,
                                                   pad_right=None if padr < 0 else padr, **kw)
                else:
                    padr = int(rng.integers(-1, 5))
                    r = np.format_float_scientific(x, exp_digits=None if padr < 0 else padr, **kw)
            except ValueError:
                continue
            dragon.append("dragon4 %s %s %s %d %d %d %s %d %d |%s|\n"
                          % (dtype, bstr, mode, prec, mind, unique, trim, padl, padr, r))

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.txt")
with open(path, "w", newline="\n") as fh:
    fh.write("# NumJ ArrayPrinter golden cases, generated by make_cases.py -- do not edit\n")
    fh.write("# numpy %s, python %s, seed %d\n" % (np.__version__, sys.version.split()[0], SEED))
    fh.write("# cases %d, dragon4 %d\n" % (n_cases, len(dragon)))
    fh.writelines(out)
    fh.writelines(dragon)
print("wrote %s: %d cases, %d dragon4 lines, %d bytes"
      % (path, n_cases, len(dragon), os.path.getsize(path)))
