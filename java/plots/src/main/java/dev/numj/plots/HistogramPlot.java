package dev.numj.plots;

import dev.numj.NDArray;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.util.ArrayList;
import java.util.List;

/**
 * Histograms, several overlaid: every series is counted over the same bins (like
 * {@code plt.hist([a, b], bins=50)}, the range spanning all of them unless {@link #range} is set) with
 * {@link Histogram#of}, NumPy's {@code np.histogram}, and drawn as a filled outline
 * ({@code histtype='stepfilled'}) in translucent colours so that overlaps stay visible.
 * <pre>
 * # matplotlib
 * plt.hist(W_normal, bins=50, alpha=0.5, label='normal'); plt.hist(W_xavier, bins=50, alpha=0.5, label='xavier')
 * // NumJ
 * new HistogramPlot("Weight initialisation").bins(50).xLabel("Weight value").yLabel("Count")
 *         .series("Xavier", Init.xavier(rng, 784, 128)).series("He", Init.he(rng, 784, 128))
 *         .save(Path.of("init_histograms.png"));
 * </pre>
 */
public final class HistogramPlot extends Figure<HistogramPlot> {
    private record Series(String name, NDArray values) {}

    private final List<Series> series = new ArrayList<>();
    private int bins = 10;
    private double lo = Double.NaN, hi = Double.NaN;

    /**
     * An empty plot titled {@code title}; 10 bins (NumPy's default) until {@link #bins} says otherwise.
     *
     * @param title the title
     */
    public HistogramPlot(String title) { super(title); }

    /**
     * matplotlib {@code bins=n}: the number of equal-width bins. Example: {@code plot.bins(50)}.
     *
     * @param bins the number of bins
     * @return this plot, for chaining
     */
    public HistogramPlot bins(int bins) {
        if (bins < 1) throw new IllegalArgumentException("`bins` must be positive, when an integer (got " + bins + ")");
        this.bins = bins;
        return this;
    }

    /**
     * matplotlib {@code range=(lo, hi)}: bin over [lo, hi] only; values outside are not counted.
     *
     * @param lo the lower bound
     * @param hi the upper bound
     * @return this plot, for chaining
     */
    public HistogramPlot range(double lo, double hi) {
        if (!(lo < hi) || !Double.isFinite(lo) || !Double.isFinite(hi))
            throw new IllegalArgumentException("histogram range must be finite with lo < hi, got [" + lo + ", " + hi + "]");
        this.lo = lo;
        this.hi = hi;
        return this;
    }

    /**
     * matplotlib {@code plt.hist(values, label=name)}: one more histogram of {@code values} (any shape: it
     * is flattened, as np.histogram does).
     *
     * @throws IllegalArgumentException an empty array, a bool array or a name already used (NaN or infinite
     *                                  values without an explicit {@link #range} fail when the plot is drawn)
     * @param name the name
     * @param values the values
     * @return the result
     */
    public HistogramPlot series(String name, NDArray values) {
        Inputs.name(name, "a HistogramPlot series");
        Inputs.notNull(values, "HistogramPlot series '" + name + "'");
        if (values.size() == 0) throw new IllegalArgumentException("HistogramPlot series '" + name + "' is empty (shape " + Inputs.shape(values) + ")");
        for (Series s : series)
            if (s.name().equals(name)) throw new IllegalArgumentException("HistogramPlot already has a series named '" + name + "'");
        if (values.dtype() == dev.numj.DType.BOOL)
            throw new IllegalArgumentException("HistogramPlot series '" + name + "' is a bool array; use values.astype(INT64)");
        series.add(new Series(name, values));
        return this;
    }

    /**
     * The histograms as drawn, one per series in order: the same {@link #bins} and bin edges for all.
     *
     * @return the histograms
     */
    public List<Histogram> histograms() {
        double a = lo, b = hi;
        if (Double.isNaN(a)) {
            a = Double.POSITIVE_INFINITY;
            b = Double.NEGATIVE_INFINITY;
            for (Series s : series) {
                double min = s.values().min().astype(dev.numj.DType.FLOAT64).item();
                double max = s.values().max().astype(dev.numj.DType.FLOAT64).item();
                if (!Double.isFinite(min) || !Double.isFinite(max))
                    throw new IllegalArgumentException("HistogramPlot series '" + s.name() + "': autodetected range of [" + min + ", "
                            + max + "] is not finite; set range(lo, hi) to leave NaN and infinities out");
                a = Math.min(a, min);
                b = Math.max(b, max);
            }
        }
        List<Histogram> out = new ArrayList<>();
        for (Series s : series) out.add(Histogram.of(s.values(), bins, a, b));
        return out;
    }

    @Override
    public XYChart toXChart() {
        if (series.isEmpty()) throw nothingToDraw("a series with series(name, values)");
        XYChart chart = new XYChart(width(), height());
        style(chart);
        chart.getStyler().setLegendVisible(series.size() > 1);
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        List<Histogram> hs = histograms();
        double[] e = hs.get(0).binEdges().toDoubleArray();
        double top = 0;
        for (Histogram h : hs) top = Math.max(top, h.counts().max().itemLong());
        // y from just below 0: XChart draws no tick label at an axis' exact minimum
        limits(chart, new double[] {e[0], e[e.length - 1]}, new double[] {0, top}, e[0], e[1], Double.NaN, Double.NaN, -top * 0.003, Double.NaN);
        List<double[][]> outlines = hs.stream().map(HistogramPlot::outline).toList();
        legendWhereEmpty(chart, outlines.stream().map(xy -> xy[0]).toList(), outlines.stream().map(xy -> xy[1]).toList());
        for (int i = 0; i < hs.size(); i++) {
            double[][] xy = outlines.get(i);
            XYSeries area = chart.addSeries(series.get(i).name(), xy[0], xy[1]);
            area.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
            area.setMarker(SeriesMarkers.NONE);
            area.setLineColor(Palette.series(i));
            area.setLineWidth(1.5f);
            area.setFillColor(Palette.withAlpha(Palette.series(i), hs.size() > 1 ? 90 : 150));
        }
        return chart;
    }

    /** The stepped outline (edge0, 0), (edge0, c0), (edge1, c0), (edge1, c1), ..., (edgeN, 0). */
    static double[][] outline(Histogram h) {
        double[] e = h.binEdges().toDoubleArray(), c = h.counts().astype(dev.numj.DType.FLOAT64).toDoubleArray();
        int n = c.length;
        double[] x = new double[2 * n + 2], y = new double[2 * n + 2];
        x[0] = e[0];
        y[0] = 0;
        for (int i = 0; i < n; i++) {
            x[1 + 2 * i] = e[i];
            y[1 + 2 * i] = c[i];
            x[2 + 2 * i] = e[i + 1];
            y[2 + 2 * i] = c[i];
        }
        x[2 * n + 1] = e[n];
        y[2 * n + 1] = 0;
        return new double[][] {x, y};
    }
}
