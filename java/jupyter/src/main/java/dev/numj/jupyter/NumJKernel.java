package dev.numj.jupyter;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.google.gson.annotations.SerializedName;

import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.reply.KernelInfoReply;
import org.dflib.jjava.jupyter.messages.request.KernelInfoRequest;

/**
 * A Jupyter kernel for Java with NumJ: each cell is evaluated by JShell in this JVM (native access granted to
 * the kernel JVM covers the cells), with NumJ's imports preloaded (the REPL's, {@code scripts/lib/numj.jsh}),
 * {@code dev.numj.plots} and {@link Display#display}. The last expression of a cell is its result: an
 * {@code NDArray} shows as NumPy prints it, a figure as a PNG picture. An exception shows as a Jupyter error
 * (its class, its message, the stack down to the cell); a cell that does not compile shows JShell's diagnostics.
 * <pre>
 * java --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -cp numj-jupyter.jar:... \
 *     dev.numj.jupyter.NumJKernel CONNECTION_FILE
 * </pre>
 * ({@code scripts/jupyter} writes that command into the kernel spec.)
 */
public final class NumJKernel extends BaseKernel {

    /** The kernel spec's name ({@code jupyter kernelspec list}) and the notebooks' {@code kernelspec.name}. */
    public static final String KERNEL_NAME = "numj";

    /** Imports beyond the REPL's: the plots and IPython's {@code display}. */
    private static final String EXTRA_IMPORTS = """
            import dev.numj.plots.*;
            import static dev.numj.jupyter.Display.display;
            """;

    /** JShell's DEFAULT start-up imports (the {@code jshell} tool runs them; a programmatic JShell does not). */
    private static final String DEFAULT_IMPORTS = """
            import java.io.*;
            import java.math.*;
            import java.net.*;
            import java.nio.file.*;
            import java.util.*;
            import java.util.concurrent.*;
            import java.util.function.*;
            import java.util.regex.*;
            import java.util.stream.*;
            """;

    private final JShell shell;

