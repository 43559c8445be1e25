package dev.numj.examples;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Docs that run: every {@code ```java} block of README.md and docs/*.md is compiled and run, and the output its
 * comments show is compared with what it prints. The convention (page imports, {@code <!-- continues -->},
 * {@code <!-- not run: reason -->}, {@code System.out.println(x); // shown}, {@code // SomeException: message},
 * a following {@code ```text} block) is described in docs/contributing.md, "Examples in the docs".
 *
 * <p>The blocks are turned into one class per chain (a block and the blocks that continue it), compiled together
 * here, and run in one child JVM ({@link DocSnippetRunner}) whose working directory is a scratch directory, so the
 * files the examples write never land in the repository.
 */
class DocSnippetTest {
    static final Pattern FENCE = Pattern.compile("^(\\s*)```\\s*(\\w*)\\s*$");
    static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?[\\w.]+(\\.\\*)?\\s*;\\s*(//.*)?$");
    static final Pattern PRINTLN = Pattern.compile("^(\\s*)System\\.out\\.println\\((.*)\\);\\s*(//) ?(.*)$");
    static final Pattern THROWS = Pattern.compile("^(\\s*)(\\S.*;)\\s*(//) ?([A-Z]\\w*(?:Exception|Error)): (.*)$");
    static final Pattern COMMENT_ONLY = Pattern.compile("^(\\s*)// ?(.*)$");
    static final Pattern NOT_RUN = Pattern.compile("^<!--\\s*not run:\\s*\\S.*-->\\s*$");
    static final Pattern CONTINUES = Pattern.compile("^<!--\\s*continues\\s*-->\\s*$");

    /** A ```java block: where it is, its lines, whether it continues the previous one, its expected output. */
    record Block(String file, int fenceLine, List<String> lines, boolean continues, boolean notRun, String expectedText) {
        String loc() { return file + ":" + fenceLine; }
        boolean importsOnly() {
            return lines.stream().allMatch(l -> l.isBlank() || IMPORT.matcher(l).matches() || COMMENT_ONLY.matcher(l).matches());
        }
    }

    /** One generated class: a block and the blocks that continue it. */
    static final class Chain {
        final List<Block> blocks = new ArrayList<>();
        final Set<String> imports = new LinkedHashSet<>();
        String className;
        String source;
        /** Generated line (1-based) to doc file:line. */
        final Map<Integer, String> lineMap = new LinkedHashMap<>();
        String compileError;
        String report;
        String name() { return blocks.get(0).loc(); }
    }

    static Path repoRoot() {
        Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (p != null && !(Files.isRegularFile(p.resolve("README.md")) && Files.isDirectory(p.resolve("docs"))))
            p = p.getParent();
        assertNotNull(p, "repository root (README.md and docs/) above " + System.getProperty("user.dir"));
        return p;
    }

    static List<Path> pages(Path root) throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(root.resolve("README.md"));
        try (Stream<Path> s = Files.list(root.resolve("docs"))) {
            s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /** The ```java blocks of one page, with their markers and following ```text blocks. */
    static List<Block> parse(String file, List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = FENCE.matcher(lines.get(i));
            if (!m.matches() || m.group(2).isEmpty()) continue;
            String indent = m.group(1);
            String lang = m.group(2);
            int start = i;
            List<String> body = new ArrayList<>();
            for (i++; i < lines.size() && !FENCE.matcher(lines.get(i)).matches(); i++)
                body.add(lines.get(i).startsWith(indent) ? lines.get(i).substring(indent.length()) : lines.get(i));
            if (!lang.equals("java")) continue;
            String marker = "";
            for (int k = start - 1; k >= 0; k--)
                if (!lines.get(k).isBlank()) { marker = lines.get(k).strip(); break; }
            boolean notRun = NOT_RUN.matcher(marker).matches();
            boolean continues = CONTINUES.matcher(marker).matches();
            assertFalse(marker.startsWith("<!--") && marker.contains("not run") && !notRun,
                    file + ":" + (start + 1) + ": a not-run marker needs a reason: <!-- not run: why -->");
            String expected = null;
            int k = i + 1;
            while (k < lines.size() && lines.get(k).isBlank()) k++;
            if (k < lines.size()) {
                Matcher t = FENCE.matcher(lines.get(k));
                if (t.matches() && t.group(2).equals("text")) {
                    StringBuilder sb = new StringBuilder();
                    for (k++; k < lines.size() && !FENCE.matcher(lines.get(k)).matches(); k++) sb.append(lines.get(k)).append('\n');
                    expected = sb.toString();
                }
            }
            blocks.add(new Block(file, start + 1, body, continues, notRun, expected));
        }
        return blocks;
    }

    static String javaString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /** The chains of every page, with their generated sources. */
    static List<Chain> chains(Path root) throws IOException {
        List<Chain> chains = new ArrayList<>();
        int n = 0;
        for (Path page : pages(root)) {
            String file = root.relativize(page).toString();
            List<String> pageImports = new ArrayList<>();
            Chain last = null;
            for (Block b : parse(file, Files.readAllLines(page, StandardCharsets.UTF_8))) {
                if (b.notRun()) continue;
                if (b.continues()) {
                    assertNotNull(last, b.loc() + ": <!-- continues --> but no ```java block before it runs");
                    last.blocks.add(b);
                    continue;
                }
                last = new Chain();
                last.imports.addAll(pageImports);
                last.blocks.add(b);
                chains.add(last);
                if (b.importsOnly())
                    for (String l : b.lines()) if (IMPORT.matcher(l).matches()) pageImports.add(l.replaceAll("//.*", "").strip());
            }
        }
        for (Chain c : chains) generate(c, n++);
        return chains;
    }

    static void generate(Chain c, int n) {
        c.className = "DocSnippet" + n + "_" + c.blocks.get(0).file().replaceAll("\\W", "_") + "_" + c.blocks.get(0).fenceLine();
        List<String> body = new ArrayList<>();
        List<String> bodyLocs = new ArrayList<>();
        for (Block b : c.blocks) {
            body.add("dev.numj.examples.DocCheck.block(" + javaString(b.loc()) + ");");
            bodyLocs.add(b.loc());
            List<String> lines = b.lines();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String loc = b.file() + ":" + (b.fenceLine() + 1 + i);
                if (IMPORT.matcher(line).matches()) {
                    c.imports.add(line.replaceAll("//.*", "").strip());
                    body.add("");
                    bodyLocs.add(loc);
                    continue;
                }
                Matcher p = PRINTLN.matcher(line);
                Matcher t = THROWS.matcher(line);
                if (p.matches()) {
                    StringBuilder expected = new StringBuilder(p.group(4).replace("\\n", "\n"));
                    int extra = 0;
                    while (i + 1 + extra < lines.size()) {
                        Matcher cm = COMMENT_ONLY.matcher(lines.get(i + 1 + extra));
                        if (!cm.matches() || cm.group(1).length() != p.start(3)) break;
                        expected.append('\n').append(cm.group(2).replace("\\n", "\n"));
                        extra++;
                    }
                    body.add(p.group(1) + "dev.numj.examples.DocCheck.println(String.valueOf(" + p.group(2) + "), "
                            + javaString(expected.toString()) + ", " + javaString(loc) + ");");
                    bodyLocs.add(loc);
                    for (int e = 0; e < extra; e++) { body.add(""); bodyLocs.add(b.file() + ":" + (b.fenceLine() + 2 + i + e)); }
                    i += extra;
                } else if (t.matches() && !line.strip().startsWith("//")) {
                    StringBuilder msg = new StringBuilder(t.group(5).strip());
                    int extra = 0;
                    while (i + 1 + extra < lines.size()) {
                        Matcher cm = COMMENT_ONLY.matcher(lines.get(i + 1 + extra));
                        if (!cm.matches() || cm.group(1).length() != t.start(3)) break;
                        msg.append(' ').append(cm.group(2).strip());
                        extra++;
                    }
                    String m = msg.toString();
                    if (m.endsWith("…")) m = m.substring(0, m.length() - 1).stripTrailing();
                    else if (m.endsWith("...")) m = m.substring(0, m.length() - 3).stripTrailing();
                    body.add(t.group(1) + "try { " + t.group(2) + " dev.numj.examples.DocCheck.noThrow(" + javaString(t.group(4) + ": " + m)
                            + ", " + javaString(loc) + "); } catch (Throwable __t) { dev.numj.examples.DocCheck.threw(__t, "
                            + javaString(t.group(4)) + ", " + javaString(m) + ", " + javaString(loc) + "); }");
                    bodyLocs.add(loc);
                    for (int e = 0; e < extra; e++) { body.add(""); bodyLocs.add(b.file() + ":" + (b.fenceLine() + 2 + i + e)); }
                    i += extra;
                } else {
                    body.add(line);
                    bodyLocs.add(loc);
                }
            }
        }
        StringBuilder src = new StringBuilder();
        int lineNo = 0;
        for (String imp : c.imports) { src.append(imp).append('\n'); lineNo++; }
        src.append("public class ").append(c.className).append(" {\n");
        src.append("  public static void run() throws Throwable {\n");
        lineNo += 2;
        for (int i = 0; i < body.size(); i++) {
            src.append(body.get(i)).append('\n');
            lineNo++;
            c.lineMap.put(lineNo, bodyLocs.get(i));
        }
        src.append("  }\n}\n");
        c.source = src.toString();
    }

