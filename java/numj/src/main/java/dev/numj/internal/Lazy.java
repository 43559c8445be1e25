package dev.numj.internal;

import dev.numj.DType;
import dev.numj.NDArray;
import dev.numj.internal.Ufuncs.Kind;
import dev.numj.internal.Ufuncs.Ufunc;
import dev.numj.internal.backend.DTypes;
import dev.numj.internal.backend.Operand;
import dev.numj.internal.backend.Status;
import dev.numj.internal.ffi.numj.NumjCpu;
import dev.numj.internal.runtime.Memory;
import dev.numj.internal.runtime.ScopeStack;
import dev.numj.internal.runtime.Storage;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static dev.numj.internal.ArrayAccess.offsetOf;
import static dev.numj.internal.ArrayAccess.operandOf;
import static dev.numj.internal.ArrayAccess.shapeOf;
import static dev.numj.internal.ArrayAccess.storageOf;
import static dev.numj.internal.ArrayAccess.stridesOf;

/**
 * Lazy elementwise fusion: a float32/float64 ufunc on GC-managed CPU arrays returns at once an array
 * whose storage is {@linkplain Storage#deferred deferred}: it records the op and its operands, and the
 * first use of its memory (any kernel, element access, view's use, printing) evaluates the whole chain
 * of such ops in one native pass ({@code numj_fused}), with no intermediate arrays. Shapes, dtypes and
 * errors are worked out at the call, as before; only the arithmetic waits.
 *
 * <p>Semantics do not move. Each element gets the bits the unfused ops give (the same inner loops run,
 * in blocks). The operands' values are the ones they had at the call: every write into an array's
 * memory (in-place ufuncs, element and slice assignment, any kernel's output) first evaluates the
 * deferred results that read that memory ({@link Storage#beforeWrite}). A deferred result used by two
 * chains is recomputed in each (its operands are read again, not its memory), so writing into it later
 * changes neither. Only GC-managed arrays take part: inside a {@link dev.numj.Scope}, and for arrays
 * that are memory-mapped files or on a GPU, ops run at once. Arrays under {@code numj.fuseMinElements}
 * (4,096) elements run at once too: there the bookkeeping would cost more than a pass. {@code
 * -Dnumj.fuse=false} turns fusion off.
 */
final class Lazy {
    private Lazy() {}

    static final boolean ENABLED = !"false".equals(System.getProperty("numj.fuse"));
    private static final long MIN_ELEMENTS = Long.getLong("numj.fuseMinElements", 4096);
    private static final int MAX_LEAVES = 7, MAX_INSTR = NumjCpu.NUMJ_FUSED_MAX_INSTR(), MAX_DEPTH = 8,
            MAX_SCALARS = NumjCpu.NUMJ_FUSED_MAX_SCALARS();
    private static final int UNARY = NumjCpu.NUMJ_OP_UNARY(), BINARY = NumjCpu.NUMJ_OP_BINARY();

    /** A scalar operand: its bits in the chain's dtype. */
    private record Scalar(long bits) {}

    /**
     * One deferred op. Operands are arrays (leaves: read when the chain runs), inlined nodes (deferred
     * results whose chain this one continues) or scalars. {@code leaves} is every array the chain reads,
     * for the write hooks; {@code instrs} and {@code depth} bound what one native pass holds.
     */
    static final class Node implements Storage.Producer {
        final int kind, op;
        final Object x, y;
        final double[] params;
        final DType dt;
        final long[] shape;
        final NDArray[] leaves;
        final int instrs, depth, scalars;

        Node(int kind, int op, Object x, Object y, double[] params, DType dt, long[] shape) {
            this.kind = kind;
            this.op = op;
            this.x = x;
            this.y = y;
            this.params = params;
            this.dt = dt;
            this.shape = shape;
            List<NDArray> l = new ArrayList<>();
            addLeaves(l, x);
            addLeaves(l, y);
            this.leaves = l.toArray(NDArray[]::new);
            this.instrs = 1 + instrs(x) + instrs(y);
            this.depth = 1 + Math.max(depth(x), depth(y));
            this.scalars = (x instanceof Scalar ? 1 : x instanceof Node n ? n.scalars : 0) + (y instanceof Scalar ? 1 : y instanceof Node n ? n.scalars : 0);
        }

