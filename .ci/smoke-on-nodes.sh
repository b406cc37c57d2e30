#!/usr/bin/env bash
# The end-to-end tests on other Node majors than the machine's own (default 22 and 24; Node 20
# is the machine's). The binaries come from the npm registry's node-linux-<arch> packages, which
# carry the binary inside the tarball (nothing is fetched from nodejs.org; npm caches them). The
# test runner itself runs on that Node, so every migcheck it starts does too.
# Prints each run's output and ends with one `N passed, N failed, N skipped` line for them all.
set -uo pipefail
cd "$(dirname "$0")/.."
majors=${MIGCHECK_SMOKE_NODES:-22 24}
pattern=${MIGCHECK_SMOKE_TESTS:-'^(check|hooks|init|action|install)/'}
arch=$(node -p process.arch)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0 skipped=0
for major in $majors; do
  mkdir -p "$work/$major"
  tarball=$(cd "$work/$major" && npm pack --silent "node-linux-$arch@$major" 2>/dev/null | tail -n 1)
  if [ -z "$tarball" ] || ! tar -xzf "$work/$major/$tarball" -C "$work/$major" 2>/dev/null || ! "$work/$major/package/bin/node" --version >/dev/null 2>&1; then
    echo "Node $major: node-linux-$arch@$major could not be had from the npm registry; its end-to-end tests did not run"
    skipped=$((skipped + 1))
    continue
  fi
  node_bin="$work/$major/package/bin/node"
  echo "== end-to-end tests on Node $("$node_bin" --version) (node-linux-$arch@$major) =="
  out=$("$node_bin" scripts/test.mjs test "$pattern" 2>&1)
  # Its closing line is restated so that only the sum below reads as one.
  printf '%s\n' "$out" | sed -E "s/^([0-9]+ passed, [0-9]+ failed.*)$/  (Node $major: \1)/"
  line=$(printf '%s\n' "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed' | tail -n 1)
  if [ -z "$line" ]; then failed=$((failed + 1)); continue; fi
  read -r p _ f _ s _ <<<"$(printf '%s' "$line" | tr -d ',')"
  passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + ${s:-0}))
done
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
