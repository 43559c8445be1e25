/*
 * Boolean-mask and integer-array indexing (NumPy's X[mask], X[idx], np.take and their writes) as a
 * handful of data-movement kernels. The Java layer validates shapes, resolves where the result's
 * axes go and checks mask/value sizes; these kernels only move elements, never past the counts they
 * are given. Loops are written once and instantiated per dtype by the X-macros of dtypes.h; every
 * n-d walk goes through numj_iterate.
 *
 *  numj_compress / numj_expand  dense[k] = a[i] / a[i] = dense[k] for the k-th true mask element
 *                               (C order), the fast path of a[mask] with a full-shape mask.
 *  numj_masked_fill             a[i] = value where the mask is true (a[mask] = scalar).
 *  numj_mask_offsets            byte offsets, from `base`, of the elements where a mask is true.
 *  numj_index_offsets           byte offsets idx * stride of an integer index array (negatives wrap);
 *                               an out-of-bounds index is reported, never used.
 *  numj_gather / numj_scatter   dense[..., j, ...] = indexed[..., offsets[j], ...] and the reverse.
 *  numj_gather_index            numj_gather with the offsets made on the fly from one C-contiguous
 *                               integer index array (a[idx], X[idx], X[:, idx]): no offsets table.
 */
#include "numj_cpu.h"
#include "dtypes.h"
#include "iter.h"
#include "pool.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* ---- compress / expand ------------------------------------------------------------------------ */

/* The dense side's next element and its end; a loop never moves past `end`. */
struct dense_cursor {
    char *cur;
    char *end;
};

/* Runs are split into chunks no longer than the room left on the dense side; inside a chunk the
 * loops are branch-free (every element is moved, the cursor advances by the mask bit), so a random
 * mask costs no mispredicted branches and no chunk can run past `end`. */
#define CHUNK(n, i, left) ((n) - (i) < (left) ? (n) - (i) : (left))

/* *dst = k ? *src : *dst as a bit select on the element's bytes: compilers turn a ternary store
 * into a branch, which a random mask mispredicts half the time. */
#define BIT_SELECT(UT, dst, src, k)                                                               \
    do {                                                                                          \
        UT old_, new_;                                                                            \
        memcpy(&old_, (dst), sizeof(UT));                                                         \
        memcpy(&new_, (src), sizeof(UT));                                                         \
        const UT m_ = (UT)0 - (UT)(k);                                                            \
        old_ = (UT)((new_ & m_) | (old_ & (UT)~m_));                                              \
        memcpy((dst), &old_, sizeof(UT));                                                         \
    } while (0)
#define BITS_b(dst, src, k) BIT_SELECT(uint8_t, dst, src, k)
#define BITS_i32(dst, src, k) BIT_SELECT(uint32_t, dst, src, k)
#define BITS_f32(dst, src, k) BIT_SELECT(uint32_t, dst, src, k)
#define BITS_i64(dst, src, k) BIT_SELECT(uint64_t, dst, src, k)
#define BITS_f64(dst, src, k) BIT_SELECT(uint64_t, dst, src, k)

