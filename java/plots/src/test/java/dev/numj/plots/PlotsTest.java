package dev.numj.plots;

import dev.numj.NDArray;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import static dev.numj.NumJ.*;
import static org.junit.jupiter.api.Assertions.*;
import static dev.numj.random.Random.*;

/**
 * Every figure written as a PNG on this headless machine, read back with ImageIO: the right size, many
 * colours, and the series' own colours present (the pictures stay in target/test-plots to be looked at).
 */
class PlotsTest {
    private static final Color PURPLE = new Color(0x7c3aed), AMBER = new Color(0xf59e0b);

    @Test
    void headlessIsHeadless() {
        assertTrue(GraphicsEnvironment.isHeadless(), "the tests run with java.awt.headless=true");
        assertFalse(new LinePlot("t").series("a", array(1.0, 2.0)).show(), "show() does nothing and says so when headless");
    }

    @Test
    void lossCurves() throws Exception {
        NDArray epochs = arange(1L, 101L);
        NDArray train = epochs.mul(-0.03).exp().mul(2.5), val = epochs.mul(-0.025).exp().mul(2.5).add(0.05);
        LinePlot plot = new LinePlot("Training progress").xLabel("Epoch").yLabel("Loss")
                .series("Train loss", epochs, train).series("Val loss", epochs, val);
        assertEquals(List.of("Train loss", "Val loss"), plot.seriesNames());
        Path png = plot.save(Pictures.dir().resolve("loss_curves.png"));
        BufferedImage img = Pictures.read(png, 960, 600);
        assertTrue(Pictures.count(img, PURPLE, 8) > 300, "train line (purple) drawn");
        assertTrue(Pictures.count(img, AMBER, 8) > 300, "validation line (amber) drawn");
        // The train curve falls: the purple pixels' mean height is in the lower half on the right.
        assertTrue(meanRow(img, PURPLE, img.getWidth() * 3 / 4, img.getWidth()) > meanRow(img, PURPLE, 0, img.getWidth() / 4));
    }

    @Test
    void sizeAndDefaultX() throws Exception {
        Path png = new LinePlot("").size(400, 300).series("y", array(3.0, 1.0, 2.0)).save(Pictures.dir().resolve("small_line.png"));
        Pictures.read(png, 400, 300);
        assertThrows(IllegalArgumentException.class, () -> new LinePlot("").size(10, 300));
    }

    @Test
    void overlaidHistograms() throws Exception {
        dev.numj.random.Random rng = random(0);
        NDArray wide = rng.randn(10_000), narrow = rng.randn(10_000).mul(0.3);
        HistogramPlot plot = new HistogramPlot("Weights").bins(40).xLabel("Weight value").yLabel("Count")
                .series("std 1", wide).series("std 0.3", narrow);
        List<Histogram> hs = plot.histograms();
        assertEquals(2, hs.size());
        assertArrayEquals(hs.get(0).binEdges().toDoubleArray(), hs.get(1).binEdges().toDoubleArray(), 0.0, "one set of bins for all");
        assertEquals(10_000, hs.get(0).counts().sum().itemLong());
        assertEquals(10_000, hs.get(1).counts().sum().itemLong(), "the common range covers every series");
        assertEquals(Math.min(wide.min().item(), narrow.min().item()), hs.get(0).binEdges().getDouble(0));
        BufferedImage img = Pictures.read(plot.save(Pictures.dir().resolve("histograms.png")), 960, 600);
        assertTrue(Pictures.count(img, PURPLE, 10) > 200, "first series outline");
        assertTrue(Pictures.count(img, AMBER, 10) > 200, "second series outline");
        HistogramPlot ranged = new HistogramPlot("").bins(4).range(-1, 1).series("w", wide);
        assertEquals(wide.ge(-1.0).and(wide.le(1.0)).sum().itemLong(), ranged.histograms().get(0).counts().sum().itemLong());
    }

    @Test
    void barChart() throws Exception {
        BarChart plot = new BarChart("Runs per team").xLabel("Team").yLabel("Runs")
                .bars(List.of("CSK", "MI", "RCB", "KKR"), array(1520L, 1610L, 1480L, 1390L));
        BufferedImage img = Pictures.read(plot.save(Pictures.dir().resolve("bars.png")), 960, 600);
        assertTrue(Pictures.count(img, PURPLE, 2) > 20_000, "four solid purple bars");
        BarChart grouped = new BarChart("two").series("a", List.of("x", "y"), array(1.0, 2.0)).series("b", List.of("x", "y"), array(2.0, 1.0));
        BufferedImage g = Pictures.read(grouped.save(Pictures.dir().resolve("bars_grouped.png")), 960, 600);
        assertTrue(Pictures.count(g, PURPLE, 2) > 5_000 && Pictures.count(g, AMBER, 2) > 5_000);
    }

