package dev.numj;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The measurable part of the formatting convention written down in .editorconfig and
 * docs/contributing.md ("Formatting"), checked over every Java, C and CUDA source of the repository:
 * UTF-8, LF line ends, a final newline, no tab, no trailing whitespace, at most 160 columns. The
 * jextract output under internal/ffi is generated and left as jextract writes it.
 */
class SourceFormatTest {
    static final int MAX_COLUMNS = 160;

    static Path repositoryRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve(".editorconfig"))) p = p.getParent();
        assertNotNull(p, "no .editorconfig above " + Path.of("").toAbsolutePath());
        return p;
    }

    static boolean checked(Path p) {
        String s = p.toString().replace('\\', '/');
        if (s.contains("/target/") || s.contains("/build/") || s.contains("/.git/") || s.contains("/internal/ffi/")) return false;
        return s.endsWith(".java") || s.endsWith(".c") || s.endsWith(".cc") || s.endsWith(".h") || s.endsWith(".cu") || s.endsWith(".cuh")
                || s.endsWith(".def");
    }

    @Test
    void sourcesFollowTheFormattingConvention() throws IOException {
        Path root = repositoryRoot();
        List<String> problems = new ArrayList<>();
        int files = 0;
        for (String top : new String[] {"java", "native", "benchmarks"}) {
            try (Stream<Path> s = Files.walk(root.resolve(top))) {
                for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile).filter(SourceFormatTest::checked)::iterator) {
                    files++;
                    check(root.relativize(p).toString(), Files.readAllBytes(p), problems);
                }
            }
        }
        assertTrue(files > 200, "checked only " + files + " files under " + root);
        assertTrue(problems.isEmpty(), problems.size() + " formatting problems (see .editorconfig):\n"
                + String.join("\n", problems.subList(0, Math.min(problems.size(), 60))));
    }

    static void check(String name, byte[] bytes, List<String> problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(name + ": not UTF-8");
            return;
        }
        if (text.indexOf('\r') >= 0) problems.add(name + ": CR line ends (use LF)");
        if (!text.isEmpty() && !text.endsWith("\n")) problems.add(name + ": no newline at the end");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.indexOf('\t') >= 0) problems.add(name + ":" + (i + 1) + ": tab");
            if (!l.isEmpty() && Character.isWhitespace(l.charAt(l.length() - 1))) problems.add(name + ":" + (i + 1) + ": trailing whitespace");
            if (l.codePointCount(0, l.length()) > MAX_COLUMNS)
                problems.add(name + ":" + (i + 1) + ": " + l.codePointCount(0, l.length()) + " columns (at most " + MAX_COLUMNS + ")");
        }
    }

    @Test
    void theCheckFindsWhatItLooksFor() {
        List<String> p = new ArrayList<>();
        check("a.c", "int\tx;\nint y; \r\n".getBytes(StandardCharsets.UTF_8), p);
        check("b.c", ("x".repeat(MAX_COLUMNS + 1) + "\nno final newline").getBytes(StandardCharsets.UTF_8), p);
        check("c.c", new byte[] {(byte) 0xff, '\n'}, p);
        assertEquals(List.of("a.c: CR line ends (use LF)", "a.c:1: tab", "a.c:2: trailing whitespace", "b.c: no newline at the end",
                "b.c:1: 161 columns (at most 160)", "c.c: not UTF-8"), p);
    }
}