#define COMPRESS_LOOPS(C, T, S, F)                                                                \
    static void compress_##S(char **args, int64_t n, const int64_t *steps, const void *data) {    \
        struct dense_cursor *c = (struct dense_cursor *)data;                                     \
        const char *pm = args[0], *pa = args[1];                                                  \
        const int64_t sm = steps[0], sa = steps[1];                                               \
        T *out = (T *)c->cur, *end = (T *)c->end;                                                 \
        const int contiguous = sm == 1 && sa == (int64_t)sizeof(T);                               \
        for (int64_t i = 0; i < n && out < end;) {                                                \
            const int64_t stop = i + CHUNK(n, i, end - out);                                      \
            if (contiguous) {                                                                     \
                const T *a = (const T *)pa;                                                       \
                for (; i < stop; i++) { *out = a[i]; out += pm[i] != 0; }                         \
            } else {                                                                              \
                for (; i < stop; i++) { *out = *(const T *)(pa + i * sa); out += pm[i * sm] != 0; } \
            }                                                                                     \
        }                                                                                         \
        c->cur = (char *)out;                                                                     \
    }                                                                                             \
    static void expand_##S(char **args, int64_t n, const int64_t *steps, const void *data) {      \
        struct dense_cursor *c = (struct dense_cursor *)data;                                     \
        const char *pm = args[0]; char *pa = args[1];                                             \
        const int64_t sm = steps[0], sa = steps[1];                                               \
        const char *in = c->cur, *end = c->end;                                                   \
        for (int64_t i = 0; i < n && in < end;) {                                                 \
            const int64_t stop = i + CHUNK(n, i, (end - in) / (int64_t)sizeof(T));                \
            for (; i < stop; i++) {                                                               \
                const int k = pm[i * sm] != 0;                                                    \
                BITS_##S(pa + i * sa, in, k);                                                     \
                in += k * (int64_t)sizeof(T);                                                     \
            }                                                                                     \
        }                                                                                         \
        c->cur = (char *)in;                                                                      \
    }                                                                                             \
    static void masked_fill_##S(char **args, int64_t n, const int64_t *steps, const void *value) { \
        const char *pm = args[0]; char *pa = args[1];                                             \
        const int64_t sm = steps[0], sa = steps[1];                                               \
        if (sm == 1 && sa == (int64_t)sizeof(T)) {                                                \
            for (int64_t i = 0; i < n; i++) BITS_##S(pa + i * (int64_t)sizeof(T), value, pm[i] != 0); \
        } else {                                                                                  \
            for (int64_t i = 0; i < n; i++) BITS_##S(pa + i * sa, value, pm[i * sm] != 0);        \
        }                                                                                         \
    }
NUMJ_FOR_EACH_DTYPE(COMPRESS_LOOPS)

#define COMPRESS_ENTRY(C, T, S, F) compress_##S,
#define EXPAND_ENTRY(C, T, S, F) expand_##S,
#define MASKED_FILL_ENTRY(C, T, S, F) masked_fill_##S,
static const numj_loop compress_loops[NUMJ_NDTYPES] = { NUMJ_FOR_EACH_DTYPE(COMPRESS_ENTRY) };
static const numj_loop expand_loops[NUMJ_NDTYPES] = { NUMJ_FOR_EACH_DTYPE(EXPAND_ENTRY) };
static const numj_loop masked_fill_loops[NUMJ_NDTYPES] = { NUMJ_FOR_EACH_DTYPE(MASKED_FILL_ENTRY) };

static int32_t masked_move(const numj_loop *loops, int32_t dt, int32_t ndim, const int64_t *shape,
                           const void *mask, const int64_t *mask_strides, void *a, const int64_t *a_strides,
                           void *dense, int64_t count) {
    if (dt < 0 || dt >= NUMJ_NDTYPES) return NUMJ_EDTYPE;
    if (!mask || !a || count < 0 || (count > 0 && !dense)
        || (ndim > 0 && (!shape || !mask_strides || !a_strides)))
        return NUMJ_EARG;
    char *first = (char *)dense;
    struct dense_cursor c = {first, count > 0 ? first + count * numj_itemsize(dt) : first};
    char *ptrs[2] = {(char *)mask, (char *)a};
    const int64_t *strides[2] = {mask_strides, a_strides};
    int32_t st = numj_iterate_serial(2, ndim, shape, ptrs, strides, loops[dt], &c);
    if (st != NUMJ_OK) return st;
    /* the caller counted the mask's true elements; fewer means the mask changed under us (more
     * cannot overrun: the loops stop at `end`) */
    return c.cur == c.end ? NUMJ_OK : NUMJ_EARG;
}

int32_t numj_compress(int32_t dt, int32_t ndim, const int64_t *shape, const void *mask,
                      const int64_t *mask_strides, const void *src, const int64_t *src_strides,
                      void *dst, int64_t count) {
    return masked_move(compress_loops, dt, ndim, shape, mask, mask_strides, (void *)src, src_strides, dst, count);
}

int32_t numj_expand(int32_t dt, int32_t ndim, const int64_t *shape, const void *mask,
                    const int64_t *mask_strides, void *dst, const int64_t *dst_strides,
                    const void *src, int64_t count) {
    return masked_move(expand_loops, dt, ndim, shape, mask, mask_strides, dst, dst_strides, (void *)src, count);
}

