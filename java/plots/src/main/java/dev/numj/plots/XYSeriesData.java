package dev.numj.plots;

import dev.numj.NDArray;

import java.util.List;

/** A named series of (x, y) points, checked: 1-D, non-empty, one length, a name not used yet in {@code owner}. */
record XYSeriesData(String name, double[] x, double[] y) {
    static XYSeriesData of(String owner, String name, NDArray x, NDArray y, List<XYSeriesData> existing) {
        String what = owner + " series '" + Inputs.name(name, "a " + owner + " series") + "'";
        double[] xs = Inputs.vector(x, what + " x"), ys = Inputs.vector(y, what + " y");
        Inputs.sameLength(x, what + " x", y, "y");
        for (XYSeriesData s : existing)
            if (s.name().equals(name)) throw new IllegalArgumentException(owner + " already has a series named '" + name + "'");
        return new XYSeriesData(name, xs, ys);
    }
}
