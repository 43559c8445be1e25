package dev.numj.internal;

import dev.numj.internal.cuda.CudaProbe;
import dev.numj.internal.ffi.numj.NumjCpu;
import dev.numj.internal.runtime.Memory;
import dev.numj.internal.runtime.NativeLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What {@code NumJ.showConfig()} prints: NumPy's {@code np.show_config()} for NumJ. */
public final class Config {
    private Config() {}

    public static String describe() {
        NativeLoader.ensureLoaded();
        StringBuilder sb = new StringBuilder();
        String version = Config.class.getPackage().getImplementationVersion();   // the jar manifest's, for every package
        sb.append("NumJ ").append(version != null ? version : "(development build, classes not from a jar)").append('\n');
        line(sb, "Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
                + System.getProperty("java.vendor") + "), " + System.getProperty("java.home"));
        line(sb, "OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        line(sb, "CPU", cpu());
        line(sb, "native", NumjCpu.numj_build_info().getString(0) + "; SIMD math kernels: " + NumjCpu.numj_simd_kernels().getString(0)
                + simdNote() + "; " + NumjCpu.numj_threads() + " kernel threads" + env("NUMJ_NUM_THREADS"));
        NativeLoader.Blas blas = NativeLoader.blas();
        line(sb, "BLAS", "OpenBLAS " + blas.version() + " (" + blas.source() + ": " + blas.path() + "), core " + blas.coreName()
                + " (" + blas.coreChosenBy() + "), " + blas.threadsText() + env("OPENBLAS_NUM_THREADS"));
        line(sb, "", "config: " + blas.config().trim());
        line(sb, "matmul", "NumJ's kernel: " + NumjCpu.numj_gemm_kernel().getString(0) + env("NUMJ_GEMM"));
        line(sb, "GPU", gpu());
        line(sb, "memory", String.format(Locale.ROOT, "collection period %d MiB now (at most %d MiB), hard limit %d MiB; fusion %s; warm-up %s",
                Memory.collectionPeriodBytes() >> 20, Memory.gcEveryBytes() >> 20, Memory.maxLiveBytes() >> 20,
                Lazy.ENABLED ? "on" : "off (-Dnumj.fuse=false)",
                Boolean.parseBoolean(System.getProperty("numj.warmup", "true")) ? "on" : "off"));
        return sb.toString();
    }

    private static void line(StringBuilder sb, String key, String value) {
        sb.append(String.format(Locale.ROOT, "  %-7s %s%n", key.isEmpty() ? "" : key + ":", value));
    }

    private static String env(String name) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? "" : " (" + name + "=" + v + ")";
    }

    private static String simdNote() {
        String v = System.getenv("NUMJ_SIMD");
        return v == null || v.isEmpty() ? "" : " (NUMJ_SIMD=" + v + ")";
    }

    /** The CPU's model and its vector extensions (from /proc/cpuinfo where there is one). */
    private static String cpu() {
        int n = Runtime.getRuntime().availableProcessors();
        String model = null, ext = "";
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            for (String l : lines) {
                if (l.startsWith("model name") && model == null) model = l.substring(l.indexOf(':') + 1).trim();
                if (l.startsWith("flags") && ext.isEmpty()) {
                    List<String> flags = List.of(l.substring(l.indexOf(':') + 1).trim().split("\\s+"));
                    StringBuilder e = new StringBuilder();
                    for (String f : new String[] {"sse4_2", "avx2", "fma", "avx512f"}) e.append(flags.contains(f) ? " " + f : " no-" + f);
                    ext = e.toString().trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            ext = "extensions unknown (" + e.getMessage() + ")";
        }
        return (model != null ? model : System.getProperty("os.arch")) + ", " + n + " CPUs" + (ext.isEmpty() ? "" : "; " + ext);
    }

    private static String gpu() {
        CudaProbe p = CudaProbe.get();
        if (p.deviceCount() == 0) return "none (" + (p.failure() != null ? p.failure() : "the CUDA driver sees no GPU") + ")";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < p.deviceCount(); i++) sb.append(i == 0 ? "" : "; ").append("cuda:").append(i).append(' ').append(p.deviceName(i));
        return sb + " (cuBLAS is loaded with the first GPU array)";
    }
}