int32_t numj_masked_fill(int32_t dt, int32_t ndim, const int64_t *shape, const void *mask,
                         const int64_t *mask_strides, void *dst, const int64_t *dst_strides, const void *value) {
    if (dt < 0 || dt >= NUMJ_NDTYPES) return NUMJ_EDTYPE;
    if (!mask || !dst || !value || (ndim > 0 && (!shape || !mask_strides || !dst_strides))) return NUMJ_EARG;
    char *ptrs[2] = {(char *)mask, (char *)dst};
    const int64_t *strides[2] = {mask_strides, dst_strides};
    return numj_iterate(2, ndim, shape, ptrs, strides, masked_fill_loops[dt], value);
}

/* ---- offsets of true mask elements -------------------------------------------------------------- */

/* The second operand walks the indexed array itself, so its pointer minus `base` is the byte offset. */
struct offset_cursor {
    int64_t *cur;
    int64_t *end;
    const char *base;
};

static void mask_offsets_loop(char **args, int64_t n, const int64_t *steps, const void *data) {
    struct offset_cursor *c = (struct offset_cursor *)data;
    const char *pm = args[0], *pa = args[1];
    const int64_t sm = steps[0], sa = steps[1];
    int64_t *out = c->cur, *end = c->end;
    const int64_t first = (int64_t)(pa - c->base);
    for (int64_t i = 0; i < n && out < end;) {
        const int64_t stop = i + CHUNK(n, i, end - out);
        for (; i < stop; i++) { *out = first + i * sa; out += pm[i * sm] != 0; }
    }
    c->cur = out;
}

int32_t numj_mask_offsets(int32_t ndim, const int64_t *shape, const void *mask, const int64_t *mask_strides,
                          const void *base, const int64_t *base_strides, int64_t *offsets, int64_t count) {
    if (!mask || !base || count < 0 || (count > 0 && !offsets)
        || (ndim > 0 && (!shape || !mask_strides || !base_strides)))
        return NUMJ_EARG;
    struct offset_cursor c = {offsets, count > 0 ? offsets + count : offsets, (const char *)base};
    char *ptrs[2] = {(char *)mask, (char *)base};
    const int64_t *strides[2] = {mask_strides, base_strides};
    int32_t st = numj_iterate_serial(2, ndim, shape, ptrs, strides, mask_offsets_loop, &c);
    if (st != NUMJ_OK) return st;
    return c.cur == c.end ? NUMJ_OK : NUMJ_EARG;
}

/* ---- integer indices ----------------------------------------------------------------------------- */

/* v as a position along an axis of `extent` (negatives count from the end), or -1 when out of bounds. */
static inline int64_t wrap_index(int64_t v, int64_t extent) {
    v += v < 0 ? extent : 0;
    return (uint64_t)v < (uint64_t)extent ? v : -1;
}

/* The j-th element of a C-contiguous int32 or int64 index array, as given. */
static inline int64_t index_at(const char *idx, int32_t idx_dt, int64_t j) {
    return idx_dt == NUMJ_INT32 ? (int64_t)((const int32_t *)idx)[j] : ((const int64_t *)idx)[j];
}

/* ---- offsets of an integer index array ---------------------------------------------------------- */

struct index_state {
    int64_t extent, stride;
    int32_t accumulate, found;
    int64_t bad;   /* the first out-of-bounds index, as given */
};

#define INDEX_LOOP(C, T, S, F)                                                                    \
    static void index_offsets_##S(char **args, int64_t n, const int64_t *steps, const void *data) { \
        struct index_state *st = (struct index_state *)data;                                      \
        if (st->found) return;                                                                    \
        const char *pi = args[0]; char *po = args[1];                                             \
        const int64_t si = steps[0], so = steps[1], ext = st->extent, stride = st->stride;        \
        const int acc = st->accumulate;                                                           \
        for (int64_t i = 0; i < n; i++) {                                                         \
            const int64_t v = (int64_t)*(const T *)(pi + i * si);                                 \
            const int64_t w = wrap_index(v, ext);                                                 \
            if (w < 0) { st->found = 1; st->bad = v; return; }                                    \
            int64_t *o = (int64_t *)(po + i * so);                                                \
            *o = (acc ? *o : 0) + w * stride;                                                     \
        }                                                                                         \
    }
NUMJ_FOR_EACH_INT(INDEX_LOOP)

