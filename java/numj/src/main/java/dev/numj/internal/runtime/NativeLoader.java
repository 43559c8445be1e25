package dev.numj.internal.runtime;

import dev.numj.NumJNativeException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/**
 * Loads NumJ's CPU library ({@code libnumj_cpu.so}) into this class's loader, once per JVM, so that
 * {@link SymbolLookup#loaderLookup()} (what the jextract bindings use) finds its symbols.
 *
 * <p>Where the library comes from:
 * <ol>
 *   <li>the system property {@code numj.native.lib}, a path to a {@code libnumj_cpu.so} (development);
 *   <li>else the copy packed in the jar at {@value #CPU_RESOURCE}, extracted to a fresh temporary file
 *       (in {@code numj.native.tmpdir}, default {@code java.io.tmpdir}), loaded, and deleted straight
 *       away: the mapping outlives the file, and nothing is left behind even when the JVM is killed.
 * </ol>
 * OpenBLAS ({@code libopenblas.so.0}) is checked first, so a missing system package is reported as
 * such rather than as an obscure link error later. CUDA is never touched here: {@link #cudaFatbin()}
 * only hands out the packed kernels' bytes.
 */
public final class NativeLoader {

    public static final String PLATFORM = "linux-x86_64";
    public static final String CPU_RESOURCE = "/dev/numj/natives/" + PLATFORM + "/libnumj_cpu.so";
    public static final String FATBIN_RESOURCE = "/dev/numj/natives/cuda/numj_kernels.fatbin";
    public static final String BUILD_INFO_RESOURCE = "/dev/numj/natives/native-build.properties";
    public static final String OPENBLAS = "libopenblas.so.0";
    public static final String LIB_PROPERTY = "numj.native.lib";
    public static final String TMPDIR_PROPERTY = "numj.native.tmpdir";

    private static volatile boolean loaded;
    private static NumJNativeException failure;   // guarded by NativeLoader.class

    private NativeLoader() {
    }

    /**
     * Makes sure {@code libnumj_cpu.so} is loaded; cheap after the first call. Thread-safe. A failure is
     * remembered: later calls throw the same message again without retrying.
     *
     * @throws NumJNativeException on an unsupported platform, without OpenBLAS, or when the library
     *                             cannot be found or loaded; the message says which and what to do
     */
    public static void ensureLoaded() {
        if (loaded) {
            return;
        }
        synchronized (NativeLoader.class) {
            if (loaded) {
                return;
            }
            if (failure != null) {
                throw new NumJNativeException(failure.getMessage(), failure);
            }
            try {
                load();
                loaded = true;
            } catch (NumJNativeException e) {
                failure = e;
                throw e;
            }
        }
    }

    private static void load() {
        checkPlatform(System.getProperty("os.name"), System.getProperty("os.arch"));
        checkOpenBlas();
        String override = System.getProperty(LIB_PROPERTY);
        if (override != null && !override.isBlank()) {
            loadLibrary(Path.of(override), "the system property " + LIB_PROPERTY);
        } else {
            loadPackedLibrary();
        }
    }

    /** Throws unless this JVM runs on the one platform the jar carries a library for. */
    public static void checkPlatform(String osName, String osArch) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        String arch = osArch == null ? "" : osArch.toLowerCase(Locale.ROOT);
        boolean linux = os.startsWith("linux");
        boolean x86_64 = arch.equals("amd64") || arch.equals("x86_64");
        if (!linux || !x86_64) {
            throw new NumJNativeException("NumJ's native library is built for Linux x86-64 only; this JVM "
                    + "runs on os.name=" + osName + ", os.arch=" + osArch);
        }
    }

    /** Throws with an install hint when the dynamic linker cannot find {@value #OPENBLAS}. */
    public static void checkOpenBlas() { checkOpenBlas(OPENBLAS); }

    /** {@link #checkOpenBlas()} for a given library name (tests pass a name that does not exist). */
    public static void checkOpenBlas(String library) {
        try {
            // Loaded into the global arena: the bindings look it up again by the same versioned name.
            SymbolLookup.libraryLookup(library, Arena.global());
        } catch (IllegalArgumentException e) {
            throw new NumJNativeException("OpenBLAS not found (" + library + "). Install it: apt-get install "
                    + "libopenblas0 (Debian/Ubuntu), or set LD_LIBRARY_PATH to a directory that has "
                    + library, e);
        }
    }

    /**
     * Loads the library at {@code path} ({@code source} says where the path came from, for the message).
     *
     * @throws NumJNativeException naming the path when it is missing or fails to load
     */
    public static void loadLibrary(Path path, String source) {
        Path abs = path.toAbsolutePath();
        if (!Files.isRegularFile(abs)) {
            throw new NumJNativeException("NumJ native library not found: " + abs + " (from " + source + ")");
        }
        try {
            System.load(abs.toString());
        } catch (UnsatisfiedLinkError e) {
            throw new NumJNativeException("NumJ native library " + abs + " (from " + source + ") failed to load: "
                    + e.getMessage(), e);
        }
        if (SymbolLookup.loaderLookup().find("numj_version").isEmpty()) {
            throw new NumJNativeException(abs + " (from " + source + ") loaded but defines no numj_version: "
                    + "not a NumJ CPU library");
        }
    }

    private static void loadPackedLibrary() {
        Path dir = Path.of(System.getProperty(TMPDIR_PROPERTY, System.getProperty("java.io.tmpdir")));
        Path tmp = null;
        try (InputStream in = NativeLoader.class.getResourceAsStream(CPU_RESOURCE)) {
            if (in == null) {
                throw new NumJNativeException("NumJ's jar holds no native library at " + CPU_RESOURCE
                        + " (a build without CMake?); rebuild with scripts/build, or set -D" + LIB_PROPERTY
                        + "=/path/to/libnumj_cpu.so");
            }
            tmp = Files.createTempFile(dir, "libnumj_cpu", ".so");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            loadLibrary(tmp, "the jar's " + CPU_RESOURCE + " extracted to " + dir
                    + "; if that directory is mounted noexec, set -D" + TMPDIR_PROPERTY + " to another");
        } catch (IOException e) {
            throw new NumJNativeException("Cannot extract NumJ's native library to " + dir + ": " + e
                    + " (set -D" + TMPDIR_PROPERTY + " to a writable directory)", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // Leaves one temp file behind; loading has succeeded or failed on its own merits.
                }
            }
        }
    }

    /**
     * The packed CUDA kernels ({@code numj_kernels.fatbin}: sm_80, sm_90 and compute_90 PTX), or empty
     * when this jar was built without nvcc. Reads the resource only; touches no CUDA library.
     */
    public static Optional<byte[]> cudaFatbin() {
        return resourceBytes(FATBIN_RESOURCE);
    }

    /** The build's {@code native-build.properties} (what CMake packed), or empty in a build without it. */
    public static Optional<byte[]> nativeBuildInfo() {
        return resourceBytes(BUILD_INFO_RESOURCE);
    }

    private static Optional<byte[]> resourceBytes(String name) {
        try (InputStream in = NativeLoader.class.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new NumJNativeException("Cannot read the resource " + name + " from NumJ's jar: " + e, e);
        }
    }
}
