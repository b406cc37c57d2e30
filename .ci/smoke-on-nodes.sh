#!/usr/bin/env bash
# The end-to-end tests on other Node majors than the machine's own (default 22 and 24; Node 20
# is the machine's). The binaries come from the npm registry's node-linux-<arch> packages, which
# carry the binary inside the tarball (nothing is fetched from nodejs.org; npm caches them). The
# test runner itself runs on that Node, so every migcheck it starts does too.
# The tests are those that run migcheck the ways users do — the seed's bypass through real hooks
# (plain, husky, the pre-commit framework), init, the fast lane, could-not-check, the action, the
# installs and the library; the pure analysis does not depend on the Node major. They run the
# dist/ that .ci/run has just checked (uvu directly: scripts/test.mjs would rebuild dist/, and two
# builds at once would trip over each other), the majors side by side (each run mostly waits on
# git and Alembic), to keep CI short.
# Prints each run's output and ends with one `N passed, N failed, N skipped` line for them all.
set -uo pipefail
cd "$(dirname "$0")/.."
majors=${MIGCHECK_SMOKE_NODES:-22 24}
pattern=${MIGCHECK_SMOKE_TESTS:-'^(check/seed-bypass|check/could-not-check|cli/quick-check|hooks/|init/|action/|install/)'}
arch=$(node -p process.arch)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One major: fetch its binary, run the tests, leave the output in $work/<major>/out.
run_major() {
  local major=$1 dir="$work/$1" tarball
  mkdir -p "$dir"
  tarball=$(cd "$dir" && npm pack --silent "node-linux-$arch@$major" 2>/dev/null | tail -n 1)
  if [ -z "$tarball" ] || ! tar -xzf "$dir/$tarball" -C "$dir" 2>/dev/null || ! "$dir/package/bin/node" --version >/dev/null 2>&1; then
    echo "Node $major: node-linux-$arch@$major could not be had from the npm registry; its end-to-end tests did not run" >"$dir/out"
    touch "$dir/unavailable"
    return
  fi
  { echo "== end-to-end tests on Node $("$dir/package/bin/node" --version) (node-linux-$arch@$major) =="
    # As scripts/test.mjs runs uvu: no colour, and no FORCE_COLOR beside NO_COLOR (Node >= 22 warns).
    env -u FORCE_COLOR NO_COLOR=1 "$dir/package/bin/node" node_modules/uvu/bin.js -r tsx test "$pattern" -i helpers -i fixtures 2>&1
    echo "exit $?"; } >"$dir/out"
}

# uvu's Total/Passed/Skipped as one `N passed, N failed, N skipped` line (a crash before its
# summary, or a non-zero exit with nothing failed, counts as one failure).
summary_of() {
  local out=$1 total passed skipped code failed
  total=$(grep -E '^\s*Total:' "$out" | awk '{print $2}' | tail -n 1)
  passed=$(grep -E '^\s*Passed:' "$out" | awk '{print $2}' | tail -n 1)
  skipped=$(grep -E '^\s*Skipped:' "$out" | awk '{print $2}' | tail -n 1)
  code=$(grep -E '^exit [0-9]+$' "$out" | tail -n 1 | awk '{print $2}')
  total=${total:-0} passed=${passed:-0} skipped=${skipped:-0}
  failed=$((total - passed))
  if [ "${code:-1}" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
  echo "$passed passed, $failed failed, $skipped skipped"
}

for major in $majors; do run_major "$major" & done
wait

passed=0 failed=0 skipped=0
for major in $majors; do
  out="$work/$major/out"
  if [ -e "$work/$major/unavailable" ]; then cat "$out"; skipped=$((skipped + 1)); continue; fi
  line=$(summary_of "$out")
  grep -vE '^exit [0-9]+$' "$out"
  # Its own line is indented so that only the sum below reads as the closing line.
  echo "  (Node $major: $line)"
  read -r p _ f _ s _ <<<"$(printf '%s' "$line" | tr -d ',')"
  passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + ${s:-0}))
done
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
