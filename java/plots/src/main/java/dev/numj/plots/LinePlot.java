package dev.numj.plots;

import dev.numj.NDArray;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.util.ArrayList;
import java.util.List;

/**
 * Line plots, e.g. loss curves: several named series of y against x, in the seeds' colours (the first
 * purple, the second amber), 2-pixel lines, a light grid and a legend.
 * <pre>
 * # matplotlib
 * plt.plot(epochs, train_loss, label='Train Loss', color='#7c3aed', linewidth=2)
 * plt.plot(epochs, val_loss, label='Val Loss', color='#f59e0b', linewidth=2)
 * plt.xlabel('Epoch'); plt.ylabel('Loss'); plt.legend(); plt.grid(alpha=0.3); plt.savefig('loss_curve.png')
 * // NumJ
 * NDArray epochs = arange(1, 101);
 * new LinePlot("Training progress").xLabel("Epoch").yLabel("Loss")
 *         .series("Train loss", epochs, trainLoss).series("Val loss", epochs, valLoss)
 *         .save(Path.of("loss_curve.png"));
 * </pre>
 * NaN values leave gaps in a line, as in matplotlib.
 */
public final class LinePlot extends Figure<LinePlot> {
    private final List<XYSeriesData> series = new ArrayList<>();

    /**
     * An empty plot titled {@code title} (may be empty).
     *
     * @param title the title
     */
    public LinePlot(String title) { super(title); }

    /**
     * matplotlib {@code plt.plot(x, y, label=name)}: one line through the points (x[i], y[i]).
     *
     * @throws IllegalArgumentException when x or y is not 1-D, is empty, or their lengths differ, or the
     *                                  name is empty or already used
     * @param name the name
     * @param x the values taken where the condition is true, or the input
     * @param y the second input
     * @return this plot, for chaining
     */
    public LinePlot series(String name, NDArray x, NDArray y) {
        series.add(XYSeriesData.of("LinePlot", name, x, y, series));
        return this;
    }

    /**
     * matplotlib {@code plt.plot(y, label=name)}: y against 0, 1, ..., n-1.
     * Example: {@code new LinePlot("loss").series("train", array(trainLoss))}.
     *
     * @param name the name
     * @param y the second input
     * @return the result
     */
    public LinePlot series(String name, NDArray y) {
        Inputs.name(name, "a LinePlot series");
        double[] ys = Inputs.vector(y, "LinePlot series '" + name + "' y");
        return series(name, dev.numj.NumJ.arange((long) ys.length), y);
    }

    /**
     * The names of the series, in the order they were added.
     *
     * @return the series names
     */
    public List<String> seriesNames() { return series.stream().map(XYSeriesData::name).toList(); }

    @Override
    public XYChart toXChart() {
        if (series.isEmpty()) throw nothingToDraw("a series with series(name, x, y)");
        XYChart chart = new XYChart(width(), height());
        style(chart);
        chart.getStyler().setLegendVisible(series.size() > 1 || !series.get(0).name().isBlank());
        XYSeriesData first = series.get(0);
        limits(chart, range(series.stream().map(XYSeriesData::x).toArray(double[][]::new)),
                range(series.stream().map(XYSeriesData::y).toArray(double[][]::new)),
                first.x()[0], first.x().length > 1 ? first.x()[1] : Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        legendWhereEmpty(chart, series.stream().map(XYSeriesData::x).toList(), series.stream().map(XYSeriesData::y).toList());
        for (int i = 0; i < series.size(); i++) {
            XYSeriesData s = series.get(i);
            XYSeries xs = chart.addSeries(s.name(), s.x(), s.y());
            xs.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            xs.setMarker(SeriesMarkers.NONE);
            xs.setLineColor(Palette.series(i));
            xs.setLineWidth(2f);
        }
        return chart;
    }
}
