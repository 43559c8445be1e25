package dev.numj.jupyter;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;

/**
 * Tells a plain statement (a call, an assignment, a loop, a block) from a declaration by parsing it, without
 * compiling it: plain statements can be run together in one block, declarations must stay JShell snippets of
 * their own (they outlive the cell).
 */
final class Statements {

    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

    private Statements() {
    }

    /** True when {@code snippet} parses as statements none of which declares a variable or a class. */
    static boolean isPlainStatement(String snippet) {
        if (JAVAC == null) {
            return false;
        }
        String source = "class Snippet$ { void run$() throws Throwable {\n" + snippet + "\n} }";
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Snippet$.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try {
            JavacTask task = (JavacTask) JAVAC.getTask(new StringWriter(), null, diagnostics, List.of("-proc:none"), null, List.of(file));
            Iterable<? extends CompilationUnitTree> units = task.parse();
            if (!diagnostics.getDiagnostics().isEmpty()) {
                return false;
            }
            for (CompilationUnitTree unit : units) {
                ClassTree cls = (ClassTree) unit.getTypeDecls().get(0);
                for (var member : cls.getMembers()) {
                    if (member instanceof MethodTree method && method.getName().contentEquals("run$")) {
                        BlockTree body = method.getBody();
                        if (body.getStatements().isEmpty()) {
                            return false;
                        }
                        for (StatementTree statement : body.getStatements()) {
                            if (statement instanceof VariableTree || statement instanceof ClassTree) {
                                return false;
                            }
                        }
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;   // when in doubt, JShell takes the snippet alone
        }
    }
}
