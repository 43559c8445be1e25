"""NumJ's NumPy oracle worker (test scope).

Started once per JVM by dev.numj.oracle.NumPyOracle.  It reads request frames on its original stdin,
runs each case's python code with numpy, and writes response frames on its original stdout.
User code cannot corrupt the frame stream: before anything else runs, fd 1 is pointed at stderr
(so print(), os.write(1, ...) and C-level printf all land on stderr) and fd 0 at /dev/null.

Wire format (all integers little-endian):
  frame   := u64 payload_length, payload
  str     := u32 n, n bytes of UTF-8
  request := 'B' u32 ncases { str code, u32 ninputs { str name, value } }   -- run a batch
           | 'P'                                                             -- ping
           | 'Q'                                                             -- quit
  value   := 'N' | 'b' u8 | 'i' i64 | 'I' str (big int, decimal) | 'f' f64 | 's' str
           | 't' u32 n value*n (tuple) | 'l' u32 n value*n (list)
           | 'a' str dtype, u8 ndim, i64*ndim shape, u64 nbytes, u8 pad, pad zero bytes, nbytes data
  reply   := 'H' str numpy_version, str python_version, str executable, str numpy_file   -- hello
           | 'F' str message                                                             -- no numpy
           | 'R' u32 n { u32 nwarn str*nwarn, result }                                   -- batch
           | 'P'                                                                         -- pong
  result  := 'A' array | 'T' u32 n ('A' array)*n | 'S' str | 'N'
           | 'E' str type_name, str qualified_name, str message, str traceback, u32 k str*k (MRO names)
  array   := u8 is_scalar, str dtype, u8 ndim, i64*ndim shape, u64 nbytes, nbytes of C-order data
"""

import builtins
import math
import os
import struct
import sys
import traceback
import warnings


def _take_fds():
    fin = os.dup(0)
    fout = os.dup(1)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    try:  # larger pipes: fewer context switches for big arrays (Linux F_SETPIPE_SZ)
        import fcntl
        for fd in (fin, fout):
            fcntl.fcntl(fd, 1031, 1 << 20)
    except Exception:
        pass
    return os.fdopen(fin, "rb", buffering=1 << 16), os.fdopen(fout, "wb", buffering=1 << 16)


IN, OUT = _take_fds()

_U8 = struct.Struct("<B")
_U32 = struct.Struct("<I")
_I64 = struct.Struct("<q")
_U64 = struct.Struct("<Q")
_F64 = struct.Struct("<d")

np = None  # set in main()

ALLOWED_DTYPES = {
    "bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
    "float16", "float32", "float64", "complex64", "complex128",
}


class OracleUsageError(Exception):
    """The case's code is unusable for the oracle (no `out`, unsupported result type)."""


class OracleEncodingError(OracleUsageError):
    """The result cannot be sent back (e.g. an object or string array)."""


# ---------------------------------------------------------------- framing

def read_exact(n):
    buf = bytearray(n)
    mv = memoryview(buf)
    pos = 0
    while pos < n:
        k = IN.readinto(mv[pos:])
        if not k:
            raise EOFError
        pos += k
    return buf


class Writer:
    __slots__ = ("parts", "size")

    def __init__(self):
        self.parts = []
        self.size = 0

    def raw(self, b):
        self.parts.append(b)
        self.size += len(b)

    def u8(self, v):
        self.raw(_U8.pack(v))

    def u32(self, v):
        self.raw(_U32.pack(v))

    def i64(self, v):
        self.raw(_I64.pack(v))

    def u64(self, v):
        self.raw(_U64.pack(v))

    def tag(self, c):
        self.raw(c.encode("ascii"))

    def str(self, s):
        b = s.encode("utf-8", "backslashreplace")
        self.raw(_U32.pack(len(b)))
        self.raw(b)

    def extend(self, other):
        self.parts.extend(other.parts)
        self.size += other.size

    def send(self):
        OUT.write(_U64.pack(self.size))
        for p in self.parts:
            OUT.write(p)
        OUT.flush()


