package dev.numj.internal.cuda;

import dev.numj.internal.runtime.NativeLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every kernel the CUDA backend launches by name is in the jar's numj_kernels.fatbin (a misspelt or
 * missing kernel would otherwise only show on a GPU, as cuModuleGetFunction's CUDA_ERROR_NOT_FOUND).
 * Reads the fatbin's bytes; touches no CUDA library.
 */
class FatbinKernelsTest {
    static final String[] LAUNCHED = {"numj_binary", "numj_unary", "numj_cast", "numj_fill", "numj_where",
            "numj_reduce", "numj_random", "numj_scan", "numj_mask_count", "numj_mask_starts", "numj_mask_apply",
            "numj_masked_fill", "numj_index_offsets", "numj_take", "numj_sort", "numj_random_sample", "numj_softmax",
            "numj_cross_entropy"};

    private static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return true;
        }
        return false;
    }

    @Test
    void everyLaunchedKernelIsInTheFatbin() {
        Optional<byte[]> fatbin = NativeLoader.cudaFatbin();
        assumeTrue(fatbin.isPresent(), "this build has no fatbin (built without nvcc)");
        byte[] bytes = fatbin.get();
        // a compressed fatbin (nvcc -compress-mode) hides the section names: then nothing can be said here
        assumeTrue(contains(bytes, ".text.numj_binary\0".getBytes(StandardCharsets.US_ASCII)), "the fatbin is compressed");
        for (String k : LAUNCHED)
            assertTrue(contains(bytes, (".text." + k + "\0").getBytes(StandardCharsets.US_ASCII)), k + " is not in numj_kernels.fatbin");
    }

    /**
     * LAUNCHED names every kernel the Java sources launch ({@code ctx.launch(..., "numj_x", ...)}), so a new
     * kernel cannot miss the check above. Reads the sources where the tests run in the repository
     * (skipped in the GPU bundle, which carries none).
     */
    @Test
    void everyKernelTheSourcesLaunchIsListed() throws IOException {
        Path dir = null;
        for (Path p = Path.of("").toAbsolutePath(); p != null && dir == null; p = p.getParent()) {
            Path d = p.resolve("java/numj/src/main/java/dev/numj/internal/cuda");
            if (Files.isDirectory(d)) dir = d;
        }
        assumeTrue(dir != null, "no sources here");
        Set<String> named = new TreeSet<>();
        Pattern launch = Pattern.compile("launch\\([^;]*?\"(numj_\\w+)\"", Pattern.DOTALL);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = launch.matcher(Files.readString(f));
                while (m.find()) named.add(m.group(1));
            }
        }
        assertTrue(named.size() > 10, "found only " + named + " in " + dir);
        assertEquals(named, new TreeSet<>(Arrays.asList(LAUNCHED)));
    }
}
