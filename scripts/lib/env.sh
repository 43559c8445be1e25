# shellcheck shell=bash
# Sourced by every NumJ script: finds the repository root and a JDK >= 22 (exports JAVA_HOME, PATH),
# and defines the helpers that install what the build and the tests need (as root, through apt).
#   NUMJ_ROOT                 the repository root
#   numj_ensure_openblas      the system's libopenblas.so.0 and cblas.h (apt: libopenblas0-pthread, -dev): NumJ's
#                             fallback BLAS (it runs the bundled org.bytedeco one), for the tests of that fallback,
#                             jextract's headers, scripts/bench's comparison and the GPU bundle
#   numj_ensure_numpy         python3 with NumPy, the tests' oracle (apt: python3-numpy)
#   numj_ensure_cmake         cmake, make and a C compiler for native/ (apt: cmake make gcc libc6-dev)
#   numj_ensure_hwy           g++ and Google Highway's headers for native/cpu/simd_math.cc (apt: g++ libhwy-dev)
#   numj_ensure_sanitizer_runtimes  gcc's libasan and libubsan for scripts/sanitize (apt: libasan8 libubsan1)
#   numj_sanitizer_runtime NAME     the path of gcc's runtime NAME (libasan.so, libubsan.so, libtsan.so)
#   numj_ensure_jupyter       Jupyter for scripts/jupyter and the kernel's tests: the notebook server, nbclient and
#                             jupyter_kernel_test for Debian's python3 (apt: jupyter-notebook python3-nbclient
#                             python3-jupyter-kernel-test); exports NUMJ_JUPYTER_PYTHON, the python3 that has them
#   numj_mvn ARGS...          the pinned Maven wrapper: $NUMJ_ROOT/mvnw -B -ntp ARGS...
#   numj_module_jars DIR NAME the main jars DIR/NAME-*.jar a module's build left, one per line (not the -sources,
#                             -javadoc or -tests jars it makes beside them)
# Environment: NUMJ_MIN_JDK (default 22); JAVA_HOME is used when it points at a new enough JDK.

if [[ -n "${NUMJ_ENV_SOURCED:-}" ]]; then
    return 0
fi
NUMJ_ENV_SOURCED=1

NUMJ_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export NUMJ_ROOT
NUMJ_MIN_JDK="${NUMJ_MIN_JDK:-22}"

numj_log() { printf 'numj: %s\n' "$*" >&2; }
numj_die() { printf 'numj: %s\n' "$*" >&2; exit 1; }

numj_module_jars() {
    local jar
    for jar in "$1"/"$2"-*.jar; do
        case "$jar" in *-sources.jar | *-javadoc.jar | *-tests.jar) continue ;; esac
        [[ -f "$jar" ]] && printf '%s\n' "$jar"
    done
    return 0
}

# The feature release of a java binary ("25" for 25.0.1, "8" for 1.8.0_x), or nothing.
numj_java_major() {
    local out v
    out="$("$1" -version 2>&1)" || return 0
    v="$(printf '%s\n' "$out" | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)"
    v="${v#1.}"
    printf '%s' "${v%%[.+-]*}"
}

numj_find_jdk() {
    local found="" candidate major best="" best_major=0 java
    # 1. JAVA_HOME, when new enough.
    if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
        major="$(numj_java_major "$JAVA_HOME/bin/java")"
        if [[ "$major" =~ ^[0-9]+$ ]] && (( major >= NUMJ_MIN_JDK )); then
            NUMJ_JAVA_HOME="$JAVA_HOME"
            return 0
        fi
        found+=" JAVA_HOME=$JAVA_HOME (Java ${major:-?});"
    fi
    # 2. The newest JDK under /usr/lib/jvm or /opt (javac too: the build compiles).
    shopt -s nullglob
    for candidate in /usr/lib/jvm/* /opt/*jdk* /opt/*jdk*/*; do
        [[ -x "$candidate/bin/java" && -x "$candidate/bin/javac" ]] || continue
        candidate="$(readlink -f "$candidate")"
        major="$(numj_java_major "$candidate/bin/java")"
        [[ "$major" =~ ^[0-9]+$ ]] || continue
        if (( major >= NUMJ_MIN_JDK && major > best_major )); then
            best="$candidate"
            best_major="$major"
        elif (( major < NUMJ_MIN_JDK )); then
            [[ "$found" == *"$candidate "* ]] || found+=" $candidate (Java $major);"
        fi
    done
    shopt -u nullglob
    if [[ -n "$best" ]]; then
        NUMJ_JAVA_HOME="$best"
        return 0
    fi
    # 3. java on PATH.
    if java="$(command -v java)"; then
        java="$(readlink -f "$java")"
        major="$(numj_java_major "$java")"
        if [[ "$major" =~ ^[0-9]+$ ]] && (( major >= NUMJ_MIN_JDK )); then
            NUMJ_JAVA_HOME="$(dirname "$(dirname "$java")")"
            return 0
        fi
        found+=" $java on PATH (Java ${major:-?});"
    fi
    found="${found%;}"
    numj_die "NumJ needs JDK $NUMJ_MIN_JDK or newer (JDK 25 recommended); found:${found:- no JDK at all}. Install Temurin 25 or set JAVA_HOME."
}

numj_find_jdk
export JAVA_HOME="$NUMJ_JAVA_HOME"
export PATH="$JAVA_HOME/bin:$PATH"

