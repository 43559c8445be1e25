package dev.numj.plots;

import dev.numj.NDArray;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.Color;
import java.util.List;

/**
 * A classifier's decision regions: the seeds' {@code plot_decision_boundary}. The classes predicted over
 * a {@code meshgrid} fill the plane in pale colours (what {@code contourf} draws), and the data points go
 * on top, coloured by their true class. XChart has no contourf: each grid point's class fills the cell
 * around it (half a grid step each way, as {@code pcolormesh(shading='nearest')}), so the boundary is
 * exact to a grid step; a finer grid draws a smoother boundary.
 * <pre>
 * # matplotlib (the seeds)
 * xx, yy = np.meshgrid(np.arange(x_min, x_max, h), np.arange(y_min, y_max, h))
 * Z = predict_fn(np.c_[xx.ravel(), yy.ravel()]).reshape(xx.shape)
 * plt.contourf(xx, yy, Z, alpha=0.4, cmap='RdYlBu')
 * plt.scatter(X[:, 0], X[:, 1], c=y, cmap='RdYlBu', edgecolors='black', s=30)
 * // NumJ
 * List&lt;NDArray&gt; g = meshgrid(arange(-1.0, 2.0, 0.02), arange(-1.0, 2.0, 0.02));
 * NDArray grid = stack(List.of(g.get(0).ravel(), g.get(1).ravel()), 1);
 * NDArray Z = predict(grid).reshape(g.get(0).shape());
 * new DecisionBoundaryPlot("XOR").grid(g.get(0), g.get(1), Z).points(X, y).save(Path.of("xor_boundary.png"));
 * </pre>
 */
public final class DecisionBoundaryPlot extends Figure<DecisionBoundaryPlot> {
    /** matplotlib's {@code alpha=0.4} of the seeds' contourf. */
    static final double REGION_ALPHA = 0.4;

    private double[] gx, gy;      // the grid's x (columns) and y (rows), increasing
    private int[][] zz;           // zz[row][col]: the class at (gx[col], gy[row])
    private ClassPoints points;
    private List<String> classNames = List.of();

    /**
     * An empty plot titled {@code title}.
     *
     * @param title the title
     */
    public DecisionBoundaryPlot(String title) { super(title); }

