package dev.numj.examples;

import dev.numj.NDArray;
import dev.numj.random.Random;
import dev.numj.nn.Activations;
import dev.numj.nn.Init;
import dev.numj.plots.BarChart;
import dev.numj.plots.DecisionBoundaryPlot;
import dev.numj.plots.HistogramPlot;
import dev.numj.plots.LinePlot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static dev.numj.NumJ.*;
import static dev.numj.random.Random.*;

/**
 * The seeds' matplotlib pictures (chapter 3.5 and the IPL case study) from real runs, written as PNG
 * into one folder with the optional {@code dev.numj.plots} module:
 * <ul>
 * <li>{@code loss_curve.png}: train and validation cross-entropy per epoch of the digits MLP ({@link DigitsMlp});</li>
 * <li>{@code weight_init_histograms.png}: Xavier normal, He normal and Glorot uniform weights of a 784 x 128 layer ({@link Init});</li>
 * <li>{@code ipl_runs_per_over.png}: average runs per over, the case study's task 1 ({@link IplAnalytics});</li>
 * <li>{@code ipl_score_progression.png}: both innings' cumulative scores in one match, task 3;</li>
 * <li>{@code xor_decision_boundary.png}: the trained XOR network's classes over a meshgrid, with the four inputs ({@link XorNetwork}).</li>
 * </ul>
 * The pictures take the other examples' results, so {@code scripts/demo} trains nothing twice.
 */
public final class Figures {
    private Figures() {}

    /** The loss curves: {@code plt.plot(epochs, train_loss); plt.plot(epochs, val_loss)}. */
    public static LinePlot lossCurve(DigitsMlp.Result mlp) {
        NDArray epochs = arange(1L, mlp.trainLoss().length + 1L);
        return new LinePlot("Training progress: digits MLP 64-32-10").xLabel("Epoch").yLabel("Cross-entropy loss")
                .series("Train loss", epochs, array(mlp.trainLoss())).series("Val loss", epochs, array(mlp.valLoss()));
    }

    /** Three initialisations of one 784 x 128 layer, 50 bins over their common range. */
    public static HistogramPlot weightInitHistograms(long seed) {
        Random rng = random(seed);
        NDArray xavier = Init.xavier(rng, 784, 128), he = Init.he(rng, 784, 128), uniform = Init.xavierUniform(rng, 784, 128);
        return new HistogramPlot("Weight initialisation of a 784 x 128 layer (100,352 weights each)").bins(50)
                .xLabel("Weight value").yLabel("Count")
                .series(String.format("Xavier normal (std=%.4f)", xavier.std().item()), xavier)
                .series(String.format("He normal (std=%.4f)", he.std().item()), he)
                .series(String.format("Glorot uniform (std=%.4f)", uniform.std().item()), uniform);
    }

    /** The case study's {@code plt.bar(avg_runs_per_over.index, avg_runs_per_over.values)}. */
    public static BarChart runsPerOver(IplAnalytics.Result ipl) {
        List<String> overs = IntStream.rangeClosed(1, (int) ipl.avgRunsPerOver().size()).mapToObj(Integer::toString).toList();
        return new BarChart("IPL: average runs per over (generated seasons)").xLabel("Over number").yLabel("Average runs")
                .bars(overs, ipl.avgRunsPerOver());
    }

    /** Task 3: {@code plt.plot(balls, np.cumsum(innings['total_runs']))} for each innings. */
    public static LinePlot scoreProgression(IplAnalytics.Result ipl) {
        LinePlot plot = new LinePlot("IPL match #" + ipl.progressionMatch() + ": score progression").xLabel("Ball number").yLabel("Cumulative score");
        for (int i = 0; i < ipl.progression().length; i++) {
            NDArray c = ipl.progression()[i];
            plot.series("Innings " + (i + 1), arange(1L, c.size() + 1), c);
        }
        return plot;
    }

    /**
     * The seeds' {@code plot_decision_boundary} for the XOR network: its predictions (output &gt; 0.5)
     * over a meshgrid of step 0.01 from -0.5 to 1.5 on both axes, and the four training points.
     */
    public static DecisionBoundaryPlot xorBoundary(XorNetwork.Result xor) {
        List<NDArray> g = meshgrid(arange(-0.5, 1.5, 0.01), arange(-0.5, 1.5, 0.01));
        NDArray grid = columnStack(g.get(0).ravel(), g.get(1).ravel());                 // np.c_[xx.ravel(), yy.ravel()]
        NDArray Z = xorClasses(xor, grid).reshape(g.get(0).shape());
        return new DecisionBoundaryPlot("XOR network 2-2-1: decision regions (output > 0.5)").xLabel("x1").yLabel("x2")
                .grid(g.get(0), g.get(1), Z).points(XorNetwork.X, XorNetwork.Y.ravel()).classNames("XOR = 0", "XOR = 1");
    }

    /** The trained XOR network's class (output &gt; 0.5) for each row of {@code points} (n, 2): bool (n,). */
    static NDArray xorClasses(XorNetwork.Result xor, NDArray points) {
        NDArray out = Activations.sigmoid(Activations.sigmoid(points.matmul(xor.W1()).add(xor.b1())).matmul(xor.W2()).add(xor.b2()));
        return out.gt(0.5).ravel();
    }

    /** Writes the five pictures into {@code dir} and returns their paths. */
    public static List<Path> writeAll(Path dir, DigitsMlp.Result mlp, IplAnalytics.Result ipl, XorNetwork.Result xor, boolean print) throws IOException {
        List<Path> written = new ArrayList<>();
        written.add(lossCurve(mlp).save(dir.resolve("loss_curve.png")));
        written.add(weightInitHistograms(42).save(dir.resolve("weight_init_histograms.png")));
        written.add(runsPerOver(ipl).save(dir.resolve("ipl_runs_per_over.png")));
        written.add(scoreProgression(ipl).save(dir.resolve("ipl_score_progression.png")));
        written.add(xorBoundary(xor).save(dir.resolve("xor_decision_boundary.png")));
        if (print) for (Path p : written) System.out.println("  wrote " + p);
        return written;
    }

    /** Runs the three examples quietly and writes the pictures into {@code args[0]} (default build/plots). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "build/plots").toAbsolutePath().normalize();
        IplAnalytics.Result ipl = IplAnalytics.run(dir.resolve("deliveries.csv"), 60, 42, false);
        writeAll(dir, DigitsMlp.run(false), ipl, XorNetwork.run(false), true);
    }
}
