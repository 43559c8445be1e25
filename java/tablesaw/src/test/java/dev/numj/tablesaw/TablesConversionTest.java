package dev.numj.tablesaw;

import dev.numj.DType;
import dev.numj.NDArray;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.time.LocalDate;

import static dev.numj.NumJ.*;
import static org.junit.jupiter.api.Assertions.*;

/** Columns and tables to NDArrays and back: dtypes, layout, NaN, round trips and every error. */
class TablesConversionTest {
    private static Table mixed() {
        return Table.create("orders",
                DoubleColumn.create("d", 1.5, -2.25, 3.0),
                FloatColumn.create("f", 0.5f, 1.25f, -3.0f),
                IntColumn.create("i", 7, -8, 9),
                LongColumn.create("l", 1L << 40, -5L, 6L),
                ShortColumn.create("s", (short) 1, (short) -2, (short) 300),
                BooleanColumn.create("b", true, false, true),
                StringColumn.create("city", "Mumbai", "Delhi", "Mumbai"));
    }

    private static void assertValues(NDArray a, DType dtype, long[] shape, double... expected) {
        assertEquals(dtype, a.dtype(), "dtype");
        assertArrayEquals(shape, a.shape(), "shape");
        assertArrayEquals(expected, a.astype(FLOAT64).toDoubleArray(), 0.0, "values");
    }

    @Test
    void eachColumnTypeGivesItsDtype() {
        Table t = mixed();
        assertValues(Tables.values(t.column("d")), FLOAT64, new long[] {3}, 1.5, -2.25, 3.0);
        assertValues(Tables.values(t.column("f")), FLOAT32, new long[] {3}, 0.5, 1.25, -3.0);
        assertValues(Tables.values(t.column("i")), INT32, new long[] {3}, 7, -8, 9);
        assertValues(Tables.values(t.column("l")), INT64, new long[] {3}, 1L << 40, -5, 6);
        assertValues(Tables.values(t.column("s")), INT32, new long[] {3}, 1, -2, 300);
        assertValues(Tables.values(t.column("b")), BOOL, new long[] {3}, 1, 0, 1);
        assertEquals(1L << 40, Tables.values(t.column("l")).getLong(0), "int64 exact beyond 2^32");
        assertEquals(FLOAT64, Tables.dtypeOf(t.column("d")));
        assertEquals(INT32, Tables.dtypeOf(t.column("s")));
    }

    @Test
    void emptyColumnsAndTables() {
        assertValues(Tables.values(DoubleColumn.create("e")), FLOAT64, new long[] {0});
        assertValues(Tables.values(Table.create("e", IntColumn.create("a"), IntColumn.create("b"))), INT32, new long[] {0, 2});
        assertValues(Tables.values(Table.create("none")), FLOAT64, new long[] {0, 0});
    }

    @Test
    void missingFloatsBecomeNaN() {
        DoubleColumn d = DoubleColumn.create("d", 1.0, 2.0, 3.0);
        d.setMissing(1);
        FloatColumn f = FloatColumn.create("f", 1f, 2f, 3f);
        f.setMissing(2);
        double[] dv = Tables.values(d).toDoubleArray();
        assertEquals(1.0, dv[0]);
        assertTrue(Double.isNaN(dv[1]));
        NDArray fv = Tables.values(f);
        assertEquals(FLOAT32, fv.dtype());
        assertTrue(Double.isNaN(fv.getDouble(2)));
        NDArray both = Tables.values(Table.create("t", d, IntColumn.create("i", 4, 5, 6)));
        assertEquals(FLOAT64, both.dtype());
        assertTrue(Double.isNaN(both.getDouble(1, 0)));
        assertEquals(6.0, both.getDouble(2, 1));
    }