        @Override public MemorySegment produce() { return evaluate(this); }
    }

    private static void addLeaves(List<NDArray> into, Object o) {
        if (o instanceof NDArray a) addLeaf(into, a);
        else if (o instanceof Node n) for (NDArray a : n.leaves) addLeaf(into, a);
    }

    private static void addLeaf(List<NDArray> into, NDArray a) {
        for (NDArray b : into) if (b == a) return;
        into.add(a);
    }

    private static int instrs(Object o) { return o instanceof Node n ? n.instrs : 0; }

    private static int depth(Object o) { return o instanceof Node n ? n.depth : 0; }

    // ---- when to defer ----------------------------------------------------------------------------

    /** Whether a binary ufunc with loop dtypes {@code t} on these operands is deferred. */
    static boolean fusible(Ufunc f, DType[] t, NDArray a, NDArray b, long[] shape) {
        return ENABLED && binaryFusible(f, t) && Shapes.size(shape) >= MIN_ELEMENTS && a.dtype() == t[0] && b.dtype() == t[0]
                && operandOk(a) && operandOk(b) && ScopeStack.currentArena() == null;
    }

    static boolean fusible(Ufunc f, DType[] t, NDArray a) {
        return ENABLED && binaryFusible(f, t) && a.size() >= MIN_ELEMENTS && a.dtype() == t[0] && operandOk(a)
                && ScopeStack.currentArena() == null;
    }

    static boolean unaryFusible(Ufunc f, DType in, DType out, NDArray a) {
        return ENABLED && in == out && in.isFloating() && a.dtype() == in && a.size() >= MIN_ELEMENTS
                && f.kind() != Kind.UNARY_BOOL_OUT && f.kind() != Kind.UNARY_BITWISE && operandOk(a) && ScopeStack.currentArena() == null;
    }

    private static boolean binaryFusible(Ufunc f, DType[] t) {
        if (!t[0].isFloating() || t[1] != t[0]) return false;
        return switch (f.kind()) {
            case ARITH, SUB, TRUE_DIV, FLOAT_BINARY -> true;
            default -> false;   // power (its sqrt special cases), floor_divide, remainder, comparisons, logic
        };
    }

    /** A GC-managed host array of a plain file-less storage, still alive (checked at the call, as an eager op would). */
    private static boolean operandOk(NDArray a) {
        Storage s = storageOf(a);
        if (!a.device().isCpu() || s.isMapped()) return false;
        if (!s.isDeferred()) s.checkAlive();
        return true;
    }

    // ---- building -----------------------------------------------------------------------------------

    static NDArray binary(Ufunc f, DType dt, NDArray a, NDArray b, long[] shape) {
        return defer(BINARY, f.code(), a, b, null, dt, shape);
    }

    static NDArray binary(Ufunc f, DType dt, NDArray a, long scalarBits, boolean scalarFirst) {
        long[] shape = shapeOf(a).clone();
        Scalar s = new Scalar(scalarBits);
        return scalarFirst ? defer(BINARY, f.code(), s, a, null, dt, shape) : defer(BINARY, f.code(), a, s, null, dt, shape);
    }

    static NDArray unary(Ufunc f, DType dt, NDArray a, double[] params) {
        return defer(UNARY, f.code(), a, null, params.length == 0 ? null : params.clone(), dt, shapeOf(a).clone());
    }

    /** A deferred whole array's chain is continued (inlined); anything else is read as an array. */
    private static Object inlined(Object o, DType dt) {
        if (!(o instanceof NDArray a)) return o;
        Storage s = storageOf(a);
        if (s.isDeferred() && s.producer() instanceof Node n && n.dt == dt && offsetOf(a) == 0
                && java.util.Arrays.equals(shapeOf(a), n.shape) && java.util.Arrays.equals(stridesOf(a), Shapes.cStrides(n.shape, dt.itemSize())))
            return n;
        return a;
    }