# apt-get install, as root only; `apt-get update` only when the plain install fails (stale/empty lists).
numj_apt_install() {
    if [[ "$(id -u)" != 0 ]]; then
        numj_die "missing: $*. Install it as root: sudo apt-get update && sudo apt-get install -y $*"
    fi
    command -v apt-get >/dev/null || numj_die "missing: $* (and no apt-get here: install it with your package manager)"
    numj_log "installing $* (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get install -y -q --no-install-recommends "$@" >/dev/null 2>&1; then
        apt-get update -q >/dev/null || numj_die "apt-get update failed"
        apt-get install -y -q --no-install-recommends "$@" >/dev/null || numj_die "apt-get install $* failed"
    fi
}

numj_have_openblas() {
    local ldconfig dir
    # No `grep -q`: it would stop reading early and, under pipefail, fail the pipeline with SIGPIPE.
    for ldconfig in ldconfig /sbin/ldconfig /usr/sbin/ldconfig; do
        if command -v "$ldconfig" >/dev/null 2>&1; then
            if "$ldconfig" -p 2>/dev/null | grep -F 'libopenblas.so.0' >/dev/null; then
                return 0
            fi
            break
        fi
    done
    local IFS=:
    for dir in ${LD_LIBRARY_PATH:-}; do
        [[ -n "$dir" && -e "$dir/libopenblas.so.0" ]] && return 0
    done
    return 1
}

numj_ensure_openblas() {
    numj_have_openblas && return 0
    numj_apt_install libopenblas0-pthread libopenblas-dev
    numj_have_openblas || numj_die "libopenblas.so.0 is still not visible to the dynamic linker after installing libopenblas0-pthread"
}

numj_ensure_numpy() {
    command -v python3 >/dev/null 2>&1 && python3 -c 'import numpy' >/dev/null 2>&1 && return 0
    numj_apt_install python3 python3-numpy
    python3 -c 'import numpy' >/dev/null 2>&1 || numj_die "python3 cannot import numpy after installing python3-numpy"
}

numj_ensure_cmake() {
    local missing=()
    command -v cmake >/dev/null 2>&1 || missing+=(cmake)
    command -v make >/dev/null 2>&1 || missing+=(make)
    command -v cc >/dev/null 2>&1 || missing+=(gcc libc6-dev)
    if (( ${#missing[@]} )); then
        numj_apt_install "${missing[@]}"
    fi
}

# Highway is used header-only (nothing of libhwy is linked into libnumj_cpu.so): its headers and g++ build it.
numj_have_hwy() {
    local dir
    for dir in /usr/include /usr/local/include ${CPATH:+${CPATH//:/ }} ${CPLUS_INCLUDE_PATH:+${CPLUS_INCLUDE_PATH//:/ }}; do
        [[ -e "$dir/hwy/contrib/math/math-inl.h" ]] && return 0
    done
    return 1
}

numj_ensure_hwy() {
    local missing=()
    command -v c++ >/dev/null 2>&1 || command -v g++ >/dev/null 2>&1 || missing+=(g++)
    numj_have_hwy || missing+=(libhwy-dev)
    if (( ${#missing[@]} )); then
        numj_apt_install "${missing[@]}"
    fi
    numj_have_hwy || numj_die "Google Highway's headers (hwy/contrib/math/math-inl.h) are still missing after installing libhwy-dev"
}

# Debian's Jupyter lives in the system python3 (/usr/bin/python3), which need not be the python3 on the PATH.
numj_find_jupyter_python() {
    local candidate
    for candidate in "${NUMJ_JUPYTER_PYTHON:-}" /usr/bin/python3 python3; do
        [[ -n "$candidate" ]] || continue
        if "$candidate" -c 'import notebook, nbclient, jupyter_kernel_test' >/dev/null 2>&1; then
            NUMJ_JUPYTER_PYTHON="$candidate"
            return 0
        fi
    done
    return 1
}

numj_ensure_jupyter() {
    if ! numj_find_jupyter_python; then
        numj_apt_install jupyter-notebook python3-nbclient python3-jupyter-kernel-test
        numj_find_jupyter_python \
            || numj_die "no python3 imports notebook, nbclient and jupyter_kernel_test after installing jupyter-notebook python3-nbclient python3-jupyter-kernel-test"
    fi
    export NUMJ_JUPYTER_PYTHON
}

numj_sanitizer_runtime() {
    local path
    path="$(cc -print-file-name="$1" 2>/dev/null)" || return 1
    # gcc prints the bare name when it has no such file.
    [[ "$path" == /* && -e "$path" ]] || return 1
    readlink -f "$path"
}

numj_ensure_sanitizer_runtimes() {
    numj_sanitizer_runtime libasan.so >/dev/null && numj_sanitizer_runtime libubsan.so >/dev/null && return 0
    numj_apt_install libasan8 libubsan1
    numj_sanitizer_runtime libasan.so >/dev/null && numj_sanitizer_runtime libubsan.so >/dev/null \
        || numj_die "cc -print-file-name finds no libasan.so/libubsan.so: install the sanitizer runtimes of your gcc"
}

# The wrapper fetches Maven 3.9.16 once (into ~/.m2/wrapper); it needs curl or wget, and unzip, since the
# pinned checksum is the .zip's (without unzip the wrapper would fetch the .tar.gz and fail the check).
numj_ensure_wrapper_tools() {
    local missing=()
    command -v unzip >/dev/null 2>&1 || missing+=(unzip)
    command -v curl >/dev/null 2>&1 || command -v wget >/dev/null 2>&1 || missing+=(curl)
    if (( ${#missing[@]} )); then
        numj_apt_install "${missing[@]}"
    fi
}

numj_mvn() {
    numj_ensure_wrapper_tools
    "$NUMJ_ROOT/mvnw" -B -ntp "$@"
}
