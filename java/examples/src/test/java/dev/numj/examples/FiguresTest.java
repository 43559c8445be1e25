package dev.numj.examples;

import dev.numj.NDArray;
import dev.numj.plots.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.numj.NumJ.*;
import static org.junit.jupiter.api.Assertions.*;

/** The seeds' pictures from short real runs: the data behind each, and five decodable, non-blank PNGs. */
class FiguresTest {
    @Test
    void writesTheFivePicturesFromRealRuns(@TempDir Path dir) throws Exception {
        DigitsMlp.Result mlp = DigitsMlp.train(42, 32, 4, 32, 0.1, false);
        IplAnalytics.Result ipl = IplAnalytics.run(dir.resolve("deliveries.csv"), 12, 42, false);
        XorNetwork.Result xor = XorNetwork.run(false);

        assertEquals(List.of("Train loss", "Val loss"), Figures.lossCurve(mlp).seriesNames());
        assertTrue(mlp.trainLoss()[3] < mlp.trainLoss()[0], "the plotted train loss falls");

        List<Histogram> hs = Figures.weightInitHistograms(42).histograms();
        assertEquals(3, hs.size());
        for (Histogram h : hs) {
            assertEquals(784 * 128, h.counts().sum().itemLong(), "every weight of the 784 x 128 layer counted");
            assertEquals(50, h.bins());
        }

        // the XOR network's regions put the four inputs in their XOR classes
        NDArray classes = Figures.xorClasses(xor, XorNetwork.X);
        assertArrayEquals(new long[] {0, 1, 1, 0}, classes.astype(INT64).toLongArray());

        List<Path> written = Figures.writeAll(dir.resolve("plots"), mlp, ipl, xor, false);
        assertEquals(List.of("loss_curve.png", "weight_init_histograms.png", "ipl_runs_per_over.png", "ipl_score_progression.png",
                "xor_decision_boundary.png"), written.stream().map(p -> p.getFileName().toString()).toList());
        for (Path p : written) {
            assertTrue(Files.isRegularFile(p), p.toString());
            BufferedImage img = ImageIO.read(p.toFile());
            assertNotNull(img, p + " decodes");
            assertEquals(960, img.getWidth());
            assertEquals(600, img.getHeight());
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < img.getHeight(); y += 2)
                for (int x = 0; x < img.getWidth(); x += 2) colours.add(img.getRGB(x, y) & 0xffffff);
            assertTrue(colours.size() > 30, p + " has " + colours.size() + " colours");
            assertTrue(colours.contains(0x7c3aed) || p.endsWith("xor_decision_boundary.png"), p + ": the first series colour is drawn");
        }
    }
}
