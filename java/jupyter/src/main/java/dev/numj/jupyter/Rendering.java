package dev.numj.jupyter;

import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;

import dev.numj.NDArray;
import dev.numj.plots.Figure;

/** What a value looks like in the notebook: the MIME bundle of an {@code execute_result} or {@code display_data}. */
final class Rendering {

    private Rendering() {
    }

    /**
     * The display bundle of a value: {@code text/plain} for every value ({@code NDArray.toString()}, NumPy's
     * print form, for arrays; JShell's form for the rest), plus {@code image/png} for figures and images.
     */
    static DisplayData of(Object value) {
        if (value instanceof DisplayData data) {
            return data;
        }
        if (value instanceof Figure<?> figure) {
            DisplayData data = png(figure.toImage());
            String title = figure.title();
            data.putText(figure.getClass().getSimpleName() + (title == null || title.isEmpty() ? "" : "(\"" + title + "\")"));
            return data;
        }
        if (value instanceof RenderedImage image) {
            DisplayData data = png(image);
            data.putText(value.getClass().getSimpleName());
            return data;
        }
        return new DisplayData(text(value));
    }

    /** The text of a value: NumPy's print form for arrays, JShell's (quoted strings, Java arrays) for others. */
    static String text(Object value) {
        if (value instanceof NDArray array) {
            return array.toString();
        }
        return CapturingExecutionControl.text(value);
    }

    private static DisplayData png(RenderedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", bytes)) {
                throw new IllegalStateException("no PNG writer for " + image);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DisplayData data = new DisplayData();
        data.putData("image/png", Base64.getEncoder().encodeToString(bytes.toByteArray()));
        return data;
    }
}
