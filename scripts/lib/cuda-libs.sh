# Sourced by scripts/gpu-run and scripts/gpu-bench: finds libcuda.so.1 and libcublas on a GPU machine and
# exports what NumJ needs to reach them:
#   NUMJ_CUBLAS      the absolute path of the libcublas.so.N chosen (the newest major the driver supports)
#   LD_LIBRARY_PATH  plus cuBLAS's directory (libcublasLt beside it) and libcuda.so.1's when the linker
#                    cache lacks it
# The caller defines say MESSAGE and fact KEY VALUE (fact records KEY=VALUE), and sets ROOT (the checkout,
# skipped by the bounded search of /), python, gpu (1 when nvidia-smi saw a GPU) and cuda_major (the
# driver's CUDA major version, or empty). Call: numj_find_cuda_libs
numj_find_cuda_libs() {
    ldcache=""
    for ldconfig in ldconfig /sbin/ldconfig /usr/sbin/ldconfig; do
        if command -v "$ldconfig" >/dev/null 2>&1; then
            ldcache="$("$ldconfig" -p 2>/dev/null)"
            break
        fi
    done
    in_ldcache() { awk -v so="$1" '$1 == so { found = 1 } END { exit !found }' <<<"$ldcache"; }
    add_ld_path() {
        case ":${LD_LIBRARY_PATH:-}:" in *":$1:"*) return ;; esac
        export LD_LIBRARY_PATH="$1${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
    }
    # A bounded search of the whole machine: no /proc, /sys, /dev, and at most 60 s.
    find_everywhere() {
        timeout 60 find / -maxdepth 9 \( -path /proc -o -path /sys -o -path /dev -o -path /run -o -path "$ROOT" \) \
            -prune -o \( -type f -o -type l \) -name "$1" -print 2>/dev/null
    }

    libcuda=""
    if in_ldcache libcuda.so.1; then
        libcuda="$(awk '$1 == "libcuda.so.1" { print $NF; exit }' <<<"$ldcache")"
        fact libcuda "$libcuda (ldconfig)"
    else
        for candidate in /usr/local/nvidia/lib64/libcuda.so.1 /usr/local/nvidia/lib/libcuda.so.1 \
                         /usr/lib/x86_64-linux-gnu/libcuda.so.1 /usr/lib64/libcuda.so.1 /usr/local/cuda/compat/libcuda.so.1; do
            [[ -e "$candidate" ]] && { libcuda="$candidate"; break; }
        done
        if [[ -z "$libcuda" && $gpu == 1 ]]; then
            libcuda="$(find_everywhere 'libcuda.so.1' | head -n 1)"
        fi
        if [[ -n "$libcuda" ]]; then
            add_ld_path "$(dirname "$libcuda")"
            fact libcuda "$libcuda (not in the ldconfig cache: added to LD_LIBRARY_PATH)"
        else
            fact libcuda none
        fi
    fi

    # Every libcublas.so.N the machine has, from the places GPU machines keep it.
    declare -A seen=()
    cublas_all=()
    note_cublas() {
        local f real
        for f in "$@"; do
            [[ -e "$f" && "$(basename "$f")" =~ ^libcublas\.so\.[0-9]+$ ]] || continue
            real="$(readlink -f "$f")"
            [[ -n "${seen[$real]:-}" ]] && continue
            seen[$real]=1
            cublas_all+=("$f")
            say "libcublas candidate: $f -> $real"
        done
    }
    if [[ -n "${NUMJ_CUBLAS:-}" ]]; then
        say "NUMJ_CUBLAS was set to $NUMJ_CUBLAS: kept"
    fi
    note_cublas $(awk '$1 ~ /^libcublas\.so\.[0-9]+$/ { print $NF }' <<<"$ldcache")
    shopt -s nullglob
    note_cublas /usr/local/cuda/lib64/libcublas.so.* /usr/local/cuda/targets/x86_64-linux/lib/libcublas.so.* \
                /usr/local/cuda-*/lib64/libcublas.so.* /usr/local/cuda-*/targets/x86_64-linux/lib/libcublas.so.* \
                /usr/lib/x86_64-linux-gnu/libcublas.so.*
    for site in $("$python" -c 'import site, sys; print("\n".join(site.getsitepackages() + [site.getusersitepackages()] + sys.path))' 2>/dev/null | sort -u); do
        note_cublas "$site"/nvidia/cublas/lib/libcublas.so.* "$site"/nvidia/cu*/lib/libcublas.so.*
    done
    shopt -u nullglob
    if (( ${#cublas_all[@]} == 0 )); then
        say "libcublas: none in the ldconfig cache, /usr/local/cuda*, or python's nvidia wheels; searching / (60 s at most)"
        note_cublas $(find_everywhere 'libcublas.so.*')
    fi
    # Prefer the newest major that the driver supports (libcublas.so.13 needs a CUDA 13 driver).
    best=""; best_major=0
    for f in "${cublas_all[@]}"; do
        major="${f##*.so.}"
        [[ -n "$cuda_major" ]] && (( major > cuda_major )) && continue
        (( major > best_major )) && { best="$f"; best_major="$major"; }
    done
    if [[ -n "${NUMJ_CUBLAS:-}" ]]; then
        best="$NUMJ_CUBLAS"
    fi
    if [[ -n "$best" ]]; then
        best="$(cd "$(dirname "$best")" && pwd)/$(basename "$best")"
        export NUMJ_CUBLAS="$best"
        add_ld_path "$(dirname "$best")"
        fact libcublas "$best (exported as NUMJ_CUBLAS)"
    else
        fact libcublas "none found (looked in: ldconfig -p, /usr/local/cuda*/lib64, /usr/local/cuda*/targets/x86_64-linux/lib, /usr/lib/x86_64-linux-gnu, $python's site-packages nvidia/cublas/lib and nvidia/cu*/lib, and find /)"
    fi
    # libcusolver (recorded: linear algebra on CUDA may bind it at run time like cuBLAS): cuBLAS's
    # directory first, then the ldconfig cache and the usual places; exported as NUMJ_CUSOLVER
    cusolver=""
    shopt -s nullglob
    for f in ${best:+"$(dirname "$best")"/libcusolver.so.[0-9]*} \
             $(awk '$1 ~ /^libcusolver\.so\.[0-9]+$/ { print $NF }' <<<"$ldcache") \
             /usr/local/cuda/lib64/libcusolver.so.[0-9]* /usr/local/cuda/targets/x86_64-linux/lib/libcusolver.so.[0-9]* \
             /usr/local/cuda-*/lib64/libcusolver.so.[0-9]* /usr/lib/x86_64-linux-gnu/libcusolver.so.[0-9]*; do
        [[ "$(basename "$f")" =~ ^libcusolver\.so\.[0-9]+$ ]] && { cusolver="$f"; break; }
    done
    shopt -u nullglob
    if [[ -n "$cusolver" ]]; then
        export NUMJ_CUSOLVER="$cusolver"
        fact libcusolver "$cusolver (exported as NUMJ_CUSOLVER)"
    else
        fact libcusolver "none found (cuBLAS's directory, ldconfig -p, /usr/local/cuda*, /usr/lib/x86_64-linux-gnu)"
    fi
    if in_ldcache libopenblas.so.0; then
        fact libopenblas "$(awk '$1 == "libopenblas.so.0" { print $NF; exit }' <<<"$ldcache") (ldconfig)"
    else
        fact libopenblas "none in the ldconfig cache: run-tests.sh uses the bundle's"
    fi
    fact LD_LIBRARY_PATH "${LD_LIBRARY_PATH:-}"
}