int32_t numj_index_offsets(int32_t idx_dt, int32_t ndim, const int64_t *shape, const void *idx,
                           const int64_t *idx_strides, int64_t extent, int64_t byte_stride,
                           int64_t *offsets, const int64_t *offset_strides, int32_t accumulate,
                           int64_t *bad) {
    numj_loop loop;
    switch (idx_dt) {
        case NUMJ_INT32: loop = index_offsets_i32; break;
        case NUMJ_INT64: loop = index_offsets_i64; break;
        default: return NUMJ_EDTYPE;
    }
    if (!idx || !offsets || !bad || extent < 0 || (ndim > 0 && (!shape || !idx_strides || !offset_strides)))
        return NUMJ_EARG;
    struct index_state st = {extent, byte_stride, accumulate != 0, 0, 0};
    char *ptrs[2] = {(char *)idx, (char *)offsets};
    const int64_t *strides[2] = {idx_strides, offset_strides};
    int32_t status = numj_iterate_serial(2, ndim, shape, ptrs, strides, loop, &st);
    bad[0] = st.found;
    bad[1] = st.bad;
    return status;
}

/* ---- gather / scatter ---------------------------------------------------------------------------- */

/* A gather writing at least this many bytes streams its output past the caches (non-temporal
 * stores): the result is a fresh block the caches do not hold, so ordinary stores would first read
 * every line of it from memory only to overwrite it. */
#define STREAM_MIN ((int64_t)4 << 20)
/* Offsets computed from an index array are made this many at a time, on the stack. */
#define TAKE_CHUNK 512

#if defined(__SSE2__)
#include <emmintrin.h>
/* memcpy with non-temporal 16-byte stores (SSE2, in every x86-64); callers fence once at the end. */
static void stream_copy(char *d, const char *s, size_t n) {
    size_t head = (size_t)(-(uintptr_t)d & 15);
    if (head > n) head = n;
    memcpy(d, s, head);
    d += head; s += head; n -= head;
    for (; n >= 64; n -= 64, d += 64, s += 64) {
        __m128i a = _mm_loadu_si128((const __m128i *)s), b = _mm_loadu_si128((const __m128i *)(s + 16));
        __m128i c = _mm_loadu_si128((const __m128i *)(s + 32)), e = _mm_loadu_si128((const __m128i *)(s + 48));
        _mm_stream_si128((__m128i *)d, a);
        _mm_stream_si128((__m128i *)(d + 16), b);
        _mm_stream_si128((__m128i *)(d + 32), c);
        _mm_stream_si128((__m128i *)(d + 48), e);
    }
    memcpy(d, s, n);
}
static void stream_fence(void) { _mm_sfence(); }
#else
static void stream_copy(char *d, const char *s, size_t n) { memcpy(d, s, n); }
static void stream_fence(void) {}
#endif

enum inner_kind { INNER_ELEMENT, INNER_CONTIGUOUS, INNER_STRIDED, INNER_FILL };

typedef void (*element_move)(char *indexed, char *dense, int64_t n, int64_t dense_step,
                             const int64_t *offsets, int scatter);

#define ELEMENT_MOVE(C, T, S, F)                                                                  \
    static void element_move_##S(char *pi, char *pd, int64_t n, int64_t ds, const int64_t *off,   \
                                 int scatter) {                                                   \
        if (scatter) {                                                                            \
            for (int64_t j = 0; j < n; j++) *(T *)(pi + off[j]) = *(const T *)(pd + j * ds);      \
        } else if (ds == (int64_t)sizeof(T)) {                                                    \
            T *o = (T *)pd;                                                                       \
            for (int64_t j = 0; j < n; j++) o[j] = *(const T *)(pi + off[j]);                     \
        } else {                                                                                  \
            for (int64_t j = 0; j < n; j++) *(T *)(pd + j * ds) = *(const T *)(pi + off[j]);      \
        }                                                                                         \
    }
NUMJ_FOR_EACH_DTYPE(ELEMENT_MOVE)

#define ELEMENT_ENTRY(C, T, S, F) element_move_##S,
static const element_move element_moves[NUMJ_NDTYPES] = { NUMJ_FOR_EACH_DTYPE(ELEMENT_ENTRY) };

/* The element gather of numj_gather_index in one pass: check, wrap and copy each index in turn.
 * Returns the position of the first out-of-bounds index, or n. */
