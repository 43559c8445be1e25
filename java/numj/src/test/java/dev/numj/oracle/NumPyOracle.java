package dev.numj.oracle;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs real NumPy on the same inputs as Java code, for tests. One long-lived Python worker process
 * ({@code numpy_worker.py}, a class-path resource next to this class, written to a temporary file that
 * is deleted once the worker has started) per oracle; {@link #shared()} gives the one per JVM. Cases
 * travel in length-prefixed binary frames over the worker's stdin/stdout (arrays as raw little-endian
 * bytes), many cases per round trip with {@link #runBatch}.
 *
 * <p>Python is found as: system property {@code numj.python}, else environment variable
 * {@code NUMJ_PYTHON}, else {@code python3} on the PATH. The worker's stderr (including anything the
 * case code prints) is copied to {@code System.err} prefixed with {@code [numpy-oracle]}.
 *
 * <p>If the worker dies (crash, {@code os._exit}, killed, or the per-call timeout, system property
 * {@code numj.oracle.timeoutSeconds}, default 600, expires) the call that notices it throws an
 * {@link IllegalStateException} carrying the worker's last stderr lines; the next call starts a fresh
 * worker. All methods are synchronized.
 */
public final class NumPyOracle implements AutoCloseable {

    /** One case: python code that assigns {@code out} (or is a single expression), and its inputs. */
    public record Case(String code, Map<String, ?> inputs) {
        public Case {
            Objects.requireNonNull(code, "code");
            inputs = inputs == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        }

        public Case(String code) {
            this(code, Map.of());
        }

        /** {@code Case.of("out = a + b", "a", x, "b", y)}; values may be null (None). */
        public static Case of(String code, Object... namesAndValues) {
            return new Case(code, NumPyOracle.inputs(namesAndValues));
        }
    }