    @Test
    void scatterByClass() throws Exception {
        dev.numj.random.Random rng = random(3);
        NDArray X = vstack(rng.randn(50, 2).sub(1.5), rng.randn(50, 2).add(1.5));
        NDArray y = concatenate(zeros(INT64, 50), ones(INT64, 50));
        ScatterPlot plot = new ScatterPlot("Two blobs").xLabel("Feature 1").yLabel("Feature 2").classes(X, y).classNames("low", "high");
        BufferedImage img = Pictures.read(plot.save(Pictures.dir().resolve("scatter.png")), 960, 600);
        assertTrue(Pictures.count(img, Palette.classColor(0, 2), 2) > 500, "class 0 points (red)");
        assertTrue(Pictures.count(img, Palette.classColor(1, 2), 2) > 500, "class 1 points (blue)");
        assertTrue(Pictures.count(img, Color.BLACK, 40) > 500, "black point edges");
        ScatterPlot plain = new ScatterPlot("").series("pts", array(1.0, 2.0, 3.0), array(2.0, 1.0, 3.0));
        Pictures.read(plain.save(Pictures.dir().resolve("scatter_plain.png")), 960, 600);
    }

    @Test
    void decisionBoundary() throws Exception {
        // A linear classifier: class 1 where x + y > 0; regions fill the whole plot area.
        dev.numj.random.Random rng = random(1);
        NDArray X = rng.randn(200, 2);
        // the seeds' grid: the points' range plus 1 on every side, step 0.05
        List<NDArray> g = meshgrid(arange(X.get(":, 0").min().item() - 1, X.get(":, 0").max().item() + 1, 0.05),
                arange(X.get(":, 1").min().item() - 1, X.get(":, 1").max().item() + 1, 0.05));
        NDArray xx = g.get(0), yy = g.get(1), zz = xx.add(yy).gt(0.0);
        NDArray y = X.get(":, 0").add(X.get(":, 1")).gt(0.0).astype(INT64);
        DecisionBoundaryPlot plot = new DecisionBoundaryPlot("x + y > 0").xLabel("Feature 1").yLabel("Feature 2").grid(xx, yy, zz).points(X, y);
        BufferedImage img = Pictures.read(plot.save(Pictures.dir().resolve("decision_boundary.png")), 960, 600);
        Color region0 = Palette.overWhite(Palette.classColor(0, 2), DecisionBoundaryPlot.REGION_ALPHA);
        Color region1 = Palette.overWhite(Palette.classColor(1, 2), DecisionBoundaryPlot.REGION_ALPHA);
        int r0 = Pictures.count(img, region0, 1), r1 = Pictures.count(img, region1, 1);
        assertTrue(r0 > 100_000 && r1 > 100_000, "both regions filled: " + r0 + ", " + r1);
        assertTrue(Pictures.count(img, Palette.classColor(0, 2), 2) > 300 && Pictures.count(img, Palette.classColor(1, 2), 2) > 300, "points of both classes");
        // Bottom-left of the plot area is class 0 (x + y < 0), top-right class 1: find the area's corners by colour.
        int[] box = box(img, region0, region1);
        assertEquals(region0, Pictures.at(img, box[0] + 3, box[3] - 3), "bottom-left region is class 0");
        assertEquals(region1, Pictures.at(img, box[2] - 3, box[1] + 3), "top-right region is class 1");
    }

