package dev.numj.examples;

import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The child JVM of {@link DocSnippetTest}: runs the compiled snippet chains one after the other in its working
 * directory (a scratch directory, so the files the snippets write land there) and writes one report file per chain:
 * {@code OK} or the failures, then, per block, its standard output.
 *
 * <p>Arguments: the directory of the compiled snippet classes, the report directory, the chain class names.
 */
public final class DocSnippetRunner {
    private DocSnippetRunner() {}

    public static void main(String[] args) throws Exception {
        Path classes = Path.of(args[0]);
        Path reports = Path.of(args[1]);
        PrintStream realOut = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                DocSnippetRunner.class.getClassLoader())) {
            for (int i = 2; i < args.length; i++) {
                String name = args[i];
                DocCheck.reset();
                List<String> failures = new ArrayList<>();
                System.setOut(DocCheck.capture());
                try {
                    loader.loadClass(name).getMethod("run").invoke(null);
                } catch (java.lang.reflect.InvocationTargetException e) {
                    Throwable t = e.getCause();
                    StringBuilder sb = new StringBuilder("threw " + t);
                    for (StackTraceElement f : t.getStackTrace())
                        if (f.getClassName().equals(name)) { sb.append("\n@line ").append(f.getLineNumber()); break; }
                    failures.add(sb.toString());
                } catch (Throwable t) {
                    failures.add("could not run: " + t);
                } finally {
                    System.out.flush();
                    System.setOut(realOut);
                }
                failures.addAll(0, DocCheck.FAILURES);
                StringBuilder report = new StringBuilder();
                report.append(failures.isEmpty() ? "OK" : "FAIL").append('\n');
                for (String f : failures) report.append("failure ").append(f.replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
                DocCheck.OUTPUT.forEach((loc, out) -> report.append("output ").append(loc).append(' ')
                        .append(out.toString(StandardCharsets.UTF_8).replace("\\", "\\\\").replace("\n", "\\n")).append('\n'));
                Files.writeString(reports.resolve(name + ".txt"), report);
                realOut.println("doc snippet " + name + ": " + (failures.isEmpty() ? "ok" : "FAILED"));
            }
        }
    }
}
