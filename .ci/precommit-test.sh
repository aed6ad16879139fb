#!/usr/bin/env bash
# End-to-end test of the pre-commit hook: a temporary git repository with a small ESP-IDF
# project installs our hook from this checkout; a commit that adds an unjoined pthread_create is
# refused with the finding printed, a clean commit passes, and the hook's cache stays inside .git.
# Then a repository whose project is in firmware/ and a hook without args: the hook finds the
# project, passes a comment-only edit of a file with a pre-existing finding (and counts it), and
# refuses a commit that adds a std::recursive_mutex member, printing the path from the repo root.
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

echo "== a repository whose ESP-IDF project is in firmware/, hook without args: changed lines are judged"
repo2="$work/product"
mkdir -p "$repo2/firmware/components/session/src" "$repo2/docs"
cd "$repo2"
git init -q
git config user.email ci@example.invalid
git config user.name ci
git config commit.gpgsign false
cat > firmware/CMakeLists.txt <<'CMAKE'
cmake_minimum_required(VERSION 3.16)
include($ENV{IDF_PATH}/tools/cmake/project.cmake)
project(product)
CMAKE
cat > firmware/components/session/CMakeLists.txt <<'CMAKE'
idf_component_register(SRCS src/session.cpp INCLUDE_DIRS src)
CMAKE
# A stand-in for <mutex> (the project's own header: no host headers are read).
cat > firmware/components/session/src/mutex <<'CPP'
namespace std {
class mutex { public: mutex(); ~mutex(); };
class recursive_mutex { public: recursive_mutex(); ~recursive_mutex(); };
}
CPP
cat > firmware/components/session/src/session.cpp <<'CPP'
#include "mutex"
// One session per peer.
class Session {
  std::mutex lock_;
  int peers_ = 0;
};
Session *session_new() { return new Session(); }
CPP
# verbose: pre-commit shows a passing hook's output only then (the count of left-out findings).
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $checkout
    rev: $rev
    hooks:
      - id: allocpath
        verbose: true
YAML
git add -A
git commit -q --no-verify -m "a project with a pre-existing finding (Session::lock_)"
pre-commit install >/dev/null

sed -i 's|// One session per peer.|// One session per peer; sessions live as long as the connection.|' firmware/components/session/src/session.cpp
git add -A
if ! git commit -m "comment only" > "$work/comment.log" 2>&1; then
  cat "$work/comment.log"
  echo "FAIL: a comment-only edit of a file with a pre-existing finding was refused"
  exit 1
fi
cat "$work/comment.log"
grep -q "1 pre-existing finding in the changed files" "$work/comment.log" \
  || { echo "FAIL: the left-out pre-existing finding was not counted"; exit 1; }

sed -i 's|  int peers_ = 0;|  int peers_ = 0;\n  std::recursive_mutex callbacks_lock_;|' firmware/components/session/src/session.cpp
git add -A
if git commit -m "add a recursive mutex member" > "$work/mutex.log" 2>&1; then
  cat "$work/mutex.log"
  echo "FAIL: a commit adding a std::recursive_mutex member was accepted"
  exit 1
fi
cat "$work/mutex.log"
grep -q "^firmware/components/session/src/session.cpp:6:.*Session::callbacks_lock_.*\[esp-mutex-member\]" "$work/mutex.log" \
  || { echo "FAIL: the new member's finding is not printed at firmware/components/session/src/session.cpp:6"; exit 1; }
if grep -q "Session::lock_" "$work/mutex.log"; then
  echo "FAIL: the pre-existing finding (Session::lock_) was reported in changed-lines mode"
  exit 1
fi
echo "pre-commit hook test: 6 passed, 0 failed"
