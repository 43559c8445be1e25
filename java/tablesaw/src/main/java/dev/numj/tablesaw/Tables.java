package dev.numj.tablesaw;

import dev.numj.DType;
import dev.numj.NDArray;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.aggregate.NumericAggregateFunction;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.stream.Collectors;

import static dev.numj.NumJ.array;

/**
 * pandas' role in the seeds, played by <a href="https://jtablesaw.github.io/tablesaw/">Tablesaw</a>
 * tables with NumJ arrays: {@code df[cols].values} ({@link #values(Table, String...)}), a column's
 * {@code .values} ({@link #values(Column)}), the way back ({@link #toColumn}, {@link #toTable}),
 * {@code get_dummies} ({@link #getDummies(Table, String)}), {@code fillna(median)} ({@link #fillnaMedian})
 * and {@code describe} ({@link #describe}). Everything else is Tablesaw's own: {@code read_csv} is
 * {@code Table.read().csv(path)}, {@code head()} is {@code table.first(5)}, {@code isnull().sum()} is
 * {@code table.missingValueCounts()}, {@code groupby(k).agg(...)} is {@code table.summarize(col, sum, count).by(k)}.
 *
 * <p><b>dtypes</b> ({@link #dtypeOf}): a {@code DoubleColumn} gives float64, {@code FloatColumn} float32,
 * {@code IntColumn} int32, {@code LongColumn} int64, {@code BooleanColumn} bool: the dtype pandas'
 * {@code .values} gives for a column of that Java type. A {@code ShortColumn} gives int32 (pandas: int16;
 * NumJ has no int16, the widening is exact). Tablesaw's CSV reader makes whole-number columns
 * {@code IntColumn}s where pandas' {@code read_csv} makes int64; {@code values(...).astype(INT64)} gives
 * pandas' dtype. Several columns promote by NumPy's rules ({@link DType#promote}): int32 with float64 gives
 * float64, bool with int32 gives int32 (pandas would give an object array for bool with float; NumJ has none).
 *
 * <p><b>Missing values</b>: missing entries of float columns become NaN, as in pandas. An integer or
 * boolean column with a missing entry cannot become an int or bool array: the conversion fails, naming the
 * column, the count and the first missing row; fill it first ({@link #fillnaMedian}, {@code setMissingTo}) or
 * turn it into a {@code DoubleColumn} ({@code asDoubleColumn()}), which is what pandas does on reading.
 *
 * <p><b>Copies</b>: Tablesaw keeps a column in a Java array it does not expose and NumJ keeps arrays off the
 * Java heap, so a conversion reads each value once through the column's primitive getter (no boxing) into
 * one Java array laid out as the result (row-major for a table) and copies that into the NDArray: one pass
 * over the data on each side, no per-element objects, no intermediate per-column arrays.
 */
public final class Tables {
    private Tables() {}

    /**
     * The NumJ dtype that {@link #values(Column)} gives for a column (see the class comment). pandas:
     * {@code s.values.dtype}.
     *
     * <pre>{@code
     * Tables.dtypeOf(IntColumn.create("n", 1, 2));   // INT32
     * }</pre>
     *
     * @throws IllegalArgumentException for a column that is not numeric or boolean, naming it and its type
     * @param column the column
     * @return the result
     */
    public static DType dtypeOf(Column<?> column) {
        return switch (column) {
            case DoubleColumn _ -> DType.FLOAT64;
            case FloatColumn _ -> DType.FLOAT32;
            case LongColumn _ -> DType.INT64;
            case IntColumn _ -> DType.INT32;
            case ShortColumn _ -> DType.INT32;
            case BooleanColumn _ -> DType.BOOL;
            default -> throw new IllegalArgumentException("column '" + column.name() + "' is a " + column.type().name()
                    + " column: only DOUBLE, FLOAT, LONG, INTEGER, SHORT and BOOLEAN columns become NDArrays"
                    + (column instanceof StringColumn ? " (one-hot encode it with Tables.getDummies(table, \"" + column.name() + "\"))" : ""));
        };
    }

