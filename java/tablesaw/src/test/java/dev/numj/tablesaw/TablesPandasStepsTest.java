package dev.numj.tablesaw;

import dev.numj.NDArray;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.Random;

import static dev.numj.NumJ.*;
import static dev.numj.tablesaw.TablesConversionTest.assertError;
import static org.junit.jupiter.api.Assertions.*;

/** get_dummies, fillna(median), describe and quantile: the seeds' pandas answers, checked against NumPy. */
class TablesPandasStepsTest {
    @Test
    void getDummiesOfTheSeedsCities() {
        // the seed: pd.get_dummies(pd.Series(['Mumbai', 'Delhi', 'Bengaluru', 'Mumbai', 'Delhi']), prefix='city')
        StringColumn cities = StringColumn.create("city", "Mumbai", "Delhi", "Bengaluru", "Mumbai", "Delhi");
        Table oneHot = Tables.getDummies(cities, false);
        assertEquals(List.of("city_Bengaluru", "city_Delhi", "city_Mumbai"), oneHot.columnNames());
        NDArray X = Tables.values(oneHot);
        assertEquals(BOOL, X.dtype());
        // the seed's printed table, row by row
        assertTrue(arrayEquals(X.astype(INT64), array(new long[][] {{0, 0, 1}, {0, 1, 0}, {1, 0, 0}, {0, 0, 1}, {0, 1, 0}})), X.toString());
        Table dropped = Tables.getDummies(cities, true);
        assertEquals(List.of("city_Delhi", "city_Mumbai"), dropped.columnNames());
    }

    @Test
    void getDummiesOfATableColumnKeepsTheOthersAndCopies() {
        StringColumn city = StringColumn.create("city", "b", "a", "", "c", "a");   // "" is Tablesaw's missing text
        Table t = Table.create("t", DoubleColumn.create("x", 1, 2, 3, 4, 5), city, IntColumn.create("n", 5, 4, 3, 2, 1));
        Table e = Tables.getDummies(t, "city");
        assertEquals(List.of("x", "n", "city_a", "city_b", "city_c"), e.columnNames());
        assertTrue(arrayEquals(Tables.values(e, "city_a", "city_b", "city_c"),
                array(new boolean[][] {{false, true, false}, {true, false, false}, {false, false, false}, {false, false, true}, {true, false, false}})));
        // mixed with numbers the dummies are 0/1
        NDArray m = Tables.values(e);
        assertEquals(FLOAT64, m.dtype());
        assertTrue(arrayEquals(m.get("1"), array(2.0, 4.0, 1.0, 0.0, 0.0)));
        assertEquals(List.of("x", "n", "city_b", "city_c"), Tables.getDummies(t, "city", true).columnNames());
        // a copy: the original is unchanged
        assertEquals(List.of("x", "city", "n"), t.columnNames());
        e.doubleColumn("x").set(0, 100.0);
        assertEquals(1.0, t.doubleColumn("x").get(0));
    }

    @Test
    void getDummiesErrors() {
        Table t = Table.create("t", IntColumn.create("n", 1, 2), StringColumn.create("c", "x", "y"), BooleanColumn.create("c_x", true, false));
        assertError(() -> Tables.getDummies(t, "n"), "getDummies", "'n'", "INTEGER", "STRING");
        assertError(() -> Tables.getDummies(t, "city"), "getDummies", "'city'", "[n, c, c_x]");
        assertError(() -> Tables.getDummies(t, "c"), "'c_x'", "already");
    }

    @Test
    void fillnaMedianGivesNumPysNanmedian() {
        Random rnd = new Random(7);
        int[] sizes = {1, 2, 5, 6, 101};
        double[][] data = new double[sizes.length][];
        StringBuilder code = new StringBuilder();
        for (int s = 0; s < sizes.length; s++) {
            double[] v = new double[sizes[s]];
            for (int i = 0; i < v.length; i++) v[i] = rnd.nextInt(5) == 0 ? Double.NaN : Math.round(rnd.nextGaussian() * 100) / 10.0;
            v[0] = 3.5;   // at least one value
            data[s] = v;
            code.append("print(repr(float(np.nanmedian(np.array(").append(NumPyProcess.list(v)).append(")))))\n");
        }
        double[][] medians = NumPyProcess.lines(code.toString());
        for (int s = 0; s < sizes.length; s++) {
            double[] v = data[s];
            DoubleColumn d = DoubleColumn.create("d", v);
            Tables.fillnaMedian(Table.create("t", d), "d");
            assertEquals(0, d.countMissing());
            for (int i = 0; i < v.length; i++) assertEquals(Double.isNaN(v[i]) ? medians[s][0] : v[i], d.getDouble(i), 0.0, "row " + i + " of " + v.length);
        }
    }

