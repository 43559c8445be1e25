package dev.numj;

import static dev.numj.NumJ.*;
import static dev.numj.OracleSupport.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.numj.internal.runtime.NativeLoader;
import dev.numj.io.IO;
import dev.numj.linalg.Linalg;
import java.io.File;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which OpenBLAS NumJ runs (docs/performance.md, "A current OpenBLAS"), and that it computes NumPy's answers on this
 * CPU without the OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE workaround some machines export: gemm in both dtypes at sizes
 * that take the threaded, vectorised kernels, and the LAPACK routines NumJ calls, each in a child JVM whose
 * environment has neither variable.
 */
class BlasOracleTest {
    static final String BUNDLED_LIB = NativeLoader.BUNDLED_DIR + NativeLoader.OPENBLAS;
    static final List<String> WORKAROUND = List.of("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE");
    /** Set by the pom's surefire configuration: there the bundled jar must be on the path; the GPU bundle has none. */
    static final boolean REQUIRE_BUNDLED = Boolean.getBoolean("numj.test.requireBundledBlas");

    @TempDir
    Path dir;

    @Test
    void theBundledOpenBlasRunsByDefaultAndIsCurrent() {
        String choice = System.getProperty(NativeLoader.BLAS_PROPERTY, "auto");
        assumeTrue(choice.equals("auto") || choice.equals("bundled"), "-Dnumj.blas=" + choice);
        assumeBundledJar();
        NativeLoader.Blas blas = NativeLoader.blas();
        assertEquals("bundled", blas.source(), blas.toString());
        assertTrue(atLeast(blas.version(), 0, 3, 31), "bundled OpenBLAS older than NumPy 2.x's 0.3.31: " + blas);
        assertFalse(blas.coreName().isBlank(), blas.toString());
        assertTrue(blas.path().startsWith(NativeLoader.bundledCacheDir()), blas.path() + " not in the cache directory");
        assertTrue(blas.threads() >= 1, blas.toString());
    }

    @Test
    void bundledOpenBlasGivesNumPysAnswersWithoutTheCoretypeWorkaround() throws Exception {
        Path jar = assumeBundledJar();
        String blas = runChild("bundled", jar);
        assertTrue(blas.startsWith("OpenBLAS ") && blas.contains("(bundled, "), blas);
        assertTrue(atLeast(blas.split(" ")[1], 0, 3, 31), blas);
        assertChildMatchesNumPy();
    }

    @Test
    void withoutTheBundledJarNumJFallsBackToTheSystemOpenBlas() throws Exception {
        String blas = runChild(null, null);   // -Dnumj.blas unset (auto), and no bundled jar on the child's path
        assumeTrue(!blas.startsWith("OpenBLAS not found"), "no system OpenBLAS here: " + blas);
        assertTrue(blas.contains("(system, "), blas);
        assertChildMatchesNumPy();
    }

    @Test
    void askingForTheBundledOneWithoutItsJarSaysWhatIsMissing() throws Exception {
        String out = runChild("bundled", null);
        assertTrue(out.contains("-Dnumj.blas=bundled, but no " + BUNDLED_LIB), out);
    }

    // ---- the child JVM ------------------------------------------------------------------------------------