    /**
     * A column as a 1-D NDArray of {@link #dtypeOf its dtype}; missing values of a float column become NaN.
     * pandas: {@code df['delivery_min'].values}.
     *
     * <pre>{@code
     * NDArray y = Tables.values(df.column("delivery_min"));   // float64 (n,)
     * }</pre>
     *
     * @throws IllegalArgumentException for a non-numeric column, or an integer or boolean column with missing
     *                                  values (naming the column and its first missing row)
     * @param column the column
     * @return the result
     */
    public static NDArray values(Column<?> column) {
        DType dt = checkedDtype(column);
        return gather(List.of(column), dt, column.size());
    }

    /**
     * The named columns, in that order, as a 2-D NDArray (rows, columns), row-major; with no names, every
     * column of the table. The dtype is NumPy's promotion of the columns' dtypes. pandas:
     * {@code df[['distance_km', 'rating']].values} (and {@code df.values}).
     *
     * <pre>{@code
     * NDArray X = Tables.values(df, "distance_km", "rating", "num_items");   // float64 (n, 3)
     * }</pre>
     *
     * @throws IllegalArgumentException for an unknown column name (listing the table's columns), a non-numeric
     *                                  column, or an integer or boolean column with missing values
     * @param table the table
     * @param columns the columns
     * @return the result
     */
    public static NDArray values(Table table, String... columns) {
        List<Column<?>> cols = select(table, columns, "values");
        DType dt = null;
        for (Column<?> c : cols) {
            DType d = checkedDtype(c);
            dt = dt == null ? d : DType.promote(dt, d);
        }
        int n = table.rowCount();
        if (dt == null) return dev.numj.NumJ.empty(DType.FLOAT64, (long) n, 0L);
        return gather(cols, dt, n).reshape((long) n, (long) cols.size());
    }

    /**
     * A 1-D NDArray as a Tablesaw column: float64 gives a {@code DoubleColumn} (NaN reads as missing, as in
     * pandas), float32 a {@code FloatColumn}, int64 a {@code LongColumn}, int32 an {@code IntColumn}, bool a
     * {@code BooleanColumn}. pandas: {@code pd.Series(a, name='pred')}.
     *
     * <pre>{@code
     * df.addColumns(Tables.toColumn("pred", X.matmul(w)));
     * }</pre>
     *
     * @throws IllegalArgumentException for an array that is not 1-D (naming its shape), a null or empty name,
     *                                  or an int32/int64 value equal to Tablesaw's missing-value marker
     *                                  ({@code Integer.MIN_VALUE}, {@code Long.MIN_VALUE}), which would silently
     *                                  become missing
     * @param name the name
     * @param a the array
     * @return the result
     */
    public static Column<?> toColumn(String name, NDArray a) {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("toColumn: the column needs a name, got " + (name == null ? "null" : "\"\""));
        if (a.ndim() != 1)
            throw new IllegalArgumentException("toColumn('" + name + "') needs a 1-D array, got shape " + shape(a) + " (" + a.dtype() + ")");
        return switch (a.dtype()) {
            case FLOAT64 -> DoubleColumn.create(name, a.toDoubleArray());
            case FLOAT32 -> FloatColumn.create(name, a.toFloatArray());
            case INT64 -> {
                long[] v = a.toLongArray();
                for (int i = 0; i < v.length; i++) if (v[i] == Long.MIN_VALUE) throw marker(name, a, i, "Long.MIN_VALUE", "LongColumn");
                yield LongColumn.create(name, v);
            }
            case INT32 -> {
                int[] v = a.toIntArray();
                for (int i = 0; i < v.length; i++) if (v[i] == Integer.MIN_VALUE) throw marker(name, a, i, "Integer.MIN_VALUE", "IntColumn");
                yield IntColumn.create(name, v);
            }
            case BOOL -> BooleanColumn.create(name, a.toBooleanArray());
        };
    }

