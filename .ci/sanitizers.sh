#!/usr/bin/env bash
# LSTM Lab under the sanitizers, as CI runs it (.ci/run). Each stage has its own build folder.
#   bash .ci/sanitizers.sh asan          # the whole suite under ASan + UBSan (g++, -O1)
#   bash .ci/sanitizers.sh tsan          # the worker stress test (ui-trainingcontroller) under TSan
#   bash .ci/sanitizers.sh fuzz [SECS]   # each libFuzzer target for SECS seconds (clang), default 60
#   bash .ci/sanitizers.sh all [SECS]    # the three in turn
# Suppressions (Qt, GLib and fontconfig internals only, each with its reason): tests/sanitizers/.
# Build folders: build-asan, build-tsan, build-fuzz (LSTMLAB_SANITIZER_BUILD_ROOT moves them).
# Needs the quick-start script's packages plus clang and libclang-rt-14-dev for the fuzz stage;
# the missing ones are installed as the quick-start script does.
set -euo pipefail

stage="${1:-all}"
seconds="${2:-60}"
case "$stage" in
  asan|tsan|fuzz|all) ;;
  *) echo "usage: bash .ci/sanitizers.sh asan|tsan|fuzz|all [fuzz seconds per target]" >&2; exit 2 ;;
esac

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
root="${LSTMLAB_SANITIZER_BUILD_ROOT:-$top}"
supp="$top/tests/sanitizers"
jobs="$(nproc 2>/dev/null || echo 2)"

install_missing() {
  local missing=() p
  for p in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$p")
    fi
  done
  if ((${#missing[@]})); then
    echo "Installing missing Debian packages: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

# Everything the quick-start script installs (so this script also works on its own), taken from
# its package list rather than copied.
install_missing $(sed -n '/^packages=(/,/^)/p' "$top/.ci/quickstart.sh" | sed '1d;$d;s/#.*//')

# -O1 keeps the stack traces readable and the tests fast enough; -g1 (line tables, no variables)
# is all a report needs and builds a third faster than -g; no -march=native, so that a
# report is about our code and not about the build machine. -UNDEBUG keeps assert() and Eigen's
# eigen_assert (size checks of every product and coefficient access) on: an (O, B) output compared
# with (1, B) labels aborts here instead of reading out of bounds in silence.
configure() {
  local dir="$1"; shift
  cmake -S "$top" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLSTMLAB_NATIVE=OFF \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -fno-omit-frame-pointer -UNDEBUG" "$@"
}

run_asan() {
  local dir="$root/build-asan"
  local flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined"
  configure "$dir" -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="$flags" \
    -DCMAKE_SHARED_LINKER_FLAGS="$flags"
  cmake --build "$dir" --parallel "$jobs"
  (
    cd "$dir"
    export ASAN_OPTIONS="detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:abort_on_error=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
    ctest --output-on-failure --timeout 1800 -j "$jobs"
  )
}

run_tsan() {
  local dir="$root/build-tsan"
  local flags="-fsanitize=thread"
  configure "$dir" -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="$flags" \
    -DCMAKE_SHARED_LINKER_FLAGS="$flags"
  cmake --build "$dir" --parallel "$jobs" --target tst_trainingcontroller
  (
    cd "$dir"
    # report_atomic_races=0: see tests/sanitizers/tsan.supp (Qt's container reference counts).
    export TSAN_OPTIONS="halt_on_error=1:report_atomic_races=0:history_size=7:second_deadlock_stack=1:suppressions=$supp/tsan.supp"
    ctest --output-on-failure --timeout 1800 -R '^ui-trainingcontroller$'
  )
}

run_fuzz() {
  install_missing clang libclang-rt-14-dev
  local dir="$root/build-fuzz"
  configure "$dir" -DCMAKE_CXX_COMPILER=clang++ -DLSTMLAB_FUZZ=ON
  cmake --build "$dir" --parallel "$jobs" --target fuzz-targets
  local target name corpus work log dict
  for target in "$dir"/tests/fuzz/fuzz-*; do
    [ -f "$target" ] && [ -x "$target" ] || continue
    name="${target##*/fuzz-}"
    case "$name" in replay-*) continue ;; esac
    corpus="$top/tests/fuzz/corpus/$name"
    case "$name" in json|modeljson|session|textsession) dict="$top/tests/fuzz/json.dict" ;; *) dict="$top/tests/fuzz/$name.dict" ;; esac
    # New inputs go to a scratch folder in the build, never into the committed corpus.
    work="$dir/fuzz-work/$name"
    log="$dir/fuzz-work/$name.log"
    mkdir -p "$work"
    # libFuzzer exits 1 on a missing dictionary, which reads like a crash: fail plainly instead.
    [ -s "$dict" ] || { echo "fuzz-$name: no dictionary at $dict" >&2; return 1; }
    echo "fuzz-$name: ${seconds} s"
    (
      export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
      export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
      export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
      cd "$dir/fuzz-work"
      "$target" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 -print_final_stats=1 \
        -dict="$dict" "$work" "$corpus" >"$log" 2>&1
    ) || { tail -n 60 "$log"; echo "fuzz-$name found a crash: see $log and the crash-* file in $dir/fuzz-work" >&2; return 1; }
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$log" | sed "s/^/fuzz-$name /"
  done
}

timed() {
  local start=$SECONDS
  "$@"
  echo "== $1 took $((SECONDS - start)) s"
}

case "$stage" in
  asan) timed run_asan ;;
  tsan) timed run_tsan ;;
  fuzz) timed run_fuzz ;;
  all) timed run_asan; timed run_tsan; timed run_fuzz ;;
esac