    /** Runs {@link Child} with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE removed; returns its first line (the BLAS). */
    String runChild(String choice, Path blasJar) throws Exception {
        Path classes = codeSource(NativeLoader.class), testClasses = codeSource(BlasOracleTest.class);
        assertTrue(Files.exists(classes) && Files.exists(testClasses), classes + ", " + testClasses);
        String cp = classes + File.pathSeparator + testClasses + (blasJar == null ? "" : File.pathSeparator + blasJar);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-XX:-CreateCoredumpOnCrash", "-Xshare:auto", "-cp", cp));
        if (choice != null) {
            cmd.add("-D" + NativeLoader.BLAS_PROPERTY + "=" + choice);
        }
        String cache = System.getProperty(NativeLoader.BLAS_CACHE_PROPERTY);
        if (cache != null) {
            cmd.add("-D" + NativeLoader.BLAS_CACHE_PROPERTY + "=" + cache);
        }
        cmd.add(Child.class.getName());
        cmd.add(dir.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        WORKAROUND.forEach(pb.environment()::remove);
        Process proc = pb.start();
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(proc.waitFor(300, TimeUnit.SECONDS), "child JVM still running");
        if (proc.exitValue() != 0) {
            int at = out.indexOf("NumJNativeException: ");
            if (at >= 0) {
                return out.substring(at + "NumJNativeException: ".length());
            }
            fail("child JVM exited " + proc.exitValue() + ":\n" + out);
        }
        assertTrue(out.contains("env: none"), "the child still sees the workaround variables:\n" + out);
        return out.lines().findFirst().orElse("");
    }

    /** Compares each result the child saved with NumPy's on the same (saved) inputs. */
    void assertChildMatchesNumPy() {
        for (String t : List.of("float32", "float64")) {
            boolean f32 = t.equals("float32");
            double rtol = f32 ? 2e-4 : 1e-10, atol = f32 ? 2e-4 : 1e-10;
            check("A, B = ld('A_" + t + "'), ld('B_" + t + "')\nout = A @ B", "AB_" + t, rtol, atol);
            check("A, B = ld('C_" + t + "'), ld('D_" + t + "')\nout = A @ B", "CD_" + t, rtol, atol);
            check("out = ld('M_" + t + "') @ ld('v_" + t + "')", "Mv_" + t, rtol, atol);
        }
        double rtol = 1e-8, atol = 1e-10;
        check("out = np.linalg.solve(ld('S'), ld('R'))", "solve", rtol, atol);
        check("out = np.linalg.inv(ld('S'))", "inv", rtol, atol);
        check("out = np.linalg.det(ld('S'))", "det", rtol, 0);
        check("out = np.linalg.eigvalsh(ld('P'))", "eigh_w", rtol, atol);
        check("out = np.linalg.svd(ld('G'), compute_uv=False)", "svd_s", rtol, atol);
        check("out = np.linalg.cholesky(ld('P'))", "cholesky", rtol, atol);
        check("out = np.abs(np.linalg.qr(ld('G'))[1])", "qr_r_abs", rtol, atol);
        check("out = np.linalg.lstsq(ld('G'), ld('y'), rcond=None)[0]", "lstsq_x", rtol, atol);
        check("out = np.sort_complex(np.linalg.eigvals(ld('S')).astype(complex)).real", "eig_w_re", 1e-6, 1e-8);
    }

    void check(String code, String result, double rtol, double atol) {
        String prelude = "ld = lambda n: np.load(" + pyString(dir.toString()) + " + '/' + n + '.npy')\n";
        NDArray numj = IO.load(dir.resolve(result + ".npy"));
        assertMatches(np().run(prelude + code, Map.of()), numj, result + " (" + code.replace('\n', ';') + ")", rtol, atol);
    }

    static String pyString(String s) { return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"; }

    /** The jar or directory a class was loaded from (target/classes and target/test-classes under surefire). */
    static Path codeSource(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            throw new AssertionError("no code source for " + c, e);
        }
    }

    /** The bundled OpenBLAS's jar; fails when the build should have it (surefire), else skips the test. */
    static Path assumeBundledJar() {
        Path jar = bundledJar();
        if (REQUIRE_BUNDLED) {
            assertNotNull(jar, "NumJ's pom brings org.bytedeco:openblas:linux-x86_64; it is not on the test path");
        }
        assumeTrue(jar != null, "no bundled OpenBLAS jar on the path (the GPU bundle carries numj.jar alone)");
        return jar;
    }

    /** The jar that holds the bundled OpenBLAS, as this JVM sees it, or null. */
    static Path bundledJar() {
        URL url = BlasOracleTest.class.getClassLoader().getResource(BUNDLED_LIB);
        if (url == null) {
            return null;
        }
        try {
            return Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI());
        } catch (Exception e) {
            throw new AssertionError("cannot locate the jar of " + url, e);
        }
    }

    /** Whether a dotted version ("0.3.31", "0.3.31.188.0", "0.3.31.dev") is at least {@code want}. */
    static boolean atLeast(String version, int... want) {
        String[] parts = version.split("[.]");
        for (int i = 0; i < want.length; i++) {
            int have = i < parts.length ? Integer.parseInt(parts[i].replaceAll("\\D.*", "").isEmpty() ? "0"
                    : parts[i].replaceAll("\\D.*", "")) : 0;
            if (have != want[i]) {
                return have > want[i];
            }
        }
        return true;
    }

