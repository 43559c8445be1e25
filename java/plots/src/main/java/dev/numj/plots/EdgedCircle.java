package dev.numj.plots;

import org.knowm.xchart.style.markers.Marker;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;

/** A filled circle with a thin black edge: matplotlib's {@code scatter(..., edgecolors='black')}. */
final class EdgedCircle extends Marker {
    private static final BasicStroke EDGE = new BasicStroke(1f);

    @Override
    public void paint(Graphics2D g, double x, double y, int size) {
        Ellipse2D.Double circle = new Ellipse2D.Double(x - size / 2.0, y - size / 2.0, size, size);
        Color fill = g.getColor();
        g.fill(circle);
        g.setColor(Color.BLACK);
        g.setStroke(EDGE);
        g.draw(circle);
        g.setColor(fill);
    }
}
