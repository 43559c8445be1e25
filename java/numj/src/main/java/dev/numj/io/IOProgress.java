package dev.numj.io;

import java.nio.file.Path;

/**
 * Progress of a long text load ({@link LoadTxtOptions#progress}, {@link GenFromTxtOptions#progress}):
 * called every {@code everyBytes} bytes read from the file (64 MiB unless set) and once at the end.
 * Quiet unless asked for; NumPy has no equivalent.
 *
 * <pre>{@code
 * loadtxt(big, new LoadTxtOptions().delimiter(",").progress(IOProgress.log()));
 * loadtxt(big, new LoadTxtOptions().progress((f, done, total) -> bar.set(done / (double) total)));
 * }</pre>
 */
@FunctionalInterface
public interface IOProgress {
    /**
     * Called as the file is read: at the start, every so many bytes, and at the end.
     *
     * @param file the file being read
     * @param bytesDone bytes read from the file so far (compressed bytes for a {@code .gz} file)
     * @param bytesTotal the file's size in bytes
     */
    void update(Path file, long bytesDone, long bytesTotal);

    /**
     * Logs one line per update to the {@code dev.numj.io} {@link System.Logger} at INFO level:
     * "reading big.csv: 64.0 of 512.0 MiB (13%)".
     * <pre>{@code
     * loadtxt(Path.of("big.csv"), new LoadTxtOptions().delimiter(",").progress(IOProgress.log()));
     * }</pre>
     *
     * @return the logging callback
     */
    static IOProgress log() {
        System.Logger logger = System.getLogger("dev.numj.io");
        return (file, done, total) -> logger.log(System.Logger.Level.INFO,
                () -> String.format("reading %s: %.1f of %.1f MiB (%.0f%%)", file, done / 1048576.0, total / 1048576.0,
                        total > 0 ? 100.0 * done / total : 100.0));
    }
}
