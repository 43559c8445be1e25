package dev.numj.plots;

import dev.numj.NDArray;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.util.ArrayList;
import java.util.List;

/**
 * Scatter plots: named series of points, or points coloured by class label.
 * <pre>
 * # matplotlib
 * plt.scatter(X[:, 0], X[:, 1], c=y, cmap='RdYlBu', edgecolors='black', s=30)
 * // NumJ
 * new ScatterPlot("Two blobs").xLabel("Feature 1").yLabel("Feature 2").classes(X, y).save(Path.of("blobs.png"));
 * </pre>
 */
public final class ScatterPlot extends Figure<ScatterPlot> {
    private final List<XYSeriesData> series = new ArrayList<>();
    private ClassPoints classes;
    private List<String> classNames = List.of();

    /**
     * An empty plot titled {@code title}.
     *
     * @param title the title
     */
    public ScatterPlot(String title) { super(title); }

    /**
     * matplotlib {@code plt.scatter(x, y, label=name)}: one series of points in the next series colour.
     *
     * @throws IllegalArgumentException x or y not 1-D or empty, lengths that differ, a repeated name
     * @param name the name
     * @param x the values taken where the condition is true, or the input
     * @param y the second input
     * @return this plot, for chaining
     */
    public ScatterPlot series(String name, NDArray x, NDArray y) {
        series.add(XYSeriesData.of("ScatterPlot", name, x, y, series));
        return this;
    }

    /**
     * matplotlib {@code plt.scatter(X[:, 0], X[:, 1], c=y, cmap='RdYlBu', edgecolors='black')}: the rows of
     * {@code X} (n, 2) coloured by their class labels {@code y} (n,) (integers from 0; floats holding whole
     * numbers are accepted), one legend entry per class ("class 0", ... unless {@link #classNames}).
     *
     * @throws IllegalArgumentException X not (n, 2), y not (n,), labels that are not whole numbers 0..255
     * @param X the samples, one row each
     * @param y the second input
     * @return this plot, for chaining
     */
    public ScatterPlot classes(NDArray X, NDArray y) {
        this.classes = ClassPoints.of(X, y, "ScatterPlot");
        return this;
    }

    /**
     * Legend names of the classes 0, 1, ... of {@link #classes}. Example: {@code classNames("cat", "dog")}.
     *
     * @param names the names
     * @return this plot, for chaining
     */
    public ScatterPlot classNames(String... names) {
        this.classNames = List.of(names);
        return this;
    }

    @Override
    public XYChart toXChart() {
        if (series.isEmpty() && classes == null) throw nothingToDraw("points with series(name, x, y) or classes(X, y)");
        XYChart chart = new XYChart(width(), height());
        style(chart);
        chart.getStyler().setMarkerSize(8);
        List<double[]> xs = new ArrayList<>(), ys = new ArrayList<>();
        for (XYSeriesData s : series) {
            xs.add(s.x());
            ys.add(s.y());
        }
        if (classes != null) {
            xs.add(classes.x());
            ys.add(classes.y());
        }
        limits(chart, range(xs.toArray(double[][]::new)), range(ys.toArray(double[][]::new)), xs.get(0)[0],
                xs.get(0).length > 1 ? xs.get(0)[1] : Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        legendWhereEmpty(chart, xs, ys);
        for (int i = 0; i < series.size(); i++) {
            XYSeriesData s = series.get(i);
            XYSeries points = chart.addSeries(s.name(), s.x(), s.y());
            points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            points.setMarker(SeriesMarkers.CIRCLE);
            points.setMarkerColor(Palette.series(i));
        }
        if (classes != null) classes.addTo(chart, classes.classes(), classNames);
        return chart;
    }
}