    private static NDArray defer(int kind, int op, Object x, Object y, double[] params, DType dt, long[] shape) {
        Node n = new Node(kind, op, inlined(x, dt), inlined(y, dt), params, dt, shape);
        if (n.leaves.length > MAX_LEAVES || n.instrs > MAX_INSTR || n.depth > MAX_DEPTH || n.scalars > MAX_SCALARS) {
            // too much for one pass: the operands' own chains run now, and this op starts a new chain reading their results
            n = new Node(kind, op, x, y, params, dt, shape);
        }
        // A leaf is never an unread result (a view of one, or an operand that starts a new chain): it is computed
        // now, so unread results never form a list that the first read would have to walk, however long the loop.
        for (NDArray leaf : n.leaves) {
            Storage ls = storageOf(leaf);
            if (ls.isDeferred()) ls.segment();
        }
        Storage s = Storage.deferred(Shapes.size(shape) * dt.itemSize(), n);
        for (NDArray leaf : n.leaves) storageOf(leaf).addReader(s);
        return ArrayAccess.create(s, dt, shape, Shapes.cStrides(shape, dt.itemSize()), 0, null);
    }

    // ---- running a chain ----------------------------------------------------------------------------

    /** Compiles the chain into registers and instructions and runs it in one pass into fresh memory. */
    static MemorySegment evaluate(Node root) {
        long nbytes = Shapes.size(root.shape) * root.dt.itemSize();
        MemorySegment out = Memory.allocate(nbytes, null).segment();   // GC-managed: the array was made outside any scope
        run(root, out, Shapes.cStrides(root.shape, root.dt.itemSize()));
        return out;
    }

    /**
     * NumPy's {@code self op= o} for a deferred o: {@code self = self op o} in one pass over self, o's chain
     * included, when o's dtype is self's and o reads self's memory at most as self itself; false (nothing
     * done) otherwise, and the caller runs the op as before.
     */
    static boolean inPlace(Ufunc f, DType[] t, NDArray self, NDArray o) {
        if (!ENABLED || !binaryFusible(f, t) || self.dtype() != t[0] || o.dtype() != t[0] || !self.device().isCpu()) return false;
        Storage ss = storageOf(self);
        if (ss.isMapped() || ss.isDeferred() || !(inlined(o, t[0]) instanceof Node on)) return false;
        if (!java.util.Arrays.equals(on.shape, shapeOf(self))) return false;
        for (NDArray leaf : on.leaves)
            if (storageOf(leaf) == ss && !(offsetOf(leaf) == offsetOf(self) && java.util.Arrays.equals(shapeOf(leaf), shapeOf(self))
                    && java.util.Arrays.equals(stridesOf(leaf), stridesOf(self)))) return false;
        Node n = new Node(BINARY, f.code(), self, on, null, t[0], shapeOf(self));
        if (n.leaves.length > MAX_LEAVES || n.instrs > MAX_INSTR || n.depth > MAX_DEPTH || n.scalars > MAX_SCALARS) return false;
        Operand out = operandOf(self);
        run(n, out.writeAddress(), out.strides());
        return true;
    }

