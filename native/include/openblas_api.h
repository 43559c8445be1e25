/*
 * The OpenBLAS surface NumJ binds: OpenBLAS's own cblas.h (CBLAS plus openblas_* controls) and the
 * Fortran-ABI LAPACK routines of lapack_decl.h, so that one jextract run makes one package,
 * dev.numj.internal.ffi.openblas (class OpenBlas), loaded from libopenblas.so.0.
 *
 * scripts/jextract.sh puts OpenBLAS's include directory first on the include path (on Debian
 * /usr/include/x86_64-linux-gnu/openblas-pthread), so <cblas.h> is OpenBLAS's, not whichever
 * cblas.h the alternatives system points at; it keeps only the functions NumJ uses
 * (--include-function) and the CBLAS enum constants.
 */
#ifndef NUMJ_OPENBLAS_API_H
#define NUMJ_OPENBLAS_API_H

#include <cblas.h>
#include "lapack_decl.h"

#endif
