/*
 * Fortran-ABI LAPACK prototypes for the routines NumJ calls, as OpenBLAS exports them.
 *
 * Why not lapacke.h: Debian's libopenblas0 (libopenblas.so.0) exports the Fortran symbols
 * (dgesv_, dgetrf_, ...) but NOT the LAPACKE_* C wrappers, which live in a separate liblapacke
 * that NumJ does not require. So NumJ calls the Fortran routines directly.
 *
 * ABI rules (gfortran, x86-64 Linux; the same as reference LAPACK's lapack.h with
 * LAPACK_FORTRAN_STRLEN_END, against which every prototype below was checked):
 *  - Symbol names are lower case with a trailing underscore.
 *  - EVERY argument is passed by reference (Fortran by-reference): scalars too, so an INTEGER n
 *    is an `int32_t *` pointing at the value, a CHARACTER*1 job code is a `const char *`.
 *  - INTEGER is 32-bit: Debian's OpenBLAS is an LP64 build (blasint == int), not ILP64.
 *  - Each CHARACTER argument adds one hidden trailing `size_t` argument, passed BY VALUE after
 *    all the visible arguments, in the same order as the character arguments: its length (1).
 *    Omitting them works by luck on some compilers and crashes with others; always pass 1.
 *  - Matrices are column-major (Fortran order) with a leading dimension lda >= max(1, rows).
 *  - info == 0 on success; info < 0: argument -info was illegal; info > 0: routine-specific
 *    (singular pivot, no convergence, not positive definite, ...).
 *  - Workspace queries: pass lwork == -1 (and liwork == -1) to get the optimal size in work[0]
 *    (and iwork[0]).
 *
 * Bound by scripts/jextract.sh (through openblas_api.h) into dev.numj.internal.ffi.openblas.
 */
#ifndef NUMJ_LAPACK_DECL_H
#define NUMJ_LAPACK_DECL_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Solve A X = B by LU with partial pivoting (A overwritten by its factors, B by X). */
void sgesv_(const int32_t *n, const int32_t *nrhs, float *a, const int32_t *lda, int32_t *ipiv,
            float *b, const int32_t *ldb, int32_t *info);
void dgesv_(const int32_t *n, const int32_t *nrhs, double *a, const int32_t *lda, int32_t *ipiv,
            double *b, const int32_t *ldb, int32_t *info);

/* LU factorisation A = P L U (m x n). */
void sgetrf_(const int32_t *m, const int32_t *n, float *a, const int32_t *lda, int32_t *ipiv,
             int32_t *info);
void dgetrf_(const int32_t *m, const int32_t *n, double *a, const int32_t *lda, int32_t *ipiv,
             int32_t *info);

/* Inverse from the LU factors of getrf. */
void sgetri_(const int32_t *n, float *a, const int32_t *lda, const int32_t *ipiv, float *work,
             const int32_t *lwork, int32_t *info);
void dgetri_(const int32_t *n, double *a, const int32_t *lda, const int32_t *ipiv, double *work,
             const int32_t *lwork, int32_t *info);

/* SVD by divide and conquer; jobz in "A", "S", "O", "N". One hidden length (jobz). */
void sgesdd_(const char *jobz, const int32_t *m, const int32_t *n, float *a, const int32_t *lda,
             float *s, float *u, const int32_t *ldu, float *vt, const int32_t *ldvt, float *work,
             const int32_t *lwork, int32_t *iwork, int32_t *info, size_t jobz_len);
void dgesdd_(const char *jobz, const int32_t *m, const int32_t *n, double *a, const int32_t *lda,
             double *s, double *u, const int32_t *ldu, double *vt, const int32_t *ldvt, double *work,
             const int32_t *lwork, int32_t *iwork, int32_t *info, size_t jobz_len);

/* Symmetric eigen-decomposition by divide and conquer; jobz "N"/"V", uplo "U"/"L".
 * Two hidden lengths (jobz, uplo). */