    @Test
    void fillnaMedianByColumnType() {
        IntColumn items = IntColumn.create("num_items", 1, 2, 4, 7);
        items.setMissing(1);
        FloatColumn f = FloatColumn.create("f", 1f, 2f, 3f);
        f.setMissing(0);
        DoubleColumn allMissing = DoubleColumn.create("gone", Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        StringColumn s = StringColumn.create("s", "a", "", "b", "c");
        Table t = Table.create("t", items, allMissing, s);
        Tables.fillnaMedian(t);   // every numeric column with gaps, as df.fillna(df.median())
        // an int column with a gap is float64 in pandas: it becomes a DoubleColumn
        assertInstanceOf(DoubleColumn.class, t.column("num_items"));
        assertTrue(arrayEquals(Tables.values(t.column("num_items")), array(1.0, 4.0, 4.0, 7.0)));
        assertEquals(List.of("num_items", "gone", "s"), t.columnNames());
        assertEquals(4, t.column("gone").countMissing(), "all missing stays missing");
        assertEquals(1, t.column("s").countMissing(), "text columns are left alone");
        Tables.fillnaMedian(Table.create("f", f));
        assertEquals(2.5f, f.getFloat(0));
        assertError(() -> Tables.fillnaMedian(t, "s"), "fillnaMedian", "'s'", "STRING");
        assertError(() -> Tables.fillnaMedian(t, "nope"), "fillnaMedian", "'nope'");
    }

    @Test
    void describeGivesPandasStatistics() {
        Random rnd = new Random(11);
        int n = 37;
        double[] x = new double[n], y = new double[n];
        int[] k = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = i % 6 == 0 ? Double.NaN : Math.round(rnd.nextGaussian() * 1000) / 100.0;
            y[i] = rnd.nextDouble() * 50;
            k[i] = rnd.nextInt(20);
        }
        Table t = Table.create("t", DoubleColumn.create("x", x), StringColumn.create("label", java.util.Collections.nCopies(n, "z")), IntColumn.create("k", k),
                DoubleColumn.create("y", y), BooleanColumn.create("b", new boolean[n]));
        Table d = Tables.describe(t);
        assertEquals(List.of("", "x", "k", "y"), d.columnNames());
        assertEquals(Tables.DESCRIBE_ROWS, d.stringColumn(0).asList());
        String stats = "[np.sum(~np.isnan(v)), np.nanmean(v), np.nanstd(v, ddof=1), np.nanmin(v), np.nanpercentile(v, 25),"
                + " np.nanmedian(v), np.nanpercentile(v, 75), np.nanmax(v)]";
        List<String> names = List.of("x", "k", "y");
        StringBuilder code = new StringBuilder();
        for (String c : names)
            code.append("v = np.array(").append(NumPyProcess.list(t.numberColumn(c).asDoubleArray()))
                    .append(")\nprint(' '.join(repr(float(s)) for s in ").append(stats).append("))\n");
        double[][] numpy = NumPyProcess.lines(code.toString());
        for (int j = 0; j < names.size(); j++) {
            String c = names.get(j);
            double[] expected = numpy[j], actual = d.doubleColumn(c).asDoubleArray();
            for (int i = 0; i < expected.length; i++)
                assertEquals(expected[i], actual[i], 1e-12 * Math.max(1, Math.abs(expected[i])), c + " " + Tables.DESCRIBE_ROWS.get(i));
        }
    }

    @Test
    void quantileIsNumPysLinearMethodExactly() {
        Random rnd = new Random(3);
        int[] sizes = {1, 2, 3, 4, 10, 99};
        double[] qs = {0, 0.1, 0.25, 0.3, 0.5, 0.75, 0.9, 0.999, 1};
        double[][] data = new double[sizes.length][];
        StringBuilder code = new StringBuilder();
        for (int s = 0; s < sizes.length; s++) {
            data[s] = new double[sizes[s]];
            for (int i = 0; i < sizes[s]; i++) data[s][i] = rnd.nextGaussian() * Math.pow(10, rnd.nextInt(6) - 3);
            code.append("v = np.array(").append(NumPyProcess.list(data[s])).append(")\nprint(' '.join(repr(float(np.quantile(v, q))) for q in ")
                    .append(NumPyProcess.list(qs)).append("))\n");
        }
        double[][] numpy = NumPyProcess.lines(code.toString());
        for (int s = 0; s < sizes.length; s++) {
            int n = sizes[s];
            double[] expected = numpy[s];
            DoubleColumn c = DoubleColumn.create("c", data[s]);
            for (int i = 0; i < qs.length; i++)
                assertEquals(expected[i], Tables.quantile(qs[i]).summarize(c), 0.0, "quantile " + qs[i] + " of " + n + " values");
        }
        assertTrue(Double.isNaN(Tables.quantile(0.5).summarize(DoubleColumn.create("e", Double.NaN))));
        assertEquals("25%", Tables.quantile(0.25).functionName());
        assertError(() -> Tables.quantile(1.5), "[0, 1]", "1.5");
        assertError(() -> Tables.quantile(-0.1), "[0, 1]");
        assertError(() -> Tables.quantile(Double.NaN), "[0, 1]", "NaN");
    }

    @Test
    void quantileWorksInTablesawsGroupBy() {
        Table t = Table.create("t", StringColumn.create("g", "a", "a", "a", "b", "b"), DoubleColumn.create("v", 1, 2, 10, 4, 6));
        Table s = t.summarize("v", Tables.quantile(0.25)).by("g").sortAscendingOn("g");
        assertTrue(arrayEquals(Tables.values(s.column(1)), array(1.5, 4.5)), s.print());
    }
}
