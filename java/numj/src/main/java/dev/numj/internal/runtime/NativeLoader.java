package dev.numj.internal.runtime;

import dev.numj.NumJNativeException;
import dev.numj.internal.ffi.numj.NumjCpu;
import dev.numj.internal.ffi.openblas.OpenBlas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Loads NumJ's CPU library ({@code libnumj_cpu.so}) into this class's loader, once per JVM, so that
 * {@link SymbolLookup#loaderLookup()} (what the jextract bindings use) finds its symbols.
 *
 * <p>Where the library comes from:
 * <ol>
 *   <li>the system property {@code numj.native.lib}, a path to a {@code libnumj_cpu.so} (development);
 *   <li>else the copy packed in the jar at {@value #CPU_RESOURCE}, unpacked once per build into NumJ's cache
 *       directory ({@link #cacheRoot()}, beside the bundled OpenBLAS) and loaded from there on every later start;
 *       where the cache cannot be written, extracted to a fresh temporary file (in {@code numj.native.tmpdir},
 *       default {@code java.io.tmpdir}), loaded, and deleted straight away (the mapping outlives the file).
 * </ol>
 * OpenBLAS is loaded on first need ({@link #ensureBlas()}), into the same loader (the binding
 * {@code dev.numj.internal.ffi.openblas} finds its symbols through {@link SymbolLookup#loaderLookup()}); the
 * system property {@value #BLAS_PROPERTY} chooses which (see {@link #loadOpenBlas}). CUDA is never touched here: {@link #cudaFatbin()} only hands out
 * the packed kernels' bytes.
 */
public final class NativeLoader {

    public static final String PLATFORM = "linux-x86_64";
    public static final String CPU_RESOURCE = "/dev/numj/natives/" + PLATFORM + "/libnumj_cpu.so";
    public static final String FATBIN_RESOURCE = "/dev/numj/natives/cuda/numj_kernels.fatbin";
    public static final String BUILD_INFO_RESOURCE = "/dev/numj/natives/native-build.properties";
    public static final String OPENBLAS = "libopenblas.so.0";
    public static final String LIB_PROPERTY = "numj.native.lib";
    public static final String TMPDIR_PROPERTY = "numj.native.tmpdir";
    /** {@code auto} (the default: bundled when its jar is there, else system), {@code bundled} or {@code system}. */
    public static final String BLAS_PROPERTY = "numj.blas";
    /** Where the bundled OpenBLAS is unpacked; default {@code $XDG_CACHE_HOME/numj}, else {@code ~/.cache/numj}. */
    public static final String BLAS_CACHE_PROPERTY = "numj.blas.cache";
    /** The bundled OpenBLAS: the jar {@code org.bytedeco:openblas:<version>:linux-x86_64}, a dependency of NumJ. */
    public static final String BUNDLED_DIR = "org/bytedeco/openblas/" + PLATFORM + "/";
    static final String BUNDLED_POM = "META-INF/maven/org.bytedeco/openblas/pom.properties";
    /**
     * The bundled OpenBLAS's runtime dependencies, loaded in this order before it: libgfortran needs
     * libquadmath (it has no RUNPATH, so the linker would not look beside it), and libgcc_s only where the
     * system has none (every glibc system has one; a second copy would be a second unwinder).
     */
    static final List<String> BUNDLED_DEPS = List.of("libgcc_s.so.1", "libquadmath.so.0", "libgfortran.so.5");

    /** Which OpenBLAS runs: {@code source} is "bundled" or "system"; {@code config} is openblas_get_config(). */
    public record Blas(String source, Path path, String config, String coreName, int threads, String coreChosenBy,
                       boolean onNumjPool) {
        /** The version in {@code config} ("0.3.31" from "OpenBLAS 0.3.31 DYNAMIC_ARCH ..."), or "". */
        public String version() {
            String[] words = config.trim().split("\\s+");
            return words.length > 1 && words[0].equals("OpenBLAS") ? words[1] : "";
        }

        /** "2 threads on NumJ's kernel threads", or "... of its own" (-Dnumj.blasPool=false, an OpenBLAS before 0.3.27). */
        public String threadsText() {
            return threads + " threads" + (onNumjPool ? " on NumJ's kernel threads" : " of its own");
        }

        @Override
        public String toString() {
            return "OpenBLAS " + version() + " (" + source + ", " + path + "); core " + coreName + " (" + coreChosenBy + "), " + threadsText()
                    + "; config: " + config.trim();
        }
    }

    /** A load done at most once per JVM: its failure is remembered and thrown again without retrying. */
    private static final class Once {
        private volatile boolean done;
        private NumJNativeException failure;   // guarded by NativeLoader.class

        void run(Runnable load) {
            if (done) {
                return;
            }
            synchronized (NativeLoader.class) {
                if (done) {
                    return;
                }
                if (failure != null) {
                    throw new NumJNativeException(failure.getMessage(), failure);
                }
                try {
                    load.run();
                    done = true;
                } catch (NumJNativeException e) {
                    failure = e;
                    throw e;
                } catch (IllegalCallerException e) {
                    failure = new NumJNativeException(nativeAccessDenied(NativeLoader.class.getModule(), e.getMessage()), e);
                    throw failure;
                }
            }
        }
    }

    private static final Once NUMJ = new Once();
    private static final Once BLAS = new Once();
    private static Path blasPath;                 // guarded by NativeLoader.class
    private static String blasSource;             // guarded by NativeLoader.class

    private NativeLoader() {
    }

    /**
     * Makes sure {@code libnumj_cpu.so} is loaded; cheap after the first call. Thread-safe. A failure is
     * remembered: later calls throw the same message again without retrying.
     *
     * @throws NumJNativeException on an unsupported platform, or when the library
     *                             cannot be found or loaded; the message says which and what to do
     */
    public static void ensureLoaded() { NUMJ.run(NativeLoader::load); }

    /**
     * Makes sure OpenBLAS is loaded (and NumJ's own library); cheap after the first call. Thread-safe. OpenBLAS is
     * loaded on first need, not with NumJ's library: loading it (its dependencies, its CPU detection and thread pool)
     * took 115-180 ms of a 430 ms start, and a program that prints an array never calls it. NumJ's warm-up thread
     * loads it in the background ({@code Warmup}); a matrix product or LAPACK routine calls this first. A failure
     * is remembered, as {@link #ensureLoaded()}'s is.
     *
     * @throws NumJNativeException when no OpenBLAS can be found or loaded; the message says what to do
     */
    public static void ensureBlas() {
        ensureLoaded();
        BLAS.run(NativeLoader::loadOpenBlas);
    }

    /**
     * The message for a JVM that denies NumJ native access ({@code --illegal-native-access=deny}, or a future JDK's
     * default): which flag to add, for the class path or the module path NumJ runs from, and the manifest
     * attribute for {@code java -jar}.
     */
    public static String nativeAccessDenied(Module numj, String detail) {
        String flag = "--enable-native-access=" + (numj.isNamed() ? numj.getName() : "ALL-UNNAMED");
        return "NumJ calls native code (OpenBLAS and its own kernels) and this JVM denies it native access ("
                + detail + "). NumJ runs " + (numj.isNamed() ? "as module " + numj.getName() + " on the module path"
                : "on the class path") + ": add " + flag + " to the java command (JShell: -R" + flag
                + "; a jar run with java -jar: the manifest attribute Enable-Native-Access: ALL-UNNAMED). "
                + "See docs/getting-started.md, \"Native access\".";
    }

    private static void load() {
        checkPlatform(System.getProperty("os.name"), System.getProperty("os.arch"));
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

    /**
     * Loads OpenBLAS into this class's loader, chosen by {@value #BLAS_PROPERTY}:
     * <ul>
     *   <li>{@code bundled}: the {@code org.bytedeco:openblas} jar's {@code libopenblas.so.0} (a current
     *       OpenBLAS, with its libgfortran), unpacked once into {@value #BLAS_CACHE_PROPERTY}'s directory;
     *   <li>{@code system}: the dynamic linker's {@value #OPENBLAS} (e.g. Debian's libopenblas0);
     *   <li>{@code auto} (default): bundled when the jar is on the class or module path, else system.
     * </ul>
     * The bundled jar is found as a resource of this class's loader: on the class path it needs nothing more,
     * even with NumJ on the module path; on the module path it is the explicit module
     * {@code org.bytedeco.openblas.linux.x86_64}, which requires {@code org.bytedeco.openblas} and JavaCPP.
     * The library is {@code System.load}-ed by its path, so {@link SymbolLookup#loaderLookup()}, which the
     * generated binding uses, finds its symbols; {@link #blas()} says which one runs.
     */
    static void loadOpenBlas() {
        String choice = System.getProperty(BLAS_PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
        URL bundled = resource(BUNDLED_DIR + OPENBLAS);
        switch (choice) {
            case "auto", "" -> {
                if (bundled != null) {
                    loadBundledOpenBlas(bundled);
                } else {
                    loadSystemOpenBlas();
                }
            }
            case "bundled" -> {
                if (bundled == null) {
                    throw new NumJNativeException("-D" + BLAS_PROPERTY + "=bundled, but no " + BUNDLED_DIR + OPENBLAS
                            + " on the class or module path: add the jar org.bytedeco:openblas:<version>:" + PLATFORM
                            + " (NumJ's pom has it) to the class path (on the module path it is a module that needs"
                            + " org.bytedeco.openblas and JavaCPP too), or set -D" + BLAS_PROPERTY + "=system");
                }
                loadBundledOpenBlas(bundled);
            }
            case "system" -> loadSystemOpenBlas();
            default -> throw new NumJNativeException("-D" + BLAS_PROPERTY + "=" + choice
                    + " is not one of auto, bundled, system");
        }
    }

    /** Throws with an install hint when the dynamic linker cannot find {@value #OPENBLAS}. */
    public static void checkOpenBlas() { checkOpenBlas(OPENBLAS); }

    /**
     * {@link #checkOpenBlas()} for a given library name (tests pass a name that does not exist): opens it
     * with the dynamic linker (into the global arena, never unloaded) and returns the lookup.
     */
    public static SymbolLookup checkOpenBlas(String library) {
        try {
            return SymbolLookup.libraryLookup(library, Arena.global());
        } catch (IllegalArgumentException e) {
            throw new NumJNativeException("OpenBLAS not found (" + library + "). Install it: apt-get install "
                    + "libopenblas0 (Debian/Ubuntu), or set LD_LIBRARY_PATH to a directory that has "
                    + library + ", or put the jar org.bytedeco:openblas:<version>:" + PLATFORM
                    + " on the class path (-D" + BLAS_PROPERTY + "=bundled)", e);
        }
    }

    private static void loadSystemOpenBlas() {
        MemorySegment symbol = checkOpenBlas(OPENBLAS).find("openblas_get_config").orElseThrow(
                () -> new NumJNativeException(OPENBLAS + " defines no openblas_get_config: not OpenBLAS"));
        Path path = mappedFile(symbol.address()).orElseThrow(() -> new NumJNativeException(
                "Cannot find the file of " + OPENBLAS + " in /proc/self/maps"));
        loadBlas(path, "system", null);
    }

    private static void loadBundledOpenBlas(URL library) {
        Path dir = bundledCacheDir();
        try {
            Files.createDirectories(dir);
            for (String dep : BUNDLED_DEPS) {
                URL url = resource(BUNDLED_DIR + dep);
                if (url == null || dep.startsWith("libgcc_s") && hasSystemLibrary(dep)) {
                    continue;   // the system's is used
                }
                SymbolLookup.libraryLookup(unpack(url, dir.resolve(dep)), Arena.global());
            }
            loadBlas(unpack(library, dir.resolve(OPENBLAS)), "bundled", BlasCore.request());
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new NumJNativeException("Cannot unpack or load the bundled OpenBLAS in " + dir + ": " + e
                    + " (set -D" + BLAS_CACHE_PROPERTY + " to a writable directory that is not mounted noexec, or -D"
                    + BLAS_PROPERTY + "=system)", e);
        }
    }

    private static boolean hasSystemLibrary(String name) {
        try {
            SymbolLookup.libraryLookup(name, Arena.global());   // libgcc_s: usually mapped already
            return true;
        } catch (IllegalArgumentException absent) {
            return false;
        }
    }

    /**
     * Loads OpenBLAS with one native call (numj_blas_load: the kernels {@code core} asks for, the library, its threads
     * on NumJ's pool), then {@code System.load} for this class loader's symbol lookup (the library is open already:
     * only the JVM's bookkeeping). Each foreign function linked costs a program's first matrix product milliseconds:
     * libc's setenv and the pool's registration linked separately took 14-32 and 18-30 ms of it.
     */
    private static void loadBlas(Path path, String source, String core) {
        String file = path.toAbsolutePath().toString();
        int result;
        String said;
        try (Arena a = Arena.ofConfined()) {
            MemorySegment out = a.allocate(1024);
            result = NumjCpu.numj_blas_load(a.allocateFrom(file), core == null ? MemorySegment.NULL : a.allocateFrom(core),
                    poolFlags(), out, out.byteSize());
            said = out.getString(0);
        }
        if (result < 0) throw new NumJNativeException("OpenBLAS " + path + " (" + source + ") failed to load: " + said);
        if (core != null) BlasCore.loaded(said);
        try {
            System.load(file);
        } catch (UnsatisfiedLinkError e) {
            throw new NumJNativeException("OpenBLAS " + path + " (" + source + ") failed to load: " + e.getMessage(), e);
        }
        blasPath = path.toAbsolutePath();
        blasSource = source;
        blasOnPool = result > 0;
    }

    /** {@code -Dnumj.blasPool=false} leaves OpenBLAS its own threads. */
    static final String BLAS_POOL_PROPERTY = "numj.blasPool";
    private static boolean blasOnPool;             // guarded by NativeLoader.class

    /**
     * Whether OpenBLAS is to hand its threaded jobs to NumJ's worker pool (openblas_set_threads_callback_function,
     * OpenBLAS 0.3.27 and later), before any other OpenBLAS call, and with which thread count. With two pools on two
     * cores, OpenBLAS's threads spin-waited for the next gemm while NumJ's workers ran the elementwise ops between
     * them: the seeds' MLP step took 339-364 us (best of a fresh JVM's steady state, three runs) with both pools,
     * 274-283 us with one. The jobs' parts take OpenBLAS's per-thread slots above its own threads' (numj_blas_use_pool),
     * so this needs MAX_THREADS (openblas_get_config) at least twice the thread count; an older OpenBLAS or too few
     * slots keep its own threads. One pool, one thread count: NUMJ_NUM_THREADS (default the CPUs) unless OpenBLAS's
     * own variables set one. {@code -Dnumj.blasPool=false}: none of this.
     */
    private static int poolFlags() {
        if ("false".equalsIgnoreCase(System.getProperty(BLAS_POOL_PROPERTY, "true").trim())) return 0;
        boolean keep = false;
        for (String v : new String[] {"OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS"})
            keep |= System.getenv(v) != null && !System.getenv(v).isBlank();
        return NumjCpu.NUMJ_BLAS_LOAD_POOL() | (keep ? NumjCpu.NUMJ_BLAS_LOAD_KEEP_THREADS() : 0);
    }

    /** Whether OpenBLAS runs its threaded jobs on NumJ's worker pool ({@link #poolFlags}). */
    public static synchronized boolean blasOnNumjPool() { return blasOnPool; }

    /** Where NumJ keeps the native libraries it unpacks: {@value #BLAS_CACHE_PROPERTY}, else $XDG_CACHE_HOME/numj or ~/.cache/numj. */
    static Path cacheRoot() {
        String base = System.getProperty(BLAS_CACHE_PROPERTY);
        if (base != null && !base.isBlank()) return Path.of(base);
        String xdg = System.getenv("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache")).resolve("numj");
    }

    /** The cache directory of the bundled OpenBLAS: one subdirectory per version of the jar. */
    public static Path bundledCacheDir() {
        Path root = cacheRoot();
        String version = "unknown";
        URL pom = resource(BUNDLED_POM);
        if (pom != null) {
            try (InputStream in = pom.openStream()) {
                Properties p = new Properties();
                p.load(in);
                version = p.getProperty("version", version).replaceAll("[^A-Za-z0-9._-]", "_");
            } catch (IOException ignored) {
                // the size check in unpack still tells versions apart
            }
        }
        return root.resolve("openblas-" + version + "-" + PLATFORM);
    }

    /**
     * Copies {@code url} to {@code target} unless a file of the same size is there already. The copy goes
     * to a temporary name in the same directory first and is renamed into place, so another JVM doing the
     * same at the same time never sees (or loads) a half-written file.
     */
    private static Path unpack(URL url, Path target) throws IOException {
        URLConnection connection = url.openConnection();
        long size = connection.getContentLengthLong();
        if (size >= 0 && Files.isRegularFile(target) && Files.size(target) == size) {
            return target;
        }
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".part");
        try (InputStream in = connection.getInputStream()) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }

    /** A resource of NumJ's class loader (other jars' files included), or null. */
    private static URL resource(String name) {
        ClassLoader loader = NativeLoader.class.getClassLoader();
        return loader != null ? loader.getResource(name) : ClassLoader.getSystemResource(name);
    }

    /** The file mapped at {@code address} in this process, from /proc/self/maps. */
    static Optional<Path> mappedFile(long address) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
                String[] f = line.trim().split("\\s+", 6);
                if (f.length < 6 || !f[5].startsWith("/")) {
                    continue;
                }
                int dash = f[0].indexOf('-');
                long start = Long.parseUnsignedLong(f[0], 0, dash, 16);
                long end = Long.parseUnsignedLong(f[0], dash + 1, f[0].length(), 16);
                if (Long.compareUnsigned(address, start) >= 0 && Long.compareUnsigned(address, end) < 0) {
                    return Optional.of(Path.of(f[5]));
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Which OpenBLAS this JVM runs (loading NumJ first if need be): where it came from, its file, and what
     * it reports of itself (openblas_get_config, openblas_get_corename, openblas_get_num_threads).
     */
    public static Blas blas() {
        ensureBlas();
        Path path;
        String source;
        synchronized (NativeLoader.class) {
            path = blasPath;
            source = blasSource;
        }
        String config = OpenBlas.openblas_get_config().reinterpret(4096).getString(0);
        String core = OpenBlas.openblas_get_corename().reinterpret(256).getString(0);
        String env = System.getenv("OPENBLAS_CORETYPE");
        String by = BlasCore.chosen() != null ? "chosen by NumJ, -D" + BlasCore.PROPERTY + "=openblas lets OpenBLAS pick"
                : env != null && !env.isBlank() ? "OPENBLAS_CORETYPE=" + env : "picked by OpenBLAS";
        return new Blas(source, path, config, core, OpenBlas.openblas_get_num_threads(), by, blasOnNumjPool());
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

    /**
     * Loads the jar's library from the cache ({@link #cacheRoot()}/native-{@code <crc>}), unpacking it there
     * once per build: a start then reads and writes nothing. The name carries the packed file's CRC-32 and
     * size, so another build never loads a stale copy; where the cache cannot be written, the library is
     * extracted to a temporary file instead ({@link #loadExtractedLibrary}).
     */
    private static void loadPackedLibrary() {
        URL url = NativeLoader.class.getResource(CPU_RESOURCE);
        if (url == null) {
            throw new NumJNativeException("NumJ's jar holds no native library at " + CPU_RESOURCE
                    + " (a build without CMake?); rebuild with scripts/build, or set -D" + LIB_PROPERTY
                    + "=/path/to/libnumj_cpu.so");
        }
        Path cached;
        try {
            cached = cachedCopy(url);
        } catch (IOException | RuntimeException e) {
            loadExtractedLibrary();
            return;
        }
        loadLibrary(cached, "the jar's " + CPU_RESOURCE + " unpacked to " + cached.getParent()
                + "; if that directory is mounted noexec, set -D" + BLAS_CACHE_PROPERTY + " to another");
    }

    /** The packed library's copy in the cache, written first when it is not there yet. */
    static Path cachedCopy(URL url) throws IOException {
        long crc, size;
        URLConnection c = url.openConnection();
        if (c instanceof java.net.JarURLConnection jar && jar.getJarEntry() != null && jar.getJarEntry().getCrc() >= 0) {
            crc = jar.getJarEntry().getCrc();
            size = jar.getJarEntry().getSize();
        } else {   // an exploded class directory (tests): hash the bytes
            byte[] bytes;
            try (InputStream in = c.getInputStream()) {
                bytes = in.readAllBytes();
            }
            java.util.zip.CRC32 sum = new java.util.zip.CRC32();
            sum.update(bytes);
            crc = sum.getValue();
            size = bytes.length;
        }
        Path target = cacheRoot().resolve(String.format(Locale.ROOT, "native-%08x-%d", crc, size)).resolve("libnumj_cpu.so");
        if (Files.isRegularFile(target) && Files.size(target) == size) return target;
        Files.createDirectories(target.getParent());
        Path written = unpack(url, target);
        removeStaleCopies(target.getParent());
        return written;
    }

    /** Other builds' copies untouched for a week (a running JVM keeps its mapping even when the file goes). */
    private static void removeStaleCopies(Path keep) {
        long weekAgo = System.currentTimeMillis() - 7L * 24 * 3600 * 1000;
        try (var dirs = Files.newDirectoryStream(keep.getParent(), "native-*")) {
            for (Path d : dirs) {
                Path lib = d.resolve("libnumj_cpu.so");
                if (d.equals(keep) || !Files.isRegularFile(lib) || Files.getLastModifiedTime(lib).toMillis() > weekAgo) continue;
                Files.deleteIfExists(lib);
                Files.deleteIfExists(d);
            }
        } catch (IOException | RuntimeException ignored) {
            // a cache left as it was costs disk space only
        }
    }

    private static void loadExtractedLibrary() {
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