typedef int64_t (*element_take)(const char *pi, char *pd, int64_t n, int64_t ds, const char *idx, int32_t idx_dt,
                                int64_t extent, int64_t axis_stride);

#define ELEMENT_TAKE_LOOP(T, IT)                                                                  \
    do {                                                                                          \
        const IT *ix = (const IT *)idx;                                                           \
        for (int64_t j = 0; j < n; j++) {                                                         \
            const int64_t w = wrap_index((int64_t)ix[j], extent);                                 \
            if (w < 0) return j;                                                                  \
            *(T *)(pd + j * ds) = *(const T *)(pi + w * axis_stride);                             \
        }                                                                                         \
    } while (0)

#define ELEMENT_TAKE(C, T, S, F)                                                                  \
    static int64_t element_take_##S(const char *pi, char *pd, int64_t n, int64_t ds, const char *idx, \
                                    int32_t idx_dt, int64_t extent, int64_t axis_stride) {         \
        if (idx_dt == NUMJ_INT32) ELEMENT_TAKE_LOOP(T, int32_t);                                  \
        else ELEMENT_TAKE_LOOP(T, int64_t);                                                       \
        return n;                                                                                 \
    }
NUMJ_FOR_EACH_DTYPE(ELEMENT_TAKE)

#define ELEMENT_TAKE_ENTRY(C, T, S, F) element_take_##S,
static const element_take element_takes[NUMJ_NDTYPES] = { NUMJ_FOR_EACH_DTYPE(ELEMENT_TAKE_ENTRY) };

struct take_state {
    int32_t dt;
    int scatter;
    int stream;                             /* gather output written with non-temporal stores */
    int64_t n, dense_step;                  /* extent and dense stride of the indexed axis */
    const int64_t *offsets;                 /* the offsets table, or NULL when made from `idx` */
    enum inner_kind kind;
    int64_t inner_bytes;                    /* bytes of one block when contiguous on the indexed side, else 0 */
    int32_t inner_ndim;                     /* INNER_STRIDED: the axes after the indexed one */
    const int64_t *inner_shape, *inner_istrides, *inner_dstrides;
    /* numj_gather_index: the offsets are idx[j] * axis_stride, made TAKE_CHUNK at a time */
    const char *idx;
    int32_t idx_dt;
    int64_t extent, axis_stride;
    int32_t found;                          /* an out-of-bounds index was met: nothing more is moved */
    int64_t bad;                            /* the first one, as given */
};

/* Moves the blocks of n offsets; pd is the dense side of the first. */
static void move_blocks(const struct take_state *st, char *pi, char *pd, const int64_t *off, int64_t n) {
    switch (st->kind) {
        case INNER_ELEMENT:
            if (st->stream && st->dense_step == numj_itemsize(st->dt)) {
                /* gathered into a stack buffer, then streamed out */
                char buf[TAKE_CHUNK * 8];
                const int64_t item = st->dense_step, per = (int64_t)sizeof buf / item;
                for (int64_t j = 0; j < n; j += per) {
                    const int64_t m = n - j < per ? n - j : per;
                    element_moves[st->dt](pi, buf, m, item, off + j, 0);
                    stream_copy(pd + j * item, buf, (size_t)(m * item));
                }
            } else {
                element_moves[st->dt](pi, pd, n, st->dense_step, off, st->scatter);
            }
            break;
        case INNER_CONTIGUOUS:
            for (int64_t j = 0; j < n; j++) {
                char *d = pd + j * st->dense_step;
                if (st->scatter) memcpy(pi + off[j], d, (size_t)st->inner_bytes);
                else if (st->stream) stream_copy(d, pi + off[j], (size_t)st->inner_bytes);
                else memcpy(d, pi + off[j], (size_t)st->inner_bytes);
            }
            break;
        case INNER_FILL:   /* scatter of a value broadcast over the block: a fill per offset */
            for (int64_t j = 0; j < n; j++) {
                /* one value for every block of contiguous elements: copy the first block filled */
                if (j > 0 && st->dense_step == 0 && st->inner_bytes > 0)
                    memmove(pi + off[j], pi + off[0], (size_t)st->inner_bytes);
                else
                    numj_fill(st->dt, st->inner_ndim, st->inner_shape, pi + off[j], st->inner_istrides,
                              pd + j * st->dense_step);
            }
            break;
        case INNER_STRIDED:
            for (int64_t j = 0; j < n; j++) {
                char *d = pd + j * st->dense_step;
                if (st->scatter)
                    numj_cast(st->dt, st->dt, st->inner_ndim, st->inner_shape, d, st->inner_dstrides,
                              pi + off[j], st->inner_istrides);
                else
                    numj_cast(st->dt, st->dt, st->inner_ndim, st->inner_shape, pi + off[j], st->inner_istrides,
                              d, st->inner_dstrides);
            }
            break;
    }
}

