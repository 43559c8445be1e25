package dev.numj.plots;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.SwingWrapper;
import org.knowm.xchart.internal.chartpart.AxesChart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What every picture shares: a title, axis labels, a size in pixels, and the two ways out, {@link #save}
 * (a PNG file, headless or not) and {@link #show} (a window, only where a display exists). The figure
 * keeps its data and builds a fresh XChart chart each time it is drawn, so it can be changed and saved
 * again.
 * <pre>
 * plt.figure(figsize=(8, 5)); plt.title("Loss"); plt.xlabel("Epoch"); plt.ylabel("Loss")
 * plt.savefig("loss.png"); plt.show()
 * // NumJ
 * new LinePlot("Loss").xLabel("Epoch").yLabel("Loss").size(960, 600).series("train", loss).save(Path.of("loss.png"));
 * </pre>
 *
 * @param <F> the concrete figure, so that the setters chain
 */
public abstract sealed class Figure<F extends Figure<F>> permits LinePlot, HistogramPlot, BarChart, ScatterPlot, DecisionBoundaryPlot {
    /** Default size: matplotlib's {@code figsize=(8, 5)} at 120 dpi. */
    public static final int DEFAULT_WIDTH = 960, DEFAULT_HEIGHT = 600;

    private String title, xLabel = "", yLabel = "";
    private int width = DEFAULT_WIDTH, height = DEFAULT_HEIGHT;

    Figure(String title) { this.title = title == null ? "" : title; }

    @SuppressWarnings("unchecked")
    final F self() { return (F) this; }

    /**
     * matplotlib {@code plt.title(title)}. Example: {@code plot.title("Training progress")}.
     *
     * @param title the title
     * @return the result
     */
    public F title(String title) {
        this.title = title == null ? "" : title;
        return self();
    }

    /**
     * matplotlib {@code plt.xlabel(label)}. Example: {@code plot.xLabel("Epoch")}.
     *
     * @param label the label
     * @return the result
     */
    public F xLabel(String label) {
        this.xLabel = label == null ? "" : label;
        return self();
    }

    /**
     * matplotlib {@code plt.ylabel(label)}. Example: {@code plot.yLabel("Loss")}.
     *
     * @param label the label
     * @return the result
     */
    public F yLabel(String label) {
        this.yLabel = label == null ? "" : label;
        return self();
    }

    /**
     * The picture's size in pixels, like matplotlib's {@code figsize} times {@code dpi}
     * ({@code figsize=(8, 5), dpi=150} is {@code size(1200, 750)}); 960 x 600 unless set.
     *
     * @param width the width in pixels
     * @param height the height in pixels
     * @return the result
     */
    public F size(int width, int height) {
        if (width < 100 || height < 100 || width > 10_000 || height > 10_000)
            throw new IllegalArgumentException("figure size must be 100 to 10000 pixels a side, got " + width + " x " + height);
        this.width = width;
        this.height = height;
        return self();
    }

    /**
     * NumPy {@code np.title()}.
     *
     * @return the text
     */
    public String title() { return title; }

    /**
     * NumPy {@code np.x_label()}.
     *
     * @return the text
     */
    public String xLabel() { return xLabel; }

    /**
     * NumPy {@code np.y_label()}.
     *
     * @return the text
     */
    public String yLabel() { return yLabel; }

    /**
     * NumPy {@code np.width()}.
     *
     * @return the width
     */
    public int width() { return width; }

    /**
     * NumPy {@code np.height()}.
     *
     * @return the height
     */
    public int height() { return height; }

    /**
     * The XChart chart this figure draws, built afresh from its data: the place to style it further with
     * XChart's own API before {@code BitmapEncoder.saveBitmap} or a {@code SwingWrapper}.
     *
     * @throws IllegalStateException when the figure has nothing to draw yet
     * @return the xchart
     */
    public abstract AxesChart<?, ?> toXChart();

    /**
     * The picture as an image, {@link #width()} x {@link #height()} pixels (what {@link #save} writes).
     *
     * @return the image
     */
    public BufferedImage toImage() { return BitmapEncoder.getBufferedImage(toXChart()); }

    /**
     * matplotlib {@code plt.savefig(file)}: writes the picture as a PNG to {@code file} (the name is used
     * as given; missing parent folders are created). Works on a headless machine
     * ({@code -Djava.awt.headless=true}).
     * <pre>
     * plot.save(Path.of("build/plots/loss_curve.png"));
     * </pre>
     *
     * @return {@code file}
     * @param file the file
     * @throws IOException if the file cannot be written
     */
    public Path save(Path file) throws IOException {
        if (file == null) throw new IllegalArgumentException("save: file is null");
        BufferedImage image = toImage();
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        if (!ImageIO.write(image, "png", file.toFile())) throw new IOException("no PNG writer in this JDK's ImageIO");
        return file;
    }

    /**
     * matplotlib {@code plt.show()}: opens the picture in a window when a display exists; on a headless
     * machine (no display, or {@code java.awt.headless=true}) does nothing and returns false, so a
     * program that saves and shows runs the same everywhere.
     * <pre>
     * plot.save(Path.of("loss.png"));
     * plot.show();   // a window on a desktop, nothing on a server
     * </pre>
     *
     * @return whether a window was opened
     */
    public boolean show() {
        if (GraphicsEnvironment.isHeadless()) return false;
        new SwingWrapper<>(toXChart()).displayChart();
        return true;
    }

    /** The house style (white, light grid like {@code plt.grid(alpha=0.3)}, legend inside), titles and size. */
    final <S extends AxesChartStyler> void style(AxesChart<S, ?> chart) {
        chart.setTitle(title);
        chart.setXAxisTitle(xLabel);
        chart.setYAxisTitle(yLabel);
        S s = chart.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderColor(new Color(0x33, 0x33, 0x33));
        s.setPlotGridLinesColor(new Color(0, 0, 0, 50));
        s.setChartTitleBoxVisible(false);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(12, height / 32)));
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(11, height / 42)));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(10, height / 50)));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(10, height / 48)));
        s.setLegendPosition(Styler.LegendPosition.InsideNE);
        s.setLegendBorderColor(new Color(0xcc, 0xcc, 0xcc));
        s.setLegendBackgroundColor(new Color(255, 255, 255, 220));
        s.setChartPadding(12);
        s.setAntiAlias(true);
        s.setTextAntiAlias(true);
        s.setChartTitleVisible(!title.isEmpty());
        s.setXAxisTitleVisible(!xLabel.isEmpty());
        s.setYAxisTitleVisible(!yLabel.isEmpty());
    }

    /**
     * Axis limits as matplotlib sets them: the data's range plus {@code margin} of it on each side
     * ({@code axes.xmargin = 0.05}); a bound given as non-NaN in {@code stickyLo}/{@code stickyHi} stays
     * as given (a histogram's zero, a contourf's grid edge). XChart's own 4 % padding is turned off.
     * Where the data's x values are equally spaced, XChart 4 puts ticks only on data values (and crowds
     * their labels, e.g. epochs 1 to 100); a margin that is not a multiple of the spacing keeps its
     * ordinary "nice number" ticks, so the margin is widened where it would equal the spacing.
     */
    static void limits(org.knowm.xchart.XYChart chart, double[] xRange, double[] yRange, double firstX, double secondX,
                       double stickyXLo, double stickyXHi, double stickyYLo, double stickyYHi) {
        org.knowm.xchart.style.XYStyler s = chart.getStyler();
        if (Double.isNaN(xRange[0]) || Double.isNaN(yRange[0])) return;   // nothing finite: XChart's defaults
        s.setPlotContentSize(1.0);
        double[] x = padded(xRange, 0.05), y = padded(yRange, 0.05);
        if (!Double.isNaN(stickyXLo)) x[0] = stickyXLo;
        if (!Double.isNaN(stickyXHi)) x[1] = stickyXHi;
        if (!Double.isNaN(stickyYLo)) y[0] = stickyYLo;
        if (!Double.isNaN(stickyYHi)) y[1] = stickyYHi;
        if (Double.isNaN(stickyXLo) && !Double.isNaN(secondX) && Math.abs((firstX - x[0]) - (secondX - firstX)) < 1e-3) {
            x = padded(xRange, 0.07);
            if (!Double.isNaN(stickyXHi)) x[1] = stickyXHi;
        }
        s.setXAxisMin(x[0]);
        s.setXAxisMax(x[1]);
        s.setYAxisMin(y[0]);
        s.setYAxisMax(y[1]);
        s.setXAxisDecimalPattern(decimalPattern(x[1] - x[0]));
        s.setYAxisDecimalPattern(decimalPattern(y[1] - y[0]));
    }

    /** Tick labels with the digits the axis' span needs ("0.05", not XChart's ".05"; "1,200", not "1200.0"). */
    static String decimalPattern(double span) {
        int decimals = span > 0 ? Math.max(0, (int) Math.ceil(-Math.log10(span / 10)) + 1) : 2;
        return decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(Math.min(decimals, 12));
    }

    /**
     * matplotlib's {@code legend(loc='best')}: the inside corner of the plot that the points of
     * {@code xs}, {@code ys} (in the axes' limits) crowd least.
     */
    static void legendWhereEmpty(org.knowm.xchart.XYChart chart, java.util.List<double[]> xs, java.util.List<double[]> ys) {
        org.knowm.xchart.style.XYStyler s = chart.getStyler();
        if (s.getXAxisMin() == null || s.getYAxisMin() == null) return;
        double x0 = s.getXAxisMin(), x1 = s.getXAxisMax(), y0 = s.getYAxisMin(), y1 = s.getYAxisMax();
        Styler.LegendPosition[] corners = {Styler.LegendPosition.InsideNE, Styler.LegendPosition.InsideNW,
                Styler.LegendPosition.InsideSE, Styler.LegendPosition.InsideSW};
        int[] crowd = new int[4];
        for (int k = 0; k < xs.size(); k++) {
            double[] x = xs.get(k), y = ys.get(k);
            for (int i = 0; i < x.length; i++) {
                double u = (x[i] - x0) / (x1 - x0), v = (y[i] - y0) / (y1 - y0);
                if (!(v >= 0 && v <= 1 && u >= 0 && u <= 1)) continue;
                boolean right = u > 0.6, left = u < 0.4, top = v > 0.7, bottom = v < 0.3;
                if (top && right) crowd[0]++;
                if (top && left) crowd[1]++;
                if (bottom && right) crowd[2]++;
                if (bottom && left) crowd[3]++;
            }
        }
        int best = 0;
        for (int c = 1; c < 4; c++) if (crowd[c] < crowd[best]) best = c;
        s.setLegendPosition(corners[best]);
    }

    private static double[] padded(double[] range, double margin) {
        double lo = range[0], hi = range[1], span = hi - lo;
        if (!(span > 0)) span = lo == 0 ? 1 : Math.abs(lo) * 0.1;
        if (hi == lo) return new double[] {lo - span / 2, hi + span / 2};
        return new double[] {lo - margin * span, hi + margin * span};
    }

    /** The smallest and largest finite values of the arrays ({NaN, NaN} when none is finite). */
    static double[] range(double[]... arrays) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double[] a : arrays)
            for (double v : a)
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
        return lo > hi ? new double[] {Double.NaN, Double.NaN} : new double[] {lo, hi};
    }

    final IllegalStateException nothingToDraw(String what) {
        return new IllegalStateException(getClass().getSimpleName() + (title.isEmpty() ? "" : " '" + title + "'")
                + " has nothing to draw: add " + what + " first");
    }
}
