package dev.numj.plots;

import dev.numj.NDArray;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

import java.util.Arrays;
import java.util.List;

/** Points coloured by class, {@code plt.scatter(X[:, 0], X[:, 1], c=y, cmap='RdYlBu', edgecolors='black')}. */
record ClassPoints(double[] x, double[] y, int[] labels) {
    static ClassPoints of(NDArray X, NDArray y, String owner) {
        double[][] xy = Inputs.points(X, owner + " points X");
        Inputs.notNull(y, owner + " labels y");
        if (y.ndim() != 1 || y.size() != xy[0].length)
            throw new IllegalArgumentException(owner + " labels y must have shape (" + xy[0].length + ",), one per row of X "
                    + Inputs.shape(X) + ", got shape " + Inputs.shape(y));
        return new ClassPoints(xy[0], xy[1], Inputs.labels(y, owner + " labels y"));
    }

    int classes() { return Inputs.maxLabel(labels) + 1; }

    /** One scatter series per class present, named from {@code names} (or "class k"), coloured on RdYlBu. */
    void addTo(XYChart chart, int classes, List<String> names) {
        for (int k = 0; k < classes; k++) {
            final int c = k;
            int[] rows = java.util.stream.IntStream.range(0, labels.length).filter(i -> labels[i] == c).toArray();
            if (rows.length == 0) continue;
            double[] xs = Arrays.stream(rows).mapToDouble(i -> x[i]).toArray(), ys = Arrays.stream(rows).mapToDouble(i -> y[i]).toArray();
            XYSeries s = chart.addSeries(k < names.size() ? names.get(k) : "class " + k, xs, ys);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(new EdgedCircle());
            s.setMarkerColor(Palette.classColor(k, classes));
        }
    }
}
