package dev.numj.internal.cuda;

import dev.numj.DType;
import dev.numj.NumJNativeException;
import dev.numj.internal.ffi.cublas.Cublas;

import java.io.File;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * cuBLAS for one device: the library, found at run time (it exists only on GPU machines) and loaded by
 * absolute path into NumJ's class loader before class {@link Cublas} is first touched; one handle per
 * device, bound to the device's stream, so matrix products queue in order with NumJ's kernels.
 *
 * <p>Where cuBLAS is looked for, in order: the system property {@code numj.cublas} (a path), the
 * environment variable {@code NUMJ_CUBLAS} (which scripts/gpu-run exports), then
 * {@code libcublas.so.13/.12/.11} in {@code LD_LIBRARY_PATH}'s directories, {@code /usr/local/cuda/lib64},
 * {@code /usr/local/cuda/targets/x86_64-linux/lib}, {@code /usr/local/cuda-*}'s, and
 * {@code /usr/lib/x86_64-linux-gnu}. A failure names every place looked at.
 *
 * <p>float32 products use full FP32 unless the user opts in to TF32 tensor cores with
 * {@code -Dnumj.cuda.tf32=true} (PyTorch's {@code torch.backends.cuda.matmul.allow_tf32 = True}).
 */
final class CublasHandle {
    private static final ConcurrentHashMap<Integer, CublasHandle> HANDLES = new ConcurrentHashMap<>();
    private static final int CUBLAS_OP_N = 0, CUBLAS_OP_T = 1;
    private static final int CUBLAS_DEFAULT_MATH = 0, CUBLAS_TF32_TENSOR_OP_MATH = 3;
    private static volatile String loaded;

    private final CudaContext ctx;
    private final MemorySegment handle;
    private final MemorySegment alpha, beta;

    static CublasHandle of(CudaContext ctx) {
        return HANDLES.computeIfAbsent(ctx.ordinal, i -> new CublasHandle(ctx));
    }

    private CublasHandle(CudaContext ctx) {
        this.ctx = ctx;
        load();
        ctx.makeCurrent();
        Arena global = Arena.global();
        MemorySegment p = global.allocate(ValueLayout.ADDRESS);
        check(Cublas.cublasCreate_v2(p), "cublasCreate");
        handle = p.get(ValueLayout.ADDRESS, 0);
        check(Cublas.cublasSetStream_v2(handle, ctx.stream), "cublasSetStream");
        boolean tf32 = Boolean.getBoolean("numj.cuda.tf32");
        check(Cublas.cublasSetMathMode(handle, tf32 ? CUBLAS_TF32_TENSOR_OP_MATH : CUBLAS_DEFAULT_MATH), "cublasSetMathMode");
        alpha = global.allocate(8, 8);
        beta = global.allocate(8, 8);
    }

    /** Row-major C (m x n) = op(A) (m x k) @ op(B) (k x n), as column-major C^T = op(B)^T op(A)^T. */
    synchronized void gemm(DType dt, boolean transA, boolean transB, int m, int n, int k,
                           long a, long lda, long b, long ldb, long c, long ldc, boolean accumulate) {
        ctx.makeCurrent();
        int ta = transA ? CUBLAS_OP_T : CUBLAS_OP_N, tb = transB ? CUBLAS_OP_T : CUBLAS_OP_N;
        MemorySegment A = MemorySegment.ofAddress(a), B = MemorySegment.ofAddress(b), C = MemorySegment.ofAddress(c);
        // host scalars: cuBLAS reads them before the call returns (CUBLAS_POINTER_MODE_HOST)
        if (dt == DType.FLOAT32) {
            alpha.set(ValueLayout.JAVA_FLOAT, 0, 1f);
            beta.set(ValueLayout.JAVA_FLOAT, 0, accumulate ? 1f : 0f);
            check(Cublas.cublasSgemm_v2(handle, tb, ta, n, m, k, alpha, B, (int) ldb, A, (int) lda, beta, C, (int) ldc),
                    "matmul float32 (" + m + "x" + k + " @ " + k + "x" + n + "): cublasSgemm");
        } else if (dt == DType.FLOAT64) {
            alpha.set(ValueLayout.JAVA_DOUBLE, 0, 1d);
            beta.set(ValueLayout.JAVA_DOUBLE, 0, accumulate ? 1d : 0d);
            check(Cublas.cublasDgemm_v2(handle, tb, ta, n, m, k, alpha, B, (int) ldb, A, (int) lda, beta, C, (int) ldc),
                    "matmul float64 (" + m + "x" + k + " @ " + k + "x" + n + "): cublasDgemm");
        } else {
            throw new IllegalArgumentException("gemm is float32/float64 only, got " + dt);
        }
    }

    /** {@link #gemm} for {@code batch} matrices at element strides strideA, strideB, strideC: one ?gemmStridedBatched. */
    synchronized void gemmStridedBatched(DType dt, boolean transA, boolean transB, int m, int n, int k,
                                         long a, long lda, long strideA, long b, long ldb, long strideB,
                                         long c, long ldc, long strideC, int batch) {
        ctx.makeCurrent();
        int ta = transA ? CUBLAS_OP_T : CUBLAS_OP_N, tb = transB ? CUBLAS_OP_T : CUBLAS_OP_N;
        MemorySegment A = MemorySegment.ofAddress(a), B = MemorySegment.ofAddress(b), C = MemorySegment.ofAddress(c);
        String what = "matmul " + dt + " (" + batch + " x " + m + "x" + k + " @ " + k + "x" + n + ")";
        // row-major C^T = B^T A^T per matrix, as gemm: B's stride goes first
        if (dt == DType.FLOAT32) {
            alpha.set(ValueLayout.JAVA_FLOAT, 0, 1f);
            beta.set(ValueLayout.JAVA_FLOAT, 0, 0f);
            check(Cublas.cublasSgemmStridedBatched(handle, tb, ta, n, m, k, alpha, B, (int) ldb, strideB, A, (int) lda, strideA,
                    beta, C, (int) ldc, strideC, batch), what + ": cublasSgemmStridedBatched");
        } else if (dt == DType.FLOAT64) {
            alpha.set(ValueLayout.JAVA_DOUBLE, 0, 1d);
            beta.set(ValueLayout.JAVA_DOUBLE, 0, 0d);
            check(Cublas.cublasDgemmStridedBatched(handle, tb, ta, n, m, k, alpha, B, (int) ldb, strideB, A, (int) lda, strideA,
                    beta, C, (int) ldc, strideC, batch), what + ": cublasDgemmStridedBatched");
        } else {
            throw new IllegalArgumentException("gemm is float32/float64 only, got " + dt);
        }
    }

    private void check(int status, String what) {
        if (status == 0) return;
        String name;
        try {
            MemorySegment s = Cublas.cublasGetStatusName(status);
            name = s.equals(MemorySegment.NULL) ? "cublasStatus " + status : s.reinterpret(256).getString(0);
        } catch (RuntimeException | LinkageError e) {
            name = "cublasStatus " + status;
        }
        throw new CudaException(ctx.device + ": " + what, status, name, null);
    }

    /** Loads cuBLAS once per JVM (see the class comment for where it is looked for). */
    private static synchronized void load() {
        if (loaded != null) return;
        List<String> looked = new ArrayList<>();
        for (Path p : candidates(looked)) {
            if (Files.isRegularFile(p)) {
                try {
                    System.load(p.toAbsolutePath().toString());
                    loaded = p.toString();
                    return;
                } catch (UnsatisfiedLinkError e) {
                    throw new NumJNativeException("cuBLAS at " + p + " failed to load: " + e.getMessage()
                            + " (libcublasLt must be beside it or on LD_LIBRARY_PATH)", e);
                }
            }
        }
        throw new NumJNativeException("cuBLAS (libcublas.so.13/.12/.11) not found, so matmul cannot run on CUDA. Looked at: "
                + String.join(", ", looked) + ". Set NUMJ_CUBLAS or -Dnumj.cublas to its path (pip's nvidia-cublas "
                + "wheels keep it in site-packages/nvidia/cublas/lib).");
    }

    private static List<Path> candidates(List<String> looked) {
        List<Path> out = new ArrayList<>();
        String prop = System.getProperty("numj.cublas"), env = System.getenv("NUMJ_CUBLAS");
        if (prop != null && !prop.isBlank()) { out.add(Path.of(prop)); looked.add(prop + " (-Dnumj.cublas)"); }
        if (env != null && !env.isBlank()) { out.add(Path.of(env)); looked.add(env + " (NUMJ_CUBLAS)"); }
        Set<String> dirs = new LinkedHashSet<>();
        String ld = System.getenv("LD_LIBRARY_PATH");
        if (ld != null) for (String d : ld.split(File.pathSeparator)) if (!d.isBlank()) dirs.add(d);
        dirs.add("/usr/local/cuda/lib64");
        dirs.add("/usr/local/cuda/targets/x86_64-linux/lib");
        File[] versioned = new File("/usr/local").listFiles((f, name) -> name.startsWith("cuda-"));
        if (versioned != null) {
            java.util.Arrays.sort(versioned, java.util.Comparator.reverseOrder());
            for (File v : versioned) {
                dirs.add(v + "/lib64");
                dirs.add(v + "/targets/x86_64-linux/lib");
            }
        }
        dirs.add("/usr/lib/x86_64-linux-gnu");
        for (String soname : new String[] {"libcublas.so.13", "libcublas.so.12", "libcublas.so.11"})
            for (String d : dirs) out.add(Path.of(d, soname));
        looked.add("libcublas.so.13/.12/.11 in " + String.join(", ", dirs));
        return out;
    }
}
