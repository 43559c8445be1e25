package dev.numj.plots;

import dev.numj.NDArray;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bar charts: one bar per label, several series side by side when there are several.
 * <pre>
 * # matplotlib
 * plt.bar(avg_runs_per_over.index, avg_runs_per_over.values, color='#7c3aed', edgecolor='white')
 * // NumJ
 * new BarChart("IPL: average runs per over").xLabel("Over").yLabel("Average runs")
 *         .bars(List.of("1", "2", ..., "20"), avgRunsPerOver)
 *         .save(Path.of("runs_per_over.png"));
 * </pre>
 */
public final class BarChart extends Figure<BarChart> {
    private record Series(String name, List<String> labels, double[] values) {}

    private final List<Series> series = new ArrayList<>();

    /**
     * An empty chart titled {@code title}.
     *
     * @param title the title
     */
    public BarChart(String title) { super(title); }

    /**
     * matplotlib {@code plt.bar(labels, values)}: one series of bars, no legend.
     * Example: {@code new BarChart("Accuracy per class").bars(List.of("0", "1"), array(0.98, 0.95))}.
     *
     * @param labels the labels
     * @param values the values
     * @return the result
     */
    public BarChart bars(List<String> labels, NDArray values) { return series("values", labels, values); }

    /**
     * One named series of bars ({@code plt.bar(x + offset, values, label=name)}); every series of a chart
     * has the same labels, in the same order.
     *
     * @throws IllegalArgumentException values not 1-D or empty, as many labels as values not given, a
     *                                  repeated or empty label, labels unlike the first series', or a
     *                                  repeated series name
     * @param name the name
     * @param labels the labels
     * @param values the values
     * @return the result
     */
    public BarChart series(String name, List<String> labels, NDArray values) {
        String what = "BarChart series '" + Inputs.name(name, "a BarChart series") + "'";
        double[] v = Inputs.vector(values, what + " values");
        if (labels == null) throw new IllegalArgumentException(what + ": labels are null");
        if (labels.size() != v.length)
            throw new IllegalArgumentException(what + ": " + labels.size() + " labels for values of shape " + Inputs.shape(values));
        if (labels.stream().anyMatch(l -> l == null || l.isEmpty()))
            throw new IllegalArgumentException(what + ": a label is null or empty: " + labels);
        if (labels.stream().distinct().count() != labels.size())
            throw new IllegalArgumentException(what + ": labels repeat: " + labels);
        for (Series s : series) {
            if (s.name().equals(name)) throw new IllegalArgumentException("BarChart already has a series named '" + name + "'");
            if (!s.labels().equals(labels))
                throw new IllegalArgumentException(what + ": labels " + labels + " differ from series '" + s.name() + "''s " + s.labels());
        }
        series.add(new Series(name, List.copyOf(labels), v));
        return this;
    }

    @Override
    public CategoryChart toXChart() {
        if (series.isEmpty()) throw nothingToDraw("bars with bars(labels, values)");
        CategoryChart chart = new CategoryChart(width(), height());
        style(chart);
        chart.getStyler().setLegendVisible(series.size() > 1);
        chart.getStyler().setPlotGridVerticalLinesVisible(false);   // plt.grid(axis='y')
        chart.getStyler().setAvailableSpaceFill(0.8);
        boolean negative = series.stream().flatMapToDouble(s -> Arrays.stream(s.values())).anyMatch(d -> d < 0);
        if (!negative) chart.getStyler().setYAxisMin(0.0);
        int longest = series.get(0).labels().stream().mapToInt(String::length).max().orElse(0);
        if (longest * series.get(0).labels().size() > width() / 9) chart.getStyler().setXAxisLabelRotation(45);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            List<Double> values = Arrays.stream(s.values()).boxed().toList();
            CategorySeries cs = chart.addSeries(s.name(), s.labels(), values);
            cs.setFillColor(Palette.series(i));
        }
        return chart;
    }
}