    @Test
    void missingIntegersAndBooleansFailNamingColumnAndFirstRow() {
        IntColumn i = IntColumn.create("num_items", 1, 2, 3, 4);
        i.setMissing(2);
        i.setMissing(3);
        LongColumn l = LongColumn.create("l", 1, 2);
        l.setMissing(0);
        ShortColumn s = ShortColumn.create("s", (short) 1, (short) 2);
        s.setMissing(1);
        BooleanColumn b = BooleanColumn.create("flag", true, false, true);
        b.setMissing(1);
        assertError(() -> Tables.values(i), "'num_items'", "2 missing values", "first at row 2", "int32", "fillnaMedian");
        assertError(() -> Tables.values(l), "'l'", "1 missing value,", "first at row 0", "int64");
        assertError(() -> Tables.values(s), "'s'", "first at row 1", "int32");
        assertError(() -> Tables.values(b), "'flag'", "first at row 1", "bool");
        // also inside a table, even where the result would be float64
        assertError(() -> Tables.values(Table.create("t", DoubleColumn.create("x", 1, 2, 3, 4), i), "x", "num_items"), "'num_items'", "first at row 2");
        // filled, it converts
        i.setMissingTo(0);
        assertValues(Tables.values(i), INT32, new long[] {4}, 1, 2, 0, 0);
    }

    @Test
    void nonNumericColumnsFailNamingThem() {
        Table t = mixed();
        assertError(() -> Tables.values(t.column("city")), "'city'", "STRING", "getDummies");
        assertError(() -> Tables.values(t, "d", "city"), "'city'", "STRING");
        assertError(() -> Tables.values(t), "'city'", "STRING");
        assertError(() -> Tables.values(DateColumn.create("day", LocalDate.of(2024, 1, 1))), "'day'", "LOCAL_DATE");
        assertError(() -> Tables.dtypeOf(t.column("city")), "'city'");
    }

    @Test
    void valuesIsRowMajorWithNumPyPromotion() {
        Table t = mixed();
        assertValues(Tables.values(t, "d", "i"), FLOAT64, new long[] {3, 2}, 1.5, 7, -2.25, -8, 3.0, 9);
        assertValues(Tables.values(t, "i", "l"), INT64, new long[] {3, 2}, 7, 1L << 40, -8, -5, 9, 6);
        assertValues(Tables.values(t, "f", "b"), FLOAT32, new long[] {3, 2}, 0.5, 1, 1.25, 0, -3.0, 1);
        assertValues(Tables.values(t, "f", "i"), FLOAT64, new long[] {3, 2}, 0.5, 7, 1.25, -8, -3.0, 9);
        assertValues(Tables.values(t, "f", "f"), FLOAT32, new long[] {3, 2}, 0.5, 0.5, 1.25, 1.25, -3.0, -3.0);
        assertValues(Tables.values(t, "b", "i", "s"), INT32, new long[] {3, 3}, 1, 7, 1, 0, -8, -2, 1, 9, 300);
        assertValues(Tables.values(t, "b", "b"), BOOL, new long[] {3, 2}, 1, 1, 0, 0, 1, 1);
        assertValues(Tables.values(t, "l", "d"), FLOAT64, new long[] {3, 2}, 1L << 40, 1.5, -5, -2.25, 6, 3.0);
        assertValues(Tables.values(t, "d"), FLOAT64, new long[] {3, 1}, 1.5, -2.25, 3.0);
        assertValues(Tables.values(t.removeColumns("city")), FLOAT64, new long[] {3, 6},
                1.5, 0.5, 7, 1L << 40, 1, 1, -2.25, 1.25, -8, -5, -2, 0, 3.0, -3.0, 9, 6, 300, 1);
    }

    @Test
    void unknownColumnsFailListingTheTablesColumns() {
        Table t = mixed();
        assertError(() -> Tables.values(t, "d", "rating"), "values", "'rating'", "'orders'", "[d, f, i, l, s, b, city]");
        assertError(() -> Tables.values(t, (String) null), "'null'");
    }

    @Test
    void toColumnGivesTheMatchingColumnType() {
        assertInstanceOf(DoubleColumn.class, Tables.toColumn("x", array(1.0, 2.0)));
        assertInstanceOf(FloatColumn.class, Tables.toColumn("x", array(1f, 2f)));
        assertInstanceOf(LongColumn.class, Tables.toColumn("x", array(1L, 2L)));
        assertInstanceOf(IntColumn.class, Tables.toColumn("x", array(1L, 2L).astype(INT32)));
        assertInstanceOf(BooleanColumn.class, Tables.toColumn("x", array(true, false)));
        assertEquals("x", Tables.toColumn("x", array(new double[] {1.0})).name());
        assertEquals(0, Tables.toColumn("x", zeros(0)).size());
    }

