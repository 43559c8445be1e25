package dev.numj.internal.io;

import java.util.List;
import dev.numj.NDArray;
import dev.numj.internal.Shaping;
import dev.numj.internal.Views;

/** What the text readers and writer share: NumPy's {@code ndmin} rule, warnings, checks. */
public final class Text {
    private Text() {}

    private static final System.Logger LOG = System.getLogger("dev.numj.io");

    /** NumPy's {@code UserWarning}s of the text readers, logged at WARNING to {@code dev.numj.io}. */
    public static void warn(String message) {
        LOG.log(System.Logger.Level.WARNING, message);
    }

    public static void checkNdmin(int ndmin) {
        if (ndmin < 0 || ndmin > 2) throw new IllegalArgumentException("Illegal value of ndmin keyword: " + ndmin);
    }

    /** NumPy's {@code _ensure_ndmin_ndarray}: squeeze when above ndmin, then pad up to it. */
    public static NDArray ndmin(NDArray a, int ndmin) {
        if (a.ndim() > ndmin) a = Shaping.squeeze(a);
        if (a.ndim() < ndmin) {
            if (ndmin == 1) a = Views.reshape(a, new long[] {a.size()});
            else if (a.ndim() == 0) a = Views.reshape(a, new long[] {1L, 1L});
            else a = Views.transpose(Views.reshape(a, new long[] {1L, a.size()}), null);   // np.atleast_2d(a).T
        }
        return a;
    }

    /** Python's repr of a tuple of strings. */
    public static String tupleRepr(List<String> items) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) b.append(", ");
            b.append(PyLiteral.reprStr(items.get(i)));
        }
        if (items.size() == 1) b.append(',');
        return b.append(')').toString();
    }
}