    static String docLoc(Chain c, long line) {
        return c.lineMap.getOrDefault((int) line, c.name() + " (generated line " + line + ")");
    }

    /** Compiles every chain; a chain that does not compile gets its errors, the others are compiled again. */
    static void compile(List<Chain> chains, Path src, Path classes, String classPath) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<Chain> todo = new ArrayList<>(chains);
        for (int attempt = 0; attempt < 20 && !todo.isEmpty(); attempt++) {
            List<File> files = new ArrayList<>();
            Map<String, Chain> byFile = new LinkedHashMap<>();
            for (Chain c : todo) {
                Path f = src.resolve(c.className + ".java");
                Files.writeString(f, c.source);
                files.add(f.toFile());
                byFile.put(f.toFile().getName(), c);
            }
            DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
            try (StandardJavaFileManager fm = javac.getStandardFileManager(diags, Locale.ROOT, StandardCharsets.UTF_8)) {
                boolean ok = javac.getTask(null, fm, diags,
                        List.of("-d", classes.toString(), "-classpath", classPath, "-proc:none", "-encoding", "UTF-8", "-nowarn", "-g"),
                        null, fm.getJavaFileObjectsFromFiles(files)).call();
                if (ok) return;
            }
            Set<Chain> failed = new LinkedHashSet<>();
            for (Diagnostic<? extends JavaFileObject> d : diags.getDiagnostics()) {
                if (d.getKind() != Diagnostic.Kind.ERROR || d.getSource() == null) continue;
                Chain c = byFile.get(new File(d.getSource().getName()).getName());
                if (c == null) continue;
                String e = docLoc(c, d.getLineNumber()) + ": " + d.getMessage(Locale.ROOT);
                c.compileError = c.compileError == null ? e : c.compileError + "\n" + e;
                failed.add(c);
            }
            if (failed.isEmpty()) fail("the doc snippets did not compile: " + diags.getDiagnostics());
            todo.removeAll(failed);
        }
        fail("the doc snippets that compile alone still fail together");
    }

    static List<Chain> run() throws Exception {
        Path root = repoRoot();
        List<Chain> chains = chains(root);
        Path work = Path.of(System.getProperty("user.dir"), "target", "doc-snippets");
        deleteRecursively(work);
        Path src = Files.createDirectories(work.resolve("src"));
        Path classes = Files.createDirectories(work.resolve("classes"));
        Path reports = Files.createDirectories(work.resolve("reports"));
        Path scratch = Files.createDirectories(work.resolve("scratch"));
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        compile(chains, src, classes, classPath);

        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Djava.awt.headless=true",
                "-cp", classPath + File.pathSeparator + classes, DocSnippetRunner.class.getName(),
                classes.toString(), reports.toString()));
        for (Chain c : chains) if (c.compileError == null) cmd.add(c.className);
        Process p = new ProcessBuilder(cmd).directory(scratch.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("runner.log").toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("the doc snippets ran for more than 5 minutes; see " + work.resolve("runner.log"));
        }
        for (Chain c : chains) {
            Path r = reports.resolve(c.className + ".txt");
            if (Files.exists(r)) c.report = Files.readString(r);
        }
        if (p.exitValue() != 0 && chains.stream().anyMatch(c -> c.compileError == null && c.report == null))
            fail("the doc snippet runner failed:\n" + Files.readString(work.resolve("runner.log")));
        return chains;
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char d = s.charAt(++i);
                sb.append(d == 'n' ? '\n' : d);
            } else sb.append(c);
        }
        return sb.toString();
    }

    static void check(Chain c) {
        assertNull(c.compileError, () -> "does not compile:\n" + c.compileError + "\n--- generated source ---\n" + c.source);
        assertNotNull(c.report, "no report from the runner");
        List<String> failures = new ArrayList<>();
        Map<String, String> outputs = new LinkedHashMap<>();
        for (String line : c.report.split("\n")) {
            if (line.startsWith("failure ")) {
                String f = unescape(line.substring("failure ".length()));
                Matcher m = Pattern.compile("\n@line (\\d+)$").matcher(f);
                if (m.find()) f = f.substring(0, m.start()) + " at " + docLoc(c, Long.parseLong(m.group(1)));
                failures.add(f);
            } else if (line.startsWith("output ")) {
                String rest = line.substring("output ".length());
                int sp = rest.indexOf(' ');
                outputs.put(rest.substring(0, sp), unescape(rest.substring(sp + 1)));
            }
        }
        for (Block b : c.blocks)
            if (b.expectedText() != null) {
                String out = outputs.getOrDefault(b.loc(), "");
                if (!DocCheck.stripTrailing(out).equals(DocCheck.stripTrailing(b.expectedText())))
                    failures.add(b.loc() + ": printed\n" + out + "but the text block after it shows\n" + b.expectedText());
            }
        assertTrue(failures.isEmpty(), () -> String.join("\n\n", failures));
    }

    @TestFactory
    Stream<DynamicTest> everyJavaBlockOfTheDocsRunsAndPrintsWhatItShows() throws Exception {
        List<Chain> chains = run();
        assertTrue(chains.size() >= 10, "found only " + chains.size() + " runnable blocks");
        return chains.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    @Test
    void theConventionIsParsedAsDocumented() {
        List<String> page = List.of(
                "```java", "import static dev.numj.NumJ.*;", "```",
                "<!-- continues -->", "```java", "System.out.println(array(1, 2)); // [1 2]", "```", "",
                "```text", "[1 2]", "```",
                "<!-- not run: a fragment -->", "```java", "...", "```");
        List<Block> blocks = parse("x.md", page);
        assertEquals(3, blocks.size());
        assertTrue(blocks.get(0).importsOnly());
        assertTrue(blocks.get(1).continues());
        assertEquals("[1 2]\n", blocks.get(1).expectedText());
        assertTrue(blocks.get(2).notRun());
        Chain c = new Chain();
        c.blocks.add(new Block("x.md", 1, List.of("a.add(1);   // IllegalArgumentException: operands could not be",
                "            // broadcast together …",
                "System.out.println(a); // [[1 2]",
                "                       //  [3 4]]",
                "// prose, not output"), false, false, null));
        generate(c, 0);
        assertTrue(c.source.contains("DocCheck.threw(__t, \"IllegalArgumentException\", \"operands could not be broadcast together\""),
                c.source);
        assertTrue(c.source.contains("DocCheck.println(String.valueOf(a), \"[[1 2]\\n [3 4]]\""), c.source);
    }
}
