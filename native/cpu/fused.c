/*
 * numj_fused: a chain of elementwise ufuncs evaluated in one pass, with no intermediate array (the
 * Java side builds the chain lazily: `exp(a.neg()).add(1).rdiv(1)` runs here as one kernel). The
 * program is a list of instructions over registers: the leaves (the chain's input arrays, broadcast to
 * the output's shape), scratch registers (one block of the chain's intermediate values each) and
 * scalars. Each output row is processed in blocks of FUSED_BLOCK elements; every instruction runs the
 * same 1-D inner loop numj_unary / numj_binary would run (numj_unary_loop, numj_binary_loop) on the
 * block, so each element gets exactly the bits the unfused ops give. The n-d walk, its axis merging
 * and its split across threads are numj_iterate's: this kernel is an inner loop to it.
 */
#include "numj_cpu.h"
#include "dtypes.h"
#include "iter.h"

#include <stddef.h>
#include <string.h>

#define FUSED_BLOCK 512
#define FUSED_MAX_SCRATCH 8

/* A decoded program: per instruction its loop, its parameters and its operand registers. */
struct fused_prog {
    int ninstr, nleaves, item;
    numj_loop loops[NUMJ_FUSED_MAX_INSTR];
    const double *params[NUMJ_FUSED_MAX_INSTR];
    int32_t dst[NUMJ_FUSED_MAX_INSTR], src[NUMJ_FUSED_MAX_INSTR][2], arity[NUMJ_FUSED_MAX_INSTR];
    const char *scalars;   /* NUMJ_FUSED_MAX_SCALARS values, 8 bytes apart */
};

/* Register r's pointer and step for the block starting at element i: a leaf walks its operand, a
 * scratch register its buffer, a scalar stays put. */
static inline char *reg_ptr(const struct fused_prog *p, int32_t r, char **args, const int64_t *steps, int64_t i,
                            char (*scratch)[FUSED_BLOCK * 8], int64_t *step) {
    if (r < p->nleaves) { *step = steps[r]; return args[r] + i * steps[r]; }
    if (r == NUMJ_FUSED_OUT) { *step = steps[p->nleaves]; return args[p->nleaves] + i * steps[p->nleaves]; }
    if (r >= NUMJ_FUSED_SCALAR0 && r < NUMJ_FUSED_OUT) { *step = 0; return (char *)p->scalars + 8 * (r - NUMJ_FUSED_SCALAR0); }
    *step = p->item;
    return scratch[r - NUMJ_FUSED_SCRATCH0];
}

static void fused_loop(char **args, int64_t n, const int64_t *steps, const void *data) {
    const struct fused_prog *p = (const struct fused_prog *)data;
    char scratch[FUSED_MAX_SCRATCH][FUSED_BLOCK * 8] __attribute__((aligned(64)));
    for (int64_t i = 0; i < n; i += FUSED_BLOCK) {
        const int64_t m = n - i < FUSED_BLOCK ? n - i : FUSED_BLOCK;
        for (int k = 0; k < p->ninstr; k++) {
            char *ops[3];
            int64_t st[3];
            int a = p->arity[k];
            for (int j = 0; j < a; j++) ops[j] = reg_ptr(p, p->src[k][j], args, steps, i, scratch, &st[j]);
            ops[a] = reg_ptr(p, p->dst[k], args, steps, i, scratch, &st[a]);
            p->loops[k](ops, m, st, p->params[k]);
        }
    }
}

int32_t numj_fused(int32_t dt, int32_t ndim, const int64_t *shape, int32_t nleaves, void *const *leaves,
                   const int64_t *leaf_strides, void *out, const int64_t *out_strides, int32_t ninstr,
                   const int32_t *program, const double *params, const void *scalars) {
    if (dt != NUMJ_FLOAT32 && dt != NUMJ_FLOAT64) return NUMJ_EDTYPE;
    if (nleaves < 0 || nleaves > NUMJ_MAX_OPERANDS - 1 || ninstr < 1 || ninstr > NUMJ_FUSED_MAX_INSTR) return NUMJ_EARG;
    if (!out || !program || (ndim > 0 && (!shape || !out_strides || (nleaves > 0 && (!leaves || !leaf_strides)))))
        return NUMJ_EARG;
    if (ndim < 0 || ndim > NUMJ_MAX_DIMS) return NUMJ_ENDIM;
    struct fused_prog p;
    p.ninstr = ninstr;
    p.nleaves = nleaves;
    p.item = dt == NUMJ_FLOAT32 ? 4 : 8;
    p.scalars = (const char *)scalars;
    for (int k = 0; k < ninstr; k++) {
        const int32_t *q = program + 6 * k;   /* kind, op, dst, src0, src1, param offset (-1: none) */
        p.arity[k] = q[0] == NUMJ_OP_UNARY ? 1 : q[0] == NUMJ_OP_BINARY ? 2 : 0;
        if (!p.arity[k]) return NUMJ_EARG;
        p.loops[k] = p.arity[k] == 1 ? numj_unary_loop(q[1], dt) : numj_binary_loop(q[1], dt);
        if (!p.loops[k]) return NUMJ_EOP;
        /* the fused chain keeps the dtype: ops with bool results are not fused */
        if (numj_op_result(q[0], q[1]) == NUMJ_RESULT_BOOL) return NUMJ_EOP;
        if (q[5] >= 0 && !params) return NUMJ_EARG;
        p.params[k] = q[5] >= 0 ? params + q[5] : NULL;
        p.dst[k] = q[2];
        p.src[k][0] = q[3];
        p.src[k][1] = q[4];
        for (int j = 0; j < p.arity[k] + 1; j++) {
            int32_t r = j < p.arity[k] ? p.src[k][j] : p.dst[k];
            int ok = (r >= 0 && r < nleaves) || (r >= NUMJ_FUSED_SCRATCH0 && r < NUMJ_FUSED_SCRATCH0 + FUSED_MAX_SCRATCH)
                     || (j < p.arity[k] && r >= NUMJ_FUSED_SCALAR0 && r < NUMJ_FUSED_SCALAR0 + NUMJ_FUSED_MAX_SCALARS)
                     || (j == p.arity[k] && r == NUMJ_FUSED_OUT);
            if (!ok || (j == p.arity[k] && r < nleaves)) return NUMJ_EARG;   /* leaves are read-only */
            if (r >= NUMJ_FUSED_SCALAR0 && r < NUMJ_FUSED_SCALAR0 + NUMJ_FUSED_MAX_SCALARS && !scalars) return NUMJ_EARG;
        }
    }
    if (p.dst[ninstr - 1] != NUMJ_FUSED_OUT) return NUMJ_EARG;
    char *ptrs[NUMJ_MAX_OPERANDS];
    const int64_t *strides[NUMJ_MAX_OPERANDS];
    for (int k = 0; k < nleaves; k++) {
        ptrs[k] = (char *)leaves[k];
        strides[k] = leaf_strides + (size_t)k * (ndim > 0 ? ndim : 1);
    }
    ptrs[nleaves] = (char *)out;
    strides[nleaves] = out_strides;
    /* a transcendental chain costs more per element than one add: split it across threads sooner */
    return numj_iterate_cost(nleaves + 1, ndim, shape, ptrs, strides, fused_loop, &p, ninstr);
}
