package dev.numj.plots;

import java.awt.Color;

/** Series colours, and the diverging class colours of matplotlib's {@code RdYlBu} map. */
final class Palette {
    private Palette() {}

    /** Purple and amber first: the seeds' train and validation colours ({@code #7c3aed}, {@code #f59e0b}). */
    private static final Color[] SERIES = {
            new Color(0x7c3aed), new Color(0xf59e0b), new Color(0x10b981), new Color(0xef4444),
            new Color(0x3b82f6), new Color(0x6b7280), new Color(0xec4899), new Color(0x14b8a6)};

    static Color series(int i) { return SERIES[i % SERIES.length]; }

    /** matplotlib's RdYlBu (ColorBrewer), red through pale yellow to blue. */
    private static final int[] RD_YL_BU = {0xa50026, 0xd73027, 0xf46d43, 0xfdae61, 0xfee090, 0xffffbf, 0xe0f3f8,
            0xabd9e9, 0x74add1, 0x4575b4, 0x313695};

    /**
     * Class {@code k} of {@code classes} on RdYlBu, as {@code plt.scatter(c=y, cmap='RdYlBu')} colours
     * labels 0..classes-1 (the lowest red, the highest blue).
     */
    static Color classColor(int k, int classes) {
        double t = classes <= 1 ? 0 : (double) k / (classes - 1);
        // 0.1 .. 0.9 of the map: its darkest ends read badly as region fills.
        double pos = (0.1 + 0.8 * t) * (RD_YL_BU.length - 1);
        int i = (int) Math.floor(pos);
        if (i >= RD_YL_BU.length - 1) return new Color(RD_YL_BU[RD_YL_BU.length - 1]);
        return mix(new Color(RD_YL_BU[i]), new Color(RD_YL_BU[i + 1]), pos - i);
    }

    /** {@code a} at weight 1 - t, {@code b} at weight t. */
    static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() * (1 - t) + b.getRed() * t),
                (int) Math.round(a.getGreen() * (1 - t) + b.getGreen() * t),
                (int) Math.round(a.getBlue() * (1 - t) + b.getBlue() * t));
    }

    /** {@code c} drawn at {@code alpha} over white, as an opaque colour (no seams where fills meet). */
    static Color overWhite(Color c, double alpha) { return mix(Color.WHITE, c, alpha); }

    static Color withAlpha(Color c, int alpha) { return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha); }
}
