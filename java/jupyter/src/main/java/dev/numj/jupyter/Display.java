package dev.numj.jupyter;

import org.dflib.jjava.jupyter.kernel.BaseKernel;

/**
 * Shows a value in the notebook in the middle of a cell, as IPython's {@code display(obj)} does: an
 * {@code NDArray} as NumPy prints it, a {@code dev.numj.plots} figure as a PNG picture, anything else as its
 * string. The kernel imports it statically, so a cell can say {@code display(plot)}. The last expression of a
 * cell is displayed without it.
 */
public final class Display {

    private Display() {
    }

    /**
     * Displays {@code value} below the running cell (IPython's {@code display}).
     * <pre>{@code
     * display(new LinePlot("loss").series("train", losses));
     * }</pre>
     *
     * @param value an array, a figure, an image or any object
     */
    public static void display(Object value) {
        BaseKernel.notebookKernel().display(Rendering.of(value));
    }
}
