package dev.numj.examples;

import dev.numj.NDArray;
import dev.numj.random.Random;
import dev.numj.tablesaw.Tables;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;
import tech.tablesaw.selection.Selection;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import static dev.numj.NumJ.*;
import static tech.tablesaw.aggregate.AggregateFunctions.count;
import static tech.tablesaw.aggregate.AggregateFunctions.mean;
import static tech.tablesaw.aggregate.AggregateFunctions.sum;
import static dev.numj.random.Random.*;

/**
 * The seeds' pandas steps in Java, with Tablesaw as the table and NumJ as the arrays ({@link Tables}).
 * Part 1, the Zomato delivery-time pipeline: orders simulated as in {@link DeliveryTimeRegression} plus a
 * city and a few gaps, written to CSV, then {@code read_csv}, {@code head}, {@code describe},
 * {@code isnull().sum()}, {@code fillna(median)}, {@code get_dummies}, {@code df[cols].values} and the chapter's
 * normal-equation regression. Part 2, the IPL case study's group-bys on the {@link IplData} ball-by-ball CSV:
 * {@code groupby('batsman').agg(sum, count)}, strike rates, runs per team, runs per over, phases.
 */
public final class TablesPandasSteps {
    private TablesPandasSteps() {}

    static final String[] CITIES = {"Bengaluru", "Delhi", "Hyderabad", "Mumbai"};
    /** Minutes each city adds to a delivery (the dummies' weights should find them, relative to Bengaluru). */
    static final double[] CITY_MINUTES = {4, 0, 2, 6};
    static final String ORDERS_HEADER = "distance_km,rating,num_items,time_of_day,city,delivery_min";

    /**
     * Part 1's answers.
     *
     * @param missing     {@code df.isnull().sum()}: missing values per column, in the file's column order
     * @param medians     the value {@code fillna(median)} put into each column that had gaps
     * @param features    the columns of X: the numeric features, then the city dummies
     * @param X           {@code df[features].values} after the fill and the dummies, float64 (n, features)
     * @param y           {@code df['delivery_min'].values}
     * @param permutation the row order of the 80/20 split
     * @param weights     [bias, one per feature] on z-scored features
     * @param rmse        on the held-out 20%
     */
    public record Zomato(Table describe, Map<String, Integer> missing, Map<String, Double> medians, List<String> features,
                         NDArray X, NDArray y, NDArray permutation, NDArray weights, double rmse) {}

    /**
     * Part 2's answers; groups in ascending key order, as pandas' groupby gives them.
     *
     * @param batsmen          the distinct batsmen
     * @param batsmanRuns      {@code groupby('batsman')['batsman_runs'].sum()}
     * @param ballsFaced       {@code groupby('batsman')['batsman_runs'].count()}
     * @param strikeRate       runs / balls * 100
     * @param topBatsmen       the 5 best strike rates among batsmen with at least {@code minBalls} balls, best first
     * @param teams            the distinct batting teams
     * @param teamRuns         {@code groupby('batting_team')['total_runs'].sum()}
     * @param avgRunsPerOver   {@code groupby(['match_id', 'inning', 'over'])['total_runs'].sum().groupby('over').mean()}, overs 1..20
     * @param phaseRunsPerBall mean total_runs per ball in the powerplay, middle and death overs
     * @param phaseWickets     wickets in each phase
     */
    public record Ipl(int deliveries, String[] batsmen, NDArray batsmanRuns, NDArray ballsFaced, NDArray strikeRate, String[] topBatsmen,
                      String[] teams, NDArray teamRuns, NDArray avgRunsPerOver, NDArray phaseRunsPerBall, NDArray phaseWickets) {}

    public record Result(Path ordersCsv, Path deliveriesCsv, Zomato zomato, Ipl ipl) {}

    /** Writes {@code orders} simulated orders with gaps to {@code csv} (columns {@link #ORDERS_HEADER}); returns the gaps. */
    static int writeOrders(Path csv, int orders, long seed) throws IOException {
        DeliveryTimeRegression.Data d = DeliveryTimeRegression.simulate(orders, seed);
        Random rng = random(seed + 1);
        NDArray city = rng.randint(0, CITIES.length, orders);
        NDArray minutes = d.y().add(array(CITY_MINUTES).take(city, 0)).round(1);
        NDArray gapDistance = rng.rand(orders).lt(0.03), gapRating = rng.rand(orders).lt(0.03);   // ~3% missing each
        double[] distance = d.X().get(":, 0").toDoubleArray(), rating = d.X().get(":, 1").toDoubleArray(), y = minutes.toDoubleArray();
        long[] items = d.X().get(":, 2").astype(INT64).toLongArray(), hour = d.X().get(":, 3").astype(INT64).toLongArray(), c = city.toLongArray();
        boolean[] noDistance = gapDistance.toBooleanArray(), noRating = gapRating.toBooleanArray();
        Files.createDirectories(csv.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write(ORDERS_HEADER);
            w.newLine();
            for (int i = 0; i < orders; i++) {
                w.write((noDistance[i] ? "" : Double.toString(distance[i])) + "," + (noRating[i] ? "" : Double.toString(rating[i])) + ","
                        + items[i] + "," + hour[i] + "," + CITIES[(int) c[i]] + "," + y[i]);
                w.newLine();
            }
        }
        return (int) (gapDistance.sum().itemLong() + gapRating.sum().itemLong());
    }