    /**
     * A 2-D NDArray (rows, columns) as a table with the given column names, one column per array column (see
     * {@link #toColumn} for the column types). pandas: {@code pd.DataFrame(a, columns=['x', 'y'])}.
     *
     * <pre>{@code
     * Table t = Tables.toTable(array(new double[][] {{1, 2}, {3, 4}}), "x", "y");
     * }</pre>
     *
     * @throws IllegalArgumentException for an array that is not 2-D, a number of names other than the
     *                                  number of columns (naming the shape and the names), or a repeated name
     * @param a the array
     * @param names the names
     * @return the result
     */
    public static Table toTable(NDArray a, String... names) {
        if (a.ndim() != 2)
            throw new IllegalArgumentException("toTable needs a 2-D array (rows, columns), got shape " + shape(a) + " (" + a.dtype() + ")");
        if (names.length != a.shape(1))
            throw new IllegalArgumentException("toTable: an array of shape " + shape(a) + " has " + a.shape(1) + " columns, but "
                    + names.length + " names were given: " + Arrays.toString(names));
        Set<String> seen = new HashSet<>();
        for (String name : names)
            if (name != null && !seen.add(name.toLowerCase(java.util.Locale.ROOT)))
                throw new IllegalArgumentException("toTable: the column name '" + name + "' is given twice (Tablesaw's names ignore case): "
                        + Arrays.toString(names));
        Table t = Table.create();
        for (int j = 0; j < names.length; j++) t.addColumns(toColumn(names[j], a.get(":, " + j)));
        return t;
    }

    /**
     * One-hot encodes a text column: a copy of the table without it, followed by one boolean column per
     * distinct non-missing value, in sorted order, named {@code column_value}; a row's missing value gives
     * false everywhere. pandas: {@code pd.get_dummies(df, columns=['city'])} (bool columns, as pandas 2 gives;
     * {@link #values} turns them into 0/1 when they meet numeric columns, or {@code astype(FLOAT64)}).
     *
     * <pre>{@code
     * Table encoded = Tables.getDummies(df, "city");   // ..., city_Bengaluru, city_Delhi, city_Mumbai
     * }</pre>
     *
     * @throws IllegalArgumentException for an unknown column, a column that is not a STRING column, or a
     *                                  dummy name that is already a column of the table
     * @param table the table
     * @param column the column
     * @return the result
     */
    public static Table getDummies(Table table, String column) {
        return getDummies(table, column, false);
    }

    /**
     * {@link #getDummies(Table, String)} with pandas' {@code drop_first}: when true, the first category's
     * column is left out (it is implied by the others being false), so that the dummies and a bias column
     * are not collinear in a regression. pandas: {@code pd.get_dummies(df, columns=['city'], drop_first=True)}.
     *
     * <pre>{@code
     * Table encoded = Tables.getDummies(df, "city", true);   // ..., city_Delhi, city_Mumbai
     * }</pre>
     *
     * @param table the table
     * @param column the column
     * @param dropFirst drop the first category's column (pandas' {@code drop_first=True})
     * @return the result
     */
    public static Table getDummies(Table table, String column, boolean dropFirst) {
        Column<?> c = select(table, new String[] {column}, "getDummies").getFirst();
        Table dummies = getDummies(c, dropFirst);
        Table out = table.copy().removeColumns(c.name());
        for (Column<?> d : dummies.columns()) {
            if (out.containsColumn(d.name()))
                throw new IllegalArgumentException("getDummies: the dummy column '" + d.name() + "' is already a column of the table " + out.columnNames());
            out.addColumns(d);
        }
        return out;
    }

