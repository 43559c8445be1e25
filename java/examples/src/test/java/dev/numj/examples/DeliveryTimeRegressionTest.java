package dev.numj.examples;

import dev.numj.NDArray;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static dev.numj.NumJ.array;
import static org.junit.jupiter.api.Assertions.*;

/** The Zomato regression gives NumPy's weights and RMSE on NumPy's data and split; NumJ's own run finds the simulation's coefficients. */
class DeliveryTimeRegressionTest {
    @Test
    void numpysDataAndSplitGiveNumPysWeightsAndRmse() throws IOException {
        List<double[]> rows = new ArrayList<>();
        List<Long> perm = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                getClass().getResourceAsStream("zomato-numpy-seed42.csv.gz")), StandardCharsets.US_ASCII))) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",");
                rows.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]), Double.parseDouble(f[4])});
                perm.add(Long.parseLong(f[5]));
            }
        }
        NDArray all = array(rows.toArray(double[][]::new));
        DeliveryTimeRegression.Data d = new DeliveryTimeRegression.Data(all.get(":, 0:4").copy(), all.get(":, 4").copy());
        NDArray indices = array(perm.stream().mapToLong(Long::longValue).toArray());
        DeliveryTimeRegression.Result res = DeliveryTimeRegression.fit(d, indices, false);
        assertTrue(NumPyReference.maxRelErr(res.weights(), NumPyReference.values("zomato.weights")) < 1e-10, "weights " + res.weights());
        assertEquals(NumPyReference.value("zomato.rmse"), res.rmse(), 1e-12);
    }

    @Test
    void numjSimulationRecoversTheCoefficients() {
        DeliveryTimeRegression.Data d = DeliveryTimeRegression.simulate(5000, 42);
        assertArrayEquals(new long[] {5000, 4}, d.X().shape());
        DeliveryTimeRegression.Result r = DeliveryTimeRegression.fit(d, 42, false);
        // delivery = 10 + 3 distance - 2 rating + 1.5 items + 5 noise: on standardised features the weights are
        // coefficient * feature std (distance ~3, rating ~0.5, items ~2, time: none)
        NDArray sd = d.X().std(0);
        double[] coef = {3, -2, 1.5, 0};
        for (int j = 0; j < 4; j++)
            assertEquals(coef[j] * sd.getDouble(j), r.weights().getDouble(j + 1), 0.25, "weight of feature " + j);
        assertEquals(5.0, r.rmse(), 0.3, "the noise's standard deviation");
    }
}
