/*
 * numj_op_count, numj_op_dtypes & co.: numj_ops.def as data, for the Java side. The CPU dispatch rows
 * (binary.c, unary.c) are built from the same lines, so what this says about the CPU is what they do
 * (java/numj/src/test/java/dev/numj/internal/OpTableTest.java calls every (op, dtype) to prove it).
 */
#include "numj_cpu.h"

#include <stddef.h>

typedef struct {
    const char *name;
    int8_t kind, result, nparams;
    int32_t dtypes[2];   /* [enum numj_device] */
} op_info;

#define INFO(NAME, CODE, KERNEL, NUMPY, KIND, CPU, CUDA, RESULT, NPARAMS)                         \
    [NUMJ_##NAME] = { NUMPY, NUMJ_KIND_##KIND, NUMJ_RESULT_##RESULT, NPARAMS,                     \
                      { NUMJ_DTYPES_##CPU, NUMJ_DTYPES_##CUDA } },

static const op_info binary_info[] = {
#define NUMJ_BINARY_OP INFO
#include "numj_ops.def"
};

static const op_info unary_info[] = {
#define NUMJ_UNARY_OP INFO
#include "numj_ops.def"
};

/* Codes run 0..n-1: a gap would leave a zeroed row (a NULL name) in the middle; a repeated code
 * overrides a row, which -Woverride-init (in -Wextra) reports. */
#define ONE(...) + 1
enum {
    BINARY_LINES = 0
#define NUMJ_BINARY_OP ONE
#include "numj_ops.def"
    ,
    UNARY_LINES = 0
#define NUMJ_UNARY_OP ONE
#include "numj_ops.def"
};
_Static_assert(sizeof binary_info / sizeof binary_info[0] == BINARY_LINES, "numj_ops.def: binary op codes must run 0..n-1");
_Static_assert(sizeof unary_info / sizeof unary_info[0] == UNARY_LINES, "numj_ops.def: unary op codes must run 0..n-1");

static const op_info *lookup(int32_t family, int32_t op) {
    switch (family) {
        case NUMJ_OP_BINARY: return op >= 0 && op < BINARY_LINES ? &binary_info[op] : NULL;
        case NUMJ_OP_UNARY: return op >= 0 && op < UNARY_LINES ? &unary_info[op] : NULL;
        default: return NULL;
    }
}

int32_t numj_op_count(int32_t family) {
    switch (family) {
        case NUMJ_OP_BINARY: return BINARY_LINES;
        case NUMJ_OP_UNARY: return UNARY_LINES;
        default: return 0;
    }
}

int32_t numj_op_dtypes(int32_t family, int32_t op, int32_t device) {
    const op_info *i = lookup(family, op);
    return i && (device == NUMJ_DEVICE_CPU || device == NUMJ_DEVICE_CUDA) ? i->dtypes[device] : 0;
}

int32_t numj_op_result(int32_t family, int32_t op) {
    const op_info *i = lookup(family, op);
    return i ? i->result : -1;
}

int32_t numj_op_nparams(int32_t family, int32_t op) {
    const op_info *i = lookup(family, op);
    return i ? i->nparams : -1;
}

int32_t numj_op_kind(int32_t family, int32_t op) {
    const op_info *i = lookup(family, op);
    return i ? i->kind : -1;
}

const char *numj_op_name(int32_t family, int32_t op) {
    const op_info *i = lookup(family, op);
    return i ? i->name : NULL;
}