    /** A kernel with a fresh JShell whose class path is this JVM's. */
    public NumJKernel() {
        super(KERNEL_NAME, version(),
                new LanguageInfo.Builder("java")
                        .version(Runtime.version().toString())
                        .mimetype("text/x-java-source")
                        .fileExtension(".jshell")
                        .pygments("java")
                        .codemirror("text/x-java")
                        .build(),
                List.of(), null, new JupyterIO(StandardCharsets.UTF_8), new CommManager(), new Renderer(),
                null, new MagicsRegistry(), false, new StringStyler.Builder().build());
        ClassLoader loader = NumJKernel.class.getClassLoader();
        this.shell = JShell.builder()
                .executionEngine(new ExecutionControlProvider() {
                    @Override
                    public String name() {
                        return "numj-local";
                    }

                    @Override
                    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
                        return new CapturingExecutionControl(loader);
                    }
                }, Map.of())
                .build();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty()) {
                shell.addToClasspath(entry);
            }
        }
        evalRaw(DEFAULT_IMPORTS + startupImports() + EXTRA_IMPORTS);
    }

    private static String version() {
        String v = NumJKernel.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** scripts/lib/numj.jsh, copied into the jar by the build. */
    private static String startupImports() {
        try (InputStream in = NumJKernel.class.getResourceAsStream("numj.jsh")) {
            if (in == null) {
                throw new IllegalStateException("numj.jsh is missing from the kernel's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read numj.jsh", e);
        }
    }

    @Override
    public String getBanner() {
        return "NumJ " + getVersion() + " on Java " + Runtime.version() + " (JShell)";
    }

    /**
     * Evaluates a cell snippet by snippet, as JShell does; the value of a final expression is the result.
     * Consecutive plain statements (calls, assignments, loops; not declarations) before the last snippet are
     * compiled together as one block, since JShell compiles each snippet separately and a notebook cell is
     * often a dozen {@code println}s. As in IPython, a final expression ended by a semicolon shows nothing.
     *
     * @param source the cell
     * @return the value of the cell's last snippet when it is an expression without a semicolon, otherwise null
     */
    @Override
    public Object evalRaw(String source) {
        List<String> snippets = splitSnippets(source);
        Object result = null;
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < snippets.size(); i++) {
            String snippet = snippets.get(i);
            if (i < snippets.size() - 1 && Statements.isPlainStatement(snippet)) {
                block.append(snippet).append('\n');
                continue;
            }
            if (!block.isEmpty()) {
                evalSnippet("{\n" + block + "}");
                block.setLength(0);
            }
            result = evalSnippet(snippet);
        }
        return lastEndsWithSemicolon ? null : result;
    }

    /** Whether the code, without its trailing comments, ends with a semicolon. */
    static boolean endsWithSemicolon(String code) {
        List<String> lines = new ArrayList<>(code.strip().lines().toList());
        while (!lines.isEmpty()) {
            String line = withoutLineComment(lines.getLast()).strip();
            if (!line.isEmpty()) {
                return line.endsWith(";");
            }
            lines.removeLast();
        }
        return false;
    }

    /** The line up to a {@code //} comment that is not inside a string or char literal. */
    private static String withoutLineComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /** Whether the last cell split by {@link #splitSnippets} ended with a semicolon the user wrote. */
    private boolean lastEndsWithSemicolon;

    /** The cell's snippets as JShell splits them; an incomplete or unknown rest is one snippet. */
    private List<String> splitSnippets(String source) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        List<String> snippets = new ArrayList<>();
        lastEndsWithSemicolon = false;
        String rest = source;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                break;
            } else if (info.completeness().isComplete()) {
                snippets.add(info.source());
                lastEndsWithSemicolon = endsWithSemicolon(info.source());
                rest = info.remaining();
            } else {
                snippets.add(rest);   // incomplete or unknown: JShell's diagnostics say what is wrong
                break;
            }
        }
        return snippets;
    }

    private Object evalSnippet(String source) {
        CapturingExecutionControl.reset();
        List<SnippetEvent> events = shell.eval(source);
        Object result = null;
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                continue;   // a dependent snippet updated by this one
            }
            Snippet snippet = event.snippet();
            if (event.status() == Snippet.Status.REJECTED) {
                throw CompilationException.of(shell, snippet);
            }
            if (event.exception() != null) {
                throw userException(event.exception());
            }
            Snippet.SubKind kind = snippet.subKind();
            if (kind == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND || kind == Snippet.SubKind.VAR_VALUE_SUBKIND) {
                result = CapturingExecutionControl.lastValue();
            }
        }
        return result;
    }

    /** The exception a cell threw, as itself (so Jupyter's ename is its class), or JShell's report of it. */
    private static RuntimeException userException(jdk.jshell.JShellException reported) {
        Throwable thrown = CapturingExecutionControl.lastThrown();
        if (thrown != null) {
            trimToCell(thrown);
        }
        if (thrown instanceof RuntimeException runtime) {
            return runtime;
        }
        if (thrown instanceof Exception checked) {
            return Sneaky.rethrow(checked);
        }
        if (thrown instanceof Error error) {
            return new EvaluationError(error);
        }
        if (reported instanceof UnresolvedReferenceException unresolved) {
            return new UnresolvedReference(unresolved.getSnippet().toString(), unresolved);
        }
        if (reported instanceof EvalException eval) {
            return new EvaluationError(eval.getExceptionClassName() + ": " + eval.getMessage(), eval);
        }
        return new EvaluationError(String.valueOf(reported.getMessage()), reported);
    }

    /** Drops the frames below the cell (the kernel's reflection and JShell), as jshell does. */
    private static void trimToCell(Throwable thrown) {
        StackTraceElement[] frames = thrown.getStackTrace();
        int keep = 0;
        while (keep < frames.length) {
            String cls = frames[keep].getClassName();
            if (cls.equals(CapturingExecutionControl.class.getName()) || cls.startsWith("jdk.internal.reflect.")
                    || cls.startsWith("java.lang.reflect.")) {
                break;
            }
            keep++;
        }
        thrown.setStackTrace(Arrays.copyOf(frames, keep));
    }

    @Override
    public DisplayData eval(String expr) {
        Object value = evalRaw(expr);
        return value == null ? null : Rendering.of(value);
    }

    /**
     * Jupyter's traceback: {@code Class: message} and the stack from where it was thrown down to the cell (the
     * kernel's and JShell's frames below the cell left out); for a cell that does not compile, the diagnostics.
     */
    @Override
    public List<String> formatError(Throwable e) {
        if (e instanceof CompilationException compilation) {
            return compilation.lines();
        }
        Throwable shown = e instanceof EvaluationError && e.getCause() instanceof Error ? e.getCause() : e;
        StringWriter text = new StringWriter();
        shown.printStackTrace(new PrintWriter(text));
        List<String> lines = new ArrayList<>(text.toString().lines().toList());
        return lines;
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        List<SourceCodeAnalysis.Documentation> docs = shell.sourceCodeAnalysis().documentation(code, at, true);
        if (docs.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (SourceCodeAnalysis.Documentation doc : docs) {
            text.append(doc.signature()).append('\n');
            if (extraDetail && doc.javadoc() != null) {
                text.append(doc.javadoc()).append('\n');
            }
        }
        return new DisplayData(text.toString().strip());
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        int[] anchor = new int[1];
        List<SourceCodeAnalysis.Suggestion> suggestions = shell.sourceCodeAnalysis().completionSuggestions(code, at, anchor);
        List<String> options = new ArrayList<>();
        for (SourceCodeAnalysis.Suggestion s : suggestions) {
            if (s.matchesType() || suggestions.stream().noneMatch(SourceCodeAnalysis.Suggestion::matchesType)) {
                if (!options.contains(s.continuation())) {
                    options.add(s.continuation());
                }
            }
        }
        return new ReplacementOptions(options, anchor[0], at);
    }

    @Override
    public String isComplete(String code) {
        String rest = code;
        while (true) {
            SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(rest);
            switch (info.completeness()) {
                case COMPLETE, COMPLETE_WITH_SEMI -> {
                    rest = info.remaining();
                    if (rest.isBlank()) {
                        return IS_COMPLETE_YES;
                    }
                }
                case EMPTY -> {
                    return IS_COMPLETE_YES;
                }
                case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> {
                    return "    ";
                }
                default -> {
                    return IS_COMPLETE_BAD;
                }
            }
        }
    }

    /** Stops the running cell (JShell's stop: the cell's loops check a flag). */
    @Override
    public void interrupt() {
        shell.stop();
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        super.onShutdown(isRestarting);
        shell.close();
    }

    /** The message protocol's kernel_info_reply carries {@code status}; jjava-jupyter's leaves it out. */
    @Override
    protected void handleKernelInfoRequest(ShellReplyEnvironment env, Message<KernelInfoRequest> request) {
        env.setBusyDeferIdle();
        env.reply(new StatusKernelInfoReply(Header.PROTOCOL_VERISON, getName(), getVersion(), getLanguageInfo(),
                getBanner(), getHelpLinks()));
    }

    private static final class StatusKernelInfoReply extends KernelInfoReply {
        @SerializedName("status")
        @SuppressWarnings("unused")
        private final String status = "ok";

        StatusKernelInfoReply(String protocolVersion, String name, String version, LanguageInfo langInfo,
                              String banner, List<org.dflib.jjava.jupyter.kernel.HelpLink> helpLinks) {
            super(protocolVersion, name, version, langInfo, banner, helpLinks);
        }
    }

    /**
     * Runs the kernel on the connection file Jupyter passes ({@code {connection_file}} in the kernel spec) until
     * Jupyter shuts it down.
     *
     * @param args the connection file's path
     * @throws Exception when the connection file cannot be read or the sockets cannot be bound
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java --enable-native-access=ALL-UNNAMED -cp ... dev.numj.jupyter.NumJKernel CONNECTION_FILE");
            System.exit(2);
        }
        KernelConnectionProperties properties = KernelConnectionProperties.parse(Files.readString(Path.of(args[0])));
        JupyterConnection connection = new JupyterConnection(properties);
        NumJKernel kernel = new NumJKernel();
        kernel.onStartup();
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
        System.exit(0);
    }

    /** A cell that JShell rejected: its diagnostics, as jshell prints them. */
    static final class CompilationException extends RuntimeException {
        private final List<String> lines;

        private CompilationException(String message, List<String> lines) {
            super(message, null, false, false);   // no stack: the diagnostics are the traceback
            this.lines = lines;
        }

        List<String> lines() {
            return lines;
        }

        static CompilationException of(JShell shell, Snippet snippet) {
            List<String> lines = new ArrayList<>();
            List<String> messages = new ArrayList<>();
            String source = snippet.source();
            shell.diagnostics(snippet).forEach((Diag diag) -> {
                if (!diag.isError()) {
                    return;
                }
                String message = diag.getMessage(Locale.ROOT);
                messages.add(message.lines().findFirst().orElse(message));
                lines.add("Error: " + message.lines().findFirst().orElse(""));
                message.lines().skip(1).forEach(l -> lines.add("  " + l));
                int start = (int) Math.max(0, diag.getStartPosition());
                int end = (int) Math.max(start, diag.getEndPosition());
                if (start <= source.length()) {
                    int lineStart = source.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
                    if (start == 0) {
                        lineStart = 0;
                    }
                    int lineEnd = source.indexOf('\n', start);
                    if (lineEnd < 0) {
                        lineEnd = source.length();
                    }
                    lines.add(source.substring(lineStart, lineEnd));
                    int caretEnd = Math.min(Math.max(end, start + 1), lineEnd);
                    lines.add(" ".repeat(start - lineStart) + "^" + (caretEnd - start > 1 ? "-".repeat(caretEnd - start - 2) + "^" : ""));
                }
            });
            if (messages.isEmpty()) {
                messages.add("the snippet was rejected: " + snippet.source().strip());
                lines.add(messages.get(0));
            }
            return new CompilationException(String.join("; ", messages) + "\n" + String.join("\n", lines), lines);
        }
    }

    /** An Error thrown by a cell (stack overflow, out of memory), or JShell's report of an exception. */
    static final class EvaluationError extends RuntimeException {
        EvaluationError(Error error) {
            super(error.toString(), error);
        }

        EvaluationError(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A cell that used a method or class not yet defined. */
    static final class UnresolvedReference extends RuntimeException {
        UnresolvedReference(String snippet, Throwable cause) {
            super("this cell uses a declaration that is not defined yet: " + Objects.toString(snippet), cause);
        }
    }

    private static final class Sneaky {
        @SuppressWarnings("unchecked")
        static <E extends Throwable> RuntimeException rethrow(Throwable e) throws E {
            throw (E) e;
        }
    }
}
