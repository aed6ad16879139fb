#!/usr/bin/env bash
# End-to-end test of the pre-commit hook: a temporary git repository with a small ESP-IDF
# project installs our hook from this checkout; a commit that adds an unjoined pthread_create is
# refused with the finding printed, a clean commit passes, and the hook's cache stays inside .git.
set -euo pipefail
checkout="$(cd "$(dirname "$0")/.." && pwd)"

if ! command -v pre-commit >/dev/null; then
  echo "installing pre-commit (Debian package)"
  (apt-get update -qq && apt-get install -y -qq pre-commit) >/dev/null
fi

rev="$(git -C "$checkout" rev-parse HEAD)"
if [ -n "$(git -C "$checkout" status --porcelain -- . ':!**/target/**' 2>/dev/null | grep -v '^??' || true)" ]; then
  echo "note: the checkout has uncommitted changes; the hook is tested at HEAD ($rev)"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/cache"
repo="$work/firmware"
mkdir -p "$repo/components/net/src"
cd "$repo"
git init -q
git config user.email ci@example.invalid
git config user.name ci
git config commit.gpgsign false

cat > components/net/CMakeLists.txt <<'CMAKE'
idf_component_register(SRCS src/net.c INCLUDE_DIRS src)
CMAKE
cat > components/net/src/net.c <<'C'
#include <pthread.h>
static pthread_t worker;
static void *run(void *arg) { return arg; }
int net_start(void) { return pthread_create(&worker, NULL, run, NULL); }
void net_stop(void) { pthread_join(worker, NULL); }
C
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $checkout
    rev: $rev
    hooks:
      - id: allocpath
YAML
git add -A
git commit -q --no-verify -m "clean project"
pre-commit install >/dev/null

echo "== a commit that adds an unjoined thread must be refused"
cat > components/net/src/leak.c <<'C'
#include <pthread.h>
static void *tick(void *arg) { return arg; }
int net_spawn_ticker(void) {
  pthread_t ticker;
  return pthread_create(&ticker, NULL, tick, NULL);
}
C
sed -i 's|SRCS src/net.c|SRCS src/net.c src/leak.c|' components/net/CMakeLists.txt
git add -A
if git commit -m "add a ticker thread" > "$work/refused.log" 2>&1; then
  cat "$work/refused.log"
  echo "FAIL: the commit with an unjoined thread was accepted"
  exit 1
fi
cat "$work/refused.log"
grep -q "esp-unjoined-thread" "$work/refused.log" || { echo "FAIL: finding not printed"; exit 1; }
grep -q "leak.c:5" "$work/refused.log" || { echo "FAIL: finding not at leak.c:5"; exit 1; }

echo "== the same change with the thread detached must pass"
sed -i 's|  return pthread_create(&ticker, NULL, tick, NULL);|  int rc = pthread_create(\&ticker, NULL, tick, NULL);\n  if (rc == 0) pthread_detach(ticker);\n  return rc;|' components/net/src/leak.c
git add -A
if ! git commit -m "add a detached ticker thread" > "$work/accepted.log" 2>&1; then
  cat "$work/accepted.log"
  echo "FAIL: a clean commit was refused"
  exit 1
fi
cat "$work/accepted.log"

echo "== the hook keeps its fact cache under .git (the second commit re-used it)"
ls .git/allocpath-cache/allocpath-facts-*.facts >/dev/null 2>&1 || { echo "FAIL: no cache in .git/allocpath-cache"; exit 1; }
[ -z "$(git status --porcelain)" ] || { echo "FAIL: the hook left files in the work tree"; git status --porcelain; exit 1; }
echo "pre-commit hook test: 3 passed, 0 failed"
