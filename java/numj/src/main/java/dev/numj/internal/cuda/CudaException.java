package dev.numj.internal.cuda;

import dev.numj.NumJNativeException;

/**
 * A CUDA driver or cuBLAS call failed. The message carries the NumJ operation and the library's error
 * name ({@code CUDA_ERROR_ILLEGAL_ADDRESS}, {@code CUBLAS_STATUS_EXECUTION_FAILED}) and description;
 * no CUDA error is ever swallowed.
 */
public final class CudaException extends NumJNativeException {
    private static final long serialVersionUID = 1L;

    private final String operation;
    private final int code;
    private final String errorName;

    public CudaException(String operation, int code, String errorName, String description) {
        super("CUDA error in " + operation + ": " + errorName
                + (description == null || description.isEmpty() ? "" : " (" + description + ")"));
        this.operation = operation;
        this.code = code;
        this.errorName = errorName;
    }

    /** The NumJ operation (and driver call) that failed, e.g. {@code "binary add: cuLaunchKernel"}. */
    public String operation() { return operation; }

    /** The numeric CUresult or cublasStatus_t. */
    public int code() { return code; }

    /** The library's name for the code, e.g. {@code CUDA_ERROR_OUT_OF_MEMORY}. */
    public String errorName() { return errorName; }
}
