package dev.numj;

import org.junit.jupiter.api.Test;

import static dev.numj.NumJ.*;
import static dev.numj.OracleSupport.*;
import static org.junit.jupiter.api.Assertions.*;

/** Arrays from Java arrays of any rank and NumPy's constructors, compared with NumPy. */
class CreationOracleTest {
    @Test
    void fromJavaArraysOfEveryRankAndType() {
        assertMatches(np().run("out = np.array([1, 2, 3])"), array(1, 2, 3), "ints are int64 like Python ints");
        assertMatches(np().run("out = np.array([[1., 2], [3, 4]])"), array(new double[][] {{1, 2}, {3, 4}}), "2-D double");
        assertMatches(np().run("out = np.array([[[1, 2], [3, 4]], [[5, 6], [7, 8]]])"),
                array(new long[][][] {{{1, 2}, {3, 4}}, {{5, 6}, {7, 8}}}), "3-D long");
        assertMatches(np().run("out = np.array([1.5, 2.5], dtype=np.float32)"), array(1.5f, 2.5f), "float[] is float32");
        assertMatches(np().run("out = np.array([True, False])"), array(true, false), "boolean[]");
        assertMatches(np().run("out = np.array([[[[1]]]], dtype=np.int32)"), array(INT32, new int[][][][] {{{{1}}}}), "4-D with dtype");
        assertMatches(np().run("out = np.array([], dtype=np.float64)"), array(new double[0]), "empty");
        assertMatches(np().run("out = np.zeros((2, 0))"), array(new double[][] {{}, {}}), "2x0");
    }

    @Test
    void badJavaInputFailsWithAClearMessage() {
        assertSameError(np().run("out = np.array([[1., 2.], [3.]])"), () -> array(new double[][] {{1, 2}, {3}}), "ragged");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> array(new String[] {"a"}));
        assertTrue(e.getMessage().contains("java.lang.String[]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> array((Object) "3"));
        assertTrue(e.getMessage().contains("java.lang.String"), e.getMessage());
        assertEquals(0, array((Object) Integer.valueOf(3)).ndim(), "a boxed scalar is a 0-d array, like np.array(3)");
        e = assertThrows(IllegalArgumentException.class, () -> array(new double[][] {{1}, null}));
        assertTrue(e.getMessage().contains("null"), e.getMessage());
        assertSameError(np().run("out = np.zeros((3, -1))"), () -> zeros(3, -1), "negative size");
        assertSameError(np().run("out = np.ones((-2,))"), () -> ones(FLOAT32, -2), "negative size");
        e = assertThrows(IllegalArgumentException.class, () -> ones(new long[33]));
        assertTrue(e.getMessage().contains("maximum supported dimension for an ndarray is currently 32, found 33"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ones(1).reshape(new long[40]));
        assertTrue(e.getMessage().contains("found 40") || e.getMessage().contains("cannot reshape"), e.getMessage());
    }

    @Test
    void constructorsMatchNumPy() {
        assertMatches(np().run("out = np.zeros((3, 4))"), zeros(3, 4), "zeros");
        assertMatches(np().run("out = np.zeros((784, 128), dtype=np.float32)"), zeros(FLOAT32, 784, 128), "zeros float32");
        assertEquals(401408, zeros(FLOAT32, 784, 128).nbytes());
        assertMatches(np().run("out = np.ones((2, 5))"), ones(2, 5), "ones");
        assertMatches(np().run("out = np.ones(3, dtype=np.int32)"), ones(INT32, 3), "ones int32");
        assertMatches(np().run("out = np.full((3, 3), 7)"), full(new int[] {3, 3}, 7), "full int");
        assertMatches(np().run("out = np.full((2, 2), 0.5)"), full(new int[] {2, 2}, 0.5), "full float");
        assertMatches(np().run("out = np.eye(3)"), eye(3), "eye");
        assertMatches(np().run("out = np.eye(3, 4, 1)"), eye(3, 4, 1), "eye k");
        assertMatches(np().run("out = np.identity(2)"), identity(2), "identity");
        assertMatches(np().run("out = np.arange(12)"), arange(12), "arange");
        assertMatches(np().run("out = np.arange(0, 10, 2)"), arange(0, 10, 2), "arange step");
        assertMatches(np().run("out = np.arange(10, 0, -3)"), arange(10, 0, -3), "arange negative step");
        assertMatches(np().run("out = np.arange(0., 1., .1)"), arange(0., 1., .1), "float arange", 0, 0);
        assertMatches(np().run("out = np.arange(1.5, -2, -0.7)"), arange(1.5, -2, -0.7), "float arange down", 0, 0);
        assertMatches(np().run("out = np.linspace(0, 1, 5)"), linspace(0, 1, 5), "linspace", 0, 0);
        assertMatches(np().run("out = np.linspace(-3.3, 7.1, 37)"), linspace(-3.3, 7.1, 37), "linspace odd", 0, 0);
        assertMatches(np().run("out = np.linspace(0, 1, 4, endpoint=False)"), linspace(0, 1, 4, false), "no endpoint", 0, 0);
        assertMatches(np().run("out = np.linspace(2, 3, 1)"), linspace(2, 3, 1), "one sample", 0, 0);
        assertMatches(np().run("out = np.zeros_like(np.ones((2, 3), np.int32))"), zerosLike(ones(INT32, 2, 3)), "zeros_like");
    }

    @Test
    void propertiesAndExport() {
        NDArray b = array(new long[][] {{1, 2, 3}, {4, 5, 6}});
        assertArrayEquals(new long[] {2, 3}, b.shape());
        assertEquals(2, b.ndim());
        assertEquals(6, b.size());
        assertEquals("int64", b.dtype().toString());
        assertEquals(48, b.nbytes());
        assertArrayEquals(new long[] {24, 8}, b.strides());
        assertEquals(3L, b.getLong(0, 2));
        assertEquals(6.0, b.getDouble(-1, -1));
        assertEquals(5.0, b.get(1, 1).item());
        assertArrayEquals(new long[][] {{1, 2, 3}, {4, 5, 6}}, (long[][]) b.toArray());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, b.toDoubleArray());
        assertEquals(3L, b.get(0, 2).toArray());
        assertEquals(DType.FLOAT32, b.astype(FLOAT32).dtype());
        assertThrows(IllegalArgumentException.class, b::item);
    }
}
