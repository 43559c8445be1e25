package dev.numj.io;

/**
 * How {@link IO#load(java.nio.file.Path, MmapMode)} maps a {@code .npy} file into memory: NumPy's
 * {@code np.load(file, mmap_mode=...)}. The array reads and writes the file's pages directly, with no
 * copy, and opening takes the same time for any file size; pages are read from disk when first used.
 *
 * <pre>{@code
 * NDArray big = load(Path.of("embeddings.npy"), MmapMode.READ_ONLY);   // np.load(f, mmap_mode='r')
 * big.get("1000:1010").mean();                                         // reads only those rows
 * }</pre>
 */
public enum MmapMode {
    /** {@code mmap_mode='r'}: the array is read-only ({@link dev.numj.NDArray#isWriteable()} is false). */
    READ_ONLY("r"),
    /** {@code mmap_mode='r+'}: writes to the array go to the file (through the OS page cache). */
    READ_WRITE("r+"),
    /** {@code mmap_mode='c'}: writable, but writes stay in memory and never reach the file. */
    COPY_ON_WRITE("c");

    private final String numpy;

    MmapMode(String numpy) { this.numpy = numpy; }

    /**
     * NumPy's spelling: {@code "r"}, {@code "r+"} or {@code "c"}. Example: {@code MmapMode.READ_WRITE.numpyMode()} is {@code "r+"}.
     *
     * @return the text
     */
    public String numpyMode() { return numpy; }
}