class Reader:
    __slots__ = ("buf", "mv", "pos")

    def __init__(self, buf):
        self.buf = buf
        self.mv = memoryview(buf)
        self.pos = 0

    def u8(self):
        v = self.buf[self.pos]
        self.pos += 1
        return v

    def u32(self):
        v = _U32.unpack_from(self.buf, self.pos)[0]
        self.pos += 4
        return v

    def i64(self):
        v = _I64.unpack_from(self.buf, self.pos)[0]
        self.pos += 8
        return v

    def u64(self):
        v = _U64.unpack_from(self.buf, self.pos)[0]
        self.pos += 8
        return v

    def f64(self):
        v = _F64.unpack_from(self.buf, self.pos)[0]
        self.pos += 8
        return v

    def str(self):
        n = self.u32()
        s = bytes(self.mv[self.pos:self.pos + n]).decode("utf-8")
        self.pos += n
        return s

    def value(self):
        t = chr(self.u8())
        if t == "N":
            return None
        if t == "b":
            return self.u8() != 0
        if t == "i":
            return self.i64()
        if t == "I":
            return int(self.str())
        if t == "f":
            return self.f64()
        if t == "s":
            return self.str()
        if t == "t":
            n = self.u32()
            return tuple(self.value() for _ in range(n))
        if t == "l":
            n = self.u32()
            return [self.value() for _ in range(n)]
        if t == "a":
            dtype = self.str()
            ndim = self.u8()
            shape = tuple(self.i64() for _ in range(ndim))
            nbytes = self.u64()
            pad = self.u8()
            self.pos += pad
            dt = np.dtype(dtype).newbyteorder("<")
            if nbytes == 0:
                return np.zeros(shape, dtype=dt)
            arr = np.frombuffer(self.buf, dtype=dt, count=nbytes // dt.itemsize, offset=self.pos)
            arr = arr.reshape(shape)
            self.pos += nbytes
            if not arr.flags.aligned:
                arr = arr.copy()
            return arr
        raise ValueError("oracle protocol: unknown value tag %r at %d" % (t, self.pos - 1))


# ---------------------------------------------------------------- results

_dtype_names = {}  # dtype -> encoded name (str + length prefix), or None when unsupported


def _dtype_field(dt):
    hit = _dtype_names.get(dt)
    if hit is None and dt not in _dtype_names:
        name = dt.name
        if name in ALLOWED_DTYPES:
            b = name.encode("ascii")
            hit = _U32.pack(len(b)) + b
        _dtype_names[dt] = hit
    return hit


def _put_array(w, arr, is_scalar):
    arr = np.asarray(arr)
    if type(arr) is not np.ndarray:
        arr = arr.view(np.ndarray)
    if arr.dtype.byteorder == ">":
        arr = arr.astype(arr.dtype.newbyteorder("<"))
    name = _dtype_field(arr.dtype)
    if name is None:
        raise OracleEncodingError(
            "the oracle cannot return an array of dtype %s (shape %s); convert it in the case's code"
            % (arr.dtype, arr.shape))
    if not arr.flags.c_contiguous:
        arr = np.array(arr, order="C")
    ndim = arr.ndim
    w.raw(b"\x01" if is_scalar else b"\x00")
    w.raw(name)
    w.raw(struct.pack("<B%dqQ" % ndim, ndim, *arr.shape, arr.nbytes))
    if arr.nbytes:
        w.raw(memoryview(arr.reshape(-1).view(np.uint8)))


def _as_array(v):
    """Returns (array, is_scalar) for a single value, or None if v is not a single value."""
    if isinstance(v, np.ndarray):
        return v, False
    if isinstance(v, np.generic):
        return np.asarray(v), True
    if isinstance(v, bool):  # before int: bool is an int
        return np.array(v, dtype=np.bool_), True
    if isinstance(v, int):
        return np.array(v, dtype=np.int64), True
    if isinstance(v, float):
        return np.array(v, dtype=np.float64), True
    if isinstance(v, complex):
        return np.array(v, dtype=np.complex128), True
    return None


def _put_result(w, out):
    single = _as_array(out)
    if single is not None:
        w.tag("A")
        _put_array(w, single[0], single[1])
    elif isinstance(out, str):
        w.tag("S")
        w.str(out)
    elif out is None:
        w.tag("N")
    elif isinstance(out, (tuple, list)):
        w.tag("T")
        w.u32(len(out))
        for item in out:
            a = _as_array(item)
            if a is None:
                if isinstance(item, (tuple, list)):
                    a = (np.asarray(item), False)
                else:
                    raise OracleEncodingError(
                        "the oracle cannot return a %s inside a tuple/list result" % type(item).__name__)
            w.tag("A")
            _put_array(w, a[0], a[1])
    else:
        raise OracleEncodingError(
            "the oracle cannot return a %s; set `out` to an array, scalar, tuple/list of those, str or None"
            % type(out).__name__)


def _put_error(w, e):
    t = type(e)
    module = getattr(t, "__module__", "builtins")
    qual = t.__qualname__ if module == "builtins" else "%s.%s" % (module, t.__qualname__)
    try:
        msg = str(e)
    except BaseException:  # pragma: no cover
        msg = "<str(e) failed>"
    tb = e.__traceback__
    if tb is not None and tb.tb_frame.f_code is run_case.__code__ and tb.tb_next is not None:
        tb = tb.tb_next  # hide the worker's own frame
    tb = "".join(traceback.format_exception(t, e, tb))
    if len(tb) > 8000:
        tb = "...\n" + tb[-8000:]
    w.tag("E")
    w.str(t.__name__)
    w.str(qual)
    w.str(msg)
    w.str(tb)
    mro = []
    for c in t.__mro__:
        if c is not object:
            for n in (c.__name__, c.__qualname__):  # numpy hides some classes behind their base's __name__
                if n not in mro:
                    mro.append(n)
    w.u32(len(mro))
    for n in mro:
        w.str(n)


# ---------------------------------------------------------------- running cases

_code_cache = {}


def _compile(code):
    hit = _code_cache.get(code)
    if hit is not None:
        return hit
    try:
        hit = ("eval", compile(code, "<oracle case>", "eval"))
    except SyntaxError:
        hit = ("exec", compile(code, "<oracle case>", "exec"))
    if len(_code_cache) > 4096:
        _code_cache.clear()
    _code_cache[code] = hit
    return hit


_default_err = None
_default_print = None


def _restore_numpy_state():
    """Undoes np.seterr / np.set_printoptions made by a case, so cases cannot leak state into later ones."""
    if np.geterr() != _default_err:
        np.seterr(**_default_err)
    if np.get_printoptions() != _default_print:
        try:
            np.set_printoptions(**_default_print)
        except Exception:  # pragma: no cover
            traceback.print_exc()


def run_case(code, inputs):
    w = Writer()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        body = Writer()
        try:
            ns = {"np": np, "numpy": np, "math": math, "__builtins__": builtins, "__name__": "__oracle__"}
            ns.update(inputs)
            kind, co = _compile(code)
            if kind == "eval":
                out = eval(co, ns)
            else:
                exec(co, ns)
                if "out" not in ns:
                    raise OracleUsageError("the case's code did not assign the variable `out`: " + code)
                out = ns["out"]
            _put_result(body, out)
        except BaseException as e:  # noqa: B902 - every failure of user code is a result
            body = Writer()
            _put_error(body, e)
        _restore_numpy_state()
    w.u32(len(caught))
    for wm in caught:
        w.str("%s: %s" % (wm.category.__name__, wm.message))
    w.extend(body)
    return w


def handle_batch(r):
    n = r.u32()
    cases = []
    for _ in range(n):
        code = r.str()
        k = r.u32()
        inputs = {}
        for _ in range(k):
            name = r.str()
            inputs[name] = r.value()
        cases.append((code, inputs))
    w = Writer()
    w.tag("R")
    w.u32(n)
    for code, inputs in cases:
        w.extend(run_case(code, inputs))
    cases = None
    w.send()


def main():
    global np, _default_err, _default_print
    try:
        import numpy
        np = numpy
        _default_err = np.geterr()
        _default_print = np.get_printoptions()
    except BaseException as e:
        w = Writer()
        w.tag("F")
        w.str("%s: %s" % (type(e).__name__, e))
        w.send()
        sys.exit(3)
    hello = Writer()
    hello.tag("H")
    hello.str(np.__version__)
    hello.str(sys.version.split()[0])
    hello.str(sys.executable or "")
    hello.str(getattr(np, "__file__", "") or "")
    hello.send()
    while True:
        try:
            n = _U64.unpack(read_exact(8))[0]
            payload = read_exact(n)
        except EOFError:
            return
        op = chr(payload[0])
        r = Reader(payload)
        r.pos = 1
        if op == "B":
            handle_batch(r)
        elif op == "P":
            w = Writer()
            w.tag("P")
            w.send()
        elif op == "Q":
            return
        else:
            raise ValueError("oracle protocol: unknown request %r" % op)
        del r, payload


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError:
        pass
    finally:
        for f in (IN, OUT):
            try:
                f.close()
            except BaseException:
                pass