void ssyevd_(const char *jobz, const char *uplo, const int32_t *n, float *a, const int32_t *lda,
             float *w, float *work, const int32_t *lwork, int32_t *iwork, const int32_t *liwork,
             int32_t *info, size_t jobz_len, size_t uplo_len);
void dsyevd_(const char *jobz, const char *uplo, const int32_t *n, double *a, const int32_t *lda,
             double *w, double *work, const int32_t *lwork, int32_t *iwork, const int32_t *liwork,
             int32_t *info, size_t jobz_len, size_t uplo_len);

/* General (non-symmetric) eigen-decomposition; eigenvalues wr + i*wi. jobvl/jobvr "N"/"V".
 * Two hidden lengths (jobvl, jobvr). */
void sgeev_(const char *jobvl, const char *jobvr, const int32_t *n, float *a, const int32_t *lda,
            float *wr, float *wi, float *vl, const int32_t *ldvl, float *vr, const int32_t *ldvr,
            float *work, const int32_t *lwork, int32_t *info, size_t jobvl_len, size_t jobvr_len);
void dgeev_(const char *jobvl, const char *jobvr, const int32_t *n, double *a, const int32_t *lda,
            double *wr, double *wi, double *vl, const int32_t *ldvl, double *vr, const int32_t *ldvr,
            double *work, const int32_t *lwork, int32_t *info, size_t jobvl_len, size_t jobvr_len);

/* QR factorisation (Householder reflectors in a below the diagonal, scalars in tau). */
void sgeqrf_(const int32_t *m, const int32_t *n, float *a, const int32_t *lda, float *tau,
             float *work, const int32_t *lwork, int32_t *info);
void dgeqrf_(const int32_t *m, const int32_t *n, double *a, const int32_t *lda, double *tau,
             double *work, const int32_t *lwork, int32_t *info);

/* Form the m x n matrix Q with orthonormal columns from geqrf's reflectors (k of them). */
void sorgqr_(const int32_t *m, const int32_t *n, const int32_t *k, float *a, const int32_t *lda,
             const float *tau, float *work, const int32_t *lwork, int32_t *info);
void dorgqr_(const int32_t *m, const int32_t *n, const int32_t *k, double *a, const int32_t *lda,
             const double *tau, double *work, const int32_t *lwork, int32_t *info);

/* Cholesky factorisation; uplo "U"/"L". One hidden length (uplo). */
void spotrf_(const char *uplo, const int32_t *n, float *a, const int32_t *lda, int32_t *info,
             size_t uplo_len);
void dpotrf_(const char *uplo, const int32_t *n, double *a, const int32_t *lda, int32_t *info,
             size_t uplo_len);

/* Minimum-norm least squares by SVD (divide and conquer); rcond < 0 means machine precision.
 * No character arguments, so no hidden lengths. */
void sgelsd_(const int32_t *m, const int32_t *n, const int32_t *nrhs, float *a, const int32_t *lda,
             float *b, const int32_t *ldb, float *s, const float *rcond, int32_t *rank, float *work,
             const int32_t *lwork, int32_t *iwork, int32_t *info);
void dgelsd_(const int32_t *m, const int32_t *n, const int32_t *nrhs, double *a, const int32_t *lda,
             double *b, const int32_t *ldb, double *s, const double *rcond, int32_t *rank, double *work,
             const int32_t *lwork, int32_t *iwork, int32_t *info);

/* Triangular solve A X = B (or A^T X = B); uplo "U"/"L", trans "N"/"T"/"C", diag "N"/"U".
 * Three hidden lengths (uplo, trans, diag). */
void strtrs_(const char *uplo, const char *trans, const char *diag, const int32_t *n,
             const int32_t *nrhs, const float *a, const int32_t *lda, float *b, const int32_t *ldb,
             int32_t *info, size_t uplo_len, size_t trans_len, size_t diag_len);
void dtrtrs_(const char *uplo, const char *trans, const char *diag, const int32_t *n,
             const int32_t *nrhs, const double *a, const int32_t *lda, double *b, const int32_t *ldb,
             int32_t *info, size_t uplo_len, size_t trans_len, size_t diag_len);

#ifdef __cplusplus
}
#endif
#endif