/* offsets[k] = idx[j0 + k] * axis_stride (negatives wrap); 0 at the first out-of-bounds index. */
static int index_chunk(struct take_state *st, int64_t j0, int64_t m, int64_t *offsets) {
    for (int64_t k = 0; k < m; k++) {
        const int64_t v = index_at(st->idx, st->idx_dt, j0 + k), w = wrap_index(v, st->extent);
        if (w < 0) { st->found = 1; st->bad = v; return 0; }
        offsets[k] = w * st->axis_stride;
    }
    return 1;
}

/* One run of the indexed axis: every offset, with the block of inner axes under it. */
static void take_run(struct take_state *st, char *pi, char *pd) {
    if (!st->idx) {
        move_blocks(st, pi, pd, st->offsets, st->n);
        return;
    }
    if (st->kind == INNER_ELEMENT && !st->scatter) {
        const int64_t stop = element_takes[st->dt](pi, pd, st->n, st->dense_step, st->idx, st->idx_dt, st->extent,
                                                   st->axis_stride);
        if (stop < st->n) {
            st->found = 1;
            st->bad = index_at(st->idx, st->idx_dt, stop);
        }
        return;
    }
    int64_t off[TAKE_CHUNK];
    for (int64_t j = 0; j < st->n && !st->found; j += TAKE_CHUNK) {
        const int64_t m = st->n - j < TAKE_CHUNK ? st->n - j : TAKE_CHUNK;
        if (index_chunk(st, j, m, off)) move_blocks(st, pi, pd + j * st->dense_step, off, m);
    }
}

static void take_outer_loop(char **args, int64_t n, const int64_t *steps, const void *data) {
    struct take_state *st = (struct take_state *)data;
    for (int64_t k = 0; k < n && !st->found; k++) take_run(st, args[0] + k * steps[0], args[1] + k * steps[1]);
}

/* ---- gathers of 1 MiB and more along the first axis run on several threads ---------------------- */

/* A gather reads and writes memory, and one core does not reach the machine's bandwidth: the indexed
 * axis is split into equal runs, one per thread of the pool (pool.c: NUMJ_NUM_THREADS, default the
 * online CPUs, at most 8). */
#define PARALLEL_MIN ((int64_t)1 << 20)

struct take_part {
    struct take_state st;
    char *indexed, *dense;
};

static void take_part_run(void *arg, int part) {
    struct take_part *p = (struct take_part *)arg + part;
    take_run(&p->st, p->indexed, p->dense);
    if (p->st.stream) stream_fence();
}

/* Runs [j0, j1) of the indexed axis of *st (whose other fields take() has set) in part. */
static void take_slice(const struct take_state *st, int64_t j0, int64_t j1, char *indexed, char *dense,
                       struct take_part *part) {
    part->st = *st;
    part->st.n = j1 - j0;
    if (st->offsets) part->st.offsets = st->offsets + j0;
    if (st->idx) part->st.idx = st->idx + j0 * numj_itemsize(st->idx_dt);
    part->indexed = indexed;
    part->dense = dense + j0 * st->dense_step;
}

static int32_t take_parallel(struct take_state *st, char *indexed, char *dense) {
    int k = numj_pool_threads();
    if (k > st->n) k = (int)st->n;
    struct take_part parts[NUMJ_POOL_MAX];
    for (int t = 0; t < k; t++)
        take_slice(st, st->n * t / k, st->n * (t + 1) / k, indexed, dense, &parts[t]);
    numj_parallel(k, take_part_run, parts);
    for (int t = 0; t < k; t++) {   /* the first out-of-bounds index in order */
        if (parts[t].st.found) {
            st->found = 1;
            st->bad = parts[t].st.bad;
            break;
        }
    }
    return NUMJ_OK;
}

