package dev.numj;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public method of the API (the public classes of the exported packages, not {@code dev.numj.internal})
 * has a Javadoc comment that names its NumPy equivalent, or says NumPy has none and what the user would reach
 * for instead (PyTorch, SciPy, scikit-learn, pandas). Overrides ({@code @Override}) inherit their comment.
 * Doclint itself (every {@code @param}, {@code @return}, valid HTML) is checked by the Javadoc build.
 */
class JavadocNumPyTest {
    static final Pattern METHOD = Pattern.compile(
            "^    public\\s+(static\\s+)?(final\\s+)?(synchronized\\s+)?(<[^>]+>\\s+)?[\\w.<>\\[\\], ?]+\\s+\\w+\\s*\\(.*");
    static final Pattern TYPE = Pattern.compile("^    public\\s+(static\\s+)?(final\\s+)?(abstract\\s+)?(class|interface|record|enum)\\b.*");
    static final Pattern NAMES_NUMPY = Pattern.compile("NumPy|np\\.|numpy|Python|pandas|torch|PyTorch|scikit|SciPy|scipy|matplotlib");

    @Test
    void everyPublicMethodNamesItsNumPyEquivalent() throws IOException {
        Path root = Path.of(System.getProperty("user.dir"), "src", "main", "java", "dev", "numj");
        List<String> missing = new ArrayList<>();
        int methods = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                if (root.relativize(f).startsWith("internal")) continue;
                List<String> lines = Files.readAllLines(f);
                String name = f.getFileName().toString().replace(".java", "");
                if (lines.stream().noneMatch(l -> l.matches("^public\\s.*\\b(class|interface|record|enum)\\s+" + name + "\\b.*")))
                    continue;   // not part of the API
                for (int i = 0; i < lines.size(); i++) {
                    String l = lines.get(i);
                    if (!METHOD.matcher(l).matches() || TYPE.matcher(l).matches()) continue;
                    int j = i - 1;
                    boolean override = false;
                    while (j >= 0 && lines.get(j).strip().startsWith("@")) override |= lines.get(j--).strip().startsWith("@Override");
                    if (override) continue;
                    methods++;
                    StringBuilder doc = new StringBuilder();
                    if (j >= 0 && lines.get(j).strip().endsWith("*/")) {
                        int k = j;
                        while (k >= 0 && !lines.get(k).contains("/**")) k--;
                        for (int m = Math.max(k, 0); m <= j; m++) doc.append(lines.get(m)).append('\n');
                    }
                    if (!NAMES_NUMPY.matcher(doc).find())
                        missing.add(root.relativize(f) + ":" + (i + 1) + ": " + l.strip());
                }
            }
        }
        assertTrue(methods > 500, "found only " + methods + " public methods under " + root);
        assertTrue(missing.isEmpty(), missing.size() + " of " + methods
                + " public methods have no Javadoc naming their NumPy equivalent (or saying NumPy has none):\n"
                + String.join("\n", missing));
    }
}
