package dev.numj.internal.cuda;

import dev.numj.internal.backend.Lapack;
import dev.numj.internal.backend.Operand;
import dev.numj.internal.runtime.Memory;
import dev.numj.internal.runtime.Storage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * LAPACK-class routines for arrays on a CUDA device, as a CPU round trip: each device operand of a call
 * (float64, column-major, its extent known from the routine's dimensions) is copied to the host, the CPU
 * backend's LAPACK runs, and the operands are copied back (inputs too: a routine may overwrite any of
 * them). Operands already on the host are passed as they are. Correct and simple, not fast: the data
 * crosses the bus twice per call (cuSOLVER, bound at run time as cuBLAS is, is the fast path to come).
 */
final class HostRoundTripLapack implements Lapack {
    private final CudaContext ctx;
    private final Lapack cpu;
    private final List<Runnable> copyBack = new ArrayList<>();

    HostRoundTripLapack(CudaContext ctx, Lapack cpu) {
        this.ctx = ctx;
        this.cpu = cpu;
    }

    /** Bytes of a column-major float64 matrix with leading dimension {@code ld} and {@code cols} columns. */
    static long matrixBytes(long ld, long cols) { return Math.max(0, ld) * Math.max(0, cols) * 8; }

    /** A host stand-in for {@code op} holding its first {@code bytes} bytes (null stays null; host operands pass). */
    private Operand host(Operand op, long bytes) {
        if (op == null || op.storage().device().isCpu()) return op;
        Storage h = Memory.allocate(Math.max(bytes, 8));
        long dev = op.deviceAddress();
        if (bytes > 0) ctx.download(dev, h.segment().asSlice(0, bytes));
        if (bytes > 0) copyBack.add(() -> ctx.upload(h.segment().asSlice(0, bytes), dev));
        return new Operand(h, 0, op.strides());
    }

    private int done(int info) {
        for (Runnable r : copyBack) r.run();
        copyBack.clear();
        return info;
    }

    @Override
    public <T> T run(Function<Lapack, T> calls) {
        return cpu.run(lp -> calls.apply(new HostRoundTripLapack(ctx, lp)));
    }

    @Override
    public int getrf(int m, int n, Operand a, int lda, int[] ipiv) {
        return done(cpu.getrf(m, n, host(a, matrixBytes(lda, n)), lda, ipiv));
    }

    @Override
    public int gesv(int n, int nrhs, Operand a, int lda, Operand b, int ldb) {
        return done(cpu.gesv(n, nrhs, host(a, matrixBytes(lda, n)), lda, host(b, matrixBytes(ldb, nrhs)), ldb));
    }

    @Override
    public int potrf(boolean lower, int n, Operand a, int lda) {
        return done(cpu.potrf(lower, n, host(a, matrixBytes(lda, n)), lda));
    }

    @Override
    public int geqrf(int m, int n, Operand a, int lda, Operand tau) {
        return done(cpu.geqrf(m, n, host(a, matrixBytes(lda, n)), lda, host(tau, 8L * Math.min(m, n))));
    }

    @Override
    public int orgqr(int m, int n, int k, Operand a, int lda, Operand tau) {
        return done(cpu.orgqr(m, n, k, host(a, matrixBytes(lda, n)), lda, host(tau, 8L * k)));
    }

    @Override
    public int syevd(boolean vectors, boolean lower, int n, Operand a, int lda, Operand w) {
        return done(cpu.syevd(vectors, lower, n, host(a, matrixBytes(lda, n)), lda, host(w, 8L * n)));
    }

    @Override
    public int geev(boolean vectors, int n, Operand a, int lda, Operand wr, Operand wi, Operand vr, int ldvr) {
        return done(cpu.geev(vectors, n, host(a, matrixBytes(lda, n)), lda, host(wr, 8L * n), host(wi, 8L * n),
                vectors ? host(vr, matrixBytes(ldvr, n)) : vr, ldvr));
    }

    @Override
    public int gesdd(char jobz, int m, int n, Operand a, int lda, Operand s, Operand u, int ldu, Operand vt, int ldvt) {
        int k = Math.min(m, n);
        boolean all = jobz == 'A', none = jobz == 'N';
        return done(cpu.gesdd(jobz, m, n, host(a, matrixBytes(lda, n)), lda, host(s, 8L * k),
                none ? u : host(u, matrixBytes(ldu, all ? m : k)), ldu,
                none ? vt : host(vt, matrixBytes(ldvt, n)), ldvt));
    }

    @Override
    public int gelsd(int m, int n, int nrhs, Operand a, int lda, Operand b, int ldb, Operand s, double rcond, int[] rank) {
        return done(cpu.gelsd(m, n, nrhs, host(a, matrixBytes(lda, n)), lda, host(b, matrixBytes(ldb, nrhs)), ldb,
                host(s, 8L * Math.min(m, n)), rcond, rank));
    }
}
