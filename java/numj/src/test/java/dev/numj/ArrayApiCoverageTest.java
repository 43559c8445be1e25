package dev.numj;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * NumJ against every name of the Python Array API standard, revision 2025.12 (data-apis/array-api,
 * {@code src/array_api_stubs/_2025_12}): the functions and constants of the main namespace, the linalg and fft
 * extensions, the inspection namespace and the 13 data types, 198 names. The mapping is data here; the test checks
 * by reflection that every name marked present or partial exists in NumJ (a public method or field of the class
 * named), that each absent or partial name says why, and that the table in docs/numpy-coverage.md ("Array API
 * standard 2025.12") is exactly this data, so the table cannot claim what NumJ lacks.
 */
class ArrayApiCoverageTest {
    enum Status { PRESENT, PARTIAL, ABSENT }

    /** One name of the standard: its group, NumJ's member ({@code Class.member}) or null, status, why (for partial and absent). */
    record Name(String group, String api, String numj, Status status, String note) {}

    static final Status PRESENT = Status.PRESENT, PARTIAL = Status.PARTIAL, ABSENT = Status.ABSENT;

    static Name e(String group, String api, String numj, Status status, String note) { return new Name(group, api, numj, status, note); }

    static final List<Name> NAMES = List.of(
            // constants
            e("constants", "e", "Math.E", PRESENT, "Java's constant"),
            e("constants", "inf", "Double.POSITIVE_INFINITY", PRESENT, "Java's constant"),
            e("constants", "nan", "Double.NaN", PRESENT, "Java's constant"),
            e("constants", "newaxis", "NumJ.newAxis", PRESENT, ""),
            e("constants", "pi", "Math.PI", PRESENT, "Java's constant"),
            // creation
            e("creation", "arange", "NumJ.arange", PRESENT, ""),
            e("creation", "asarray", "NumJ.asarray", PRESENT, "asarray(obj, dtype, device, copy); obj an NDArray or what array() takes"),
            e("creation", "empty", "NumJ.empty", PRESENT, ""),
            e("creation", "empty_like", "NumJ.emptyLike", PRESENT, ""),
            e("creation", "eye", "NumJ.eye", PRESENT, ""),
            e("creation", "from_dlpack", null, ABSENT, "DLPack (its own issue)"),
            e("creation", "full", "NumJ.full", PRESENT, ""),
            e("creation", "full_like", "NumJ.fullLike", PRESENT, ""),
            e("creation", "linspace", "NumJ.linspace", PRESENT, ""),
            e("creation", "meshgrid", "NumJ.meshgrid", PRESENT, ""),
            e("creation", "ones", "NumJ.ones", PRESENT, ""),
            e("creation", "ones_like", "NumJ.onesLike", PRESENT, ""),
            e("creation", "tril", "NumJ.tril", PRESENT, ""),
            e("creation", "triu", "NumJ.triu", PRESENT, ""),
            e("creation", "zeros", "NumJ.zeros", PRESENT, ""),
            e("creation", "zeros_like", "NumJ.zerosLike", PRESENT, ""),
            // data type functions
            e("data type functions", "astype", "NDArray.astype", PRESENT, "a method"),
            e("data type functions", "can_cast", "NumJ.canCast", PRESENT, ""),
            e("data type functions", "finfo", "NumJ.finfo", PRESENT, ""),
            e("data type functions", "iinfo", "NumJ.iinfo", PRESENT, ""),
            e("data type functions", "isdtype", "NumJ.isdtype", PRESENT, ""),
            e("data type functions", "result_type", "NumJ.resultType", PRESENT, ""),
            // elementwise
            e("elementwise", "abs", "NumJ.abs", PRESENT, ""),
            e("elementwise", "acos", "NumJ.arccos", PRESENT, "NumPy's name"),
            e("elementwise", "acosh", "NumJ.arccosh", PRESENT, "NumPy's name"),
            e("elementwise", "add", "NumJ.add", PRESENT, ""),
            e("elementwise", "asin", "NumJ.arcsin", PRESENT, "NumPy's name"),
            e("elementwise", "asinh", "NumJ.arcsinh", PRESENT, "NumPy's name"),
            e("elementwise", "atan", "NumJ.arctan", PRESENT, "NumPy's name"),
            e("elementwise", "atan2", "NumJ.arctan2", PRESENT, "NumPy's name"),
            e("elementwise", "atanh", "NumJ.arctanh", PRESENT, "NumPy's name"),
            e("elementwise", "bitwise_and", "NumJ.bitwiseAnd", PRESENT, ""),
            e("elementwise", "bitwise_left_shift", "NumJ.leftShift", PRESENT, "NumPy's name"),
            e("elementwise", "bitwise_invert", "NumJ.invert", PRESENT, "NumPy's name"),
            e("elementwise", "bitwise_or", "NumJ.bitwiseOr", PRESENT, ""),
            e("elementwise", "bitwise_right_shift", "NumJ.rightShift", PRESENT, "NumPy's name"),
            e("elementwise", "bitwise_xor", "NumJ.bitwiseXor", PRESENT, ""),
            e("elementwise", "ceil", "NumJ.ceil", PRESENT, ""),
            e("elementwise", "clip", "NumJ.clip", PRESENT, ""),
            e("elementwise", "conj", null, ABSENT, "no complex dtypes in NumJ (their own issue)"),
            e("elementwise", "copysign", "NumJ.copysign", PRESENT, ""),
            e("elementwise", "cos", "NumJ.cos", PRESENT, ""),
            e("elementwise", "cosh", "NumJ.cosh", PRESENT, ""),
            e("elementwise", "divide", "NumJ.div", PRESENT, ""),
            e("elementwise", "equal", "NumJ.eq", PRESENT, ""),
            e("elementwise", "exp", "NumJ.exp", PRESENT, ""),
            e("elementwise", "expm1", "NumJ.expm1", PRESENT, ""),
            e("elementwise", "floor", "NumJ.floor", PRESENT, ""),
            e("elementwise", "floor_divide", "NumJ.floorDiv", PRESENT, ""),
            e("elementwise", "greater", "NumJ.gt", PRESENT, ""),
            e("elementwise", "greater_equal", "NumJ.ge", PRESENT, ""),
            e("elementwise", "hypot", "NumJ.hypot", PRESENT, ""),
            e("elementwise", "imag", null, ABSENT, "no complex dtypes in NumJ (their own issue)"),
            e("elementwise", "isfinite", "NumJ.isfinite", PRESENT, ""),
            e("elementwise", "isinf", "NumJ.isinf", PRESENT, ""),
            e("elementwise", "isnan", "NumJ.isnan", PRESENT, ""),
            e("elementwise", "less", "NumJ.lt", PRESENT, ""),
            e("elementwise", "less_equal", "NumJ.le", PRESENT, ""),
            e("elementwise", "log", "NumJ.log", PRESENT, ""),
            e("elementwise", "log1p", "NumJ.log1p", PRESENT, ""),
            e("elementwise", "log2", "NumJ.log2", PRESENT, ""),
            e("elementwise", "log10", "NumJ.log10", PRESENT, ""),
            e("elementwise", "logaddexp", "NumJ.logaddexp", PRESENT, ""),
            e("elementwise", "logical_and", "NumJ.logicalAnd", PRESENT, ""),
            e("elementwise", "logical_not", "NumJ.logicalNot", PRESENT, ""),
            e("elementwise", "logical_or", "NumJ.logicalOr", PRESENT, ""),
            e("elementwise", "logical_xor", "NumJ.logicalXor", PRESENT, ""),
            e("elementwise", "maximum", "NumJ.maximum", PRESENT, ""),
            e("elementwise", "minimum", "NumJ.minimum", PRESENT, ""),
            e("elementwise", "multiply", "NumJ.mul", PRESENT, ""),
            e("elementwise", "negative", "NumJ.neg", PRESENT, ""),
            e("elementwise", "nextafter", "NumJ.nextafter", PRESENT, ""),
            e("elementwise", "not_equal", "NumJ.ne", PRESENT, ""),
            e("elementwise", "positive", "NumJ.positive", PRESENT, ""),
            e("elementwise", "pow", "NumJ.pow", PRESENT, ""),
            e("elementwise", "real", null, ABSENT, "no complex dtypes in NumJ (their own issue)"),
            e("elementwise", "reciprocal", "NumJ.reciprocal", PRESENT, ""),
            e("elementwise", "remainder", "NumJ.mod", PRESENT, ""),
            e("elementwise", "round", "NumJ.round", PRESENT, ""),
            e("elementwise", "sign", "NumJ.sign", PRESENT, ""),
            e("elementwise", "signbit", "NumJ.signbit", PRESENT, ""),
            e("elementwise", "sin", "NumJ.sin", PRESENT, ""),
            e("elementwise", "sinh", "NumJ.sinh", PRESENT, ""),
            e("elementwise", "square", "NumJ.square", PRESENT, ""),
            e("elementwise", "sqrt", "NumJ.sqrt", PRESENT, ""),
            e("elementwise", "subtract", "NumJ.sub", PRESENT, ""),
            e("elementwise", "tan", "NumJ.tan", PRESENT, ""),
            e("elementwise", "tanh", "NumJ.tanh", PRESENT, ""),
            e("elementwise", "trunc", "NumJ.trunc", PRESENT, ""),
            // indexing
            e("indexing", "take", "NumJ.take", PRESENT, ""),
            e("indexing", "take_along_axis", "NumJ.takeAlongAxis", PRESENT, ""),
            // linear algebra
            e("linear algebra", "matmul", "NumJ.matmul", PRESENT, ""),
            e("linear algebra", "matrix_transpose", "NumJ.matrixTranspose", PRESENT, ""),
            e("linear algebra", "tensordot", "NumJ.tensordot", PRESENT, ""),
            e("linear algebra", "vecdot", "NumJ.vecdot", PRESENT, ""),
            // manipulation
            e("manipulation", "broadcast_arrays", "NumJ.broadcastArrays", PRESENT, ""),
            e("manipulation", "broadcast_shapes", "NumJ.broadcastShapes", PRESENT, ""),
            e("manipulation", "broadcast_to", "NumJ.broadcastTo", PRESENT, ""),
            e("manipulation", "concat", "NumJ.concatenate", PRESENT, "NumPy's name"),
            e("manipulation", "expand_dims", "NumJ.expandDims", PRESENT, ""),
            e("manipulation", "flip", "NumJ.flip", PRESENT, ""),
            e("manipulation", "moveaxis", "NumJ.moveaxis", PRESENT, ""),
            e("manipulation", "permute_dims", "NDArray.transpose", PRESENT, "NumPy's transpose(axes)"),
            e("manipulation", "repeat", "NumJ.repeat", PRESENT, ""),
            e("manipulation", "reshape", "NDArray.reshape", PRESENT, "a method"),
            e("manipulation", "roll", "NumJ.roll", PRESENT, ""),
            e("manipulation", "squeeze", "NumJ.squeeze", PRESENT, ""),
            e("manipulation", "stack", "NumJ.stack", PRESENT, ""),
            e("manipulation", "tile", "NumJ.tile", PRESENT, ""),
            e("manipulation", "unstack", "NumJ.unstack", PRESENT, ""),
            // searching
            e("searching", "argmax", "NumJ.argmax", PRESENT, ""),
            e("searching", "argmin", "NumJ.argmin", PRESENT, ""),
            e("searching", "count_nonzero", "NumJ.countNonzero", PRESENT, ""),
            e("searching", "nonzero", "NumJ.nonzero", PRESENT, ""),
            e("searching", "searchsorted", "NumJ.searchsorted", PRESENT, ""),
            e("searching", "where", "NumJ.where", PRESENT, ""),
            // sets
            e("sets", "isin", "NumJ.isin", PRESENT, ""),
            e("sets", "unique_all", "NumJ.uniqueAll", PRESENT, ""),
            e("sets", "unique_counts", "NumJ.uniqueCounts", PRESENT, ""),
            e("sets", "unique_inverse", "NumJ.uniqueInverse", PRESENT, ""),
            e("sets", "unique_values", "NumJ.uniqueValues", PRESENT, ""),
            // sorting
            e("sorting", "argsort", "NumJ.argsort", PRESENT, "argsort(x, axis, descending), always stable"),
            e("sorting", "sort", "NumJ.sort", PRESENT, "sort(x, axis, descending), always stable"),
            // statistical
            e("statistical", "cumulative_prod", "NumJ.cumulativeProd", PRESENT, ""),
            e("statistical", "cumulative_sum", "NumJ.cumulativeSum", PRESENT, ""),
            e("statistical", "max", "NumJ.max", PRESENT, ""),
            e("statistical", "mean", "NumJ.mean", PRESENT, ""),
            e("statistical", "min", "NumJ.min", PRESENT, ""),
            e("statistical", "prod", "NumJ.prod", PRESENT, ""),
            e("statistical", "std", "NumJ.std", PRESENT, ""),
            e("statistical", "sum", "NumJ.sum", PRESENT, ""),
            e("statistical", "var", "NumJ.var", PRESENT, ""),
            // utility
            e("utility", "all", "NumJ.all", PRESENT, ""),
            e("utility", "any", "NumJ.any", PRESENT, ""),
            e("utility", "diff", "NumJ.diff", PRESENT, ""),
            // linalg
            e("linalg", "cholesky", "Linalg.cholesky", PRESENT, ""),
            e("linalg", "cross", "Linalg.cross", PRESENT, ""),
            e("linalg", "det", "Linalg.det", PRESENT, ""),
            e("linalg", "diagonal", "Linalg.diagonal", PRESENT, ""),
            e("linalg", "eig", "Linalg.eig", PRESENT, ""),
            e("linalg", "eigh", "Linalg.eigh", PRESENT, ""),
            e("linalg", "eigvals", "Linalg.eigvals", PARTIAL, "no complex dtype: an EigResult of real and imaginary parts (as eig)"),
            e("linalg", "eigvalsh", "Linalg.eigvalsh", PRESENT, ""),
            e("linalg", "inv", "Linalg.inv", PRESENT, ""),
            e("linalg", "matmul", "NumJ.matmul", PRESENT, "in NumJ, not Linalg"),
            e("linalg", "matrix_norm", "Linalg.matrixNorm", PRESENT, ""),
            e("linalg", "matrix_power", "Linalg.matrixPower", PRESENT, ""),
            e("linalg", "matrix_rank", "Linalg.matrixRank", PRESENT, ""),
            e("linalg", "matrix_transpose", "Linalg.matrixTranspose", PRESENT, ""),
            e("linalg", "outer", "NumJ.outer", PRESENT, "in NumJ, not Linalg"),
            e("linalg", "pinv", "Linalg.pinv", PRESENT, ""),
            e("linalg", "qr", "Linalg.qr", PRESENT, ""),
            e("linalg", "slogdet", "Linalg.slogdet", PRESENT, ""),
            e("linalg", "solve", "Linalg.solve", PRESENT, ""),
            e("linalg", "svd", "Linalg.svd", PRESENT, ""),
            e("linalg", "svdvals", "Linalg.svdvals", PRESENT, ""),
            e("linalg", "tensordot", "Linalg.tensordot", PRESENT, ""),
            e("linalg", "trace", "Linalg.trace", PRESENT, ""),
            e("linalg", "vecdot", "Linalg.vecdot", PRESENT, ""),
            e("linalg", "vector_norm", "Linalg.vectorNorm", PRESENT, ""),
            // fft
            e("fft", "fft", null, ABSENT, "no fft module yet (complex dtypes: their own issue)"),
            e("fft", "ifft", null, ABSENT, "no fft module yet (complex dtypes: their own issue)"),
            e("fft", "fftn", null, ABSENT, "no fft module yet (complex dtypes: their own issue)"),
            e("fft", "ifftn", null, ABSENT, "no fft module yet (complex dtypes: their own issue)"),
            e("fft", "rfft", null, ABSENT, "no fft module yet (complex dtypes: their own issue)"),
            e("fft", "irfft", null, ABSENT, "no fft module yet (complex dtypes: their own issue)"),
            e("fft", "rfftn", null, ABSENT, "no fft module yet (complex dtypes: their own issue)"),
            e("fft", "irfftn", null, ABSENT, "no fft module yet (complex dtypes: their own issue)"),
            e("fft", "hfft", null, ABSENT, "no fft module yet (complex dtypes: their own issue)"),
            e("fft", "ihfft", null, ABSENT, "no fft module yet (complex dtypes: their own issue)"),
            e("fft", "fftfreq", null, ABSENT, "no fft module yet (complex dtypes: their own issue)"),
            e("fft", "rfftfreq", null, ABSENT, "no fft module yet (complex dtypes: their own issue)"),
            e("fft", "fftshift", null, ABSENT, "no fft module yet (complex dtypes: their own issue)"),
            e("fft", "ifftshift", null, ABSENT, "no fft module yet (complex dtypes: their own issue)"),
            // inspection
            e("inspection", "__array_namespace_info__", "NumJ.arrayNamespaceInfo", PRESENT, "a NamespaceInfo"),
            e("inspection", "capabilities", "NamespaceInfo.capabilities", PRESENT, "max dimensions 32"),
            e("inspection", "default_device", "NamespaceInfo.defaultDevice", PRESENT, "arrays are created on the CPU"),
            e("inspection", "default_dtypes", "NamespaceInfo.defaultDtypes", PRESENT, "no complex floating entry (no complex dtypes)"),
            e("inspection", "devices", "NamespaceInfo.devices", PRESENT, "the CPU and each available CUDA device"),
            e("inspection", "dtypes", "NamespaceInfo.dtypes", PRESENT, "the five dtypes NumJ has"),
            // dtypes
            e("dtypes", "bool", "DType.BOOL", PRESENT, ""),
            e("dtypes", "int8", null, ABSENT, "NumJ has bool, int32, int64, float32, float64"),
            e("dtypes", "int16", null, ABSENT, "NumJ has bool, int32, int64, float32, float64"),
            e("dtypes", "int32", "DType.INT32", PRESENT, ""),
            e("dtypes", "int64", "DType.INT64", PRESENT, ""),
            e("dtypes", "uint8", null, ABSENT, "no unsigned dtypes"),
            e("dtypes", "uint16", null, ABSENT, "no unsigned dtypes"),
            e("dtypes", "uint32", null, ABSENT, "no unsigned dtypes"),
            e("dtypes", "uint64", null, ABSENT, "no unsigned dtypes"),
            e("dtypes", "float32", "DType.FLOAT32", PRESENT, ""),
            e("dtypes", "float64", "DType.FLOAT64", PRESENT, ""),
            e("dtypes", "complex64", null, ABSENT, "no complex dtypes in NumJ (their own issue)"),
            e("dtypes", "complex128", null, ABSENT, "no complex dtypes in NumJ (their own issue)")
    );

    /** How many names each group of the 2025.12 stubs declares ({@code __all__} of each module; 13 data types). */
    static final Map<String, Integer> GROUP_SIZES = new LinkedHashMap<>();
    static {
        String[] g = {"constants", "creation", "data type functions", "elementwise", "indexing", "linear algebra", "manipulation", "searching",
            "sets", "sorting", "statistical", "utility", "linalg", "fft", "inspection", "dtypes"};
        int[] n = {5, 16, 6, 67, 2, 4, 15, 6, 5, 2, 9, 3, 25, 14, 6, 13};
        for (int i = 0; i < g.length; i++) GROUP_SIZES.put(g[i], n[i]);
    }

    static final Map<String, Class<?>> CLASSES = Map.of("NumJ", NumJ.class, "NDArray", NDArray.class, "Linalg", dev.numj.linalg.Linalg.class,
            "DType", DType.class, "Device", Device.class, "NamespaceInfo", NamespaceInfo.class, "Math", Math.class, "Double", Double.class);

    @Test
    void everyNameOfTheStandardIsListedOnceInItsGroup() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Name n : NAMES) {
            sizes.merge(n.group, 1, Integer::sum);
            assertTrue(seen.add(n.group + "." + n.api), "listed twice: " + n.group + " " + n.api);
        }
        assertEquals(GROUP_SIZES, sizes);
        assertEquals(198, NAMES.size());
    }

    @Test
    void everyNamePresentOrPartialExistsInNumJAndEveryOtherSaysWhy() {
        List<String> problems = new ArrayList<>();
        for (Name n : NAMES) {
            if (n.status == ABSENT) {
                if (n.numj != null) problems.add(n.api + ": absent but names " + n.numj);
                if (n.note.isBlank()) problems.add(n.api + ": absent without a reason");
                continue;
            }
            if (n.status == PARTIAL && n.note.isBlank()) problems.add(n.api + ": partial without saying what is missing");
            if (n.numj == null) {
                problems.add(n.api + ": " + n.status + " without a NumJ member");
                continue;
            }
            int dot = n.numj.indexOf('.');
            Class<?> c = CLASSES.get(n.numj.substring(0, dot));
            String member = n.numj.substring(dot + 1);
            if (c == null) problems.add(n.api + ": unknown class in " + n.numj);
            else if (!hasPublicMember(c, member)) problems.add(n.api + ": " + n.numj + " is no public method or field");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    static boolean hasPublicMember(Class<?> c, String name) {
        for (Method m : c.getMethods()) if (m.getName().equals(name) && Modifier.isPublic(m.getModifiers())) return true;
        for (Field f : c.getFields()) if (f.getName().equals(name)) return true;
        return false;
    }

    @Test
    void theTableInTheDocsIsThisData() throws IOException {
        Path doc = SourceFormatTest.repositoryRoot().resolve("docs/numpy-coverage.md");
        List<String> lines = Files.readAllLines(doc);
        int start = lines.indexOf(HEADING);
        assertTrue(start >= 0, "no '" + HEADING + "' in " + doc);
        List<String> found = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            String l = lines.get(i);
            if (l.startsWith("| ") && !l.startsWith("| group ") || l.startsWith("Counts: ")) found.add(l);
        }
        List<String> expected = new ArrayList<>();
        expected.add(counts());
        for (Name n : NAMES) expected.add(row(n));
        if (!expected.equals(found)) {
            Path out = Path.of("target", "array-api-table.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, String.join("\n", expected) + "\n");
            fail("the Array API table in docs/numpy-coverage.md differs from ArrayApiCoverageTest.NAMES; the rows as they should be are in "
                    + out.toAbsolutePath());
        }
        System.out.println("Array API 2025.12: " + counts());
    }

    static final String HEADING = "## Array API standard 2025.12";

    static String counts() {
        long p = NAMES.stream().filter(n -> n.status == PRESENT).count(), q = NAMES.stream().filter(n -> n.status == PARTIAL).count();
        long a = NAMES.size() - p - q;
        return String.format(java.util.Locale.ROOT, "Counts: %d present (%.1f%%), %d partial, %d absent, of %d names.", p, 100.0 * p / NAMES.size(), q, a,
                NAMES.size());
    }

    static String row(Name n) {
        String numj = n.numj == null ? "—" : "`" + n.numj + "`";
        return "| " + n.group + " | `" + n.api + "` | " + numj + " | " + n.status.name().toLowerCase(java.util.Locale.ROOT) + " | " + n.note + " |";
    }
}
