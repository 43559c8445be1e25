package dev.numj.examples;

import dev.numj.NDArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static dev.numj.NumJ.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The example's pandas steps against NumPy: tables_pandas_steps.py (beside this class) redoes every step with the
 * csv module and NumPy on the same two CSVs and the same split, and each answer must agree: the missing counts,
 * describe, the medians filled in, the dummy columns and matrix, X and y exactly, the weights to 1e-10, and the
 * group-bys (sums and counts exactly).
 */
class TablesPandasStepsTest {
    @TempDir
    Path dir;

    @Test
    void everyStepAgreesWithNumPy() throws Exception {
        int minBalls = 40;
        TablesPandasSteps.Result r = TablesPandasSteps.run(dir, 1500, 24, 7, false);
        TablesPandasSteps.Ipl ipl = TablesPandasSteps.ipl(r.deliveriesCsv(), minBalls, false);
        Path perm = dir.resolve("permutation.txt");
        Files.writeString(perm, String.join("\n", Arrays.stream(r.zomato().permutation().toLongArray()).mapToObj(Long::toString).toList()));
        Map<String, String> np = numpy(r.ordersCsv(), perm, r.deliveriesCsv(), minBalls);
        TablesPandasSteps.Zomato z = r.zomato();

        // isnull().sum(): gaps were injected in two columns only
        double[] missing = numbers(np, "missing");
        assertArrayEquals(missing, z.missing().values().stream().mapToDouble(Integer::doubleValue).toArray());
        assertTrue(missing[0] > 0 && missing[1] > 0, "gaps in distance_km and rating: " + z.missing());
        // describe()
        for (String c : List.of("distance_km", "rating", "num_items", "time_of_day", "delivery_min")) {
            double[] expected = numbers(np, "describe." + c), actual = z.describe().doubleColumn(c).asDoubleArray();
            for (int i = 0; i < expected.length; i++)
                assertEquals(expected[i], actual[i], 1e-12 * Math.max(1, Math.abs(expected[i])), "describe " + c + " row " + i);
        }
        // fillna(median): the value put into the gaps, bit for bit
        assertEquals(List.of("distance_km", "rating"), List.copyOf(z.medians().keySet()));
        for (String c : z.medians().keySet()) assertEquals(numbers(np, "median." + c)[0], z.medians().get(c), 0.0, "median of " + c);
        // get_dummies(drop_first=True) and df[features].values
        List<String> dummies = List.of(np.get("dummies").split("\\|"));
        assertEquals(List.of("city_Delhi", "city_Hyderabad", "city_Mumbai"), dummies);
        assertEquals(dummies, z.features().subList(4, z.features().size()));
        assertEquals(FLOAT64, z.X().dtype());
        assertArrayEquals(new long[] {1500, 7}, z.X().shape());
        assertArrayEquals(numbers(np, "dummy_matrix"), z.X().get(":, 4:").copy().toDoubleArray(), 0.0, "dummy matrix");
        assertArrayEquals(numbers(np, "X"), z.X().toDoubleArray(), 0.0, "X");
        assertArrayEquals(numbers(np, "y"), z.y().toDoubleArray(), 0.0, "y");
        // the chapter's normal equation on the same split
        assertTrue(NumPyReference.maxRelErr(z.weights(), numbers(np, "weights")) < 1e-10, "weights " + z.weights());
        assertEquals(numbers(np, "rmse")[0], z.rmse(), 1e-10);
        // and the model found the simulation: about 5 minutes of noise, Mumbai 6 minutes slower than Bengaluru
        assertEquals(5.0, z.rmse(), 0.5);

        // IPL group-bys, keys in pandas' sorted order
        assertArrayEquals(np.get("batsmen").split("\\|"), ipl.batsmen());
        assertArrayEquals(numbers(np, "batsman_runs"), ipl.batsmanRuns().toDoubleArray(), 0.0, "runs per batsman");
        assertArrayEquals(numbers(np, "balls_faced"), ipl.ballsFaced().toDoubleArray(), 0.0, "balls per batsman");
        assertArrayEquals(numbers(np, "strike_rate"), ipl.strikeRate().toDoubleArray(), 0.0, "strike rates");
        assertArrayEquals(np.get("top_batsmen").split("\\|"), ipl.topBatsmen());
        assertArrayEquals(np.get("teams").split("\\|"), ipl.teams());
        assertArrayEquals(numbers(np, "team_runs"), ipl.teamRuns().toDoubleArray(), 0.0, "runs per team");
        assertArrayEquals(numbers(np, "avg_runs_per_over"), ipl.avgRunsPerOver().toDoubleArray(), 1e-12, "runs per over");
        assertArrayEquals(numbers(np, "phase_runs_per_ball"), ipl.phaseRunsPerBall().toDoubleArray(), 1e-12, "runs per ball by phase");
        assertArrayEquals(numbers(np, "phase_wickets"), ipl.phaseWickets().toDoubleArray(), 0.0, "wickets by phase");
        // the run's own IPL part (min 60 balls) read the same file
        assertEquals(5, r.ipl().topBatsmen().length);
        assertEquals(ipl.deliveries(), r.ipl().deliveries());
    }

    @Test
    void cityDummiesRecoverTheSimulatedCityMinutes() throws IOException {
        TablesPandasSteps.Zomato z = TablesPandasSteps.run(dir, 5000, 8, 42, false).zomato();
        // on z-scored features a dummy's weight is (minutes vs Bengaluru) * the dummy's std
        NDArray sd = z.X().std(0);
        for (int j = 0; j < 3; j++) {
            double minutes = TablesPandasSteps.CITY_MINUTES[j + 1] - TablesPandasSteps.CITY_MINUTES[0];
            assertEquals(minutes * sd.getDouble(4 + j), z.weights().getDouble(5 + j), 0.3, z.features().get(4 + j));
        }
    }

    private static double[] numbers(Map<String, String> np, String key) {
        String v = np.get(key);
        if (v == null) throw new AssertionError("NumPy printed no " + key + ": " + np.keySet());
        return Arrays.stream(v.trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
    }

    /** Runs tables_pandas_steps.py in python3 ({@code -Dnumj.python} or NUMJ_PYTHON to choose) and reads its key/tab/value lines. */
    private static Map<String, String> numpy(Path orders, Path perm, Path deliveries, int minBalls) throws Exception {
        String script;
        try (InputStream in = TablesPandasStepsTest.class.getResourceAsStream("tables_pandas_steps.py")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String python = System.getProperty("numj.python", System.getenv().getOrDefault("NUMJ_PYTHON", "python3"));
        List<String> cmd = new ArrayList<>(List.of(python, "-c", script, orders.toString(), perm.toString(), deliveries.toString(),
                Integer.toString(minBalls)));
        Path stdout = Files.createTempFile("numpy", ".txt"), stderr = Files.createTempFile("numpy", ".err");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0)
                throw new AssertionError("tables_pandas_steps.py failed: " + Files.readString(stderr));
            Map<String, String> answers = new HashMap<>();
            for (String line : Files.readAllLines(stdout)) {
                int tab = line.indexOf('\t');
                answers.put(line.substring(0, tab), line.substring(tab + 1));
            }
            return answers;
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }
}