    /** Part 1 on an orders CSV: the pandas steps, then the chapter's regression with the split {@code permutation(seed)}. */
    public static Zomato zomato(Path csv, long seed, boolean print) throws IOException {
        Table df = Table.read().csv(csv.toFile());                                      // df = pd.read_csv(csv)
        if (print) {
            System.out.printf("pd.read_csv: %d rows x %d columns%n", df.rowCount(), df.columnCount());
            System.out.println(indent(df.first(5).print()));                            // df.head()
        }
        Table describe = Tables.describe(df);                                           // df.describe()
        if (print) {
            for (Column<?> c : describe.columns()) if (c instanceof NumericColumn<?> n) n.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(2));
            System.out.println(indent(describe.print()));
        }
        Map<String, Integer> missing = new LinkedHashMap<>();                           // df.isnull().sum()
        for (Column<?> c : df.columns()) missing.put(c.name(), c.countMissing());
        if (print) System.out.println("df.isnull().sum(): " + missing);

        Map<String, Selection> gaps = new LinkedHashMap<>();
        for (Column<?> c : df.columns()) if (c.countMissing() > 0) gaps.put(c.name(), c.isMissing());
        Tables.fillnaMedian(df, gaps.keySet().toArray(String[]::new));                 // df[c].fillna(df[c].median(), inplace=True)
        Map<String, Double> medians = new LinkedHashMap<>();
        gaps.forEach((name, rows) -> medians.put(name, df.numberColumn(name).getDouble(rows.get(0))));
        if (print) System.out.println("fillna(median): " + medians + ", missing now " + df.missingValueCounts().numberColumn(0).sum());

        Table encoded = Tables.getDummies(df, "city", true);                            // pd.get_dummies(df, columns=['city'], drop_first=True)
        List<String> features = new ArrayList<>(encoded.columnNames());
        features.remove("delivery_min");
        NDArray X = Tables.values(encoded, features.toArray(String[]::new));           // df[features].values
        NDArray y = Tables.values(encoded.column("delivery_min"));                     // df['delivery_min'].values
        if (print) System.out.println("get_dummies(city, drop_first=True), X = df[features].values: " + X.dtype() + " "
                + DeliveryTimeRegression.shape(X) + ", features " + features);

