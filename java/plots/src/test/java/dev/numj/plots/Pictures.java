package dev.numj.plots;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads written PNGs back and checks what is in them. */
final class Pictures {
    private Pictures() {}

    /** Where the tests' pictures go (kept, to be looked at): target/test-plots. */
    static Path dir() throws IOException { return Files.createDirectories(Path.of("target", "test-plots")); }

    /** Decodes {@code png} (it must be a PNG of the given size) and checks it is not blank. */
    static BufferedImage read(Path png, int width, int height) throws IOException {
        assertTrue(Files.size(png) > 1000, png + " is only " + Files.size(png) + " bytes");
        byte[] magic = Files.readAllBytes(png);
        assertEquals((byte) 0x89, magic[0], "PNG signature");
        assertEquals('P', magic[1]);
        BufferedImage img = ImageIO.read(png.toFile());
        assertNotNull(img, png + " does not decode");
        assertEquals(width, img.getWidth(), "width");
        assertEquals(height, img.getHeight(), "height");
        assertTrue(colours(img).size() > 20, png + " has only " + colours(img).size() + " colours");
        return img;
    }

    /** How many pixels have each RGB value. */
    static Map<Integer, Integer> colours(BufferedImage img) {
        Map<Integer, Integer> n = new HashMap<>();
        for (int y = 0; y < img.getHeight(); y++)
            for (int x = 0; x < img.getWidth(); x++) n.merge(img.getRGB(x, y) & 0xffffff, 1, Integer::sum);
        return n;
    }

    /** Pixels within {@code tol} (per channel) of {@code c}. */
    static int count(BufferedImage img, Color c, int tol) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++)
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                if (Math.abs(((p >> 16) & 0xff) - c.getRed()) <= tol && Math.abs(((p >> 8) & 0xff) - c.getGreen()) <= tol
                        && Math.abs((p & 0xff) - c.getBlue()) <= tol) n++;
            }
        return n;
    }

    /** The colour at (x, y) as RGB. */
    static Color at(BufferedImage img, int x, int y) { return new Color(img.getRGB(x, y) & 0xffffff); }
}