    /**
     * The dummy columns of one text column alone, prefixed with its name. pandas:
     * {@code pd.get_dummies(cities, prefix='city')}.
     *
     * <pre>{@code
     * Table oneHot = Tables.getDummies(StringColumn.create("city", "Mumbai", "Delhi", "Bengaluru", "Mumbai"), false);
     * NDArray X = Tables.values(oneHot);   // bool (4, 3)
     * }</pre>
     *
     * @throws IllegalArgumentException for a column that is not a STRING column
     * @param column the column
     * @param dropFirst drop the first category's column (pandas' {@code drop_first=True})
     * @return the result
     */
    public static Table getDummies(Column<?> column, boolean dropFirst) {
        if (!(column instanceof StringColumn s))
            throw new IllegalArgumentException("getDummies: column '" + column.name() + "' is a " + column.type().name()
                    + " column; it one-hot encodes STRING columns (convert it first, e.g. with asStringColumn())");
        List<String> categories = new ArrayList<>(s.unique().removeMissing().asList());
        categories.sort(null);
        Table out = Table.create(s.name() + " dummies");
        for (String category : dropFirst && !categories.isEmpty() ? categories.subList(1, categories.size()) : categories)
            out.addColumns(BooleanColumn.create(s.name() + "_" + category, s.isEqualTo(category), s.size()));
        return out;
    }

    /**
     * Fills the missing values of each named numeric column with that column's median over its non-missing
     * values, in place, computed as pandas' {@code median()} (NumPy's {@code nanmedian}: the mean of the two middle
     * values for an even count, bit for bit; Tablesaw's {@code median()} interpolates and can differ in the last
     * bit); with no names, every numeric
     * column that has missing values. A float column keeps its type ({@code setMissingTo}); an integer column
     * with missing values becomes a {@code DoubleColumn}, as it is float64 in pandas. A column whose values are
     * all missing stays missing, as in pandas. pandas:
     * {@code df['age_years'].fillna(df['age_years'].median(), inplace=True)}, or {@code df.fillna(df.median())}.
     *
     * <pre>{@code
     * Tables.fillnaMedian(df, "distance_km", "rating");
     * }</pre>
     *
     * @return the table, for chaining
     * @throws IllegalArgumentException for an unknown column or a named column that is not numeric
     * @param table the table
     * @param columns the columns
     */
    public static Table fillnaMedian(Table table, String... columns) {
        List<Column<?>> cols = select(table, columns, "fillnaMedian");
        for (Column<?> c : cols) {
            if (!(c instanceof NumericColumn<?> nc)) {
                if (columns.length == 0) continue;
                throw new IllegalArgumentException("fillnaMedian: column '" + c.name() + "' is a " + c.type().name()
                        + " column; the median fills numeric columns only");
            }
            if (nc.countMissing() == 0) continue;
            double median = median(nc);
            if (Double.isNaN(median)) continue;
            switch (nc) {
                case DoubleColumn d -> d.setMissingTo(median);
                case FloatColumn f -> f.setMissingTo((float) median);
                default -> table.replaceColumn(nc.name(), nc.asDoubleColumn().setMissingTo(median));
            }
        }
        return table;
    }

    /** The rows of {@link #describe}, pandas' index of {@code df.describe()}. */
    public static final List<String> DESCRIBE_ROWS = List.of("count", "mean", "std", "min", "25%", "50%", "75%", "max");