    @Test
    void versionsCompareNumerically() {
        assertTrue(atLeast("0.3.31", 0, 3, 31));
        assertTrue(atLeast("0.3.31.188.0", 0, 3, 31));
        assertTrue(atLeast("0.4.0", 0, 3, 31));
        assertFalse(atLeast("0.3.21", 0, 3, 31));
        assertFalse(atLeast("0.3.3", 0, 3, 31));
    }

    /**
     * The child: prints which OpenBLAS runs and whether the workaround variables are set, then saves inputs
     * (seeded) and NumJ's results as .npy files in {@code args[0]}.
     */
    public static final class Child {
        public static void main(String[] args) {
            Path out = Path.of(args[0]);
            System.out.println(NativeLoader.blas());
            List<String> set = WORKAROUND.stream().filter(v -> System.getenv(v) != null).toList();
            System.out.println("env: " + (set.isEmpty() ? "none" : set));
            for (DType t : List.of(FLOAT32, FLOAT64)) {
                // Odd sizes: full panels plus edge tiles in every direction; large enough to be threaded.
                NDArray a = input(t, 1, 517, 389), b = input(t, 2, 389, 263);
                NDArray c = input(t, 3, 1024, 1024), d = input(t, 4, 1024, 96);
                NDArray m = input(t, 5, 300, 700), v = input(t, 6, 700);
                save(out, "A_" + t, a);
                save(out, "B_" + t, b);
                save(out, "AB_" + t, a.matmul(b));
                save(out, "C_" + t, c);
                save(out, "D_" + t, d);
                save(out, "CD_" + t, c.matmul(d));
                save(out, "M_" + t, m);
                save(out, "v_" + t, v);
                save(out, "Mv_" + t, m.matmul(v));
            }
            int n = 200;
            NDArray s = input(FLOAT64, 7, n, n).add(eye(n).mul(4.0));              // well conditioned
            NDArray g = input(FLOAT64, 8, 300, 120);
            NDArray p = g.T().matmul(g).add(eye(120));                             // symmetric positive definite
            NDArray r = input(FLOAT64, 9, n, 3), y = input(FLOAT64, 10, 300);
            save(out, "S", s);
            save(out, "G", g);
            save(out, "P", p);
            save(out, "R", r);
            save(out, "y", y);
            save(out, "solve", Linalg.solve(s, r));
            save(out, "inv", Linalg.inv(s));
            save(out, "det", Linalg.det(s));
            save(out, "eigh_w", Linalg.eigh(p).eigenvalues());
            save(out, "svd_s", Linalg.svdvals(g));
            save(out, "cholesky", Linalg.cholesky(p));
            save(out, "qr_r_abs", Linalg.qr(g).r().abs());
            save(out, "lstsq_x", Linalg.lstsq(g, y).x());
            var eig = Linalg.eig(s);
            save(out, "eig_w_re", sortComplexReal(eig.eigenvalues(), eig.eigenvaluesImag()));
        }

        static void save(Path dir, String name, NDArray a) { IO.save(dir.resolve(name + ".npy"), a); }

        /** {@code np.sort_complex(w).real}: sorted by real part, then imaginary part. */
        static NDArray sortComplexReal(NDArray re, NDArray im) {
            int len = (int) re.size();
            Integer[] idx = new Integer[len];
            for (int i = 0; i < len; i++) {
                idx[i] = i;
            }
            java.util.Arrays.sort(idx, (i, j) -> {
                int c = Double.compare(re.getDouble(i), re.getDouble(j));
                return c != 0 ? c : Double.compare(im.getDouble(i), im.getDouble(j));
            });
            double[] sorted = new double[len];
            for (int i = 0; i < len; i++) {
                sorted[i] = re.getDouble(idx[i]);
            }
            return array(sorted);
        }

        /** Uniform [-1, 1) from {@code java.util.Random(s)}, in float64 then cast: well-conditioned matrices. */
        static NDArray input(DType t, int s, long... shape) {
            long size = 1;
            for (long e : shape) {
                size *= e;
            }
            java.util.Random rnd = new java.util.Random(s);
            double[] v = new double[Math.toIntExact(size)];
            for (int i = 0; i < v.length; i++) {
                v[i] = 2 * rnd.nextDouble() - 1;
            }
            return array(v).reshape(shape).astype(t);
        }
    }
}
