#!/usr/bin/env bash
# The README's examples, run so they cannot go stale: every command line with ./allocpath in a
# ```sh block runs (in a scratch git repository where firmware/ is a copy of the example project,
# origin/main is its first commit and testdata/ is this checkout's) and must exit 0 or 1 (1 =
# findings) with no stack trace; and the example output under "What the example shows" must be
# what the command above it prints, line by line ("..." stands for lines left out).
set -euo pipefail
checkout="$(cd "$(dirname "$0")/.." && pwd)"
readme="$checkout/README.md"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
ok() { passed=$((passed + 1)); }
ko() { echo "FAIL: $1"; failed=$((failed + 1)); }

# The scratch repository the examples run in.
scratch="$work/repo"
mkdir -p "$scratch"
cp -R "$checkout/testdata/projects/webrtc-demo" "$scratch/firmware"
ln -s "$checkout/allocpath" "$scratch/allocpath"
ln -s "$checkout/testdata" "$scratch/testdata"
(
  cd "$scratch"
  git init -q
  git -c user.email=ci@example.invalid -c user.name=ci -c commit.gpgsign=false add firmware
  git -c user.email=ci@example.invalid -c user.name=ci -c commit.gpgsign=false commit -q -m example
  git update-ref refs/remotes/origin/main HEAD
  # Something for the changed-lines examples to judge: a staged edit and one in the work tree.
  sed -i.bak 's|^#include|// edited for the README examples\n#include|' firmware/components/libdatachannel/src/impl/init.cpp
  rm -f firmware/components/libdatachannel/src/impl/init.cpp.bak
  git add -A firmware
)
# Build (and train the class-data archive) before the timed examples.
"$checkout/allocpath" --version >/dev/null

# Command lines of ```sh blocks that run allocpath, without trailing comments.
examples="$work/examples.txt"
awk '/^[[:space:]]*```sh$/ {inside=1; next} /^[[:space:]]*```/ {inside=0} inside && /\.\/allocpath / {print}' "$readme" \
  | sed -e 's/[[:space:]]#[^"'"'"']*$//' -e 's/^[[:space:]]*//' > "$examples"
count=0
while IFS= read -r command; do
  count=$((count + 1))
  rc=0
  (cd "$scratch" && bash -c "$command") >"$work/out.txt" 2>"$work/err.txt" </dev/null || rc=$?
  if { [ "$rc" = 0 ] || [ "$rc" = 1 ]; } && ! grep -q 'Exception\|^\s*at ' "$work/err.txt"; then
    ok
  else
    ko "README example exited $rc: $command: $(head -c 400 "$work/err.txt")"
  fi
done < "$examples"
[ "$count" -ge 5 ] || ko "only $count README examples found"

# The example output: the first line is the command, the rest must appear in its output in order.
block="$work/block.txt"
awk '/readme-examples: the lines below/ {armed=1; next} armed && /^```$/ && inside {exit} armed && /^```/ {inside=1; next} inside {print}' \
  "$readme" > "$block"
command="$(head -n 1 "$block" | sed 's/^\$ //')"
(cd "$scratch" && bash -c "$command --color never") >"$work/shown.txt" 2>"$work/shown.err" || true
expected=0
missing=0
line_no=0
while IFS= read -r line; do
  line_no=$((line_no + 1))
  [ "$line_no" = 1 ] && continue
  [ "$line" = "..." ] && continue
  expected=$((expected + 1))
  if ! grep -qxF -- "$line" "$work/shown.txt"; then
    missing=$((missing + 1))
    echo "  not in the output: $line"
  fi
done < "$block"
if [ "$expected" -ge 10 ] && [ "$missing" = 0 ]; then
  ok
else
  ko "the README's example output is stale: $missing of $expected lines not printed by: $command"
  # What it printed instead, so that a failure that does not repeat can still be understood.
  sed 's/^/  printed: /' "$work/shown.txt"
  sed 's/^/  stderr: /' "$work/shown.err"
fi
echo "README examples: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
