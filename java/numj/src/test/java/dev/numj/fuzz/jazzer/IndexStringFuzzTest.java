package dev.numj.fuzz.jazzer;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.numj.NDArray;
import dev.numj.Scope;

import static dev.numj.NumJ.arange;
import static dev.numj.NumJ.scope;

/**
 * Coverage-guided (Jazzer): index strings ({@code get(String)}, {@code set(String, ...)}) on small
 * arrays of fuzzed shape. NumJ may refuse an index only with {@link IllegalArgumentException} or
 * {@link IndexOutOfBoundsException} (and their subclasses); anything else, a JVM crash included, is a
 * finding. Without {@code JAZZER_FUZZ} JUnit replays the seeds under
 * {@code src/test/resources/dev/numj/fuzz/jazzer/IndexStringFuzzTestInputs/}.
 */
class IndexStringFuzzTest {
    @FuzzTest(maxDuration = "5s")
    void indexStrings(FuzzedDataProvider data) {
        try (Scope s = scope()) {
            NDArray a = FuzzSupport.smallArray(data);
            String index = data.consumeString(40);
            int mode = data.consumeInt(0, 3);
            try {
                switch (mode) {
                    case 0 -> FuzzSupport.touch(a.get(index));
                    case 1 -> a.set(index, data.consumeDouble());
                    case 2 -> a.set(index, data.consumeLong());
                    default -> a.set(index, FuzzSupport.smallArray(data));
                }
            } catch (IllegalArgumentException | IndexOutOfBoundsException expected) {
                // NumJ's documented refusals
            }
        }
    }
}
