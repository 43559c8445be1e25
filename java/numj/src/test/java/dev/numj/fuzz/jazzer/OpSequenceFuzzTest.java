package dev.numj.fuzz.jazzer;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.numj.DType;
import dev.numj.NDArray;
import dev.numj.Scope;

import java.util.ArrayList;
import java.util.List;

import static dev.numj.NumJ.concatenate;
import static dev.numj.NumJ.scope;
import static dev.numj.NumJ.where;

/**
 * Coverage-guided (Jazzer): a short interpreter over fuzzed bytes. Each byte picks an op (views,
 * in-place and out-of-place arithmetic, casts, reductions with an axis, scans, sorts, take, where,
 * concatenate, matmul, element writes) applied to arrays on a small stack seeded with arrays of
 * fuzzed shape and dtype. Every op may be refused, but only with {@link IllegalArgumentException} or
 * {@link IndexOutOfBoundsException} (NumJ's documented refusals: bad axis, shape mismatch, bad dtype,
 * index out of range); any other exception or a JVM crash is a finding.
 */
class OpSequenceFuzzTest {
    private static final int MAX_SIZE = 4096;

    @FuzzTest(maxDuration = "5s")
    void ops(FuzzedDataProvider data) {
        try (Scope s = scope()) {
            List<NDArray> stack = new ArrayList<>();
            stack.add(FuzzSupport.smallArray(data));
            stack.add(FuzzSupport.smallArray(data));
            int n = data.consumeInt(1, 12);
            for (int i = 0; i < n && data.remainingBytes() > 0; i++) {
                NDArray a = stack.get(data.consumeInt(0, stack.size() - 1));
                NDArray b = stack.get(data.consumeInt(0, stack.size() - 1));
                NDArray r;
                try {
                    r = step(data, a, b);
                } catch (IllegalArgumentException | IndexOutOfBoundsException refused) {
                    continue;
                }
                // Size counted with empty axes as 1: a (0, 20000, 20000) array is empty, but summing away its
                // first axis asks, as in NumPy, for 400 million elements (NumJ's OutOfMemoryError, NumPy's
                // MemoryError), which is no finding.
                if (r != null && nominalSize(r) <= MAX_SIZE) {
                    FuzzSupport.touch(r);
                    stack.add(r);
                }
            }
        }
    }

    private static long nominalSize(NDArray a) {
        long n = 1;
        for (long d : a.shape()) n *= Math.max(d, 1);
        return n;
    }

    private static NDArray step(FuzzedDataProvider data, NDArray a, NDArray b) {
        int axis = data.consumeInt(-3, 3);
        return switch (data.consumeInt(0, 27)) {
            case 0 -> a.T();
            case 1 -> a.reshape(-1);
            case 2 -> a.get(data.pickValue(new String[] {"::-1", "1:", "::2", "..., 0", "None", ":, ::-2", "-1", "..., None, ::3"}));
            case 3 -> a.swapaxes(axis, data.consumeInt(-3, 3));
            case 4 -> a.expandDims(axis);
            case 5 -> a.squeeze();
            case 6 -> a.broadcastTo(b.shape());
            case 7 -> a.add(b);
            case 8 -> a.sub(b);
            case 9 -> a.mul(b);
            case 10 -> a.div(b);
            case 11 -> a.floorDiv(b);
            case 12 -> a.mod(b);
            case 13 -> a.pow(b);
            case 14 -> a.copy().addi(b);
            case 15 -> a.astype(data.pickValue(FuzzSupport.DTYPES));
            case 16 -> a.sum(axis, data.consumeBoolean());
            case 17 -> a.max(axis, data.consumeBoolean());
            case 18 -> a.mean(axis, data.consumeBoolean());
            case 19 -> a.argmax(axis, data.consumeBoolean());
            case 20 -> a.cumsum(axis);
            case 21 -> a.sort(axis);
            case 22 -> a.argsort(axis);
            case 23 -> a.take(b.astype(DType.INT64), axis);
            case 24 -> where(a.astype(DType.BOOL), a, b);
            case 25 -> concatenate(axis, a, b);
            case 26 -> a.matmul(b);
            default -> {
                NDArray c = a.copy();
                c.set(data.pickValue(new String[] {"...", "0", ":, 0", "::2", "-1, ..."}), data.consumeDouble());
                yield c;
            }
        };
    }
}
