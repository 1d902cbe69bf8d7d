#!/usr/bin/env bash
# gridgov's one entry point for a fresh Debian machine (README):
#   ./dev.sh demo    set everything up, then write the demo report to gridgov-report/
#   ./dev.sh test    set everything up, then run every test: C++ (ctest), the installed C++
#                    package through examples/cpp, Python (pytest), the type stubs and the
#                    documentation (built with warnings as errors)
#   ./dev.sh bench   set everything up, then run the benchmarks (docs/benchmarks.md)
#   ./dev.sh docs    set everything up, then build the documentation into build/docs/html/
#   ./dev.sh fuzz [SECONDS]  build the fuzz targets (tests/fuzz) and run each for SECONDS (600)
# System packages come from Debian (apt-get, when root or through sudo); Python packages go
# into .venv from PyPI. Nothing else is downloaded.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
VENV="$ROOT/.venv"
BUILD="$ROOT/build/dev"
JOBS=$(nproc 2>/dev/null || echo 2)

DEBIAN_PACKAGES=(build-essential git python3 python3-dev python3-venv libeigen3-dev libboost-graph-dev
                 nlohmann-json3-dev libsqlite3-dev libgtest-dev libbenchmark-dev)
DEBIAN_PACKAGES+=(clang libclang-rt-14-dev)  # libFuzzer and Clang's sanitizers (docs/reliability.md)

say() { printf '\n== %s\n' "$*"; }

system_packages() {
  local missing=()
  for p in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing Debian packages: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "run as root, or install: apt-get install ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
}

python_env() {
  if [ ! -x "$VENV/bin/python" ]; then
    say "creating $VENV"
    python3 -m venv "$VENV"
  fi
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q "cmake>=3.22" ninja "pybind11~=3.1.0" "scikit-build-core>=0.10"
  export PATH="$VENV/bin:$PATH"
}

install_package() {  # $1: extras ("test,docs", "bench") or empty; $2...: more pip options
  say "building and installing the gridgov Python package"
  "$VENV/bin/python" -m pip install -q "$ROOT${1:+[$1]}" "${@:2}"
}

cpp_tests() {
  say "C++: build with -Wall -Wextra -Werror, then ctest"
  cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DGRIDGOV_BUILD_TESTS=ON \
        -DGRIDGOV_WARNINGS_AS_ERRORS=ON -DCMAKE_INSTALL_PREFIX="$BUILD/install"
  cmake --build "$BUILD" -j "$JOBS"
  ctest --test-dir "$BUILD" -j "$JOBS" --output-on-failure
  say "C++: install, then build and run the consumer in examples/cpp against the installed package"
  cmake --install "$BUILD" --component gridgov_dev
  cmake -S "$ROOT/examples/cpp" -B "$BUILD/consumer" -G Ninja -DCMAKE_PREFIX_PATH="$BUILD/install"
  cmake --build "$BUILD/consumer"
  "$BUILD/consumer/street_demo"
}

# The C++ tests under AddressSanitizer and UndefinedBehaviorSanitizer, and the fuzz targets,
# share one Clang build (build/sanitize), so `test` compiles the library once more, not twice.
sanitized_build() {
  cmake -S "$ROOT" -B "$ROOT/build/sanitize" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
        -DGRIDGOV_BUILD_FUZZERS=ON -DGRIDGOV_BUILD_TESTS=ON -DGRIDGOV_WARNINGS_AS_ERRORS=ON -DGRIDGOV_INSTALL=OFF
  cmake --build "$ROOT/build/sanitize" -j "$JOBS"
}

sanitized_cpp_tests() {
  say "C++: the tests again under AddressSanitizer and UndefinedBehaviorSanitizer (build/sanitize, Clang)"
  sanitized_build
  ASAN_OPTIONS=abort_on_error=1:detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --test-dir "$ROOT/build/sanitize" -j "$JOBS" --output-on-failure
}

fuzz() {  # $1: seconds per target
  say "fuzzing: every target of tests/fuzz for ${1}s (build/sanitize, Clang)"
  sanitized_build
  "$ROOT/tests/fuzz/run.sh" "$ROOT/build/sanitize" "$1"
}

python_tests() {
  # The bindings too are built with warnings as errors here (not for users' pip installs).
  install_package test,docs --config-settings=cmake.define.GRIDGOV_WARNINGS_AS_ERRORS=ON
  say "Python: pytest"
  (cd "$ROOT" && "$VENV/bin/python" -m pytest -q tests/python)
  say "Python: type stubs match the compiled module"
  "$VENV/bin/python" "$ROOT/python/tools/stubs.py" --check
  docs
}

docs() {  # the site from docs/ and the installed package's docstrings; any warning fails
  say "documentation: Sphinx, warnings as errors"
  "$VENV/bin/python" -m sphinx -W --keep-going -q -E -b html -d "$ROOT/build/docs/doctrees" "$ROOT/docs" "$ROOT/build/docs/html"
}

case "${1:-}" in
  demo)
    system_packages; python_env; install_package ""
    say "gridgov demo"
    "$VENV/bin/gridgov" demo --out "$ROOT/gridgov-report"
    ;;
  test)
    system_packages; python_env; cpp_tests; sanitized_cpp_tests; fuzz 7; python_tests
    say "all tests passed"
    ;;
  bench)
    system_packages; python_env; install_package bench
    cmake -S "$ROOT" -B "$ROOT/build/bench" -G Ninja -DCMAKE_BUILD_TYPE=Release -DGRIDGOV_BUILD_TESTS=OFF -DGRIDGOV_BUILD_BENCH=ON
    cmake --build "$ROOT/build/bench" -j "$JOBS"
    "$ROOT/build/bench/bench/gridgov_bench"
    "$VENV/bin/python" "$ROOT/bench/shortest_paths.py"
    ;;
  docs)
    system_packages; python_env; install_package docs; docs
    echo "the documentation is in $ROOT/build/docs/html/index.html"
    ;;
  fuzz)
    system_packages; python_env; fuzz "${2:-600}"
    ;;
  *)
    echo "usage: ./dev.sh demo | test | bench | docs | fuzz [seconds]" >&2
    exit 2
    ;;
esac
