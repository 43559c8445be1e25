package dev.numj.internal.cpu;

import dev.numj.internal.backend.Lapack;
import dev.numj.internal.runtime.Memory;
import dev.numj.internal.runtime.NativeLoader;
import dev.numj.internal.backend.Operand;
import dev.numj.internal.ffi.openblas.OpenBlas;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * {@link Lapack} on OpenBLAS's Fortran LAPACK symbols (native/include/lapack_decl.h: every argument by
 * reference, one hidden trailing length per CHARACTER argument). Each call takes its scalars and
 * workspace from a confined arena, sizing the workspace by LAPACK's own query (lwork = -1) first.
 * Every operand is checked against the extent the routine will touch before the downcall, so a wrong
 * size is a Java exception, never a write outside an array.
 *
 * <p>Why {@link #run} moves the work to threads of its own: OpenBLAS's multithreaded LU
 * ({@code getrf_parallel}, behind dgetrf and dgesv from about 18 x 18 up) keeps per-thread bookkeeping
 * of about a megabyte on the calling thread's stack. A Java thread has a 1 MB stack by default
 * ({@code -Xss}), so calling dgesv on a 1000 x 1000 matrix from one overflows it and kills the JVM
 * with a bare SIGSEGV (found with OpenBLAS 0.3.21: fine with -Xss2m; NumPy never sees it because
 * Python's main thread has 8 MB). Every routine therefore runs on a {@code numj-lapack} daemon thread
 * with a {@value #STACK_MB} MB stack (reserved, touched only as needed), one per concurrent caller,
 * and refuses to run anywhere else.
 */
public final class CpuLapack implements Lapack {
    public static final CpuLapack INSTANCE = new CpuLapack();

    static final int STACK_MB = 32;

    /** The threads LAPACK runs on. */
    private static final class LapackThread extends Thread {
        LapackThread(Runnable r, int id) {
            super(null, r, "numj-lapack-" + id, (long) STACK_MB << 20);
            setDaemon(true);
        }
    }

    private static final java.util.concurrent.atomic.AtomicInteger THREADS = new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.ExecutorService POOL = new java.util.concurrent.ThreadPoolExecutor(
            0, Integer.MAX_VALUE, 30, java.util.concurrent.TimeUnit.SECONDS, new java.util.concurrent.SynchronousQueue<>(),
            r -> new LapackThread(r, THREADS.incrementAndGet()));

    @Override
    public <T> T run(java.util.function.Function<Lapack, T> calls) {
        NativeLoader.ensureBlas();
        if (Thread.currentThread() instanceof LapackThread) return calls.apply(this);
        java.util.concurrent.Future<T> f = POOL.submit(() -> calls.apply(this));
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    interrupted = true;   // native code may still be writing into the caller's arrays: wait on
                }
            }
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    private static void onLapackThread(String routine) {
        if (!(Thread.currentThread() instanceof LapackThread))
            throw new IllegalStateException("LAPACK " + routine + " called outside Lapack.run: "
                    + "OpenBLAS may overflow this thread's stack");
    }

    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    private static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE;
    private static final long CHAR_LEN = 1;   // the hidden length of a CHARACTER*1 argument

    private CpuLapack() { NativeLoader.ensureLoaded(); }

    // ---- argument checks and scalars ---------------------------------------------------------------

    /** The address of a column-major rows x cols matrix with leading dimension ld, after checking its extent. */
    private static MemorySegment matrix(Operand op, int rows, int cols, int ld, String what) {
        if (rows < 0 || cols < 0) throw new IllegalArgumentException(what + ": negative size " + rows + " x " + cols);
        if (ld < Math.max(1, rows))
            throw new IllegalArgumentException(what + ": leading dimension " + ld + " < max(1, " + rows + ")");
        return elements(op, rows == 0 || cols == 0 ? 0 : (long) ld * (cols - 1) + rows, what);
    }

    /** The address of n doubles, after checking the operand holds them. */
    private static MemorySegment elements(Operand op, long n, String what) {
        if (op == null) throw new IllegalArgumentException(what + ": no operand");
        MemorySegment s = op.writeAddress();   // LAPACK overwrites most of its operands
        if (s.byteSize() < n * Double.BYTES)
            throw new IllegalArgumentException(what + ": " + n + " elements needed, the operand holds " + s.byteSize() / Double.BYTES);
        return s;
    }

    private static MemorySegment in(Arena arena, int v) { return arena.allocateFrom(INT, v); }

    private static MemorySegment chr(Arena arena, char c) { return arena.allocateFrom(String.valueOf(c)); }

    /** Workspace of {@code n} doubles (at least one), uninitialised, freed with the arena. */
    private static MemorySegment work(Arena arena, long n) {
        return Memory.allocate(Math.max(1, n) * Double.BYTES, arena).segment();
    }

    private static MemorySegment ints(Arena arena, long n) { return arena.allocate(INT, Math.max(1, n)); }

    /** The optimal size a workspace query left in {@code w[0]}, at least {@code minimum}. */
    private static long queried(MemorySegment w, long minimum) {
        return Math.max((long) Math.ceil(w.get(DOUBLE, 0)), Math.max(1, minimum));
    }

    private static int intSize(long n, String what) {
        if (n > Integer.MAX_VALUE) throw new IllegalArgumentException(what + " workspace of " + n + " elements exceeds LAPACK's 32-bit sizes");
        return (int) n;
    }

    /** One LAPACK call given its workspace: work (lwork doubles) and iwork (liwork ints), or a size query. */
    private interface WorkCall {
        void call(MemorySegment work, MemorySegment lwork, MemorySegment iwork, MemorySegment liwork);
    }

    /**
     * LAPACK's workspace protocol: a query (lwork = liwork = -1) leaves the optimal sizes in work[0] and
     * iwork[0]; the routine then runs with at least those (and at least the documented minima, in case
     * a query under-reports). Returns info.
     */
    private static int withWorkspace(Arena arena, MemorySegment info, long minWork, long minIwork, String routine, WorkCall call) {
        MemorySegment wq = work(arena, 1), iq = ints(arena, 1), query = in(arena, -1);
        call.call(wq, query, iq, query);
        if (info.get(INT, 0) != 0) return info.get(INT, 0);
        int lwork = intSize(queried(wq, minWork), routine);
        int liwork = intSize(Math.max(Math.max(iq.get(INT, 0), minIwork), 1), routine);
        call.call(work(arena, lwork), in(arena, lwork), ints(arena, liwork), in(arena, liwork));
        return info.get(INT, 0);
    }

    // ---- routines ------------------------------------------------------------------------------------

    @Override
    public int getrf(int m, int n, Operand a, int lda, int[] ipiv) {
        onLapackThread("dgetrf");
        int k = Math.min(m, n);
        if (ipiv.length < k) throw new IllegalArgumentException("getrf: ipiv holds " + ipiv.length + " < " + k);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment A = matrix(a, m, n, lda, "getrf a");
            MemorySegment piv = ints(arena, k), info = ints(arena, 1);
            OpenBlas.dgetrf_(in(arena, m), in(arena, n), A, in(arena, lda), piv, info);
            MemorySegment.copy(piv, INT, 0, ipiv, 0, k);
            return info.get(INT, 0);
        }
    }

    @Override
    public int gesv(int n, int nrhs, Operand a, int lda, Operand b, int ldb) {
        onLapackThread("dgesv");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment A = matrix(a, n, n, lda, "gesv a"), B = matrix(b, n, nrhs, ldb, "gesv b");
            MemorySegment info = ints(arena, 1);
            OpenBlas.dgesv_(in(arena, n), in(arena, nrhs), A, in(arena, lda), ints(arena, n), B, in(arena, ldb), info);
            return info.get(INT, 0);
        }
    }

    @Override
    public int potrf(boolean lower, int n, Operand a, int lda) {
        onLapackThread("dpotrf");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment A = matrix(a, n, n, lda, "potrf a"), info = ints(arena, 1);
            OpenBlas.dpotrf_(chr(arena, lower ? 'L' : 'U'), in(arena, n), A, in(arena, lda), info, CHAR_LEN);
            return info.get(INT, 0);
        }
    }

    @Override
    public int geqrf(int m, int n, Operand a, int lda, Operand tau) {
        onLapackThread("dgeqrf");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment A = matrix(a, m, n, lda, "geqrf a"), T = elements(tau, Math.min(m, n), "geqrf tau");
            MemorySegment M = in(arena, m), N = in(arena, n), LDA = in(arena, lda), info = ints(arena, 1);
            return withWorkspace(arena, info, n, 1, "dgeqrf", (w, lw, iw, liw) -> OpenBlas.dgeqrf_(M, N, A, LDA, T, w, lw, info));
        }
    }

    @Override
    public int orgqr(int m, int n, int k, Operand a, int lda, Operand tau) {
        onLapackThread("dorgqr");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment A = matrix(a, m, n, lda, "orgqr a"), T = elements(tau, k, "orgqr tau");
            MemorySegment M = in(arena, m), N = in(arena, n), K = in(arena, k), LDA = in(arena, lda), info = ints(arena, 1);
            return withWorkspace(arena, info, n, 1, "dorgqr", (w, lw, iw, liw) -> OpenBlas.dorgqr_(M, N, K, A, LDA, T, w, lw, info));
        }
    }

    @Override
    public int syevd(boolean vectors, boolean lower, int n, Operand a, int lda, Operand w) {
        onLapackThread("dsyevd");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment A = matrix(a, n, n, lda, "syevd a"), W = elements(w, n, "syevd w");
            MemorySegment jobz = chr(arena, vectors ? 'V' : 'N'), uplo = chr(arena, lower ? 'L' : 'U');
            MemorySegment N = in(arena, n), LDA = in(arena, lda), info = ints(arena, 1);
            long minWork = n <= 1 ? 1 : vectors ? 1 + 6L * n + 2L * n * n : 2L * n + 1;
            long minIwork = n <= 1 || !vectors ? 1 : 3 + 5L * n;
            return withWorkspace(arena, info, minWork, minIwork, "dsyevd", (wk, lw, iw, liw) ->
                    OpenBlas.dsyevd_(jobz, uplo, N, A, LDA, W, wk, lw, iw, liw, info, CHAR_LEN, CHAR_LEN));
        }
    }

    @Override
    public int geev(boolean vectors, int n, Operand a, int lda, Operand wr, Operand wi, Operand vr, int ldvr) {
        onLapackThread("dgeev");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment A = matrix(a, n, n, lda, "geev a");
            MemorySegment WR = elements(wr, n, "geev wr"), WI = elements(wi, n, "geev wi");
            MemorySegment VR = vectors ? matrix(vr, n, n, ldvr, "geev vr") : work(arena, 1);
            MemorySegment jobvl = chr(arena, 'N'), jobvr = chr(arena, vectors ? 'V' : 'N');
            MemorySegment N = in(arena, n), LDA = in(arena, lda), VL = work(arena, 1), LDVL = in(arena, 1);
            MemorySegment LDVR = in(arena, vectors ? ldvr : 1), info = ints(arena, 1);
            return withWorkspace(arena, info, vectors ? 4L * n : 3L * n, 1, "dgeev", (w, lw, iw, liw) ->
                    OpenBlas.dgeev_(jobvl, jobvr, N, A, LDA, WR, WI, VL, LDVL, VR, LDVR, w, lw, info, CHAR_LEN, CHAR_LEN));
        }
    }

    @Override
    public int gesdd(char jobz, int m, int n, Operand a, int lda, Operand s, Operand u, int ldu, Operand vt, int ldvt) {
        onLapackThread("dgesdd");
        int mn = Math.min(m, n), mx = Math.max(m, n);
        int uCols, vtRows;
        switch (jobz) {
            case 'A' -> { uCols = m; vtRows = n; }
            case 'S' -> { uCols = mn; vtRows = mn; }
            case 'N' -> { uCols = 0; vtRows = 0; }
            default -> throw new IllegalArgumentException("gesdd: jobz must be 'A', 'S' or 'N', got '" + jobz + "'");
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment A = matrix(a, m, n, lda, "gesdd a"), S = elements(s, mn, "gesdd s");
            MemorySegment U = jobz == 'N' ? work(arena, 1) : matrix(u, m, uCols, ldu, "gesdd u");
            MemorySegment VT = jobz == 'N' ? work(arena, 1) : matrix(vt, vtRows, n, ldvt, "gesdd vt");
            MemorySegment JOBZ = chr(arena, jobz), M = in(arena, m), N = in(arena, n), LDA = in(arena, lda);
            MemorySegment LDU = in(arena, jobz == 'N' ? 1 : ldu), LDVT = in(arena, jobz == 'N' ? 1 : ldvt);
            MemorySegment iwork = ints(arena, 8L * mn), info = ints(arena, 1);
            // LAPACK 3.7+'s documented minima (older versions' queries could under-report); iwork is fixed at 8 min(m, n)
            long min = jobz == 'N' ? 3L * mn + Math.max(mx, 7L * mn) : 3L * mn + Math.max(mx, 5L * mn * mn + 4L * mn);
            return withWorkspace(arena, info, min, 1, "dgesdd", (w, lw, iw, liw) ->
                    OpenBlas.dgesdd_(JOBZ, M, N, A, LDA, S, U, LDU, VT, LDVT, w, lw, iwork, info, CHAR_LEN));
        }
    }

    @Override
    public int gelsd(int m, int n, int nrhs, Operand a, int lda, Operand b, int ldb, Operand s, double rcond, int[] rank) {
        onLapackThread("dgelsd");
        if (ldb < Math.max(1, Math.max(m, n)))
            throw new IllegalArgumentException("gelsd: ldb " + ldb + " < max(1, m, n) = " + Math.max(1, Math.max(m, n)));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment A = matrix(a, m, n, lda, "gelsd a"), B = matrix(b, ldb, nrhs, ldb, "gelsd b");
            MemorySegment S = elements(s, Math.min(m, n), "gelsd s");
            MemorySegment M = in(arena, m), N = in(arena, n), NRHS = in(arena, nrhs), LDA = in(arena, lda), LDB = in(arena, ldb);
            MemorySegment RCOND = arena.allocateFrom(DOUBLE, rcond), RANK = ints(arena, 1), info = ints(arena, 1);
            // dgelsd reports its iwork size in iwork[0] of the query (it has no liwork argument)
            int result = withWorkspace(arena, info, 1, 1, "dgelsd", (w, lw, iw, liw) ->
                    OpenBlas.dgelsd_(M, N, NRHS, A, LDA, B, LDB, S, RCOND, RANK, w, lw, iw, info));
            rank[0] = RANK.get(INT, 0);
            return result;
        }
    }
}