        NDArray permutation = random(seed).permutation(X.shape(0));
        DeliveryTimeRegression.Result fit = DeliveryTimeRegression.fit(new DeliveryTimeRegression.Data(X, y), permutation, false);
        if (print) {
            StringJoiner w = new StringJoiner(", ", "Weights (z-scored features): bias " + fmt(fit.weights().getDouble(0)) + ", ", "");
            for (int j = 0; j < features.size(); j++) w.add(features.get(j) + " " + fmt(fit.weights().getDouble(j + 1)));
            System.out.println(w);
            System.out.printf("Test RMSE: %.2f minutes   (the simulation's noise has std 5)%n", fit.rmse());
        }
        return new Zomato(describe, missing, medians, features, X, y, permutation, fit.weights(), fit.rmse());
    }

    /** Part 2 on a deliveries CSV with {@link IplData#HEADER}'s columns. */
    public static Ipl ipl(Path csv, int minBalls, boolean print) throws IOException {
        Table deliveries = Table.read().csv(csv.toFile());                              // pd.read_csv('deliveries.csv')
        if (print) {
            System.out.printf("pd.read_csv: %d deliveries x %d columns%n", deliveries.rowCount(), deliveries.columnCount());
            System.out.println(indent(deliveries.first(3).print()));
        }
        // batsman_stats = deliveries.groupby('batsman').agg(total_runs=('batsman_runs', 'sum'), balls_faced=('batsman_runs', 'count'))
        Table stats = deliveries.summarize("batsman_runs", sum, count).by("batsman").sortAscendingOn("batsman");
        NDArray runsBalls = Tables.values(stats, "Sum [batsman_runs]", "Count [batsman_runs]");   // float64 (batsmen, 2)
        NDArray runs = runsBalls.get(":, 0"), balls = runsBalls.get(":, 1");
        NDArray strikeRate = runs.div(balls).mul(100.0);                               // (runs / balls) * 100
        String[] batsmen = stats.stringColumn("batsman").asObjectArray();
        NDArray qualified = arange(batsmen.length).get(balls.ge((double) minBalls));    // np.flatnonzero(balls >= min_balls)
        NDArray top = qualified.take(strikeRate.take(qualified, 0).argsort().get("::-1").get(":5"), 0);
        String[] topBatsmen = new String[(int) top.size()];
        for (int i = 0; i < topBatsmen.length; i++) topBatsmen[i] = batsmen[(int) top.getLong(i)];

        Table teams = deliveries.summarize("total_runs", sum).by("batting_team").sortAscendingOn("batting_team");
        NDArray teamRuns = Tables.values(teams.column(1));                             // groupby('batting_team')['total_runs'].sum()

        Table overRuns = deliveries.summarize("total_runs", sum).by("match_id", "inning", "over");
        Table perOver = overRuns.summarize("Sum [total_runs]", mean).by("over").sortAscendingOn("over");
        NDArray avgRunsPerOver = Tables.values(perOver.column(1));

        // deliveries['phase'] = ...: computed in NumJ, back into the table as a column, then grouped
        NDArray over = Tables.values(deliveries.column("over"));
        NDArray phase = where(over.le(6L), zeros(INT32), where(over.le(15L), ones(INT32), full(INT32, new long[0], 2L)));
        deliveries.addColumns(Tables.toColumn("phase", phase));
        Table phases = deliveries.summarize("total_runs", "is_wicket", mean, sum).by("phase").sortAscendingOn("phase");
        NDArray phaseRunsPerBall = Tables.values(phases.column("Mean [total_runs]")), phaseWickets = Tables.values(phases.column("Sum [is_wicket]"));

        if (print) {
            System.out.printf("groupby('batsman').agg(sum, count): %d batsmen; top %d strike rates (min %d balls):%n", batsmen.length, top.size(), minBalls);
            for (int i = 0; i < top.size(); i++) {
                long k = top.getLong(i);
                System.out.printf("  %-16s SR %6.1f  runs %4.0f  balls %4.0f%n", batsmen[(int) k], strikeRate.getDouble(k), runs.getDouble(k),
                        balls.getDouble(k));
            }
            StringJoiner t = new StringJoiner(", ", "groupby('batting_team')['total_runs'].sum(): ", "");
            for (int i = 0; i < teams.rowCount(); i++) t.add(teams.stringColumn(0).get(i) + " " + (long) teamRuns.getDouble(i));
            System.out.println(t);
            System.out.println("groupby('over').mean() of the runs per over: " + avgRunsPerOver.round(2));
            System.out.println("groupby('phase'): runs per ball " + phaseRunsPerBall.round(3) + ", wickets " + phaseWickets.astype(INT64)
                    + " (powerplay, middle, death)");
        }
        return new Ipl(deliveries.rowCount(), batsmen, runs, balls, strikeRate, topBatsmen, teams.stringColumn(0).asObjectArray(), teamRuns,
                avgRunsPerOver, phaseRunsPerBall, phaseWickets);
    }

    /** Generates both CSVs in {@code dir} and runs both parts. */
    public static Result run(Path dir, int orders, int matches, long seed, boolean print) throws IOException {
        Path ordersCsv = dir.resolve("zomato_orders.csv"), deliveriesCsv = dir.resolve("deliveries.csv");
        int gaps = writeOrders(ordersCsv, orders, seed);
        if (print) System.out.println("Part 1, Zomato orders: " + orders + " simulated with " + gaps + " gaps: " + ordersCsv.toAbsolutePath());
        Zomato z = zomato(ordersCsv, seed, print);
        int rows = IplData.generate(deliveriesCsv, matches, seed);
        if (print) System.out.println("Part 2, IPL: " + rows + " deliveries of " + matches + " matches: " + deliveriesCsv.toAbsolutePath());
        Ipl i = ipl(deliveriesCsv, 60, print);
        return new Result(ordersCsv, deliveriesCsv, z, i);
    }

    private static String fmt(double v) { return String.format("%.3f", v); }

    private static String indent(String s) { return "  " + s.replace("\n", "\n  "); }

    public static void main(String[] args) throws IOException {
        run(Path.of(args.length > 0 ? args[0] : "tables-demo"), 2000, 30, 42, true);
    }
}