    @Test
    void decisionBoundaryThreeClassesAndIjGridRejected() throws Exception {
        List<NDArray> g = meshgrid(linspace(0, 1, 30), linspace(0, 1, 20));
        NDArray zz = g.get(0).mul(3.0).floor().clip(0.0, 2.0);
        BufferedImage img = Pictures.read(new DecisionBoundaryPlot("three").grid(g.get(0), g.get(1), zz)
                .save(Pictures.dir().resolve("decision_three.png")), 960, 600);
        for (int k = 0; k < 3; k++)
            assertTrue(Pictures.count(img, Palette.overWhite(Palette.classColor(k, 3), DecisionBoundaryPlot.REGION_ALPHA), 1) > 50_000, "class " + k);
        List<NDArray> ij = meshgrid(linspace(0, 1, 30), linspace(0, 1, 20), "ij");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DecisionBoundaryPlot("").grid(ij.get(0), ij.get(1), zeros(30, 20)));
        assertTrue(e.getMessage().contains("not a meshgrid") && e.getMessage().contains("(30, 20)"), e.getMessage());
    }

    @Test
    void badInputNamesTheShapes() {
        IllegalArgumentException e;
        e = assertThrows(IllegalArgumentException.class, () -> new LinePlot("").series("train", arange(5L), arange(4L)));
        assertTrue(e.getMessage().contains("(5,)") && e.getMessage().contains("(4,)") && e.getMessage().contains("train"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new LinePlot("").series("t", zeros(2, 3)));
        assertTrue(e.getMessage().contains("1-D") && e.getMessage().contains("(2, 3)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new LinePlot("").series("t", zeros(0)));
        assertTrue(e.getMessage().contains("empty") && e.getMessage().contains("(0,)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new LinePlot("").series("t", arange(3L)).series("t", arange(3L)));
        assertTrue(e.getMessage().contains("already"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new LinePlot("").series("", arange(3L)));
        assertTrue(e.getMessage().contains("name"), e.getMessage());
        IllegalStateException none = assertThrows(IllegalStateException.class, () -> new LinePlot("Loss").save(Path.of("target", "never.png")));
        assertTrue(none.getMessage().contains("nothing to draw"), none.getMessage());

        e = assertThrows(IllegalArgumentException.class, () -> new HistogramPlot("").series("w", zeros(0)));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new HistogramPlot("").bins(0));
        e = assertThrows(IllegalArgumentException.class, () -> new HistogramPlot("").series("w", array(1.0, Double.NaN)).histograms());
        assertTrue(e.getMessage().contains("'w'") && e.getMessage().contains("not finite"), e.getMessage());

        e = assertThrows(IllegalArgumentException.class, () -> new BarChart("").bars(List.of("a", "b"), arange(3L)));
        assertTrue(e.getMessage().contains("2 labels") && e.getMessage().contains("(3,)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new BarChart("").series("a", List.of("x", "y"), arange(2L)).series("b", List.of("y", "x"), arange(2L)));
        assertTrue(e.getMessage().contains("differ"), e.getMessage());

        e = assertThrows(IllegalArgumentException.class, () -> new ScatterPlot("").classes(zeros(5, 3), zeros(5)));
        assertTrue(e.getMessage().contains("(n, 2)") && e.getMessage().contains("(5, 3)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new ScatterPlot("").classes(zeros(5, 2), zeros(4)));
        assertTrue(e.getMessage().contains("(5,)") && e.getMessage().contains("(4,)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new ScatterPlot("").classes(zeros(2, 2), array(0.0, 0.7)));
        assertTrue(e.getMessage().contains("0.7") && e.getMessage().contains("probs.gt(0.5)"), e.getMessage());

        List<NDArray> g = meshgrid(linspace(0, 1, 4), linspace(0, 1, 3));
        e = assertThrows(IllegalArgumentException.class, () -> new DecisionBoundaryPlot("").grid(g.get(0), g.get(1), zeros(4, 3)));
        assertTrue(e.getMessage().contains("(3, 4)") && e.getMessage().contains("(4, 3)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new DecisionBoundaryPlot("").grid(arange(4L), arange(4L), arange(4L)));
        assertTrue(e.getMessage().contains("2-D") && e.getMessage().contains("(4,)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new DecisionBoundaryPlot("").grid(g.get(0).get("::-1, ::-1"), g.get(1).get("::-1, ::-1"), zeros(3, 4)));
        assertTrue(e.getMessage().contains("increasing"), e.getMessage());
        IllegalStateException noGrid = assertThrows(IllegalStateException.class, () -> new DecisionBoundaryPlot("").toImage());
        assertTrue(noGrid.getMessage().contains("grid(xx, yy, zz)"), noGrid.getMessage());
    }

    /** Mean row of the pixels of colour c in columns [x0, x1). */
    private static double meanRow(BufferedImage img, Color c, int x0, int x1) {
        long sum = 0, n = 0;
        for (int y = 0; y < img.getHeight(); y++)
            for (int x = x0; x < x1; x++)
                if ((img.getRGB(x, y) & 0xffffff) == (c.getRGB() & 0xffffff)) {
                    sum += y;
                    n++;
                }
        return n == 0 ? Double.NaN : (double) sum / n;
    }

    /** The bounding box {x0, y0, x1, y1} of the pixels of either colour. */
    private static int[] box(BufferedImage img, Color a, Color b) {
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1;
        for (int y = 0; y < img.getHeight(); y++)
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y) & 0xffffff;
                if (p == (a.getRGB() & 0xffffff) || p == (b.getRGB() & 0xffffff)) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                }
            }
        return new int[] {x0, y0, x1, y1};
    }
}