    /**
     * The predicted classes {@code zz} over the grid {@code xx, yy}, as {@code np.meshgrid(x, y)} returns
     * it (indexing 'xy': rows follow y, columns follow x): three 2-D arrays of one shape, x increasing
     * along each row and the same in every row, y increasing down each column and the same in every
     * column. {@code zz} holds class labels 0, 1, ... (integers, bools, or floats holding whole numbers:
     * threshold probabilities first, e.g. {@code probs.gt(0.5)}).
     *
     * @throws IllegalArgumentException shapes that differ or are not 2-D, a grid smaller than 2 x 2, a grid
     *                                  that is not a meshgrid of increasing x and y, labels that are not whole
     *                                  numbers 0..255
     * @param xx the x coordinates of the grid
     * @param yy the y coordinates of the grid
     * @param zz the class label at each grid point
     * @return the result
     */
    public DecisionBoundaryPlot grid(NDArray xx, NDArray yy, NDArray zz) {
        Inputs.notNull(xx, "DecisionBoundaryPlot grid xx");
        Inputs.notNull(yy, "DecisionBoundaryPlot grid yy");
        Inputs.notNull(zz, "DecisionBoundaryPlot grid zz");
        if (xx.ndim() != 2 || !java.util.Arrays.equals(xx.shape(), yy.shape()) || !java.util.Arrays.equals(xx.shape(), zz.shape()))
            throw new IllegalArgumentException("DecisionBoundaryPlot grid: xx, yy and zz must be 2-D arrays of one shape (np.meshgrid's), got shapes "
                    + Inputs.shape(xx) + ", " + Inputs.shape(yy) + " and " + Inputs.shape(zz));
        int rows = (int) xx.shape(0), cols = (int) xx.shape(1);
        if (rows < 2 || cols < 2)
            throw new IllegalArgumentException("DecisionBoundaryPlot grid must be at least 2 x 2, got shape " + Inputs.shape(xx));
        double[] x = xx.toDoubleArray(), y = yy.toDoubleArray();
        double[] colX = new double[cols], rowY = new double[rows];
        for (int j = 0; j < cols; j++) colX[j] = x[j];
        for (int i = 0; i < rows; i++) rowY[i] = y[i * cols];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++) {
                if (x[i * cols + j] != colX[j] || y[i * cols + j] != rowY[i])
                    throw new IllegalArgumentException("DecisionBoundaryPlot grid: xx, yy of shape " + Inputs.shape(xx)
                            + " are not a meshgrid (xx must repeat one row, yy one column; with indexing='ij' pass their transposes): "
                            + "differs at [" + i + ", " + j + "]");
            }
        increasing(colX, "xx along a row");
        increasing(rowY, "yy down a column");
        int[] flat = Inputs.labels(zz, "DecisionBoundaryPlot grid zz");
        int[][] z = new int[rows][cols];
        for (int i = 0; i < rows; i++) System.arraycopy(flat, i * cols, z[i], 0, cols);
        this.gx = colX;
        this.gy = rowY;
        this.zz = z;
        return this;
    }

    private static void increasing(double[] v, String what) {
        for (int i = 1; i < v.length; i++)
            if (!(v[i] > v[i - 1]) || !Double.isFinite(v[i]) || !Double.isFinite(v[i - 1]))
                throw new IllegalArgumentException("DecisionBoundaryPlot grid: " + what + " must be finite and increasing, got "
                        + v[i - 1] + " then " + v[i] + " at " + (i - 1) + ", " + i);
    }

    /**
     * The data points on top: rows of {@code X} (n, 2) coloured by their classes {@code y} (n,), as
     * {@code plt.scatter(X[:, 0], X[:, 1], c=y, cmap='RdYlBu', edgecolors='black')}.
     *
     * @throws IllegalArgumentException X not (n, 2), y not (n,), labels that are not whole numbers 0..255
     * @param X the samples, one row each
     * @param y the second input
     * @return this plot, for chaining
     */
    public DecisionBoundaryPlot points(NDArray X, NDArray y) {
        this.points = ClassPoints.of(X, y, "DecisionBoundaryPlot");
        return this;
    }

    /**
     * Legend names of the classes 0, 1, ... Example: {@code classNames("0 (XOR false)", "1 (XOR true)")}.
     *
     * @param names the names
     * @return this plot, for chaining
     */
    public DecisionBoundaryPlot classNames(String... names) {
        this.classNames = List.of(names);
        return this;
    }

    @Override
    public XYChart toXChart() {
        if (zz == null) throw nothingToDraw("the predicted classes with grid(xx, yy, zz)");
        int classes = 1;
        for (int[] row : zz) classes = Math.max(classes, Inputs.maxLabel(row) + 1);
        if (points != null) classes = Math.max(classes, points.classes());
        classes = Math.max(classes, 2);
        XYChart chart = new XYChart(width(), height());
        style(chart);
        chart.getStyler().setMarkerSize(9);
        chart.getStyler().setLegendVisible(points != null);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);   // not over the regions
        // The cells' edges: midway between grid points, half a step beyond the outermost ones. The axes span
        // the grid (XChart widens them if points lie outside, as matplotlib's autoscale would).
        double[] ex = edges(gx), ey = edges(gy);
        double[] xr = points == null ? range(ex) : range(ex, points.x()), yr = points == null ? range(ey) : range(ey, points.y());
        limits(chart, xr, yr, Double.NaN, Double.NaN, xr[0], xr[1], yr[0], yr[1]);
        // Adjacent cells overlap by about a pixel so that anti-aliasing leaves no hairline seams.
        double padX = (ex[ex.length - 1] - ex[0]) / width(), padY = (ey[ey.length - 1] - ey[0]) / height();
        for (int k = 0; k < classes; k++) {
            double[][] poly = regions(k, ex, ey, padX, padY);
            if (poly[0].length == 0) continue;
            XYSeries s = chart.addSeries("region " + k, poly[0], poly[1]);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineStyle(SeriesLines.NONE);
            Color fill = Palette.overWhite(Palette.classColor(k, classes), REGION_ALPHA);
            s.setFillColor(fill);
            s.setLineColor(fill);
            s.setShowInLegend(false);
        }
        if (points != null) points.addTo(chart, classes, classNames);
        return chart;
    }

    static double[] edges(double[] centres) {
        int n = centres.length;
        double[] e = new double[n + 1];
        for (int i = 1; i < n; i++) e[i] = (centres[i - 1] + centres[i]) / 2;
        e[0] = centres[0] - (centres[1] - centres[0]) / 2;
        e[n] = centres[n - 1] + (centres[n - 1] - centres[n - 2]) / 2;
        return e;
    }

    /**
     * Class {@code k}'s cells as rectangles, one per run of equal cells along a grid row, each a closed
     * polygon of four corners; XChart's PolygonArea style starts a new polygon after a NaN.
     */
    private double[][] regions(int k, double[] ex, double[] ey, double padX, double padY) {
        java.util.List<double[]> rects = new java.util.ArrayList<>();
        for (int i = 0; i < zz.length; i++) {
            int[] row = zz[i];
            for (int j = 0; j < row.length; ) {
                if (row[j] != k) {
                    j++;
                    continue;
                }
                int end = j;
                while (end < row.length && row[end] == k) end++;
                rects.add(new double[] {ex[j], ex[end] + (end < row.length ? padX : 0), ey[i], ey[i + 1] + (i + 1 < zz.length ? padY : 0)});
                j = end;
            }
        }
        double[] x = new double[rects.size() * 5], y = new double[rects.size() * 5];
        int p = 0;
        for (double[] r : rects) {
            double[] cx = {r[0], r[1], r[1], r[0]}, cy = {r[2], r[2], r[3], r[3]};
            for (int c = 0; c < 4; c++) {
                x[p] = cx[c];
                y[p++] = cy[c];
            }
            x[p] = r[0];
            y[p++] = Double.NaN;
        }
        return new double[][] {x, y};
    }
}
