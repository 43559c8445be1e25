/**
 * Pictures of NDArrays, matplotlib's role in the seeds (Rosetta section 10), drawn by XChart and saved as
 * PNG: {@link dev.numj.plots.LinePlot} (loss curves), {@link dev.numj.plots.HistogramPlot} (with
 * {@link dev.numj.plots.Histogram}, NumPy's {@code np.histogram}), {@link dev.numj.plots.BarChart},
 * {@link dev.numj.plots.ScatterPlot} and {@link dev.numj.plots.DecisionBoundaryPlot} (contourf over a
 * meshgrid, plus the points). An optional module: the library itself has no plotting dependency.
 * <pre>
 * new LinePlot("Training progress").xLabel("Epoch").yLabel("Loss")
 *         .series("Train loss", epochs, trainLoss).series("Val loss", epochs, valLoss)
 *         .save(Path.of("plots/loss_curve.png"));   // headless or not; show() opens a window where a display exists
 * </pre>
 */
package dev.numj.plots;