    @Test
    void roundTripsKeepDtypeAndValues() {
        NDArray[] arrays = {array(1.5, -0.0, 1e300, Double.MIN_VALUE), array(1.5f, -2f, Float.MAX_VALUE),
                array(Long.MAX_VALUE, Long.MIN_VALUE + 1, 0L), array(Integer.MAX_VALUE, Integer.MIN_VALUE + 1, 0).astype(INT32),
                array(true, false, false)};
        for (NDArray a : arrays) {
            NDArray back = Tables.values(Tables.toColumn("c", a));
            assertEquals(a.dtype(), back.dtype(), a.dtype() + " round trip");
            assertTrue(arrayEquals(back, a), a + " round trip gave " + back);
        }
        // a non-contiguous view converts by its logical order
        NDArray m = arange(12).reshape(3, 4).astype(FLOAT64);
        assertTrue(arrayEquals(Tables.values(Tables.toColumn("c", m.get(":, 1"))), array(1.0, 5.0, 9.0)));
        // 2-D, through a table
        for (NDArray a : new NDArray[] {m, m.T(), m.astype(INT32), m.astype(INT64), m.gt(4.0), m.astype(FLOAT32)}) {
            String[] names = new String[(int) a.shape(1)];
            for (int j = 0; j < names.length; j++) names[j] = "c" + j;
            Table t = Tables.toTable(a, names);
            assertEquals(a.shape(0), t.rowCount());
            assertEquals(names.length, t.columnCount());
            NDArray back = Tables.values(t);
            assertEquals(a.dtype(), back.dtype());
            assertTrue(arrayEquals(back, a), a + " through a table gave " + back);
        }
    }

    @Test
    void nanIsMissingInTablesaw() {
        Column<?> c = Tables.toColumn("x", array(1.0, Double.NaN, 3.0));
        assertEquals(1, c.countMissing());
        assertTrue(c.isMissing(1));
        Column<?> f = Tables.toColumn("x", array(Float.NaN, 2f));
        assertEquals(1, f.countMissing());
        NDArray back = Tables.values(c);
        assertTrue(Double.isNaN(back.getDouble(1)));
    }

    @Test
    void toColumnErrors() {
        assertError(() -> Tables.toColumn("m", zeros(2, 3)), "toColumn('m')", "1-D", "(2, 3)", "float64");
        assertError(() -> Tables.toColumn("s", array(5.0).reshape(new long[0])), "1-D", "()");
        assertError(() -> Tables.toColumn(null, zeros(2)), "name", "null");
        assertError(() -> Tables.toColumn("", zeros(2)), "name");
        assertError(() -> Tables.toColumn("n", array(1, Integer.MIN_VALUE).astype(INT32)), "'n'", "element 1", "int32", "Integer.MIN_VALUE", "missing");
        assertError(() -> Tables.toColumn("n", array(Long.MIN_VALUE, 2L)), "element 0", "int64", "Long.MIN_VALUE");
    }

    @Test
    void toTableErrors() {
        assertError(() -> Tables.toTable(zeros(4), "a"), "toTable", "2-D", "(4,)");
        assertError(() -> Tables.toTable(zeros(2, 2, 2), "a", "b"), "2-D", "(2, 2, 2)");
        assertError(() -> Tables.toTable(zeros(5, 3), "a", "b"), "(5, 3)", "3 columns", "2 names", "[a, b]");
        assertError(() -> Tables.toTable(zeros(5, 1), "a", "b"), "(5, 1)", "1 columns", "2 names");
        assertError(() -> Tables.toTable(zeros(5, 2), "a", "a"), "'a'", "twice");
        assertError(() -> Tables.toTable(zeros(5, 2), "a", null), "name", "null");
    }

    static void assertError(Runnable r, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        for (String p : parts) assertTrue(e.getMessage().contains(p), "message lacks '" + p + "': " + e.getMessage());
    }
}
