package dev.numj;

import dev.numj.io.IO;
import dev.numj.linalg.Linalg;
import dev.numj.nn.Activations;
import dev.numj.nn.Data;
import dev.numj.nn.Init;
import dev.numj.nn.Losses;
import dev.numj.nn.Metrics;
import dev.numj.nn.MinMaxScaler;
import dev.numj.nn.StandardScaler;
import dev.numj.random.Random;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static dev.numj.NumJ.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bad-input battery: the misuses users make of the public API, each a case with a label, the
 * call, the exception type expected and its message. A label that is a Python expression is the
 * same misuse in NumPy 2.4 (2.4.6), evaluated with the fixtures below
 * ({@code a = np.arange(6.).reshape(2, 3)}, {@code w = np.arange(4.)}, ...), and the expected type
 * is Java's mapping of NumPy's: ValueError → {@link IllegalArgumentException}, AxisError →
 * {@link AxisException}, IndexError → {@link IndexOutOfBoundsException}, TypeError →
 * {@link NumJTypeException}. Where NumJ words the error as NumPy does the message is compared
 * exactly; otherwise the case names substrings that must appear (the shapes, dtypes, index or axis
 * involved). A label starting with {@code java:} has no NumPy counterpart (nulls, closed scopes,
 * files). Random's cases follow the legacy {@code np.random} functions where NumJ's Random words errors as they do
 * ({@code np.random.uniform}, {@code randint}, {@code permutation}), as RandomOracleTest does.
 * Every case must throw an exception, never a JVM error: nothing here catches Throwable.
 */
class BadInputBatteryTest {
    // NumPy: a = np.arange(6.).reshape(2, 3); v = np.arange(3.); w = np.arange(4.); i = np.arange(6).reshape(2, 3)
    // b = np.array([True, False, True]); s = np.zeros(()); e = np.zeros(0); e2 = np.zeros((0, 3))
    // c = np.arange(24.).reshape(2, 3, 4); m = np.arange(4.).reshape(2, 2); one = np.ones((2, 2))
    static final NDArray a = arange(6.0).reshape(2, 3), v = arange(3.0), w = arange(4.0), i = arange(6).reshape(2, 3),
            bo = array(true, false, true), s = zeros(new long[0]), e = zeros(0), e2 = zeros(0, 3),
            c = arange(24.0).reshape(2, 3, 4), m = arange(4.0).reshape(2, 2), one = ones(2, 2);

    static final Class<IllegalArgumentException> VALUE = IllegalArgumentException.class;
    static final Class<AxisException> AXIS = AxisException.class;
    static final Class<IndexOutOfBoundsException> INDEX = IndexOutOfBoundsException.class;
    static final Class<NumJTypeException> TYPE = NumJTypeException.class;
    static final Class<NullPointerException> NULL = NullPointerException.class;
    static final Class<IllegalStateException> STATE = IllegalStateException.class;
    static final Class<UncheckedIOException> IO_ERROR = UncheckedIOException.class;
    /** NumPy's LinAlgError (a ValueError): {@link dev.numj.linalg.LinAlgException}. */
    static final Class<dev.numj.linalg.LinAlgException> LINALG = dev.numj.linalg.LinAlgException.class;
    /** NumPy's ArithmeticError family: ZeroDivisionError (as ShapeOpsOracleTest maps it), np.random's OverflowError (as RandomOracleTest). */
    static final Class<ArithmeticException> ARITHMETIC = ArithmeticException.class;

    /** One case: the expected message is exact, or (contains) substrings that must all appear. */
    record Case(String label, Class<? extends RuntimeException> type, boolean exact, String[] message, Executable call) {}

    private final List<Case> cases = new ArrayList<>();
    @TempDir
    Path dir;

    /** NumJ's message is NumPy's, word for word. */
    void eq(String label, Class<? extends RuntimeException> type, String message, Executable call) {
        cases.add(new Case(label, type, true, new String[] {message}, call));
    }

    /** NumJ's message contains each of these (the shapes, dtypes, index or argument involved). */
    void has(String label, Class<? extends RuntimeException> type, Executable call, String... parts) {
        cases.add(new Case(label, type, false, parts, call));
    }

    static Random rng() { return Random.random(0); }

    /** A 2x3 array whose scope has closed. */
    static NDArray dead() {
        try (Scope sc = scope()) {
            return arange(6.0).reshape(2, 3);
        }
    }

    static NDArray deadSquare() {
        try (Scope sc = scope()) {
            return eye(3);
        }
    }

    /** A view ({@code x[1:]}) of an array whose scope has closed. */
    static NDArray deadView() {
        try (Scope sc = scope()) {
            return arange(6.0).get("1:");
        }
    }