    /**
     * pandas' {@code df.describe()}: one row per statistic ({@link #DESCRIBE_ROWS}: count of non-missing values,
     * mean, sample standard deviation (ddof 1), min, the quartiles, max, each over the non-missing values), one
     * DoubleColumn per numeric column of the table (boolean and text columns are left out, as pandas does),
     * after a first text column "" naming the statistic. Computed by Tablesaw's aggregate functions; the
     * quartiles by {@link #quantile}, NumPy's linear interpolation (Tablesaw's own {@code quartile1} uses
     * another definition). Tablesaw's {@code table.summary()} prints a similar overview without quartiles.
     *
     * <pre>{@code
     * System.out.println(Tables.describe(df).print());
     * }</pre>
     *
     * @param table the table
     * @return the result
     */
    public static Table describe(Table table) {
        List<NumericAggregateFunction> stats = List.of(AggregateFunctions.mean, AggregateFunctions.stdDev, AggregateFunctions.min,
                quantile(0.25), quantile(0.5), quantile(0.75), AggregateFunctions.max);
        Table out = Table.create(table.name() + " describe", StringColumn.create("", DESCRIBE_ROWS));
        for (Column<?> c : table.columns()) {
            if (!(c instanceof NumericColumn<?> nc)) continue;
            DoubleColumn d = DoubleColumn.create(c.name(), DESCRIBE_ROWS.size());
            d.set(0, (double) AggregateFunctions.countNonMissing.summarize(nc));
            for (int i = 0; i < stats.size(); i++) d.set(i + 1, stats.get(i).summarize(nc));
            out.addColumns(d);
        }
        return out;
    }

    /**
     * A Tablesaw aggregate function for the q-quantile of a numeric column's non-missing values by NumPy's
     * default (linear) method, NaN for no values; usable in {@code summarize}. NumPy: {@code np.nanquantile(x, q)};
     * pandas: {@code s.quantile(q)}, {@code groupby(k)[c].quantile(q)}.
     *
     * <pre>{@code
     * df.summarize("total_runs", Tables.quantile(0.9)).by("batsman");
     * }</pre>
     *
     * @throws IllegalArgumentException for q outside [0, 1]
     * @param q the quantile, between 0 and 1
     * @return the result
     */
    public static NumericAggregateFunction quantile(double q) {
        if (!(q >= 0 && q <= 1)) throw new IllegalArgumentException("Quantiles must be in the range [0, 1], got " + q);
        String name = q == 0.25 ? "25%" : q == 0.5 ? "50%" : q == 0.75 ? "75%" : "Quantile " + q;
        return new NumericAggregateFunction(name) {
            @Override
            public Double summarize(NumericColumn<?> column) {
                double[] v = sortedValues(column);
                if (v.length == 0) return Double.NaN;
                double position = q * (v.length - 1);                 // NumPy's "linear" virtual index
                int below = (int) Math.floor(position);
                int above = Math.min(below + 1, v.length - 1);
                double t = position - below, a = v[below], b = v[above], diff = b - a;
                return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;  // NumPy's _lerp, exact at both ends
            }
        };
    }

    // ------------------------------------------------------------------ internals

    /** The non-missing values of a numeric column, ascending (missing values read as NaN). */
    private static double[] sortedValues(NumericColumn<?> column) {
        double[] v = Arrays.stream(column.asDoubleArray()).filter(x -> !Double.isNaN(x)).toArray();
        Arrays.sort(v);
        return v;
    }