    private static void run(Node root, MemorySegment out, long[] outStrideValues) {
        Compiler c = new Compiler(root.dt, root.shape);
        c.emit(root, NumjCpu.NUMJ_FUSED_OUT());
        int nd = root.shape.length, nl = c.leaves.size();
        // the call's arguments in a per-thread block (as CpuBackend does): no allocation per chain
        MemorySegment m = SCRATCH.get();
        // bytes: shape 0-255, output strides 256-511, leaf pointers 512-575, leaf strides 576-2623 (8 x 32 longs),
        // program 2624-3391 (32 x 6 ints), parameters 3392-3903 (64 doubles), scalars 3904-4031 (16 slots)
        MemorySegment shape = m.asSlice(0, 256), outStrides = m.asSlice(256, 256), ptrs = m.asSlice(512, 64),
                strides = m.asSlice(576, 2048), program = m.asSlice(2624, 768), params = m.asSlice(3392, 512),
                scalars = m.asSlice(3904, 128);
        for (int d = 0; d < nd; d++) {
            shape.setAtIndex(ValueLayout.JAVA_LONG, d, root.shape[d]);
            outStrides.setAtIndex(ValueLayout.JAVA_LONG, d, outStrideValues[d]);
        }
        for (int k = 0; k < nl; k++) {
            Operand o = operandOf(c.leaves.get(k), root.shape);
            ptrs.setAtIndex(ValueLayout.ADDRESS, k, o.address());
            for (int d = 0; d < nd; d++) strides.setAtIndex(ValueLayout.JAVA_LONG, (long) k * nd + d, o.strides()[d]);
        }
        int[] prog = c.program();
        for (int i = 0; i < prog.length; i++) program.setAtIndex(ValueLayout.JAVA_INT, i, prog[i]);
        if (c.params.size() > 64) throw new IllegalStateException("fused chain with " + c.params.size() + " parameters");
        for (int i = 0; i < c.params.size(); i++) params.setAtIndex(ValueLayout.JAVA_DOUBLE, i, c.params.get(i));
        for (int i = 0; i < c.scalars.size(); i++) scalars.setAtIndex(ValueLayout.JAVA_LONG, i, c.scalars.get(i));
        int status = NumjCpu.numj_fused(DTypes.code(root.dt), nd, shape, nl, ptrs, strides, out, outStrides, c.ninstr,
                program, params, scalars);
        if (status != 0) throw new IllegalStateException("native kernel fused chain failed: " + Status.describe(status)
                + " (program " + java.util.Arrays.toString(prog) + ", " + nl + " leaves, " + c.scalars.size() + " scalars)");
    }

    private static final ThreadLocal<MemorySegment> SCRATCH = ThreadLocal.withInitial(() -> Arena.ofAuto().allocate(8192, 64));

    /** Registers: leaves 0.., scratch NUMJ_FUSED_SCRATCH0.., scalars NUMJ_FUSED_SCALAR0..; six ints an instruction. */
    private static final class Compiler {
        final DType dt;
        final long[] shape;
        final List<NDArray> leaves = new ArrayList<>();
        final Map<NDArray, Integer> leafRegs = new IdentityHashMap<>();
        final List<Long> scalars = new ArrayList<>();
        final List<Double> params = new ArrayList<>();
        final List<int[]> code = new ArrayList<>();
        final boolean[] scratchUsed = new boolean[8];
        int ninstr;

        Compiler(DType dt, long[] shape) {
            this.dt = dt;
            this.shape = shape;
        }

        int[] program() {
            int[] p = new int[code.size() * 6];
            for (int i = 0; i < code.size(); i++) System.arraycopy(code.get(i), 0, p, 6 * i, 6);
            return p;
        }

        /** Emits node n writing register dst (or a fresh scratch register when dst < 0); returns the register. */
        int emit(Node n, int dst) {
            int a = operandReg(n.x), b = n.kind == BINARY ? operandReg(n.y) : -1;
            release(a);
            release(b);
            if (dst < 0) dst = scratch();
            int p = -1;
            if (n.params != null) {
                p = params.size();
                for (double v : n.params) params.add(v);
            }
            code.add(new int[] {n.kind, n.op, dst, a, Math.max(b, 0), p});
            ninstr++;
            return dst;
        }

        int operandReg(Object o) {
            if (o instanceof Node n) return emit(n, -1);
            if (o instanceof Scalar s) {
                scalars.add(s.bits());
                return NumjCpu.NUMJ_FUSED_SCALAR0() + scalars.size() - 1;
            }
            NDArray a = (NDArray) o;
            return leafRegs.computeIfAbsent(a, k -> {
                leaves.add(k);
                return leaves.size() - 1;
            });
        }

        int scratch() {
            for (int i = 0; i < scratchUsed.length; i++)
                if (!scratchUsed[i]) {
                    scratchUsed[i] = true;
                    return NumjCpu.NUMJ_FUSED_SCRATCH0() + i;
                }
            throw new IllegalStateException("fused chain needs more than " + scratchUsed.length + " scratch registers");
        }

        void release(int reg) {
            int i = reg - NumjCpu.NUMJ_FUSED_SCRATCH0();
            if (i >= 0 && i < scratchUsed.length) scratchUsed[i] = false;
        }
    }
}