    Path write(String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    /** A valid .npy of arange(6.) cut in the middle of its data. */
    Path truncatedNpy() {
        try {
            Path p = dir.resolve("whole.npy");
            IO.save(p, arange(6.0));
            byte[] bytes = Files.readAllBytes(p);
            return Files.write(dir.resolve("truncated.npy"), java.util.Arrays.copyOf(bytes, bytes.length - 20));
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    void table() {
        // ---- broadcasting: elementwise operands whose shapes do not broadcast ----
        eq("np.add(a, w)", VALUE, "operands could not be broadcast together with shapes (2,3) (4,) ", () -> a.add(w));
        eq("np.subtract(a, w)", VALUE, "operands could not be broadcast together with shapes (2,3) (4,) ", () -> a.sub(w));
        eq("np.multiply(a, w)", VALUE, "operands could not be broadcast together with shapes (2,3) (4,) ", () -> a.mul(w));
        eq("np.divide(a, w)", VALUE, "operands could not be broadcast together with shapes (2,3) (4,) ", () -> a.div(w));
        eq("np.floor_divide(a, w)", VALUE, "operands could not be broadcast together with shapes (2,3) (4,) ", () -> a.floorDiv(w));
        eq("np.power(a, w)", VALUE, "operands could not be broadcast together with shapes (2,3) (4,) ", () -> a.pow(w));
        eq("np.mod(a, w)", VALUE, "operands could not be broadcast together with shapes (2,3) (4,) ", () -> a.mod(w));
        eq("np.maximum(a, w)", VALUE, "operands could not be broadcast together with shapes (2,3) (4,) ", () -> a.maximum(w));
        eq("np.minimum(a, w)", VALUE, "operands could not be broadcast together with shapes (2,3) (4,) ", () -> a.minimum(w));
        eq("np.fmax(a, w)", VALUE, "operands could not be broadcast together with shapes (2,3) (4,) ", () -> a.fmax(w));
        eq("np.fmin(a, w)", VALUE, "operands could not be broadcast together with shapes (2,3) (4,) ", () -> a.fmin(w));
        eq("np.arctan2(a, w)", VALUE, "operands could not be broadcast together with shapes (2,3) (4,) ", () -> a.arctan2(w));
        eq("np.hypot(a, w)", VALUE, "operands could not be broadcast together with shapes (2,3) (4,) ", () -> a.hypot(w));
        eq("np.copysign(a, w)", VALUE, "operands could not be broadcast together with shapes (2,3) (4,) ", () -> a.copysign(w));
        eq("np.greater(a, w)", VALUE, "operands could not be broadcast together with shapes (2,3) (4,) ", () -> a.gt(w));
        eq("np.greater_equal(a, w)", VALUE, "operands could not be broadcast together with shapes (2,3) (4,) ", () -> a.ge(w));
        eq("np.less(a, w)", VALUE, "operands could not be broadcast together with shapes (2,3) (4,) ", () -> a.lt(w));
        eq("np.less_equal(a, w)", VALUE, "operands could not be broadcast together with shapes (2,3) (4,) ", () -> a.le(w));
        eq("np.equal(a, w)", VALUE, "operands could not be broadcast together with shapes (2,3) (4,) ", () -> a.eq(w));
        eq("np.not_equal(a, w)", VALUE, "operands could not be broadcast together with shapes (2,3) (4,) ", () -> a.ne(w));
        eq("np.logical_and(a, w)", VALUE, "operands could not be broadcast together with shapes (2,3) (4,) ", () -> a.logicalAnd(w));
        eq("np.logical_or(a, w)", VALUE, "operands could not be broadcast together with shapes (2,3) (4,) ", () -> a.logicalOr(w));
        eq("np.logical_xor(a, w)", VALUE, "operands could not be broadcast together with shapes (2,3) (4,) ", () -> a.logicalXor(w));
        eq("np.bitwise_and(i, np.arange(4))", VALUE, "operands could not be broadcast together with shapes (2,3) (4,) ", () -> i.bitwiseAnd(arange(4)));
        eq("np.bitwise_or(i, np.arange(4))", VALUE, "operands could not be broadcast together with shapes (2,3) (4,) ", () -> i.bitwiseOr(arange(4)));
        eq("np.bitwise_xor(i, np.arange(4))", VALUE, "operands could not be broadcast together with shapes (2,3) (4,) ", () -> i.bitwiseXor(arange(4)));
        eq("np.add(c, a)", VALUE, "operands could not be broadcast together with shapes (2,3,4) (2,3) ", () -> c.add(a));
        eq("np.add(v, w)", VALUE, "operands could not be broadcast together with shapes (3,) (4,) ", () -> add(v, w));
        eq("np.add(e, v)", VALUE, "operands could not be broadcast together with shapes (0,) (3,) ", () -> e.add(v));
        eq("np.multiply(e2, a)", VALUE, "operands could not be broadcast together with shapes (0,3) (2,3) ", () -> e2.mul(a));
        eq("np.isclose(a, w)", VALUE, "operands could not be broadcast together with shapes (2,3) (4,) ", () -> isclose(a, w));
        eq("np.allclose(a, w)", VALUE, "operands could not be broadcast together with shapes (2,3) (4,) ", () -> allclose(a, w));
        eq("np.clip(a, w, w)", VALUE, "operands could not be broadcast together with shapes (2,3) (4,) (4,) ", () -> clip(a, w, w));
        // ---- in-place: the output operand cannot take the broadcast shape, or the dtype ----
        eq("np.add(v, a, out=v.copy())", VALUE,
                "non-broadcastable output operand with shape (3,) doesn't match the broadcast shape (2,3)",
                () -> v.copy().addi(a));
        eq("np.subtract(v, a, out=v.copy())", VALUE,
                "non-broadcastable output operand with shape (3,) doesn't match the broadcast shape (2,3)",
                () -> v.copy().subi(a));
        eq("np.multiply(v, a, out=v.copy())", VALUE,
                "non-broadcastable output operand with shape (3,) doesn't match the broadcast shape (2,3)",
                () -> v.copy().muli(a));
        eq("np.divide(v, a, out=v.copy())", VALUE,
                "non-broadcastable output operand with shape (3,) doesn't match the broadcast shape (2,3)",
                () -> v.copy().divi(a));
        eq("np.add(a, w, out=a.copy())", VALUE, "operands could not be broadcast together with shapes (2,3) (4,) (2,3) ", () -> a.copy().addi(w));
        eq("np.divide(i, i, out=i.copy())", TYPE,
                "Cannot cast ufunc 'divide' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'",
                () -> i.copy().divi(i));
        eq("np.add(i, a, out=i.copy())", TYPE,
                "Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'",
                () -> i.copy().addi(a));
        eq("np.power(i, a, out=i.copy())", TYPE,
                "Cannot cast ufunc 'power' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'",
                () -> i.copy().powi(a));
        eq("np.maximum(v, a, out=v.copy())", VALUE,
                "non-broadcastable output operand with shape (3,) doesn't match the broadcast shape (2,3)",
                () -> v.copy().maximumi(a));
        // ---- matmul / dot / inner ----
        eq("np.matmul(a, a)", VALUE,
                "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 2 is different from 3)",
                () -> a.matmul(a));
        eq("np.matmul(v, w)", VALUE,
                "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 4 is different from 3)",
                () -> v.matmul(w));
        eq("np.matmul(a, w)", VALUE,
                "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 4 is different from 3)",
                () -> a.matmul(w));
        eq("np.matmul(w, a)", VALUE,
                "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 2 is different from 4)",
                () -> w.matmul(a));
        eq("np.matmul(s, a)", VALUE,
                "matmul: Input operand 0 does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)",
                () -> s.matmul(a));
        eq("np.matmul(a, s)", VALUE,
                "matmul: Input operand 1 does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)",
                () -> matmul(a, s));
        eq("np.matmul(c, c)", VALUE,
                "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 3 is different from 4)",
                () -> c.matmul(c));
        eq("np.matmul(np.zeros((2,2,3)), np.zeros((3,3,2)))", VALUE,
                "operands could not be broadcast together with remapped shapes [original->remapped]: (2,2,3)->(2,newaxis,newaxis)"
                + " (3,3,2)->(3,newaxis,newaxis)  and requested shape (2,2)",
                () -> zeros(2, 2, 3).matmul(zeros(3, 3, 2)));
        eq("np.dot(a, a)", VALUE, "shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)", () -> a.dot(a));
        eq("np.dot(v, w)", VALUE, "shapes (3,) and (4,) not aligned: 3 (dim 0) != 4 (dim 0)", () -> dot(v, w));
        eq("np.dot(a, w)", VALUE, "shapes (2,3) and (4,) not aligned: 3 (dim 1) != 4 (dim 0)", () -> dot(a, w));
        eq("np.dot(c, a)", VALUE, "shapes (2,3,4) and (2,3) not aligned: 4 (dim 2) != 2 (dim 0)", () -> dot(c, a));
        eq("np.inner(a, w)", VALUE, "shapes (2,3) and (4,) not aligned: 3 (dim 1) != 4 (dim 0)", () -> inner(a, w));
        eq("np.inner(v, w)", VALUE, "shapes (3,) and (4,) not aligned: 3 (dim 0) != 4 (dim 0)", () -> inner(v, w));
        // ---- joining ----
        eq("np.concatenate([a, v])", VALUE,
                "all the input arrays must have same number of dimensions, but the array at index 0 has 2 dimension(s) and the array at index 1 has 1"
                + " dimension(s)",
                () -> concatenate(a, v));
        eq("np.concatenate([a, a.T])", VALUE,
                "all the input array dimensions except for the concatenation axis must match exactly, but along dimension 1, the array at index 0 has size 3"
                + " and the array at index 1 has size 2",
                () -> concatenate(a, a.T()));
        eq("np.concatenate([a, m], axis=0)", VALUE,
                "all the input array dimensions except for the concatenation axis must match exactly, but along dimension 1, the array at index 0 has size 3"
                + " and the array at index 1 has size 2",
                () -> concatenate(0, a, m));
        eq("np.concatenate([])", VALUE, "need at least one array to concatenate", () -> concatenate(java.util.List.of(), 0));
        eq("np.concatenate([a, a], axis=2)", AXIS, "axis 2 is out of bounds for array of dimension 2", () -> concatenate(2, a, a));
        eq("np.concatenate([a, a], axis=-3)", AXIS, "axis -3 is out of bounds for array of dimension 2", () -> concatenate(-3, a, a));
        eq("np.concatenate([s, s])", VALUE, "zero-dimensional arrays cannot be concatenated", () -> concatenate(s, s));
        eq("np.stack([v, w])", VALUE, "all input arrays must have the same shape", () -> stack(v, w));
        eq("np.stack([a, a.T])", VALUE, "all input arrays must have the same shape", () -> stack(a, a.T()));
        eq("np.stack([])", VALUE, "need at least one array to stack", () -> stack(java.util.List.of(), 0));
        eq("np.stack([v, v], axis=2)", AXIS, "axis 2 is out of bounds for array of dimension 2", () -> stack(2, v, v));
        eq("np.stack([v, v], axis=-3)", AXIS, "axis -3 is out of bounds for array of dimension 2", () -> stack(-3, v, v));
        eq("np.vstack([a, w])", VALUE,
                "all the input array dimensions except for the concatenation axis must match exactly, but along dimension 1, the array at index 0 has size 3"
                + " and the array at index 1 has size 4",
                () -> vstack(a, w));
        eq("np.hstack([a, w])", VALUE,
                "all the input arrays must have same number of dimensions, but the array at index 0 has 2 dimension(s) and the array at index 1 has 1"
                + " dimension(s)",
                () -> hstack(a, w));
        eq("np.hstack([])", VALUE, "need at least one array to concatenate", () -> hstack(java.util.List.of()));
        eq("np.column_stack([v, w])", VALUE,
                "all the input array dimensions except for the concatenation axis must match exactly, but along dimension 0, the array at index 0 has size 3"
                + " and the array at index 1 has size 4",
                () -> columnStack(v, w));
        // ---- where / broadcastTo / meshgrid ----
        eq("np.where(b, a, w)", VALUE, "operands could not be broadcast together with shapes (3,) (2,3) (4,) ", () -> where(bo, a, w));
        eq("np.where(np.array([True, False]), v, v)", VALUE,
                "operands could not be broadcast together with shapes (2,) (3,) (3,) ",
                () -> where(array(true, false), v, v));
        eq("np.where(b, w, 0.0)", VALUE, "operands could not be broadcast together with shapes (3,) (4,) () ", () -> where(bo, w, 0.0));
        eq("np.broadcast_to(a, (3, 3))", VALUE,
                "operands could not be broadcast together with remapped shapes [original->remapped]: (2,3)  and requested shape (3,3)",
                () -> broadcastTo(a, 3, 3));
        eq("np.broadcast_to(a, (3,))", VALUE, "input operand has more dimensions than allowed by the axis remapping", () -> a.broadcastTo(3));
        eq("np.broadcast_to(v, (-1,))", VALUE, "all elements of broadcast shape must be non-negative", () -> v.broadcastTo(-1));
        eq("np.broadcast_to(v, (2, -3))", VALUE, "all elements of broadcast shape must be non-negative", () -> v.broadcastTo(2, -3));
        eq("np.broadcast_to(w, (2, 3))", VALUE,
                "operands could not be broadcast together with remapped shapes [original->remapped]: (4,)  and requested shape (2,3)",
                () -> w.broadcastTo(2, 3));
        eq("np.meshgrid(v, w, indexing='ab')", VALUE, "Valid values for `indexing` are 'xy' and 'ij'.", () -> meshgrid(v, w, "ab"));
        // ---- assignment of a value that does not broadcast into the selection ----
        eq("a.copy().__setitem__(np.s_[:], w)", VALUE, "could not broadcast input array from shape (4,) into shape (2,3)", () -> a.copy().set(":", w));
        eq("a.copy().__setitem__(0, w)", VALUE, "could not broadcast input array from shape (4,) into shape (3,)", () -> a.copy().set("0", w));
        eq("v.copy().__setitem__(np.s_[:], a)", VALUE, "could not broadcast input array from shape (2,3) into shape (3,)", () -> v.copy().set(":", a));
        eq("a.copy().__setitem__(np.array([True, False, True]), 1.0)", INDEX,
                "boolean index did not match indexed array along axis 0; size of axis is 2 but size of corresponding boolean axis is 3",
                () -> a.copy().set(array(true, false, true), 1.0));

        // ---- axes out of range ----
        eq("np.sum(a, axis=2)", AXIS, "axis 2 is out of bounds for array of dimension 2", () -> a.sum(2));
        eq("np.sum(a, axis=-3)", AXIS, "axis -3 is out of bounds for array of dimension 2", () -> a.sum(-3));
        eq("np.sum(a, axis=5, keepdims=True)", AXIS, "axis 5 is out of bounds for array of dimension 2", () -> a.sum(5, true));
        eq("np.prod(a, axis=2)", AXIS, "axis 2 is out of bounds for array of dimension 2", () -> a.prod(2));
        eq("np.prod(a, axis=-3)", AXIS, "axis -3 is out of bounds for array of dimension 2", () -> a.prod(-3));
        eq("np.mean(a, axis=2)", AXIS, "axis 2 is out of bounds for array of dimension 2", () -> a.mean(2));
        eq("np.mean(a, axis=-3)", AXIS, "axis -3 is out of bounds for array of dimension 2", () -> a.mean(-3));
        eq("np.var(a, axis=2)", AXIS, "axis 2 is out of bounds for array of dimension 2", () -> a.var(2));
        eq("np.var(a, axis=-3)", AXIS, "axis -3 is out of bounds for array of dimension 2", () -> a.var(-3));
        eq("np.std(a, axis=2)", AXIS, "axis 2 is out of bounds for array of dimension 2", () -> a.std(2));
        eq("np.std(a, axis=-3)", AXIS, "axis -3 is out of bounds for array of dimension 2", () -> a.std(-3));
        eq("np.any(a, axis=2)", AXIS, "axis 2 is out of bounds for array of dimension 2", () -> a.any(2));
        eq("np.any(a, axis=-3)", AXIS, "axis -3 is out of bounds for array of dimension 2", () -> a.any(-3));
        eq("np.all(a, axis=2)", AXIS, "axis 2 is out of bounds for array of dimension 2", () -> a.all(2));
        eq("np.all(a, axis=-3)", AXIS, "axis -3 is out of bounds for array of dimension 2", () -> a.all(-3));
        eq("np.max(a, axis=2)", AXIS, "axis 2 is out of bounds for array of dimension 2", () -> a.max(2));
        eq("np.max(a, axis=-3)", AXIS, "axis -3 is out of bounds for array of dimension 2", () -> a.max(-3));
        eq("np.min(a, axis=2)", AXIS, "axis 2 is out of bounds for array of dimension 2", () -> a.min(2));
        eq("np.min(a, axis=-3)", AXIS, "axis -3 is out of bounds for array of dimension 2", () -> a.min(-3));
        eq("np.argmax(a, axis=2)", AXIS, "axis 2 is out of bounds for array of dimension 2", () -> a.argmax(2));
        eq("np.argmax(a, axis=-3)", AXIS, "axis -3 is out of bounds for array of dimension 2", () -> a.argmax(-3));
        eq("np.argmin(a, axis=2)", AXIS, "axis 2 is out of bounds for array of dimension 2", () -> a.argmin(2));
        eq("np.argmin(a, axis=-3)", AXIS, "axis -3 is out of bounds for array of dimension 2", () -> a.argmin(-3));
        eq("np.argmax(a, axis=2, keepdims=True)", AXIS, "axis 2 is out of bounds for array of dimension 2", () -> a.argmax(2, true));
        eq("np.cumsum(a, axis=2)", AXIS, "axis 2 is out of bounds for array of dimension 2", () -> a.cumsum(2));
        eq("np.cumsum(a, axis=-3)", AXIS, "axis -3 is out of bounds for array of dimension 2", () -> a.cumsum(-3));
        eq("np.cumprod(a, axis=2)", AXIS, "axis 2 is out of bounds for array of dimension 2", () -> cumprod(a, 2));
        eq("np.cumprod(a, axis=-3)", AXIS, "axis -3 is out of bounds for array of dimension 2", () -> cumprod(a, -3));
        eq("np.sort(a, axis=2)", AXIS, "axis 2 is out of bounds for array of dimension 2", () -> a.sort(2));
        eq("np.sort(a, axis=-3)", AXIS, "axis -3 is out of bounds for array of dimension 2", () -> a.sort(-3));
        eq("np.argsort(a, axis=2)", AXIS, "axis 2 is out of bounds for array of dimension 2", () -> a.argsort(2));
        eq("np.argsort(a, axis=-3)", AXIS, "axis -3 is out of bounds for array of dimension 2", () -> a.argsort(-3));
        eq("np.count_nonzero(a, axis=2)", AXIS, "axis 2 is out of bounds for array of dimension 2", () -> countNonzero(a, 2));
        eq("np.count_nonzero(a, axis=-3)", AXIS, "axis -3 is out of bounds for array of dimension 2", () -> countNonzero(a, -3));
        eq("np.sort(s, axis=0)", AXIS, "axis 0 is out of bounds for array of dimension 0", () -> s.sort(0));
        eq("np.cumsum(c, axis=3)", AXIS, "axis 3 is out of bounds for array of dimension 3", () -> c.cumsum(3));
        eq("np.max(c, axis=-4)", AXIS, "axis -4 is out of bounds for array of dimension 3", () -> c.max(-4));
        eq("np.sum(a, axis=(0, 0))", VALUE, "duplicate value in 'axis'", () -> a.sum(new int[] {0, 0}, false));
        eq("np.sum(a, axis=(0, -2))", VALUE, "duplicate value in 'axis'", () -> a.sum(new int[] {0, -2}, false));
        eq("np.sum(a, axis=(0, 3))", AXIS, "axis 3 is out of bounds for array of dimension 2", () -> a.sum(new int[] {0, 3}, false));
        eq("np.max(a, axis=(1, 1))", VALUE, "duplicate value in 'axis'", () -> a.max(new int[] {1, 1}, false));
        eq("np.mean(a, axis=(0, 2))", AXIS, "axis 2 is out of bounds for array of dimension 2", () -> a.mean(new int[] {0, 2}, false));
        eq("np.any(a, axis=(-1, 1))", VALUE, "duplicate value in 'axis'", () -> a.any(new int[] {-1, 1}, false));
        eq("np.std(a, axis=(0, 5))", AXIS, "axis 5 is out of bounds for array of dimension 2", () -> a.std(new int[] {0, 5}, false));
        eq("np.take(a, [0], axis=2)", AXIS, "axis 2 is out of bounds for array of dimension 2", () -> a.take(array(0L), 2));
        eq("np.take(a, [0], axis=-3)", AXIS, "axis -3 is out of bounds for array of dimension 2", () -> take(a, array(0L), -3));
        eq("np.swapaxes(a, 0, 2)", AXIS, "axis2: axis 2 is out of bounds for array of dimension 2", () -> a.swapaxes(0, 2));
        eq("np.swapaxes(a, -3, 0)", AXIS, "axis1: axis -3 is out of bounds for array of dimension 2", () -> swapaxes(a, -3, 0));
        eq("np.swapaxes(v, 1, 0)", AXIS, "axis1: axis 1 is out of bounds for array of dimension 1", () -> v.swapaxes(1, 0));
        eq("np.expand_dims(a, 3)", AXIS, "axis 3 is out of bounds for array of dimension 3", () -> a.expandDims(3));
        eq("np.expand_dims(a, -4)", AXIS, "axis -4 is out of bounds for array of dimension 3", () -> expandDims(a, -4));
        eq("np.expand_dims(a, (0, 0))", VALUE, "repeated axis", () -> a.expandDims(0, 0));
        eq("np.expand_dims(a, (0, 4))", AXIS, "axis 4 is out of bounds for array of dimension 4", () -> a.expandDims(0, 4));
        eq("np.squeeze(a, 0)", VALUE, "cannot select an axis to squeeze out which has size not equal to one", () -> a.squeeze(0));
        eq("np.squeeze(a, 2)", AXIS, "axis 2 is out of bounds for array of dimension 2", () -> squeeze(a, 2));
        eq("np.squeeze(a, -3)", AXIS, "axis -3 is out of bounds for array of dimension 2", () -> a.squeeze(-3));
        eq("a.transpose(0)", VALUE, "axes don't match array", () -> a.transpose(0));
        eq("a.transpose(0, 0)", VALUE, "repeated axis in transpose", () -> a.transpose(0, 0));
        eq("a.transpose(0, 2)", AXIS, "axis 2 is out of bounds for array of dimension 2", () -> a.transpose(0, 2));
        eq("a.transpose(0, 1, 2)", VALUE, "axes don't match array", () -> a.transpose(0, 1, 2));
        eq("a.shape[2]", AXIS, "axis 2 is out of bounds for array of dimension 2", () -> a.shape(2));  // NumPy: IndexError: tuple index out of range
        eq("a.shape[-3]", AXIS, "axis -3 is out of bounds for array of dimension 2", () -> a.shape(-3));  // NumPy: IndexError: tuple index out of range
        // NumPy: IndexError: tuple index out of range
        eq("np.split(a, 2, axis=2)", INDEX, "tuple index out of range (axis 2 of an array of dimension 2)", () -> split(a, 2, 2));
        // NumPy: IndexError: tuple index out of range
        eq("np.array_split(a, 2, axis=2)", INDEX, "tuple index out of range (axis 2 of an array of dimension 2)", () -> arraySplit(a, 2, 2));
        eq("np.linalg.norm(a, 2, 2)", AXIS, "axis 2 is out of bounds for array of dimension 2", () -> Linalg.norm(a, 2.0, 2));
        eq("java: topk(a, 1, axis=2)", AXIS, "axis 2 is out of bounds for array of dimension 2", () -> a.topk(1, 2));
        eq("java: topk(a, 1, axis=-3)", AXIS, "axis -3 is out of bounds for array of dimension 2", () -> topk(a, 1, -3));
        eq("java: softmax(a, axis=2)", AXIS, "axis 2 is out of bounds for array of dimension 2", () -> Activations.softmax(a, 2));
        eq("java: logSoftmax(a, axis=-3)", AXIS, "axis -3 is out of bounds for array of dimension 2", () -> Activations.logSoftmax(a, -3));

        // ---- indices out of range ----
        eq("a[2, 0]", INDEX, "index 2 is out of bounds for axis 0 with size 2", () -> a.getDouble(2, 0));
        eq("a[0, 3]", INDEX, "index 3 is out of bounds for axis 1 with size 3", () -> a.getDouble(0, 3));
        eq("a[-3, 0]", INDEX, "index -3 is out of bounds for axis 0 with size 2", () -> a.getDouble(-3, 0));
        eq("a[0, -4]", INDEX, "index -4 is out of bounds for axis 1 with size 3", () -> a.getDouble(0, -4));
        // NumPy: IndexError: too many indices for array: array is 2-dimensional, but 3 were indexed
        eq("a[0, 0, 0]", INDEX, "expected 2 indices for array of shape (2, 3), got 3", () -> a.getDouble(0, 0, 0));
        eq("java: a.getDouble(0) (too few indices for an element)", INDEX, "expected 2 indices for array of shape (2, 3), got 1", () -> a.getDouble(0));
        eq("java: a.getDouble() (no index on a 2-d array)", INDEX, "expected 2 indices for array of shape (2, 3), got 0", () -> a.getDouble());
        eq("a[9223372036854775807, 0]", INDEX, "index 9223372036854775807 is out of bounds for axis 0 with size 2", () -> a.getDouble(Long.MAX_VALUE, 0));
        eq("a[-9223372036854775808, 0]", INDEX, "index -9223372036854775808 is out of bounds for axis 0 with size 2", () -> a.getDouble(Long.MIN_VALUE, 0));
        eq("i[2, 0]", INDEX, "index 2 is out of bounds for axis 0 with size 2", () -> i.getLong(2, 0));
        eq("i[0, -4]", INDEX, "index -4 is out of bounds for axis 1 with size 3", () -> i.getLong(0, -4));
        eq("b[3]", INDEX, "index 3 is out of bounds for axis 0 with size 3", () -> bo.getBoolean(3));
        eq("e[0]", INDEX, "index 0 is out of bounds for axis 0 with size 0", () -> e.getDouble(0));
        // NumPy: IndexError: too many indices for array: array is 0-dimensional, but 1 were indexed
        eq("s[0]", INDEX, "expected 0 indices for array of shape (), got 1", () -> s.getDouble(0));
        eq("a.copy().__setitem__((2, 0), 1.0)", INDEX, "index 2 is out of bounds for axis 0 with size 2", () -> a.copy().setDouble(1.0, 2, 0));
        eq("a.copy().__setitem__((0, -4), 1.0)", INDEX, "index -4 is out of bounds for axis 1 with size 3", () -> a.copy().setDouble(1.0, 0, -4));
        eq("i.copy().__setitem__((0, 3), 1)", INDEX, "index 3 is out of bounds for axis 1 with size 3", () -> i.copy().setLong(1, 0, 3));
        // NumPy: IndexError: too many indices for array: array is 2-dimensional, but 3 were indexed
        eq("i.copy().__setitem__((0, 0, 0), 1)", INDEX, "expected 2 indices for array of shape (2, 3), got 3", () -> i.copy().setLong(1, 0, 0, 0));
        eq("a[2]", INDEX, "index 2 is out of bounds for axis 0 with size 2", () -> a.get(2));
        eq("a[-3]", INDEX, "index -3 is out of bounds for axis 0 with size 2", () -> a.get(-3));
        eq("a[0, 5]", INDEX, "index 5 is out of bounds for axis 1 with size 3", () -> a.get(0, 5));
        eq("a[0, 0, 0]  # a.get(0, 0, 0)", INDEX, "too many indices for array: array is 2-dimensional, but 3 were indexed", () -> a.get(0, 0, 0));
        eq("a[9223372036854775807]", INDEX, "index 9223372036854775807 is out of bounds for axis 0 with size 2", () -> a.get(Long.MAX_VALUE));
        eq("s[0]  # s.get(0)", INDEX, "too many indices for array: array is 0-dimensional, but 1 were indexed", () -> s.get(0));
        eq("e[0]  # e.get(0)", INDEX, "index 0 is out of bounds for axis 0 with size 0", () -> e.get(0));
        eq("e2[0]", INDEX, "index 0 is out of bounds for axis 0 with size 0", () -> e2.get(0));
        eq("a[2]  # a.get(\"2\")", INDEX, "index 2 is out of bounds for axis 0 with size 2", () -> a.get("2"));
        eq("a[0, 3]  # a.get(\"0, 3\")", INDEX, "index 3 is out of bounds for axis 1 with size 3", () -> a.get("0, 3"));
        eq("a[..., 3]", INDEX, "index 3 is out of bounds for axis 1 with size 3", () -> a.get("..., 3"));
        eq("a[:, -4]", INDEX, "index -4 is out of bounds for axis 1 with size 3", () -> a.get(":, -4"));
        eq("a[0, 0, 0]  # a.get(\"0, 0, 0\")", INDEX, "too many indices for array: array is 2-dimensional, but 3 were indexed", () -> a.get("0, 0, 0"));
        eq("a[2]  # a.get(at(2))", INDEX, "index 2 is out of bounds for axis 0 with size 2", () -> a.get(at(2)));
        eq("a[:, 3]", INDEX, "index 3 is out of bounds for axis 1 with size 3", () -> a.get(all(), at(3)));
        eq("a[0, 0, :]", INDEX, "too many indices for array: array is 2-dimensional, but 3 were indexed", () -> a.get(at(0), at(0), all()));
        eq("a.copy().__setitem__(2, 1.0)", INDEX, "index 2 is out of bounds for axis 0 with size 2", () -> a.copy().set("2", 1.0));
        eq("a.copy().__setitem__((0, 3), 1)", INDEX, "index 3 is out of bounds for axis 1 with size 3", () -> a.copy().set("0, 3", 1L));
        eq("np.take(v, [3])", INDEX, "index 3 is out of bounds for axis 0 with size 3", () -> v.take(array(3L)));
        eq("np.take(v, [-4])", INDEX, "index -4 is out of bounds for axis 0 with size 3", () -> take(v, array(-4L)));
        eq("np.take(a, [2], axis=0)", INDEX, "index 2 is out of bounds for axis 0 with size 2", () -> a.take(array(2L), 0));
        eq("np.take(a, [0, 3], axis=1)", INDEX, "index 3 is out of bounds for axis 1 with size 3", () -> a.take(array(0L, 3L), 1));
        // NumPy: TypeError: Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'same_kind'
        eq("np.take(v, np.array([1.0]))", TYPE,
                "Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'same_kind'",
                () -> v.take(array(1.0)));
        eq("np.take(e, [0])", INDEX, "cannot do a non-empty take from an empty axes.", () -> e.take(array(0L)));
        eq("v[np.array([3])]", INDEX, "index 3 is out of bounds for axis 0 with size 3", () -> v.get(array(3L)));
        eq("v[np.array([0, -4])]", INDEX, "index -4 is out of bounds for axis 0 with size 3", () -> v.get(array(0L, -4L)));
        // NumPy: IndexError: arrays used as indices must be of integer (or boolean) type
        eq("v[np.array([1.0])]", INDEX,
                "arrays used as indices must be of integer (or boolean) type, but the array dtype was float64",
                () -> v.get(array(1.0)));
        eq("v[np.array([True, False])]", INDEX,
                "boolean index did not match indexed array along axis 0; size of axis is 3 but size of corresponding boolean axis is 2",
                () -> v.get(array(true, false)));
        eq("a[np.array([True, False, True])]", INDEX,
                "boolean index did not match indexed array along axis 0; size of axis is 2 but size of corresponding boolean axis is 3",
                () -> a.get(array(true, false, true)));
        eq("a[np.array([2])]", INDEX, "index 2 is out of bounds for axis 0 with size 2", () -> a.get(idx(array(2L))));
        eq("a[:, np.array([3])]", INDEX, "index 3 is out of bounds for axis 1 with size 3", () -> a.get(all(), idx(array(3L))));
        eq("a[np.array([0, 1]), np.array([0, 1, 2])]", INDEX,
                "shape mismatch: indexing arrays could not be broadcast together with shapes (2,) (3,) ",
                () -> a.get(idx(array(0L, 1L)), idx(array(0L, 1L, 2L))));
        eq("v.copy().__setitem__(np.array([3]), 1.0)", INDEX, "index 3 is out of bounds for axis 0 with size 3", () -> v.copy().set(array(3L), 1.0));
        eq("v.copy().__setitem__(np.array([-4]), 1)", INDEX, "index -4 is out of bounds for axis 0 with size 3", () -> v.copy().set(array(-4L), 1L));
        eq("v.copy().__setitem__(np.array([True, False]), 1.0)", INDEX,
                "boolean index did not match indexed array along axis 0; size of axis is 3 but size of corresponding boolean axis is 2",
                () -> v.copy().set(array(true, false), 1.0));
        eq("v.copy().__setitem__(np.array([0, 1]), np.zeros(3))", VALUE,
                "shape mismatch: value array of shape (3,) could not be broadcast to indexing result of shape (2,)",
                () -> v.copy().set(array(0L, 1L), zeros(3)));
        // NumPy: IndexError: arrays used as indices must be of integer (or boolean) type
        eq("v.copy().__setitem__(np.array([0.5]), 1.0)", INDEX,
                "arrays used as indices must be of integer (or boolean) type, but the array dtype was float64",
                () -> v.copy().set(array(0.5), 1.0));

        // ---- malformed index strings ----
        eq("java: a.get(\"1:2:3:4\")", VALUE, "invalid slice '1:2:3:4' in index \"1:2:3:4\"", () -> a.get("1:2:3:4"));
        eq("java: a.get(\"a\")  (NumPy a['a'])", VALUE,
                "invalid index item 'a' in \"a\": expected an integer, a slice start:stop:step, '...' or None",
                () -> a.get("a"));
        eq("java: a.get(\"[1,2\")", VALUE,
                "invalid index item '[1' in \"[1,2\": expected an integer, a slice start:stop:step, '...' or None",
                () -> a.get("[1,2"));
        eq("a[..., ...]", INDEX, "an index can only have a single ellipsis ('...')", () -> a.get("..., ..."));
        eq("a[0, ..., ...]", INDEX, "an index can only have a single ellipsis ('...')", () -> a.get("0, ..., ..."));
        eq("java: a.get(\"1.5\")  (NumPy a[1.5])", VALUE,
                "invalid index item '1.5' in \"1.5\": expected an integer, a slice start:stop:step, '...' or None",
                () -> a.get("1.5"));
        eq("java: a.get(\"0,,1\")", VALUE,
                "invalid index item '' in \"0,,1\": expected an integer, a slice start:stop:step, '...' or None",
                () -> a.get("0,,1"));
        eq("java: a.get(\"x:2\")", VALUE,
                "invalid index item 'x:2' in \"x:2\": expected an integer, a slice start:stop:step, '...' or None",
                () -> a.get("x:2"));
        eq("a[::0]  # the string \"::0\"", VALUE, "slice step cannot be zero", () -> a.get("::0"));
        eq("a[::0]", VALUE, "slice step cannot be zero", () -> a.get(new Index.Slice(null, null, 0L)));
        eq("java: a.get(\"0 1\")", VALUE,
                "invalid index item '0 1' in \"0 1\": expected an integer, a slice start:stop:step, '...' or None",
                () -> a.get("0 1"));
        eq("java: a.get(\"--1\")", VALUE,
                "invalid index item '--1' in \"--1\": expected an integer, a slice start:stop:step, '...' or None",
                () -> a.get("--1"));
        eq("java: a.get(\"99999999999999999999\")  (NumPy a[10**20])", VALUE,
                "invalid index item '99999999999999999999' in \"99999999999999999999\": expected an integer, a slice start:stop:step, '...' or None",
                () -> a.get("99999999999999999999"));
        eq("java: a.get(\"0,\")", VALUE, "invalid index item '' in \"0,\": expected an integer, a slice start:stop:step, '...' or None", () -> a.get("0,"));
        eq("java: a.get(\"[0]\")", VALUE,
                "invalid index item '[0]' in \"[0]\": expected an integer, a slice start:stop:step, '...' or None",
                () -> a.get("[0]"));
        eq("java: a.get(\"True\")", VALUE,
                "invalid index item 'True' in \"True\": expected an integer, a slice start:stop:step, '...' or None",
                () -> a.get("True"));
        eq("java: a.set(\"1:2:3:4\", 1.0)", VALUE, "invalid slice '1:2:3:4' in index \"1:2:3:4\"", () -> a.copy().set("1:2:3:4", 1.0));
        eq("java: a.set(\"a\", 1.0)", VALUE,
                "invalid index item 'a' in \"a\": expected an integer, a slice start:stop:step, '...' or None",
                () -> a.copy().set("a", 1.0));
        eq("a.copy().__setitem__((Ellipsis, Ellipsis), 1.0)", INDEX, "an index can only have a single ellipsis ('...')", () -> a.copy().set("..., ...", 1.0));
        eq("a.copy().__setitem__(np.s_[::0], 1.0)", VALUE, "slice step cannot be zero", () -> a.copy().set("::0", 1.0));

        // ---- negative, overflowing and non-finite sizes ----
        eq("np.zeros(-1)", VALUE, "negative dimensions are not allowed", () -> zeros(-1));
        eq("np.zeros((2, -1))", VALUE, "negative dimensions are not allowed", () -> zeros(2, -1));
        eq("np.zeros(-1, np.float32)", VALUE, "negative dimensions are not allowed", () -> zeros(DType.FLOAT32, -1));
        eq("np.zeros((2, -1), np.int64)", VALUE, "negative dimensions are not allowed", () -> zeros(DType.INT64, 2L, -1L));
        eq("np.ones(-1)", VALUE, "negative dimensions are not allowed", () -> ones(-1));
        eq("np.ones((3, -2), np.int32)", VALUE, "negative dimensions are not allowed", () -> ones(DType.INT32, 3, -2));
        eq("np.empty(-1)", VALUE, "negative dimensions are not allowed", () -> empty(-1));
        eq("np.empty((-5, 2), np.float32)", VALUE, "negative dimensions are not allowed", () -> empty(DType.FLOAT32, -5, 2));
        eq("np.full(-1, 1.0)", VALUE, "negative dimensions are not allowed", () -> full(new int[] {-1}, 1.0));
        eq("np.full(-1, 1)", VALUE, "negative dimensions are not allowed", () -> full(new int[] {-1}, 1L));
        eq("np.full(-1, True)", VALUE, "negative dimensions are not allowed", () -> full(new int[] {-1}, true));
        eq("np.full((2, -1), 1.0, np.float32)", VALUE, "negative dimensions are not allowed", () -> full(DType.FLOAT32, new long[] {2, -1}, 1.0));
        eq("np.zeros((2**40, 2**40))", VALUE,
                "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.",
                () -> zeros(1L << 40, 1L << 40));
        eq("np.ones((2**62, 4))", VALUE,
                "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.",
                () -> ones(1L << 62, 4L));
        eq("np.zeros((-2**63,))", VALUE, "negative dimensions are not allowed", () -> zeros(Long.MIN_VALUE));
        eq("np.eye(-1)", VALUE, "negative dimensions are not allowed", () -> eye(-1));
        eq("np.eye(2, -1, 0)", VALUE, "negative dimensions are not allowed", () -> eye(2, -1, 0));
        eq("np.eye(-1, dtype=np.int64)", VALUE, "negative dimensions are not allowed", () -> eye(DType.INT64, -1));
        eq("np.identity(-3)", VALUE, "negative dimensions are not allowed", () -> identity(-3));
        eq("np.arange(0, 10, 0)", ARITHMETIC, "division by zero", () -> arange(0, 10, 0));
        eq("np.arange(0.0, 1.0, 0.0)", ARITHMETIC, "float division by zero", () -> arange(0.0, 1.0, 0.0));
        eq("np.arange(np.nan, 1.0, 1.0)", VALUE, "arange: cannot compute length", () -> arange(Double.NaN, 1.0, 1.0));
        eq("np.arange(0.0, 1.0, np.nan)", VALUE, "arange: cannot compute length", () -> arange(0.0, 1.0, Double.NaN));
        eq("np.arange(np.inf)", VALUE, "Maximum allowed size exceeded", () -> arange(Double.POSITIVE_INFINITY));
        eq("np.arange(-np.inf, 0.0, 1.0)", VALUE, "Maximum allowed size exceeded", () -> arange(Double.NEGATIVE_INFINITY, 0.0, 1.0));
        eq("np.linspace(0, 1, -1)", VALUE, "Number of samples, -1, must be non-negative.", () -> linspace(0, 1, -1));
        eq("np.linspace(0, 1, -5, endpoint=False)", VALUE, "Number of samples, -5, must be non-negative.", () -> linspace(0, 1, -5, false));
        eq("np.linspace(0, 1, 2**62)", VALUE,
                "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.",
                () -> linspace(0, 1, 1L << 62));
        eq("np.zeros(6).reshape(4)", VALUE, "cannot reshape array of size 6 into shape (4,)", () -> zeros(6).reshape(4));
        eq("a.reshape(4)", VALUE, "cannot reshape array of size 6 into shape (4,)", () -> a.reshape(4));
        eq("a.reshape(-1, -1)", VALUE, "can only specify one unknown dimension", () -> a.reshape(-1, -1));
        eq("a.reshape(-1, 2, -1)", VALUE, "can only specify one unknown dimension", () -> a.reshape(-1, 2, -1));
        eq("a.reshape(4, -1)", VALUE, "cannot reshape array of size 6 into shape (4,newaxis)", () -> a.reshape(4, -1));
        // NumPy: ValueError: can only specify one unknown dimension
        eq("a.reshape(-3, -2)", VALUE, "negative dimensions not allowed", () -> a.reshape(-3, -2));
        eq("a.reshape(())", VALUE, "cannot reshape array of size 6 into shape ()", () -> a.reshape());
        eq("a.reshape(0, -1)", VALUE, "cannot reshape array of size 6 into shape (0,newaxis)", () -> a.reshape(0, -1));
        eq("e.reshape(0, -1)", VALUE, "cannot reshape array of size 0 into shape (0,newaxis)", () -> e.reshape(0, -1));
        eq("a.reshape(2**62, 2**62)", VALUE,
                "cannot reshape array of size 6 into shape (4611686018427387904,4611686018427387904)",
                () -> a.reshape(1L << 62, 1L << 62));
        eq("a.reshape(2**63-1, -1)", VALUE, "cannot reshape array of size 6 into shape (9223372036854775807,newaxis)", () -> a.reshape(Long.MAX_VALUE, -1));
        eq("a.reshape(3, 3)", VALUE, "cannot reshape array of size 6 into shape (3,3)", () -> a.reshape(3, 3));
        eq("rng.random(-1)", VALUE, "negative dimensions are not allowed", () -> rng().rand(-1));
        eq("rng.random((2, -1))", VALUE, "negative dimensions are not allowed", () -> rng().rand(2, -1));
        eq("rng.standard_normal(-1)", VALUE, "negative dimensions are not allowed", () -> rng().randn(-1));
        eq("rng.integers(5, 5, 3)", VALUE, "low >= high", () -> rng().randint(5, 5, 3));
        eq("rng.integers(5, 1, 3)", VALUE, "low >= high", () -> rng().randint(5, 1, 3));
        eq("rng.integers(0, 5, -1)", VALUE, "negative dimensions are not allowed", () -> rng().randint(0, 5, -1));
        eq("rng.integers(0, 2**40, 3, dtype=np.int32)", VALUE, "high is out of bounds for int32", () -> rng().randint(DType.INT32, 0, 1L << 40, 3));
        eq("rng.integers(-2**40, 5, 3, dtype=np.int32)", VALUE, "low is out of bounds for int32", () -> rng().randint(DType.INT32, -(1L << 40), 5, 3));
        eq("np.random.randint(0, 5, 3, dtype=np.float64)", TYPE, "Unsupported dtype dtype('float64') for randint", () -> rng().randint(DType.FLOAT64, 0, 5, 3));
        eq("rng.integers(0, 5, 3, dtype=np.bool_)", VALUE, "high is out of bounds for bool", () -> rng().randint(DType.BOOL, 0, 5, 3));
        eq("rng.random(3, dtype=np.int64)", TYPE, "Unsupported dtype dtype('int64') for random", () -> rng().rand(DType.INT64, 3));
        eq("rng.standard_normal(3, dtype=np.int32)", TYPE, "Unsupported dtype dtype('int32') for standard_normal", () -> rng().randn(DType.INT32, 3));
        eq("rng.uniform(0, 1, -2)", VALUE, "negative dimensions are not allowed", () -> rng().uniform(0, 1, -2));
        eq("rng.normal(0, -1, 3)", VALUE, "scale < 0", () -> rng().normal(0, -1, 3));
        eq("rng.normal(0, 1, -3)", VALUE, "negative dimensions are not allowed", () -> rng().normal(0, 1, -3));
        eq("rng.exponential(-1.0, 3)", VALUE, "scale < 0", () -> rng().exponential(-1.0, 3));
        eq("rng.exponential(1.0, -3)", VALUE, "negative dimensions are not allowed", () -> rng().exponential(1.0, -3));
        eq("np.random.uniform(0, np.inf, 3)", ARITHMETIC, "Range exceeds valid bounds", () -> rng().uniform(0, Double.POSITIVE_INFINITY, 3));
        eq("rng.choice(5, 6, replace=False)", VALUE, "Cannot take a larger sample than population when replace is False", () -> rng().choice(5, 6, false));
        eq("rng.choice(0, 3)", VALUE, "a must be a positive integer unless no samples are taken", () -> rng().choice(0, 3));
        eq("rng.choice(-1, 3)", VALUE, "a must be a positive integer unless no samples are taken", () -> rng().choice(-1, 3));
        eq("rng.choice(5, -1)", VALUE, "negative dimensions are not allowed", () -> rng().choice(5, -1));
        eq("rng.choice(np.zeros(0), 2)", VALUE, "a cannot be empty unless no samples are taken", () -> rng().choice(e, 2));
        eq("rng.choice(v, 4, replace=False)", VALUE, "Cannot take a larger sample than population when replace is False", () -> rng().choice(v, 4, false));
        eq("np.random.permutation(s)", INDEX, "x must be an integer or at least 1-dimensional", () -> rng().permutation(s));
        eq("rng.shuffle(s)", TYPE, "len() of unsized object", () -> rng().shuffle(s.copy()));
        eq("java: Init.xavier(rng, -1, 3)", VALUE, "fanIn and fanOut must be positive, got -1 and 3", () -> Init.xavier(rng(), -1, 3));
        eq("java: Init.he(rng, 3, -1)", VALUE, "fanIn and fanOut must be positive, got 3 and -1", () -> Init.he(rng(), 3, -1));
        eq("java: Init.normal(rng, -1.0, 3)", VALUE, "std must be non-negative, got -1.0", () -> Init.normal(rng(), -1.0, 3));
        eq("java: Init.uniform(rng, 0, 1, -1)", VALUE, "negative dimensions are not allowed", () -> Init.uniform(rng(), 0, 1, -1));

        // ---- empty and 0-d arrays ----
        eq("np.max(e)", VALUE, "zero-size array to reduction operation maximum which has no identity", () -> e.max());
        eq("np.min(e)", VALUE, "zero-size array to reduction operation minimum which has no identity", () -> e.min());
        eq("np.argmax(e)", VALUE, "attempt to get argmax of an empty sequence", () -> e.argmax());
        eq("np.argmin(e)", VALUE, "attempt to get argmin of an empty sequence", () -> e.argmin());
        eq("np.max(np.zeros(0, np.int64))", VALUE, "zero-size array to reduction operation maximum which has no identity", () -> zeros(DType.INT64, 0).max());
        eq("np.min(np.zeros(0, np.float32))", VALUE,
                "zero-size array to reduction operation minimum which has no identity",
                () -> min(zeros(DType.FLOAT32, 0)));
        eq("np.max(np.zeros(0, bool))", VALUE, "zero-size array to reduction operation maximum which has no identity", () -> zeros(DType.BOOL, 0).max());
        eq("np.argmax(np.zeros(0, np.int32))", VALUE, "attempt to get argmax of an empty sequence", () -> argmax(zeros(DType.INT32, 0)));
        eq("np.max(e2, axis=0)", VALUE, "zero-size array to reduction operation maximum which has no identity", () -> e2.max(0));
        eq("np.min(e2, axis=0)", VALUE, "zero-size array to reduction operation minimum which has no identity", () -> e2.min(0));
        eq("np.argmax(e2, axis=0)", VALUE, "attempt to get argmax of an empty sequence", () -> e2.argmax(0));
        eq("np.argmin(e2, axis=0)", VALUE, "attempt to get argmin of an empty sequence", () -> e2.argmin(0, true));
        eq("np.max(e2)", VALUE, "zero-size array to reduction operation maximum which has no identity", () -> e2.max());
        eq("np.argmax(e2)", VALUE, "attempt to get argmax of an empty sequence", () -> e2.argmax());
        eq("a.item()", VALUE, "can only convert an array of size 1 to a Python scalar", () -> a.item());
        eq("e.item()", VALUE, "can only convert an array of size 1 to a Python scalar", () -> e.item());
        eq("i.item()", VALUE, "can only convert an array of size 1 to a Python scalar", () -> i.itemLong());
        eq("np.zeros(0, np.int64).item()", VALUE, "can only convert an array of size 1 to a Python scalar", () -> zeros(DType.INT64, 0).itemLong());
        eq("v.item()", VALUE, "can only convert an array of size 1 to a Python scalar", () -> v.item());
        eq("np.split(v, 2)", VALUE, "array split does not result in an equal division", () -> split(v, 2));
        eq("np.split(v, 0)", ARITHMETIC, "integer modulo by zero", () -> split(v, 0));
        eq("np.array_split(v, 0)", VALUE, "number sections must be larger than 0.", () -> arraySplit(v, 0));
        eq("np.array_split(v, -1)", VALUE, "number sections must be larger than 0.", () -> arraySplit(v, -1));
        // NumPy: IndexError: tuple index out of range
        eq("np.split(s, 1)", INDEX, "tuple index out of range (axis 0 of an array of dimension 0)", () -> split(s, 1));
        eq("java: topk(v, 4)", VALUE, "k=4 is out of range for axis -1 of size 3 (topk needs 0 <= k <= 3)", () -> v.topk(4));
        eq("java: topk(v, -1)", VALUE, "k=-1 is out of range for axis -1 of size 3 (topk needs 0 <= k <= 3)", () -> v.topk(-1));
        eq("java: topk(s, 1)", AXIS, "axis -1 is out of bounds for array of dimension 0", () -> s.topk(1));
        eq("java: topk(e, 1)", VALUE, "k=1 is out of range for axis -1 of size 0 (topk needs 0 <= k <= 0)", () -> e.topk(1));
        eq("s.T.transpose(0)", VALUE, "axes don't match array", () -> s.transpose(0));

        // ---- NaN and infinities where an integer is needed ----
        eq("np.array([np.nan], dtype=np.int64)", VALUE, "cannot convert float NaN to integer", () -> array(DType.INT64, new double[] {Double.NaN}));
        eq("np.array([np.inf], dtype=np.int32)", VALUE,
                "cannot convert float infinity to integer",
                () -> array(DType.INT32, new double[] {Double.POSITIVE_INFINITY}));
        eq("np.array([-np.inf], dtype=np.int64)", VALUE,
                "cannot convert float infinity to integer",
                () -> array(DType.INT64, new double[] {Double.NEGATIVE_INFINITY}));
        eq("np.array([[1.0, np.nan]], dtype=np.int32)", VALUE,
                "cannot convert float NaN to integer",
                () -> array(DType.INT32, new double[][] {{1.0, Double.NaN}}));
        eq("np.array([1e300], dtype=np.int64)", VALUE, "Python int too large to convert to C long", () -> array(DType.INT64, new double[] {1e300}));
        eq("np.array([2**40], dtype=np.int32)", VALUE, "Python integer 1099511627776 out of bounds for int32", () -> array(DType.INT32, new long[] {1L << 40}));
        eq("int(np.array(np.nan))", VALUE, "cannot convert float NaN to integer", () -> array(Double.NaN).getLong());
        eq("int(np.array(np.inf))", VALUE, "cannot convert float infinity to integer", () -> array(Double.POSITIVE_INFINITY).getLong());
        eq("int(np.array([1.0, -np.inf])[1])", VALUE, "cannot convert float infinity to integer", () -> array(1.0, Double.NEGATIVE_INFINITY).getLong(1));
        eq("int(np.array(np.nan).item())", VALUE, "cannot convert float NaN to integer", () -> full(DType.FLOAT64, new long[0], Double.NaN).itemLong());
        eq("int(np.array(np.inf).item())", VALUE,
                "cannot convert float infinity to integer",
                () -> full(DType.FLOAT64, new long[0], Double.POSITIVE_INFINITY).itemLong());
        eq("np.full(2, 2**40, dtype=np.int32)", VALUE,
                "Python integer 1099511627776 out of bounds for int32",
                () -> full(DType.INT32, new long[] {2}, 1L << 40));

        // ---- arrays used after their Scope closed, and their views ----
        eq("java: closed.getDouble(0, 0)", STATE, "NDArray used after its NumJ scope was closed: its memory is released", () -> dead().getDouble(0, 0));
        eq("java: closed.getLong(0, 0)", STATE, "NDArray used after its NumJ scope was closed: its memory is released", () -> dead().getLong(0, 0));
        eq("java: closed.setDouble(1, 0, 0)", STATE, "NDArray used after its NumJ scope was closed: its memory is released", () -> dead().setDouble(1, 0, 0));
        eq("java: closed.item()", STATE, "NDArray used after its NumJ scope was closed: its memory is released", () -> dead().get("0, 0").item());
        eq("java: closed.toDoubleArray()", STATE, "NDArray used after its NumJ scope was closed: its memory is released", () -> dead().toDoubleArray());
        eq("java: closed.add(closed)", STATE, "NDArray used after its NumJ scope was closed: its memory is released", () -> { NDArray d = dead(); d.add(d); });
        eq("java: closed.add(live)", STATE, "NDArray used after its NumJ scope was closed: its memory is released", () -> dead().add(a));
        eq("java: live.add(closed)", STATE, "NDArray used after its NumJ scope was closed: its memory is released", () -> a.add(dead()));
        eq("java: closed.sum()", STATE, "NDArray used after its NumJ scope was closed: its memory is released", () -> dead().sum());
        eq("java: closed.max(0)", STATE, "NDArray used after its NumJ scope was closed: its memory is released", () -> dead().max(0));
        eq("java: closed.copy()", STATE, "NDArray used after its NumJ scope was closed: its memory is released", () -> dead().copy());
        eq("java: closed.astype(INT64)", STATE, "NDArray used after its NumJ scope was closed: its memory is released", () -> dead().astype(DType.INT64));
        eq("java: closed.matmul(closed.T)", STATE,
                "NDArray used after its NumJ scope was closed: its memory is released",
                () -> { NDArray d = dead(); d.matmul(d.T()); });
        eq("java: closed.sort()", STATE, "NDArray used after its NumJ scope was closed: its memory is released", () -> dead().sort());
        eq("java: closed.toString()", STATE, "NDArray used after its NumJ scope was closed: its memory is released", () -> dead().toString());
        eq("java: concatenate(closed, live)", STATE, "NDArray used after its NumJ scope was closed: its memory is released", () -> concatenate(dead(), a));
        eq("java: Linalg.inv(closed square)", STATE, "NDArray used after its NumJ scope was closed: its memory is released", () -> Linalg.inv(deadSquare()));
        eq("java: closedView.getDouble(0)", STATE, "NDArray used after its NumJ scope was closed: its memory is released", () -> deadView().getDouble(0));
        eq("java: closedView.toDoubleArray()", STATE, "NDArray used after its NumJ scope was closed: its memory is released", () -> deadView().toDoubleArray());
        eq("java: closedView.sum()", STATE, "NDArray used after its NumJ scope was closed: its memory is released", () -> deadView().sum());
        eq("java: closedView.T.copy()", STATE, "NDArray used after its NumJ scope was closed: its memory is released", () -> deadView().T().copy());
        eq("java: closedView.get(0) then read", STATE, "NDArray used after its NumJ scope was closed: its memory is released", () -> deadView().get(0).item());
        eq("java: live.set(':', closed)", STATE, "NDArray used after its NumJ scope was closed: its memory is released", () -> a.copy().set(":", dead()));

        // ---- nulls ----
        eq("java: array((Object) null)", VALUE, "cannot create an NDArray from null", () -> array((Object) null));
        eq("java: array(INT64, null)", VALUE, "cannot create an NDArray from null", () -> array(DType.INT64, null));
        eq("java: array(new Object[] {null})", VALUE,
                "cannot create an NDArray from java.lang.Object[]: expected a (nested) Java array of double, float, long, int or boolean",
                () -> array(new Object[] {null}));
        eq("java: array(new double[][] {{1}, null})", VALUE, "cannot create an NDArray: a null sub-array at depth 1", () -> array(new double[][] {{1}, null}));
        has("java: zeros((long[]) null)", NULL, () -> zeros((long[]) null), "\"shape\" is null");
        has("java: zeros((int[]) null)", NULL, () -> zeros((int[]) null), "\"shape\" is null");
        has("java: zeros(null dtype, 3)", NULL, () -> zeros((DType) null, 3), "\"dtype\" is null");
        has("java: empty((long[]) null)", NULL, () -> empty((long[]) null), "\"shape\" is null");
        has("java: full(null dtype, shape, 1.0)", NULL, () -> full((DType) null, new long[] {2}, 1.0), "\"dtype\" is null");
        has("java: full(FLOAT64, null shape, 1.0)", NULL, () -> full(DType.FLOAT64, (long[]) null, 1.0), "\"shape\" is null");
        has("java: eye(null dtype, 2)", NULL, () -> eye((DType) null, 2), "\"dtype\" is null");
        has("java: zerosLike(null)", NULL, () -> zerosLike(null), "\"a\" is null");
        has("java: a.add(null)", NULL, () -> a.add((NDArray) null), "\"b\" is null");
        has("java: add(null, a)", NULL, () -> add((NDArray) null, a), "\"a\" is null");
        has("java: a.matmul(null)", NULL, () -> a.matmul(null), "\"b\" is null");
        has("java: dot(null, a)", NULL, () -> dot(null, a), "\"a\" is null");
        has("java: a.gt(null)", NULL, () -> a.gt((NDArray) null), "\"b\" is null");
        has("java: a.copy().addi(null)", NULL, () -> a.copy().addi((NDArray) null), "\"o\" is null");
        eq("java: concatenate(a, null)", NULL, "the array at index 1 is null", () -> concatenate(a, null));
        has("java: concatenate((List) null, 0)", NULL, () -> concatenate((java.util.List<NDArray>) null, 0), "\"arrays\" is null");
        eq("java: stack(a, null)", NULL, "the array at index 1 is null", () -> stack(a, null));
        eq("java: where(null, a, a)", NULL, "where: condition is null", () -> where(null, a, a));
        eq("java: where(b, null, v)", NULL, "where: x is null", () -> where(bo, null, v));
        eq("java: a.get((String) null)", NULL, "index string is null", () -> a.get((String) null));
        eq("java: a.get((NDArray) null)", NULL, "index array", () -> a.get((NDArray) null));
        eq("java: a.get((Index[]) null)", NULL, "index is null", () -> a.get((Index[]) null));
        eq("java: a.get(new Index[] {null})", NULL, "index item 0 is null", () -> a.get(new Index[] {null}));
        has("java: a.get((long[]) null)", NULL, () -> a.get((long[]) null), "\"index\" is null");
        has("java: a.getDouble((long[]) null)", NULL, () -> a.getDouble((long[]) null), "\"index\" is null");
        eq("java: a.set((String) null, 1.0)", NULL, "index string is null", () -> a.copy().set((String) null, 1.0));
        eq("java: a.set(':', (NDArray) null)", NULL, "the value to assign is null", () -> a.copy().set(":", (NDArray) null));
        eq("java: a.set((NDArray) null, 1.0)", NULL, "index array", () -> a.copy().set((NDArray) null, 1.0));
        has("java: a.take(null)", NULL, () -> a.take(null), "\"indices\" is null");
        has("java: a.reshape((long[]) null)", NULL, () -> a.reshape((long[]) null), "\"req\" is null");
        has("java: a.broadcastTo((long[]) null)", NULL, () -> a.broadcastTo((long[]) null), "\"shape\" is null");
        has("java: a.astype(null)", NULL, () -> a.astype(null), "\"dtype\" is null");
        has("java: a.transpose((int[]) null)", NULL, () -> a.transpose((int[]) null), "\"axes\" is null");
        has("java: a.expandDims((int[]) null)", NULL, () -> a.expandDims((int[]) null), "\"axes\" is null");
        has("java: isclose(null, a)", NULL, () -> isclose(null, a), "\"a\" is null");
        eq("java: meshgrid(v, w, null)", VALUE, "Valid values for `indexing` are 'xy' and 'ij'.", () -> meshgrid(v, w, (String) null));
        has("java: Linalg.inv(null)", NULL, () -> Linalg.inv(null), "\"a\" is null");
        has("java: Linalg.solve(null, v)", NULL, () -> Linalg.solve(null, v), "\"a\" is null");
        has("java: Linalg.solve(m, null)", NULL, () -> Linalg.solve(m, null), "\"b\" is null");
        has("java: Linalg.det(null)", NULL, () -> Linalg.det(null), "\"a\" is null");
        eq("java: Linalg.qr(m, null)", NULL, "mode is null", () -> Linalg.qr(m, null));
        has("java: Linalg.eigh(m, null)", NULL, () -> Linalg.eigh(m, null), "\"uplo\" is null");
        has("java: IO.save(null, a)", NULL, () -> IO.save(null, a), "\"file\" is null");
        has("java: IO.save(path, null)", NULL, () -> IO.save(dir.resolve("n.npy"), null), "\"a\" is null");
        has("java: IO.load(null)", NULL, () -> IO.load(null), "\"file\" is null");
        has("java: IO.loadtxt(null)", NULL, () -> IO.loadtxt(null), "\"file\" is null");
        has("java: IO.savetxt(path, null)", NULL, () -> IO.savetxt(dir.resolve("n.txt"), null), "\"a\" is null");
        eq("java: IO.savez(path, (NDArray) null)", NULL, "arrays[0]", () -> IO.savez(dir.resolve("n.npz"), (NDArray) null));
        has("java: rng.shuffle(null)", NULL, () -> rng().shuffle(null), "\"a\" is null");
        has("java: rng.choice((NDArray) null, 2)", NULL, () -> rng().choice((NDArray) null, 2), "\"a\" is null");
        has("java: rng.rand(null dtype, 3)", NULL, () -> rng().rand((DType) null, 3), "\"dtype\" is null");
        has("java: Losses.mse(null, a)", NULL, () -> Losses.mse(null, a), "\"yTrue\" is null");
        has("java: Metrics.accuracy(v, null)", NULL, () -> Metrics.accuracy(v, null), "\"yPred\" is null");
        has("java: Data.oneHot(null, 3)", NULL, () -> Data.oneHot(null, 3), "\"labels\" is null");
        has("java: Activations.softmax(null, 0)", NULL, () -> Activations.softmax(null, 0), "\"z\" is null");
        has("java: StandardScaler.fit(null)", NULL, () -> StandardScaler.fit(null), "\"X\" is null");
        eq("java: Data.trainTestSplit(null, v, 0.5, 0)", NULL, "X", () -> Data.trainTestSplit(null, v, 0.5, 0));

        // ---- ragged and unsupported Java arrays for array(...) ----
        eq("np.array([[1.0, 2.0], [3.0]])", VALUE,
                "setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (2,) +"
                + " inhomogeneous part.",
                () -> array(new double[][] {{1, 2}, {3}}));
        eq("np.array([[1, 2], [3]], dtype=np.int64)", VALUE,
                "setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (2,) +"
                + " inhomogeneous part.",
                () -> array(new long[][] {{1, 2}, {3}}));
        eq("np.array([[1, 2], [3, 4, 5]], dtype=np.int32)", VALUE,
                "setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (2,) +"
                + " inhomogeneous part.",
                () -> array(new int[][] {{1, 2}, {3, 4, 5}}));
        eq("np.array([[True], [True, False]])", VALUE,
                "setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (2,) +"
                + " inhomogeneous part.",
                () -> array(new boolean[][] {{true}, {true, false}}));
        eq("np.array([[[1.0], [2.0]], [[3.0]]])", VALUE,
                "setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (2,) +"
                + " inhomogeneous part.",
                () -> array(new double[][][] {{{1}, {2}}, {{3}}}));
        eq("np.array([[1.0, 2.0], []])", VALUE,
                "setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (2,) +"
                + " inhomogeneous part.",
                () -> array(new double[][] {{1, 2}, {}}));
        eq("np.array([[1.0], [2.0, 3.0]], dtype=np.float32)", VALUE,
                "setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (2,) +"
                + " inhomogeneous part.",
                () -> array(DType.FLOAT32, new double[][] {{1}, {2, 3}}));
        eq("java: array(new Object[] {new double[] {1}, new double[][] {{1}}})", VALUE,
                "cannot create an NDArray from java.lang.Object[]: expected a (nested) Java array of double, float, long, int or boolean",
                () -> array(new Object[] {new double[] {1}, new double[][] {{1}}}));
        eq("java: array(\"text\")", VALUE,
                "cannot create an NDArray from java.lang.String: expected a (nested) Java array of double, float, long, int or boolean",
                () -> array("text"));
        eq("java: array(new String[] {\"1\"})", VALUE,
                "cannot create an NDArray from java.lang.String[]: expected a (nested) Java array of double, float, long, int or boolean",
                () -> array(new String[] {"1"}));
        eq("java: array(new char[] {'a'})", VALUE,
                "cannot create an NDArray from char[]: expected a (nested) Java array of double, float, long, int or boolean",
                () -> array(new char[] {'a'}));
        eq("java: array(new Object[] {1.0, \"x\"})", VALUE,
                "cannot create an NDArray from java.lang.Object[]: expected a (nested) Java array of double, float, long, int or boolean",
                () -> array(new Object[] {1.0, "x"}));

        // ---- dtypes an operation does not take ----
        eq("np.bitwise_and(a, a)", TYPE,
                "ufunc 'bitwise_and' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the"
                + " casting rule ''safe''",
                () -> a.bitwiseAnd(a));
        eq("np.bitwise_or(a, 1)", TYPE,
                "ufunc 'bitwise_or' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the"
                + " casting rule ''safe''",
                () -> a.bitwiseOr(1L));
        eq("np.bitwise_xor(v, v)", TYPE,
                "ufunc 'bitwise_xor' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the"
                + " casting rule ''safe''",
                () -> bitwiseXor(v, v));
        eq("np.invert(a)", TYPE,
                "ufunc 'invert' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the"
                + " casting rule ''safe''",
                () -> a.invert());
        eq("np.invert(np.zeros(2, np.float32))", TYPE,
                "ufunc 'invert' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the"
                + " casting rule ''safe''",
                () -> zeros(DType.FLOAT32, 2).invert());
        eq("np.bitwise_and(i, a)", TYPE,
                "ufunc 'bitwise_and' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the"
                + " casting rule ''safe''",
                () -> i.bitwiseAnd(a));
        eq("np.bitwise_or(i, np.array([1.5]))", TYPE,
                "ufunc 'bitwise_or' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the"
                + " casting rule ''safe''",
                () -> i.bitwiseOr(array(1.5)));
        eq("np.subtract(b, b)", TYPE,
                "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.",
                () -> bo.sub(bo));
        eq("np.negative(b)", TYPE,
                "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.",
                () -> bo.neg());
        eq("np.subtract(True, b)", TYPE,
                "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.",
                () -> sub(true, bo));
        eq("np.multiply(i, 2.5, out=i.copy())", TYPE,
                "Cannot cast ufunc 'multiply' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'",
                () -> i.copy().muli(array(2.5)));
        eq("np.add(b, 1, out=b.copy())", TYPE,
                "Cannot cast ufunc 'add' output from dtype('int64') to dtype('bool') with casting rule 'same_kind'",
                () -> bo.copy().addi(array(1L)));
        eq("np.floor_divide(i, 0.5, out=i.copy())", TYPE,
                "Cannot cast ufunc 'floor_divide' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'",
                () -> i.copy().floorDivi(array(0.5)));
        eq("np.mod(i, 1.5, out=i.copy())", TYPE,
                "Cannot cast ufunc 'remainder' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'",
                () -> i.copy().modi(array(1.5)));
        eq("np.zeros(3).__setitem__(np.array(0), np.zeros(3))", VALUE, "setting an array element with a sequence.", () -> zeros(3).set(array(0L), zeros(3)));

        // ---- linalg ----
        eq("np.linalg.inv(a)", LINALG, "Last 2 dimensions of the array must be square", () -> Linalg.inv(a));
        eq("np.linalg.inv(v)", LINALG, "1-dimensional array given. Array must be at least two-dimensional", () -> Linalg.inv(v));
        eq("np.linalg.inv(s)", LINALG, "0-dimensional array given. Array must be at least two-dimensional", () -> Linalg.inv(s));
        eq("np.linalg.inv(one)", LINALG, "Singular matrix", () -> Linalg.inv(one));
        eq("np.linalg.inv(np.zeros((2, 2), np.int64))", LINALG, "Singular matrix", () -> Linalg.inv(zeros(DType.INT64, 2, 2)));
        eq("np.linalg.inv(np.zeros((2, 3, 3)))", LINALG, "Singular matrix", () -> Linalg.inv(zeros(2, 3, 3)));
        eq("np.linalg.det(v)", LINALG, "1-dimensional array given. Array must be at least two-dimensional", () -> Linalg.det(v));
        eq("np.linalg.det(a)", LINALG, "Last 2 dimensions of the array must be square", () -> Linalg.det(a));
        eq("np.linalg.det(s)", LINALG, "0-dimensional array given. Array must be at least two-dimensional", () -> Linalg.det(s));
        eq("np.linalg.slogdet(v)", LINALG, "1-dimensional array given. Array must be at least two-dimensional", () -> Linalg.slogdet(v));
        eq("np.linalg.slogdet(a)", LINALG, "Last 2 dimensions of the array must be square", () -> Linalg.slogdet(a));
        eq("np.linalg.solve(one, v[:2])", LINALG, "Singular matrix", () -> Linalg.solve(one, array(1.0, 2.0)));
        eq("np.linalg.solve(m, v)", VALUE,
                "solve1: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m)->(m) (size 3 is different from 2)",
                () -> Linalg.solve(m, v));
        eq("np.linalg.solve(a, v)", LINALG, "Last 2 dimensions of the array must be square", () -> Linalg.solve(a, v));
        eq("np.linalg.solve(m, a.T)", VALUE,
                "solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m,n)->(m,n) (size 3 is different from 2)",
                () -> Linalg.solve(m, a.T()));
        eq("np.linalg.solve(v, v)", LINALG, "1-dimensional array given. Array must be at least two-dimensional", () -> Linalg.solve(v, v));
        eq("np.linalg.solve(np.zeros((3, 3)), v)", LINALG, "Singular matrix", () -> Linalg.solve(zeros(3, 3), v));
        eq("np.linalg.cholesky(a)", LINALG, "Last 2 dimensions of the array must be square", () -> Linalg.cholesky(a));
        eq("np.linalg.cholesky(-np.eye(2))", LINALG, "Matrix is not positive definite", () -> Linalg.cholesky(eye(2).neg()));
        eq("np.linalg.cholesky(v)", LINALG, "1-dimensional array given. Array must be at least two-dimensional", () -> Linalg.cholesky(v));
        eq("np.linalg.eigh(a)", LINALG, "Last 2 dimensions of the array must be square", () -> Linalg.eigh(a));
        eq("np.linalg.eigh(m, UPLO='X')", VALUE, "UPLO argument must be 'L' or 'U'", () -> Linalg.eigh(m, "X"));
        eq("np.linalg.eig(a)", LINALG, "Last 2 dimensions of the array must be square", () -> Linalg.eig(a));
        eq("np.linalg.eig(v)", LINALG, "1-dimensional array given. Array must be at least two-dimensional", () -> Linalg.eig(v));
        eq("np.linalg.svd(v)", LINALG, "1-dimensional array given. Array must be at least two-dimensional", () -> Linalg.svd(v));
        eq("np.linalg.svd(s)", LINALG, "0-dimensional array given. Array must be at least two-dimensional", () -> Linalg.svd(s));
        eq("np.linalg.svdvals(v)", LINALG, "1-dimensional array given. Array must be at least two-dimensional", () -> Linalg.svdvals(v));
        eq("np.linalg.pinv(v)", LINALG, "1-dimensional array given. Array must be at least two-dimensional", () -> Linalg.pinv(v));
        eq("np.linalg.qr(v)", LINALG, "1-dimensional array given. Array must be at least two-dimensional", () -> Linalg.qr(v));
        eq("np.linalg.qr(m, mode='bogus')", VALUE, "Unrecognized mode 'bogus'", () -> Linalg.qr(m, "bogus"));
        eq("np.linalg.lstsq(a, w)", LINALG, "Incompatible dimensions", () -> Linalg.lstsq(a, w));
        eq("np.linalg.lstsq(v, v)", LINALG, "1-dimensional array given. Array must be two-dimensional", () -> Linalg.lstsq(v, v));
        eq("np.linalg.norm(a, 'bogus')", VALUE, "Invalid norm order for matrices.", () -> Linalg.norm(a, "bogus"));
        eq("np.linalg.norm(v, 'fro')", VALUE, "Invalid norm order 'fro' for vectors", () -> Linalg.norm(v, "fro"));
        eq("np.linalg.norm(c, 2)", VALUE, "Improper number of dimensions to norm.", () -> Linalg.norm(c, 2.0));
        eq("np.linalg.norm(a, 3)", VALUE, "Invalid norm order for matrices.", () -> Linalg.norm(a, 3.0));
        eq("np.linalg.norm(a, 2, (0, 0))", VALUE, "Duplicate axes given.", () -> Linalg.norm(a, 2.0, new int[] {0, 0}, false));
        eq("np.linalg.norm(c, 2, (0, 1, 2))", VALUE, "Improper number of dimensions to norm.", () -> Linalg.norm(c, 2.0, new int[] {0, 1, 2}, false));

        // ---- IO ----
        has("java: IO.load(missing file)", IO_ERROR, () -> IO.load(dir.resolve("missing.npy")), "could not read", "missing.npy");
        has("java: IO.loadz(missing file)", IO_ERROR, () -> IO.loadz(dir.resolve("missing.npz")), "could not open", "missing.npz");
        has("java: IO.loadtxt(missing file)", IO_ERROR, () -> IO.loadtxt(dir.resolve("missing.txt")), "could not read", "missing.txt");
        has("java: IO.load(a text file)", VALUE,
                () -> IO.load(write("garbage.npy", "not an array\n")),
                "garbage.npy",
                "the magic string is not correct; expected b'\\x93NUMPY', got b'not an' (not a .npy file)");
        has("java: IO.load(an empty file)", VALUE, () -> IO.load(write("empty.npy", "")), "empty.npy", "EOF: reading magic string, expected 8 bytes got 0");
        has("java: IO.load(a truncated .npy)", VALUE,
                () -> IO.load(truncatedNpy()),
                "truncated.npy",
                "Failed to read all data for array. Expected (6,) = 6 elements, could only read 3 elements.");
        has("java: IO.loadz(a text file)", VALUE,
                () -> IO.loadz(write("garbage.npz", "not a zip\n")),
                "garbage.npz",
                "not a .npz file (it is not a zip archive");
        has("java: IO.save(into a missing folder)", IO_ERROR, () -> IO.save(dir.resolve("no/such/dir/x.npy"), a), "could not write", "no/such/dir/x.npy");
        has("np.loadtxt(io.StringIO('1 2\\n3\\n'))", VALUE,
                () -> IO.loadtxt(write("ragged.txt", "1 2\n3\n")),
                "the number of columns changed from 2 to 1 at row 2; use `usecols` to select a subset and avoid this error");
        has("np.loadtxt(io.StringIO('1 a\\n'))", VALUE,
                () -> IO.loadtxt(write("word.txt", "1 a\n")),
                "could not convert string 'a' to float64 at row 0, column 2.");
        has("np.loadtxt(io.StringIO('1,2\\n'))", VALUE,
                () -> IO.loadtxt(write("comma.txt", "1,2\n")),
                "could not convert string '1,2' to float64 at row 0, column 1.");
        eq("java: IO.savetxt(3-d array)", VALUE, "Expected 1D or 2D array, got 3D array instead", () -> IO.savetxt(dir.resolve("c.txt"), c));
        eq("np.savetxt(io.StringIO(), s)", VALUE, "Expected 1D or 2D array, got 0D array instead", () -> IO.savetxt(dir.resolve("s.txt"), s));

        // ---- nn ----
        eq("java: Losses.mse(v, w)", VALUE,
                "mse: y_true and y_pred must have the same shape, got (3,) and (4,) (NumPy would broadcast them)",
                () -> Losses.mse(v, w));
        eq("java: Losses.mae(a, w)", VALUE,
                "mae: y_true and y_pred must have the same shape, got (2, 3) and (4,) (NumPy would broadcast them)",
                () -> Losses.mae(a, w));
        eq("java: Losses.rmse(a, v.reshape(3, 1))", VALUE,
                "rmse: y_true and y_pred must have the same shape, got (2, 3) and (3, 1) (NumPy would broadcast them)",
                () -> Losses.rmse(a, v.reshape(3, 1)));
        eq("java: Losses.binaryCrossEntropy(v, w)", VALUE,
                "binaryCrossEntropy: y_true and y_pred must have the same shape, got (3,) and (4,) (NumPy would broadcast them)",
                () -> Losses.binaryCrossEntropy(v, w));
        eq("java: Losses.crossEntropy(a, m)", VALUE,
                "crossEntropy expects integer labels of shape (2,) or targets of shape (2, 2), got float64 (2, 3)",
                () -> Losses.crossEntropy(a, m));
        eq("java: Losses.crossEntropyFromLogits(a, m)", VALUE,
                "crossEntropyFromLogits expects integer labels of shape (2,) or targets of shape (2, 2), got float64 (2, 3)",
                () -> Losses.crossEntropyFromLogits(a, m));
        eq("java: Metrics.accuracy(v, w)", VALUE,
                "accuracy expects predictions of shape (3,) or scores with one more axis, got (4,)",
                () -> Metrics.accuracy(v, w));
        eq("java: Data.oneHot(labels 3, 3 classes)", INDEX, "index 3 is out of bounds for axis 0 with size 3", () -> Data.oneHot(array(0L, 3L), 3));
        eq("java: Data.oneHot(labels -1, 3 classes)", INDEX, "label -1 is negative: labels must be in [0, 3)", () -> Data.oneHot(array(-1L), 3));
        eq("java: Data.oneHot(float labels)", INDEX, "arrays used as indices must be of integer (or boolean) type", () -> Data.oneHot(array(0.5), 3));
        eq("java: Data.oneHot(labels, 0 classes)", VALUE, "numClasses must be positive, got 0", () -> Data.oneHot(array(0L), 0));
        eq("java: Data.trainTestSplit(X, y of other length)", VALUE,
                "Found input variables with inconsistent numbers of samples: [2, 4]",
                () -> Data.trainTestSplit(a, w, 0.5, 0));
        eq("java: Data.trainTestSplit(testFraction 1.5)", VALUE,
                "testFraction must be in (0, 1), got 1.5",
                () -> Data.trainTestSplit(a, array(0.0, 1.0), 1.5, 0));
        eq("java: Data.trainTestSplit(testFraction NaN)", VALUE,
                "testFraction must be in (0, 1), got NaN",
                () -> Data.trainTestSplit(a, array(0.0, 1.0), Double.NaN, 0));
        eq("java: Data.batches(size 0)", VALUE, "batch size must be positive, got 0", () -> Data.batches(a, array(0.0, 1.0), 0, false, 0).iterator().next());
        eq("java: Data.batches(X, y of other length)", VALUE,
                "Found input variables with inconsistent numbers of samples: [2, 4]",
                () -> Data.batches(a, w, 1, false, 0).iterator().next());
        eq("java: StandardScaler.fit(a).transform(w)", VALUE,
                "operands could not be broadcast together with shapes (1,4) (3,) ",
                () -> StandardScaler.fit(a).transform(w.reshape(1, 4)));
        eq("java: MinMaxScaler.fit(a).transform(w)", VALUE,
                "operands could not be broadcast together with shapes (1,4) (3,) ",
                () -> MinMaxScaler.fit(a).transform(w.reshape(1, 4)));
    }

    @TestFactory
    Stream<DynamicTest> battery() {
        table();
        List<DynamicTest> tests = new ArrayList<>();
        for (Case k : cases) {
            tests.add(DynamicTest.dynamicTest(k.label(), () -> {
                RuntimeException x = assertThrows(k.type(), k.call(), k.label());
                assertEquals(k.type(), expectedClass(k.type(), x), () -> "exception type of " + k.label() + ": " + x);
                String msg = x.getMessage();
                assertNotNull(msg, () -> k.label() + ": no message");
                if (k.exact()) assertEquals(k.message()[0], msg, k.label());
                else for (String part : k.message())
                    assertTrue(msg.contains(part), () -> k.label() + ": message \"" + msg + "\" lacks \"" + part + "\"");
            }));
        }
        tests.add(DynamicTest.dynamicTest("the battery has at least 300 cases", () ->
                assertTrue(cases.size() >= 300, "only " + cases.size() + " cases")));
        return tests.stream();
    }

    /** Found by the battery: a null axes array is NumPy's axis=None, for squeeze as for the reductions. */
    @Test
    void squeezeOfNullAxesIsAxisNone() {
        // NumPy: np.squeeze(np.zeros((2, 1, 3)), None).shape -> (2, 3); np.squeeze(a, None).shape -> (2, 3)
        assertArrayEquals(new long[] {2, 3}, zeros(2, 1, 3).squeeze((int[]) null).shape());
        assertArrayEquals(new long[] {2, 3}, a.squeeze((int[]) null).shape());
    }

    /**
     * The class that must match: the expected one itself, or a subclass that is the same kind of
     * error (LinAlgException is a ValueError). A NumberFormatException is an IllegalArgumentException
     * too, but it is a parse failure leaking out, so it does not count as VALUE.
     */
    static Class<?> expectedClass(Class<?> expected, RuntimeException x) {
        if (x instanceof NumberFormatException) return x.getClass();
        if (expected == VALUE && x instanceof AxisException) return x.getClass();
        if (expected == VALUE && x instanceof NumJTypeException) return x.getClass();
        return expected.isInstance(x) ? expected : x.getClass();
    }
}