static int32_t take(struct take_state *st, int32_t ndim, const int64_t *shape, int32_t axis,
                    char *indexed, const int64_t *istrides, char *dense, const int64_t *dstrides) {
    const int32_t dt = st->dt;
    if (dt < 0 || dt >= NUMJ_NDTYPES) return NUMJ_EDTYPE;
    if (ndim < 1 || ndim > NUMJ_MAX_DIMS) return NUMJ_ENDIM;
    if (axis < 0 || axis >= ndim || !shape || !istrides || !dstrides || !indexed || !dense) return NUMJ_EARG;
    int64_t total = numj_itemsize(dt);
    for (int d = 0; d < ndim; d++) {
        if (shape[d] < 0) return NUMJ_EARG;
        if (shape[d] == 0) return NUMJ_OK;
        total *= shape[d];
    }
    if (!st->offsets && !st->idx) return NUMJ_EARG;
    const int64_t item = numj_itemsize(dt);
    int64_t count = 1, expect_i = item, expect_d = item;
    int contiguous_i = 1, contiguous_d = 1, broadcast = 1;
    for (int d = ndim - 1; d > axis; d--) {
        if (shape[d] == 1) continue;
        if (istrides[d] != expect_i) contiguous_i = 0;
        if (dstrides[d] != expect_d) contiguous_d = 0;
        if (dstrides[d] != 0) broadcast = 0;
        expect_i *= shape[d];
        expect_d *= shape[d];
        count *= shape[d];
    }
    st->stream = !st->scatter && total >= STREAM_MIN;
    st->n = shape[axis];
    st->dense_step = dstrides[axis];
    st->kind = count == 1 ? INNER_ELEMENT : contiguous_i && contiguous_d ? INNER_CONTIGUOUS
             : st->scatter && broadcast ? INNER_FILL : INNER_STRIDED;
    st->inner_bytes = contiguous_i ? count * item : 0;
    st->inner_ndim = ndim - axis - 1;
    st->inner_shape = shape + axis + 1;
    st->inner_istrides = istrides + axis + 1;
    st->inner_dstrides = dstrides + axis + 1;
    if (axis == 0 && !st->scatter && total >= PARALLEL_MIN) return take_parallel(st, indexed, dense);
    char *ptrs[2] = {indexed, dense};
    const int64_t *strides[2] = {istrides, dstrides};
    int32_t status = numj_iterate_serial(2, axis, shape, ptrs, strides, take_outer_loop, st);
    if (st->stream) stream_fence();
    return status;
}

int32_t numj_gather(int32_t dt, int32_t ndim, const int64_t *shape, int32_t axis, const int64_t *offsets,
                    const void *src, const int64_t *src_strides, void *dst, const int64_t *dst_strides) {
    struct take_state st = {.dt = dt, .scatter = 0, .offsets = offsets};
    return take(&st, ndim, shape, axis, (char *)src, src_strides, (char *)dst, dst_strides);
}

int32_t numj_scatter(int32_t dt, int32_t ndim, const int64_t *shape, int32_t axis, const int64_t *offsets,
                     void *dst, const int64_t *dst_strides, const void *src, const int64_t *src_strides) {
    struct take_state st = {.dt = dt, .scatter = 1, .offsets = offsets};
    return take(&st, ndim, shape, axis, (char *)dst, dst_strides, (char *)src, src_strides);
}

int32_t numj_gather_index(int32_t dt, int32_t ndim, const int64_t *shape, int32_t axis, int32_t idx_dt,
                          const void *idx, int64_t extent, int64_t axis_stride, const void *src,
                          const int64_t *src_strides, void *dst, const int64_t *dst_strides, int64_t *bad) {
    if (idx_dt != NUMJ_INT32 && idx_dt != NUMJ_INT64) return NUMJ_EDTYPE;
    if (!idx || !bad || extent < 0) return NUMJ_EARG;
    struct take_state st = {.dt = dt, .scatter = 0, .idx = (const char *)idx, .idx_dt = idx_dt,
                            .extent = extent, .axis_stride = axis_stride};
    int32_t status = take(&st, ndim, shape, axis, (char *)src, src_strides, (char *)dst, dst_strides);
    bad[0] = st.found;
    bad[1] = st.bad;
    return status;
}