    /** Builds an input map from alternating names and values; unlike {@code Map.of} it allows null (None). */
    public static Map<String, Object> inputs(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("inputs(...) needs name, value pairs; got " + namesAndValues.length + " arguments");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String name)) {
                throw new IllegalArgumentException("input name at position " + i + " is not a String: " + namesAndValues[i]);
            }
            m.put(name, namesAndValues[i + 1]);
        }
        return m;
    }

    private static final String WORKER_RESOURCE = "numpy_worker.py";
    private static final String LOG_PREFIX = "[numpy-oracle] ";
    private static final int STDERR_TAIL_LINES = 40;
    private static final long START_TIMEOUT_SECONDS = 120;

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "numpy-oracle-watchdog");
        t.setDaemon(true);
        return t;
    });

    private static final Object SHARED_LOCK = new Object();
    private static NumPyOracle shared;
    private static RuntimeException sharedFailure;
    private static boolean hookInstalled;

    private final String python;
    private final Map<String, String> extraEnv;
    private final long timeoutSeconds;
    private volatile Worker worker;
    private boolean closed;
    private String numpyVersion;
    private String pythonVersion;
    private String pythonExecutable;
    private String numpyFile;

    // ------------------------------------------------------------------ construction

    /**
     * The JVM's oracle, started on first use and stopped by a shutdown hook. If the first start fails
     * (e.g. NumPy is missing) later calls fail fast with the same message.
     */
    public static NumPyOracle shared() {
        synchronized (SHARED_LOCK) {
            if (sharedFailure != null) {
                throw new IllegalStateException(sharedFailure.getMessage(), sharedFailure);
            }
            if (shared == null || shared.isClosed()) {
                try {
                    shared = new NumPyOracle(defaultPython(), Map.of());
                } catch (RuntimeException e) {
                    sharedFailure = e;
                    throw e;
                }
                if (!hookInstalled) {
                    hookInstalled = true;
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        NumPyOracle s;
                        synchronized (SHARED_LOCK) {
                            s = shared;
                        }
                        if (s != null) {
                            s.shutdownNow();
                        }
                    }, "numpy-oracle-shutdown"));
                }
            }
            return shared;
        }
    }

    /** A private oracle with its own worker on the default Python; close it when done. */
    public static NumPyOracle start() {
        return new NumPyOracle(defaultPython(), Map.of());
    }

    /** A private oracle with its own worker on the given Python executable; close it when done. */
    public static NumPyOracle start(String pythonExecutable) {
        return new NumPyOracle(pythonExecutable, Map.of());
    }

    /** Starts the worker now (so that a missing NumPy fails here), with extra environment variables. */
    NumPyOracle(String python, Map<String, String> extraEnv) {
        this(python, extraEnv, Long.getLong("numj.oracle.timeoutSeconds", 600L));
    }

    /** As above with a per-call timeout in seconds. */
    NumPyOracle(String python, Map<String, String> extraEnv, long timeoutSeconds) {
        if (timeoutSeconds <= 0) {
            throw new IllegalArgumentException("timeoutSeconds must be > 0, got " + timeoutSeconds);
        }
        this.python = Objects.requireNonNull(python, "python");
        this.extraEnv = Map.copyOf(extraEnv);
        this.timeoutSeconds = timeoutSeconds;
        this.worker = startWorker();
    }

    /** The Python the oracle launches: property {@code numj.python}, env {@code NUMJ_PYTHON}, else {@code python3}. */
    public static String defaultPython() {
        String p = System.getProperty("numj.python");
        if (p == null || p.isBlank()) {
            p = System.getenv("NUMJ_PYTHON");
        }
        return p == null || p.isBlank() ? "python3" : p.strip();
    }

    // ------------------------------------------------------------------ info

    /** NumPy's {@code np.__version__}, e.g. {@code "2.4.6"}. */
    public synchronized String numpyVersion() {
        return numpyVersion;
    }

    /** True for NumPy 2.x or later (NEP 50 promotion, {@code numpy._core}, new reprs). */
    public synchronized boolean isNumPy2() {
        return majorVersion(numpyVersion) >= 2;
    }

    /** Python's version, e.g. {@code "3.11.7"}. */
    public synchronized String pythonVersion() {
        return pythonVersion;
    }

    /** The command launched (e.g. {@code python3}). */
    public String pythonCommand() {
        return python;
    }

    /** The worker's {@code sys.executable}. */
    public synchronized String pythonExecutable() {
        return pythonExecutable;
    }

    /** The worker's {@code numpy.__file__}. */
    public synchronized String numpyFile() {
        return numpyFile;
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    private static int majorVersion(String v) {
        int i = 0;
        while (i < v.length() && Character.isDigit(v.charAt(i))) {
            i++;
        }
        return i == 0 ? 0 : Integer.parseInt(v.substring(0, i));
    }

    // ------------------------------------------------------------------ running

    /**
     * Runs one case. {@code code} runs with {@code np} (also {@code numpy}) and {@code math} imported and
     * the inputs bound: {@link OracleArray} as a numpy array (writable, C-order), Integer/Long/Short/Byte
     * and BigInteger as int, Double/Float as float, Boolean as bool, String/Character as str, long[]/int[]
     * as a tuple of ints, Object[] as a tuple, List as a list, null as None. The code must assign
     * {@code out}, or be a single expression whose value is the result.
     */
    public OracleResult run(String code, Map<String, ?> inputs) {
        return runBatch(List.of(new Case(code, inputs))).get(0);
    }

    /** Runs one case without inputs. */
    public OracleResult run(String code) {
        return run(code, Map.of());
    }

    /** Runs many cases in one round trip; results in order. An error in one case does not affect others. */
    public synchronized List<OracleResult> runBatch(List<Case> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        Frame frame = new Frame();
        frame.u8('B');
        frame.u32(cases.size());
        for (Case c : cases) {
            frame.str(c.code());
            frame.u32(c.inputs().size());
            for (Map.Entry<String, ?> e : c.inputs().entrySet()) {
                String name = Objects.requireNonNull(e.getKey(), "input name");
                frame.str(name);
                try {
                    encodeValue(frame, e.getValue(), 0);
                } catch (IllegalArgumentException ex) {
                    throw new IllegalArgumentException("input '" + name + "' of case `" + c.code() + "`: " + ex.getMessage(), ex);
                }
            }
        }
        return exchange(frame, "a batch of " + cases.size() + " case(s)", in -> {
            int tag = in.u8();
            if (tag != 'R') {
                throw new IOException("oracle protocol: expected 'R' reply, got " + tag);
            }
            int n = in.u32();
            if (n != cases.size()) {
                throw new IOException("oracle protocol: " + n + " results for " + cases.size() + " cases");
            }
            List<OracleResult> results = new ArrayList<>(n);
            for (Case c : cases) {
                results.add(readResult(in, c.code()));
            }
            return results;
        });
    }

    /** Round trip with no work; checks the worker is alive. */
    synchronized void ping() {
        Frame frame = new Frame();
        frame.u8('P');
        exchange(frame, "a ping", in -> {
            if (in.u8() != 'P') {
                throw new IOException("oracle protocol: bad pong");
            }
            return null;
        });
    }

    /** Stops the worker (it is restarted by the next call unless the oracle is closed). For tests of the harness. */
    synchronized void killWorkerForTest() throws InterruptedException {
        Worker w = worker;
        if (w != null) {
            w.process.destroyForcibly();
            w.process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private interface Reply<T> {
        T read(In in) throws IOException;
    }

    private <T> T exchange(Frame frame, String what, Reply<T> reply) {
        if (closed) {
            throw new IllegalStateException("this NumPyOracle is closed");
        }
        Worker w = worker;
        if (w == null) {
            w = startWorker();
            worker = w;
        } else if (!w.process.isAlive()) {
            worker = null;
            throw w.deathException("between calls (before " + what + ")", null);
        }
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(w::timeOut, timeoutSeconds, TimeUnit.SECONDS);
        try {
            frame.writeTo(w.out);
            long length = w.in.u64();
            long start = w.in.count;
            T result = reply.read(w.in);
            if (w.in.count - start != length) {
                throw new IOException("oracle protocol: reply frame of " + length + " bytes, parsed " + (w.in.count - start));
            }
            return result;
        } catch (IOException | RuntimeException e) {
            worker = null;
            throw w.deathException("while running " + what, e);
        } finally {
            watchdog.cancel(false);
        }
    }

    private static OracleResult readResult(In in, String code) throws IOException {
        int nWarnings = in.u32();
        List<String> warnings = new ArrayList<>(nWarnings);
        for (int i = 0; i < nWarnings; i++) {
            warnings.add(in.str());
        }
        int tag = in.u8();
        switch (tag) {
            case 'A' -> {
                boolean scalar = in.u8() != 0;
                return OracleResult.ofValue(readArray(in), scalar, warnings, code);
            }
            case 'T' -> {
                int n = in.u32();
                List<OracleArray> values = new ArrayList<>(n);
                List<Boolean> scalars = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    if (in.u8() != 'A') {
                        throw new IOException("oracle protocol: tuple item is not an array");
                    }
                    scalars.add(in.u8() != 0);
                    values.add(readArray(in));
                }
                return OracleResult.ofTuple(values, scalars, warnings, code);
            }
            case 'S' -> {
                return OracleResult.ofText(in.str(), warnings, code);
            }
            case 'N' -> {
                return OracleResult.ofNone(warnings, code);
            }
            case 'E' -> {
                String type = in.str();
                String qualified = in.str();
                String message = in.str();
                String traceback = in.str();
                int k = in.u32();
                List<String> mro = new ArrayList<>(k);
                for (int i = 0; i < k; i++) {
                    mro.add(in.str());
                }
                return OracleResult.ofError(type, qualified, message, traceback, mro, warnings, code);
            }
            default -> throw new IOException("oracle protocol: unknown result tag " + tag);
        }
    }

    private static OracleArray readArray(In in) throws IOException {
        String dtype = in.str();
        int ndim = in.u8();
        long[] shape = new long[ndim];
        for (int i = 0; i < ndim; i++) {
            shape[i] = in.i64();
        }
        long nbytes = in.u64();
        if (nbytes < 0 || nbytes > Integer.MAX_VALUE - 16) {
            throw new IOException("oracle result of " + nbytes + " bytes is too large for a Java byte[]");
        }
        return new OracleArray(dtype, shape, in.bytes((int) nbytes));
    }

    private static void encodeValue(Frame f, Object v, int depth) {
        if (depth > 32) {
            throw new IllegalArgumentException("inputs nested too deeply");
        }
        switch (v) {
            case null -> f.u8('N');
            case OracleArray a -> {
                f.u8('a');
                f.str(a.dtype());
                long[] shape = a.shape();
                if (shape.length > 255) {
                    throw new IllegalArgumentException("too many dimensions: " + shape.length);
                }
                f.u8(shape.length);
                for (long d : shape) {
                    f.i64(d);
                }
                byte[] data = a.data();
                f.i64(data.length);
                int pad = (int) ((16 - ((f.total + 1) % 16)) % 16);
                f.u8(pad);
                for (int i = 0; i < pad; i++) {
                    f.u8(0);
                }
                f.bytes(data);
            }
            case Boolean b -> {
                f.u8('b');
                f.u8(b ? 1 : 0);
            }
            case Integer i -> {
                f.u8('i');
                f.i64(i);
            }
            case Long l -> {
                f.u8('i');
                f.i64(l);
            }
            case Short s -> {
                f.u8('i');
                f.i64(s);
            }
            case Byte b -> {
                f.u8('i');
                f.i64(b);
            }
            case BigInteger bi -> {
                f.u8('I');
                f.str(bi.toString());
            }
            case Double d -> {
                f.u8('f');
                f.f64(d);
            }
            case Float x -> {
                f.u8('f');
                f.f64(x);
            }
            case String s -> {
                f.u8('s');
                f.str(s);
            }
            case Character c -> {
                f.u8('s');
                f.str(c.toString());
            }
            case long[] ls -> {
                f.u8('t');
                f.u32(ls.length);
                for (long l : ls) {
                    f.u8('i');
                    f.i64(l);
                }
            }
            case int[] is -> {
                f.u8('t');
                f.u32(is.length);
                for (int i : is) {
                    f.u8('i');
                    f.i64(i);
                }
            }
            case Object[] os -> {
                f.u8('t');
                f.u32(os.length);
                for (Object o : os) {
                    encodeValue(f, o, depth + 1);
                }
            }
            case List<?> list -> {
                f.u8('l');
                f.u32(list.size());
                for (Object o : list) {
                    encodeValue(f, o, depth + 1);
                }
            }
            default -> throw new IllegalArgumentException("unsupported input type " + v.getClass().getTypeName()
                    + (v.getClass().isArray() ? " (pass arrays as OracleArray.of(...))" : ""));
        }
    }

    // ------------------------------------------------------------------ lifecycle

    /** Asks the worker to quit and waits briefly; later calls throw. */
    @Override
    public synchronized void close() {
        closed = true;
        Worker w = worker;
        worker = null;
        if (w != null) {
            w.stop();
        }
    }

    /** Used by the shutdown hook: does not wait for a call in progress. */
    private void shutdownNow() {
        Worker w = worker;
        if (w != null) {
            w.stop();
        }
    }

    private Worker startWorker() {
        Path script;
        try {
            script = Files.createTempFile("numj-numpy-worker-", ".py");
            Files.write(script, workerScript());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the NumPy oracle worker script to a temporary file", e);
        }
        try {
            ProcessBuilder pb = new ProcessBuilder(python, "-u", "-B", script.toString());
            pb.environment().put("PYTHONIOENCODING", "utf-8");
            pb.environment().putAll(extraEnv);
            pb.redirectInput(ProcessBuilder.Redirect.PIPE);
            pb.redirectOutput(ProcessBuilder.Redirect.PIPE);
            pb.redirectError(ProcessBuilder.Redirect.PIPE);
            Process p;
            try {
                p = pb.start();
            } catch (IOException e) {
                throw new IllegalStateException("cannot start Python '" + python + "' for the NumPy oracle ("
                        + e.getMessage() + "); set NUMJ_PYTHON to a Python 3 that has NumPy", e);
            }
            Worker w = new Worker(p, python);
            ScheduledFuture<?> watchdog = WATCHDOG.schedule(w::timeOut, START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            int tag;
            String[] hello = new String[4];
            String failure = null;
            try {
                long length = w.in.u64();
                long start = w.in.count;
                tag = w.in.u8();
                if (tag == 'H') {
                    for (int i = 0; i < hello.length; i++) {
                        hello[i] = w.in.str();
                    }
                } else if (tag == 'F') {
                    failure = w.in.str();
                } else {
                    throw new IOException("oracle protocol: unexpected first frame tag " + tag);
                }
                if (w.in.count - start != length) {
                    throw new IOException("oracle protocol: bad hello frame length");
                }
            } catch (IOException | RuntimeException e) {
                throw w.deathException("while starting", e);
            } finally {
                watchdog.cancel(false);
            }
            if (failure != null) {
                w.stop();
                throw new IllegalStateException("NumPy not found for " + python
                        + ": install python3-numpy (Debian) or pip install numpy (python said: " + failure + ")");
            }
            synchronized (this) {
                numpyVersion = hello[0];
                pythonVersion = hello[1];
                pythonExecutable = hello[2];
                numpyFile = hello[3];
            }
            return w;
        } finally {
            try {
                Files.deleteIfExists(script);
            } catch (IOException ignored) {
                // a leftover temporary file is harmless
            }
        }
    }

    private static byte[] cachedScript;

    private static synchronized byte[] workerScript() throws IOException {
        if (cachedScript == null) {
            try (InputStream s = NumPyOracle.class.getResourceAsStream(WORKER_RESOURCE)) {
                if (s == null) {
                    throw new IllegalStateException("class-path resource /dev/numj/oracle/" + WORKER_RESOURCE
                            + " not found (is src/test/resources on the test class path?)");
                }
                cachedScript = s.readAllBytes();
            }
        }
        return cachedScript;
    }

    // ------------------------------------------------------------------ the worker process

    private static final class Worker {
        final Process process;
        final String python;
        final In in;
        final OutputStream out;
        final Thread pump;
        final Deque<String> tail = new ArrayDeque<>();
        volatile boolean timedOut;

        Worker(Process process, String python) {
            this.process = process;
            this.python = python;
            this.in = new In(new BufferedInputStream(process.getInputStream(), 1 << 16));
            this.out = new BufferedOutputStream(process.getOutputStream(), 1 << 16);
            this.pump = new Thread(this::pumpStderr, "numpy-oracle-stderr-" + process.pid());
            this.pump.setDaemon(true);
            this.pump.start();
        }

        private void pumpStderr() {
            try (BufferedReader r = new BufferedReader(
                    new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    synchronized (tail) {
                        tail.addLast(line);
                        if (tail.size() > STDERR_TAIL_LINES) {
                            tail.removeFirst();
                        }
                    }
                    System.err.println(LOG_PREFIX + line);
                }
            } catch (IOException ignored) {
                // the process is gone
            }
        }

        void timeOut() {
            timedOut = true;
            process.destroyForcibly();
        }

        void stop() {
            try {
                Frame q = new Frame();
                q.u8('Q');
                q.writeTo(out);
                out.close();
            } catch (IOException ignored) {
                // already gone
            }
            try {
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(2, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }

        IllegalStateException deathException(String when, Throwable cause) {
            // EOF: the worker closed its output, i.e. it is exiting; anything else with a live worker means the
            // stream is out of step, so kill it.
            boolean protocolError = cause != null && !(cause instanceof EOFException) && process.isAlive();
            if (protocolError) {
                process.destroyForcibly();
            }
            Integer exit = null;
            try {
                if (!process.waitFor(3, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(3, TimeUnit.SECONDS);
                }
                if (!process.isAlive()) {
                    exit = process.exitValue();
                }
                pump.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            List<String> lines;
            synchronized (tail) {
                lines = new ArrayList<>(tail);
            }
            StringBuilder sb = new StringBuilder("NumPy oracle worker (").append(python).append(", pid ")
                    .append(process.pid()).append(") ");
            if (timedOut) {
                sb.append("timed out (limit: system property numj.oracle.timeoutSeconds, default 600) and was killed ");
            } else if (protocolError) {
                sb.append("was killed after a protocol error (").append(cause).append(") ");
            } else {
                sb.append("died ");
            }
            sb.append(when);
            if (exit != null) {
                sb.append(" with exit code ").append(exit);
            }
            sb.append("; the next call starts a new worker.");
            if (lines.isEmpty()) {
                sb.append(" It wrote nothing to stderr.");
            } else {
                sb.append(" Last stderr lines:");
                for (String l : lines) {
                    sb.append("\n    ").append(l);
                }
            }
            return new IllegalStateException(sb.toString(), cause);
        }
    }

    // ------------------------------------------------------------------ framing

    /** A request frame under construction: small fields in 8 KiB chunks, big arrays kept by reference. */
    private static final class Frame {
        private final List<byte[]> chunks = new ArrayList<>();
        private final List<Integer> lengths = new ArrayList<>();
        private byte[] cur = new byte[8192];
        private int curLen;
        long total;

        private void ensure(int n) {
            if (curLen + n > cur.length) {
                flushCur();
                if (n > cur.length) {
                    cur = new byte[n];
                }
            }
        }

        private void flushCur() {
            if (curLen > 0) {
                chunks.add(cur);
                lengths.add(curLen);
                cur = new byte[Math.max(8192, cur.length)];
                curLen = 0;
            }
        }

        void u8(int v) {
            ensure(1);
            cur[curLen++] = (byte) v;
            total++;
        }

        void u32(int v) {
            ensure(4);
            for (int i = 0; i < 4; i++) {
                cur[curLen++] = (byte) (v >>> (8 * i));
            }
            total += 4;
        }

        void i64(long v) {
            ensure(8);
            for (int i = 0; i < 8; i++) {
                cur[curLen++] = (byte) (v >>> (8 * i));
            }
            total += 8;
        }

        void f64(double v) {
            i64(Double.doubleToRawLongBits(v));
        }

        void str(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            u32(b.length);
            bytes(b);
        }

        void bytes(byte[] b) {
            if (b.length <= 4096) {
                ensure(b.length);
                System.arraycopy(b, 0, cur, curLen, b.length);
                curLen += b.length;
            } else {
                flushCur();
                chunks.add(b);
                lengths.add(b.length);
            }
            total += b.length;
        }

        void writeTo(OutputStream out) throws IOException {
            flushCur();
            byte[] len = new byte[8];
            for (int i = 0; i < 8; i++) {
                len[i] = (byte) (total >>> (8 * i));
            }
            out.write(len);
            for (int i = 0; i < chunks.size(); i++) {
                out.write(chunks.get(i), 0, lengths.get(i));
            }
            out.flush();
        }
    }

    /** Little-endian reader that counts bytes. */
    private static final class In {
        private final InputStream in;
        private final byte[] scratch = new byte[8];
        long count;

        In(InputStream in) {
            this.in = in;
        }

        int u8() throws IOException {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the NumPy oracle worker closed its output");
            }
            count++;
            return b;
        }

        private void fill(int n) throws IOException {
            if (in.readNBytes(scratch, 0, n) != n) {
                throw new EOFException("the NumPy oracle worker closed its output");
            }
            count += n;
        }

        int u32() throws IOException {
            fill(4);
            return (scratch[0] & 0xFF) | (scratch[1] & 0xFF) << 8 | (scratch[2] & 0xFF) << 16 | (scratch[3] & 0xFF) << 24;
        }

        long i64() throws IOException {
            fill(8);
            long v = 0;
            for (int i = 7; i >= 0; i--) {
                v = (v << 8) | (scratch[i] & 0xFF);
            }
            return v;
        }

        long u64() throws IOException {
            long v = i64();
            if (v < 0) {
                throw new IOException("oracle protocol: length out of range");
            }
            return v;
        }

        byte[] bytes(int n) throws IOException {
            byte[] b = new byte[n];
            if (in.readNBytes(b, 0, n) != n) {
                throw new EOFException("the NumPy oracle worker closed its output");
            }
            count += n;
            return b;
        }

        String str() throws IOException {
            int n = u32();
            if (n < 0 || n > (1 << 30)) {
                throw new IOException("oracle protocol: string length " + Integer.toUnsignedString(n));
            }
            return new String(bytes(n), StandardCharsets.UTF_8);
        }
    }

    @Override
    public String toString() {
        return "NumPyOracle[python=" + python + ", numpy=" + numpyVersion + (closed ? ", closed" : "") + "]";
    }
}