    /** NumPy's {@code nanmedian}: the middle value, or the mean of the two middle values; NaN for none. */
    private static double median(NumericColumn<?> column) {
        double[] v = sortedValues(column);
        int n = v.length;
        if (n == 0) return Double.NaN;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /** The named columns (every column for no names), as a new list; an unknown name fails listing the table's columns. */
    private static List<Column<?>> select(Table table, String[] names, String what) {
        if (names.length == 0) return new ArrayList<>(table.columns());
        List<Column<?>> out = new ArrayList<>(names.length);
        for (String name : names) {
            if (name == null || !table.containsColumn(name))
                throw new IllegalArgumentException(what + ": no column '" + name + "' in the table '" + table.name()
                        + "'; its columns are " + table.columnNames());
            out.add(table.column(name));
        }
        return out;
    }

    /** {@link #dtypeOf}, after checking that an integer or boolean column has no missing values. */
    private static DType checkedDtype(Column<?> column) {
        DType dt = dtypeOf(column);
        if (!dt.isFloating()) {
            int missing = column.countMissing();
            if (missing > 0) {
                int first = 0;
                while (!column.isMissing(first)) first++;
                throw new IllegalArgumentException("column '" + column.name() + "' (" + column.type().name() + ", " + column.size()
                        + " rows) has " + missing + " missing value" + (missing == 1 ? "" : "s") + ", the first at row " + first
                        + ", and NumJ's " + dt + " has no missing value: fill them first (Tables.fillnaMedian(table, \""
                        + column.name() + "\") or column.setMissingTo(...)), or convert the column with asDoubleColumn() to get NaN as pandas does");
            }
        }
        return dt;
    }

    /** The columns' values, row-major, as one 1-D NDArray of n * columns elements of dtype dt. */
    private static NDArray gather(List<Column<?>> cols, DType dt, int n) {
        int k = cols.size();
        long total = (long) n * k;
        if (total > Integer.MAX_VALUE - 8)
            throw new IllegalArgumentException("values: " + n + " rows x " + k + " columns is more than one Java array holds; select fewer columns");
        int size = (int) total;
        switch (dt) {
            case FLOAT64, FLOAT32 -> {
                double[] d = dt == DType.FLOAT64 ? new double[size] : null;
                float[] f = dt == DType.FLOAT32 ? new float[size] : null;
                for (int j = 0; j < k; j++) {
                    IntToDoubleFunction get = doubles(cols.get(j));
                    if (d != null) for (int i = 0; i < n; i++) d[i * k + j] = get.applyAsDouble(i);
                    else for (int i = 0; i < n; i++) f[i * k + j] = (float) get.applyAsDouble(i);   // exact: float or bool sources
                }
                return d != null ? array(d) : array(f);
            }
            default -> {
                long[] l = dt == DType.INT64 ? new long[size] : null;
                int[] in = dt == DType.INT32 ? new int[size] : null;
                boolean[] b = dt == DType.BOOL ? new boolean[size] : null;
                for (int j = 0; j < k; j++) {
                    IntToLongFunction get = longs(cols.get(j));
                    if (l != null) for (int i = 0; i < n; i++) l[i * k + j] = get.applyAsLong(i);
                    else if (in != null) for (int i = 0; i < n; i++) in[i * k + j] = (int) get.applyAsLong(i);   // int32 sources only
                    else for (int i = 0; i < n; i++) b[i * k + j] = get.applyAsLong(i) != 0;
                }
                return l != null ? array(l) : in != null ? array(DType.INT32, in) : array(b);
            }
        }
    }

    /** Element i of a numeric or boolean column as a double (missing floats are NaN; true is 1). */
    private static IntToDoubleFunction doubles(Column<?> c) {
        return switch (c) {
            case DoubleColumn d -> d::getDouble;
            case FloatColumn f -> f::getFloat;
            case BooleanColumn b -> b::getByte;
            case NumericColumn<?> x -> x::getDouble;
            default -> throw new IllegalStateException("not numeric: " + c.name());
        };
    }

    /** Element i of an integer or boolean column as a long (true is 1). */
    private static IntToLongFunction longs(Column<?> c) {
        return switch (c) {
            case LongColumn l -> l::getLong;
            case IntColumn in -> in::getInt;
            case ShortColumn s -> s::getShort;
            case BooleanColumn b -> b::getByte;
            default -> throw new IllegalStateException("not an integer column: " + c.name());
        };
    }

    private static IllegalArgumentException marker(String name, NDArray a, int i, String marker, String type) {
        return new IllegalArgumentException("toColumn('" + name + "'): element " + i + " of the " + a.dtype() + " array of shape " + shape(a)
                + " is " + marker + ", Tablesaw's missing-value marker for a " + type + ": it would silently become missing");
    }

    /** NumPy's shape tuple: {@code (2, 3)}, {@code (4,)}, {@code ()}. */
    static String shape(NDArray a) {
        long[] s = a.shape();
        return "(" + Arrays.stream(s).mapToObj(Long::toString).collect(Collectors.joining(", ")) + (s.length == 1 ? ",)" : ")");
    }
}
