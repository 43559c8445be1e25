package dev.numj.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.numj.NumJNativeException;
import java.io.IOException;
import java.io.StringReader;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class NativeLoaderTest {

    /** Little-endian magic at the start of every CUDA fatbin (fatBinaryHeader.magic). */
    private static final int FATBIN_MAGIC = 0xBA55ED50;

    @Test
    void testsRunInsideModuleDevNumj() {
        // Surefire patches the tests into the module; on the class path this would be the unnamed module.
        Module module = NativeLoaderTest.class.getModule();
        assertTrue(module.isNamed(), "tests run on the class path, not patched into module dev.numj");
        assertEquals("dev.numj", module.getName());
        assertTrue(module.isNativeAccessEnabled(), "--enable-native-access=dev.numj is missing");
    }

    @Test
    void loadsLibraryAndCallsNumjVersion() throws Throwable {
        NativeLoader.ensureLoaded();
        NativeLoader.ensureLoaded();   // idempotent

        MemorySegment symbol = SymbolLookup.loaderLookup().find("numj_version")
                .orElseThrow(() -> new AssertionError("numj_version not found after ensureLoaded()"));
        MethodHandle version = Linker.nativeLinker()
                .downcallHandle(symbol, FunctionDescriptor.of(ValueLayout.JAVA_INT));
        assertEquals(1, (int) version.invokeExact());

        MemorySegment infoSymbol = SymbolLookup.loaderLookup().find("numj_build_info").orElseThrow();
        MethodHandle info = Linker.nativeLinker()
                .downcallHandle(infoSymbol, FunctionDescriptor.of(ValueLayout.ADDRESS));
        String text = ((MemorySegment) info.invokeExact()).reinterpret(256).getString(0);
        assertTrue(text.startsWith("libnumj_cpu ABI 1"), text);
    }

    @Test
    void fatbinIsPackedWhenNvccWasFound() throws IOException {
        Properties build = new Properties();
        build.load(new StringReader(new String(NativeLoader.nativeBuildInfo()
                .orElseThrow(() -> new AssertionError("no native-build.properties in the jar")),
                StandardCharsets.UTF_8)));
        assumeTrue(Boolean.parseBoolean(build.getProperty("cuda.fatbin")),
                "built without nvcc: no fatbin to check");

        byte[] fatbin = NativeLoader.cudaFatbin()
                .orElseThrow(() -> new AssertionError("native-build.properties says cuda.fatbin=true, "
                        + "but the jar holds no " + NativeLoader.FATBIN_RESOURCE));
        assertTrue(fatbin.length > 16, "fatbin of " + fatbin.length + " bytes");
        int magic = ByteBuffer.wrap(fatbin).order(ByteOrder.LITTLE_ENDIAN).getInt(0);
        assertEquals(FATBIN_MAGIC, magic, () -> "fatbin magic 0x" + Integer.toHexString(magic));
        String text = new String(fatbin, StandardCharsets.ISO_8859_1);
        // each cubin names its kernels' code sections after them: ".text.<entry point>"
        for (String entry : new String[] {"numj_binary", "numj_unary"}) {
            assertTrue(text.contains(".text." + entry + "\0"), "fatbin lacks the " + entry + " entry point");
        }
    }

    @Test
    void missingLibraryPathIsNamed() {
        Path missing = Path.of("/nonexistent/numj-test/libnumj_cpu.so");
        NumJNativeException e = assertThrows(NumJNativeException.class,
                () -> NativeLoader.loadLibrary(missing, "a test"));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void unsupportedPlatformIsNamed() {
        NumJNativeException e = assertThrows(NumJNativeException.class,
                () -> NativeLoader.checkPlatform("Mac OS X", "aarch64"));
        assertTrue(e.getMessage().contains("os.name=Mac OS X") && e.getMessage().contains("os.arch=aarch64"),
                e.getMessage());
        NativeLoader.checkPlatform("Linux", "amd64");   // this machine kind: no exception
    }

    @Test
    void missingOpenBlasNamesTheDebianPackage() {
        NumJNativeException e = org.junit.jupiter.api.Assertions.assertThrows(NumJNativeException.class,
                () -> NativeLoader.checkOpenBlas("libopenblas-absent-for-test.so.0"));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith(
                "OpenBLAS not found (libopenblas-absent-for-test.so.0). Install it: apt-get install libopenblas0"), e.getMessage());
        // The real one is not opened here: with the bundled OpenBLAS running, that would map a second copy.
    }

    @Test
    void anUnknownBlasChoiceIsNamed() {
        NativeLoader.ensureLoaded();   // loaded already: the check below loads nothing
        String before = System.getProperty(NativeLoader.BLAS_PROPERTY);
        System.setProperty(NativeLoader.BLAS_PROPERTY, "mkl");
        try {
            NumJNativeException e = assertThrows(NumJNativeException.class, NativeLoader::loadOpenBlas);
            assertEquals("-Dnumj.blas=mkl is not one of auto, bundled, system", e.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty(NativeLoader.BLAS_PROPERTY);
            } else {
                System.setProperty(NativeLoader.BLAS_PROPERTY, before);
            }
        }
    }

    @Test
    void mappedFileFindsTheLibraryOfASymbol() {
        NativeLoader.ensureLoaded();
        MemorySegment symbol = SymbolLookup.loaderLookup().find("numj_version").orElseThrow();
        Path file = NativeLoader.mappedFile(symbol.address()).orElseThrow();
        assertTrue(file.getFileName().toString().startsWith("libnumj_cpu"), file.toString());
        assertTrue(NativeLoader.mappedFile(0).isEmpty());
    }

    @Test
    void thePackedLibraryIsUnpackedOnceIntoTheCacheAndReusedAfter() throws Exception {
        java.net.URL url = NativeLoader.class.getResource(NativeLoader.CPU_RESOURCE);
        assumeTrue(url != null, "a build with the packed library");
        Path dir = java.nio.file.Files.createTempDirectory("numj-cache");
        String old = System.getProperty(NativeLoader.BLAS_CACHE_PROPERTY);
        System.setProperty(NativeLoader.BLAS_CACHE_PROPERTY, dir.toString());
        try {
            Path first = NativeLoader.cachedCopy(url);
            assertTrue(first.startsWith(dir) && first.getParent().getFileName().toString().startsWith("native-"), first.toString());
            byte[] packed;
            try (var in = url.openStream()) {
                packed = in.readAllBytes();
            }
            assertTrue(java.util.Arrays.equals(packed, java.nio.file.Files.readAllBytes(first)), "the copy is the packed library");
            java.nio.file.attribute.FileTime written = java.nio.file.Files.getLastModifiedTime(first);
            java.nio.file.Files.setLastModifiedTime(first, java.nio.file.attribute.FileTime.fromMillis(written.toMillis() - 60_000));
            java.nio.file.attribute.FileTime before = java.nio.file.Files.getLastModifiedTime(first);
            assertEquals(first, NativeLoader.cachedCopy(url), "the same build finds the same copy");
            assertEquals(before, java.nio.file.Files.getLastModifiedTime(first), "a later start writes nothing");
            java.nio.file.Files.write(first, new byte[10]);   // a truncated copy is replaced, never loaded
            assertEquals(packed.length, java.nio.file.Files.size(NativeLoader.cachedCopy(url)));
        } finally {
            if (old == null) System.clearProperty(NativeLoader.BLAS_CACHE_PROPERTY);
            else System.setProperty(NativeLoader.BLAS_CACHE_PROPERTY, old);
        }
    }
}
