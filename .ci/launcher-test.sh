#!/usr/bin/env bash
# The launcher's JVM setup: stack traces in exceptions are off for speed (CDT throws one per C++
# integer literal) and back on with --debug, the only mode that prints them; and the class-data
# archive it trains (an AppCDS archive under Java 17-24, an ahead-of-time cache under 25 and newer,
# which the launcher prefers when installed) holds the classes a scan loads and belongs to one JVM
# (an archive of another JDK build is replaced, not kept).
# Then what users meet first: errors printed on a run that builds the jar (they once went to
# /dev/null), a build without flock (macOS has none) that takes over a stale lock and builds once
# for two launches started together, and a clear line for a missing or too old Java.
set -euo pipefail
cd "$(dirname "$0")/.."

flag() {
  ALLOCPATH_JAVA_OPTS=-XX:+PrintFlagsFinal ./allocpath "$@" 2>/dev/null \
    | awk '$2 == "StackTraceInThrowable" {print $4}'
}
passed=0
failed=0
check() {
  if [ "$2" = "$3" ]; then
    passed=$((passed + 1))
  else
    echo "FAIL: $1: StackTraceInThrowable is '$2', expected '$3'"
    failed=$((failed + 1))
  fi
}
check "a normal run" "$(flag --version)" false
check "a --debug run" "$(flag scan --debug --help)" true
# Which archive the launcher keeps: an AppCDS archive (.jsa) under Java 17-24, an ahead-of-time
# cache (.aot) under 25 and newer. Both must hold the analyzer's and CDT's classes; the static
# AppCDS archive holds picocli's too (the AOT cache cannot: its class linking needs the new verifier).
source_of() {  # source_of CLASS [ENV...]: where the launched JVM loaded CLASS from
  env "${@:2}" ALLOCPATH_JAVA_OPTS=-Xlog:class+load=info ./allocpath --version 2>/dev/null \
    | grep -m1 " $1 source:" | sed 's/.*source: //' || true
}
check_archive() {  # check_archive LABEL EXTENSION [ENV...]
  env "${@:3}" ./allocpath --version >/dev/null
  local ours picocli
  ours="$(source_of dev.allocpath.cli.Main "${@:3}")"
  picocli="$(source_of picocli.CommandLine "${@:3}")"
  if [ "$ours" = "shared objects file" ] && compgen -G "rules/target/allocpath-*.$2" >/dev/null \
      && { [ "$2" = aot ] || [ "$picocli" = "shared objects file" ]; }; then
    passed=$((passed + 1))
  else
    echo "FAIL: $1: allocpath loaded from '$ours', picocli from '$picocli'; archives: $(ls rules/target/allocpath-* 2>/dev/null)"
    failed=$((failed + 1))
  fi
}
jdk17=""
for candidate in /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/java-17-openjdk-arm64 /usr/lib/jvm/temurin-17-jdk-amd64; do
  [ -x "$candidate/bin/java" ] && { jdk17="$candidate"; break; }
done
newest=0
for candidate in /usr/lib/jvm/*; do
  [ -x "$candidate/bin/java" ] && [ -f "$candidate/release" ] || continue
  major="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*"$/\1/p' "$candidate/release")"
  [ -n "$major" ] && [ "$major" -gt "$newest" ] && newest="$major"
done
if [ -n "$jdk17" ]; then
  check_archive "Java 17 named by ALLOCPATH_JAVA_HOME" jsa ALLOCPATH_JAVA_HOME="$jdk17"
fi
# With java on PATH and no JAVA_HOME, a JDK 25 or newer installed in /usr/lib/jvm runs instead.
default_home="$(env -u JAVA_HOME -u ALLOCPATH_JAVA_HOME ALLOCPATH_JAVA_OPTS=-XshowSettings:properties ./allocpath --version 2>&1 \
  | sed -n 's/^ *java.home = //p')"
default_major="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*"$/\1/p' "$default_home/release" 2>/dev/null)"
if [ "$newest" -ge 25 ]; then
  if [ "$default_major" = "$newest" ]; then
    passed=$((passed + 1))
  else
    echo "FAIL: with JDK $newest installed the launcher ran $default_home (Java $default_major)"
    failed=$((failed + 1))
  fi
  check_archive "the JDK $newest the launcher picks" aot env -u JAVA_HOME -u ALLOCPATH_JAVA_HOME
fi
# Two JDKs used in turn keep an archive each (switching must not retrain every time).
if [ -n "$jdk17" ] && [ "$newest" -ge 25 ]; then
  if compgen -G 'rules/target/allocpath-*.jsa' >/dev/null && compgen -G 'rules/target/allocpath-*.aot' >/dev/null; then
    passed=$((passed + 1))
  else
    echo "FAIL: after runs on Java 17 and $newest one archive is missing: $(ls rules/target/allocpath-* 2>/dev/null)"
    failed=$((failed + 1))
  fi
fi
# Pretend the JDK was updated after an earlier build: the only archive is another JVM's, made
# for an older jar. It is deleted once the running JVM has trained its own.
for archive in rules/target/allocpath*.jsa rules/target/allocpath*.aot; do
  [ -e "$archive" ] || continue
  mv -f "$archive" "rules/target/allocpath-0-0.${archive##*.}"
  touch -t 200101010000 "rules/target/allocpath-0-0.${archive##*.}"
done
./allocpath --version >/dev/null
if ! compgen -G 'rules/target/allocpath-0-0.*' >/dev/null \
    && { compgen -G 'rules/target/allocpath-*.jsa' || compgen -G 'rules/target/allocpath-*.aot'; } >/dev/null; then
  passed=$((passed + 1))
else
  echo "FAIL: the stale archive of another JVM was not replaced: $(ls rules/target/allocpath-* 2>/dev/null)"
  failed=$((failed + 1))
fi
# That run trained a new archive: its scan wrote its report to a file of its own, which is gone,
# and never renamed anything over a device (as root it once replaced /dev/null).
if [ -c /dev/null ] && ! compgen -G 'rules/target/*.sarif' >/dev/null; then
  passed=$((passed + 1))
else
  echo "FAIL: the training run left a report behind or /dev/null is no longer a device"
  failed=$((failed + 1))
fi
ok() { passed=$((passed + 1)); }
ko() { echo "FAIL: $1"; failed=$((failed + 1)); }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A JDK older than 17 (its release file says 11) and no Java at all: one line each, exit 2.
mkdir -p "$work/jdk11/bin"
printf '#!/bin/sh\necho "should not run" >&2\nexit 42\n' > "$work/jdk11/bin/java"
chmod +x "$work/jdk11/bin/java"
echo 'JAVA_VERSION="11.0.2"' > "$work/jdk11/release"
rc=0
JAVA_HOME="$work/jdk11" ./allocpath --version >"$work/old.out" 2>"$work/old.err" || rc=$?
if [ "$rc" = 2 ] && [ "$(wc -l < "$work/old.err")" = 1 ] && grep -q 'Java 17 or newer is needed; .* is Java 11.0.2' "$work/old.err"; then
  ok
else
  ko "Java 11: exit $rc, stderr: $(cat "$work/old.err")"
fi

# A PATH of this machine's commands without flock and without java: symlinks to the rest.
mkdir -p "$work/bin-noflock" "$work/bin-nojava"
for dir in /usr/local/bin /usr/bin /bin; do
  for tool in "$dir"/*; do
    name="$(basename "$tool")"
    [ -x "$tool" ] || continue
    [ "$name" = flock ] || [ -e "$work/bin-noflock/$name" ] || ln -s "$tool" "$work/bin-noflock/$name"
    case "$name" in java|javac|jshell) continue ;; esac
    [ -e "$work/bin-nojava/$name" ] || ln -s "$tool" "$work/bin-nojava/$name"
  done
done
rc=0
env -u JAVA_HOME PATH="$work/bin-nojava" ./allocpath --version >"$work/nojava.out" 2>"$work/nojava.err" || rc=$?
if [ "$rc" = 2 ] && grep -q 'Java 17 or newer is needed and no java was found' "$work/nojava.err"; then
  ok
else
  ko "no java: exit $rc, stderr: $(cat "$work/nojava.err")"
fi

# A build run without flock: a stale lock directory (its owner is gone) is taken over, two
# launches started together build once, and the error of the one given a wrong project reaches
# its stderr (exit 2 with one line, not a silent exit).
sleep 0 & dead=$!
wait "$dead"
mkdir -p rules/.build.lock.d
echo "$dead" > rules/.build.lock.d/pid
touch analyzer/src/main/java/dev/allocpath/cli/Main.java
rc_a=0
rc_b=0
PATH="$work/bin-noflock" ./allocpath scan "$work/no-such-project" >"$work/a.out" 2>"$work/a.err" & pid_a=$!
sleep 1
PATH="$work/bin-noflock" ./allocpath --version >"$work/b.out" 2>"$work/b.err" & pid_b=$!
wait "$pid_a" || rc_a=$?
wait "$pid_b" || rc_b=$?
builds="$(cat "$work/a.err" "$work/b.err" | grep -c 'allocpath: building' || true)"
if [ "$rc_a" = 2 ] && grep -q "^allocpath: project directory does not exist: $work/no-such-project" "$work/a.err"; then
  ok
else
  ko "the error of a build run did not reach stderr: exit $rc_a, stderr: $(cat "$work/a.err")"
fi
if [ "$builds" = 1 ] && [ "$rc_b" = 0 ] && grep -q '^allocpath ' "$work/b.out"; then
  ok
else
  ko "two launches without flock: $builds builds (expected 1), second exit $rc_b: $(cat "$work/b.err" "$work/b.out")"
fi
if grep -q 'removing the build lock of process' "$work/a.err" "$work/b.err" && [ ! -e rules/.build.lock.d ] \
    && [ -z "$(find analyzer/src/main rules/src/main -newer rules/target/allocpath.jar -type f | head -n 1)" ]; then
  ok
else
  ko "stale lock not taken over, lock left behind, or the jar is older than the sources"
fi
# The release jar runs with java -jar from anywhere, without the launcher and the checkout.
mkdir -p "$work/elsewhere"
cp rules/target/allocpath.jar "$work/elsewhere/allocpath.jar"
rc=0
(cd "$work/elsewhere" && java -jar allocpath.jar scan "$OLDPWD/testdata/projects/webrtc-demo" --color never) \
  >"$work/jar.out" 2>"$work/jar.err" || rc=$?
version="$(cd "$work/elsewhere" && java -jar allocpath.jar --version)"
if [ "$rc" = 1 ] && grep -qE '^[0-9]+ findings?: ' "$work/jar.out" && [[ "$version" =~ ^allocpath\ [0-9.]+\ \(commit\ [^\)]+\)$ ]]; then
  ok
else
  ko "java -jar elsewhere: exit $rc, version '$version', $(head -c 300 "$work/jar.err")"
fi

# allocpath.cmd cannot run here (no Windows): check what can be checked. CRLF line ends, and the
# JVM flags of ./allocpath (other than logging) are passed there too.
missing_flags=""
for f in $(sed -n 's/^flags=(\(.*\))$/\1/p' allocpath) -XX:-StackTraceInThrowable; do
  case "$f" in -Xlog:*) continue ;; esac
  grep -qF -- "$f" allocpath.cmd || missing_flags="$missing_flags $f"
done
if [ -z "$missing_flags" ] && [ "$(grep -c $'\r$' allocpath.cmd)" = "$(wc -l < allocpath.cmd)" ]; then
  ok
else
  ko "allocpath.cmd: missing JVM flags:$missing_flags, or not CRLF line ends"
fi

# A newer JDK (Java 25 here, when installed) runs the scan too, with its own class-data archive.
for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64; do
  [ -x "$jdk/bin/java" ] || continue
  rc=0
  JAVA_HOME="$jdk" ./allocpath scan testdata/projects/webrtc-demo --color never >"$work/j25.out" 2>"$work/j25.err" || rc=$?
  if [ "$rc" = 1 ] && grep -qE '^[0-9]+ findings?: ' "$work/j25.out"; then
    ok
  else
    ko "$jdk: exit $rc, $(tail -n 3 "$work/j25.out") $(head -c 300 "$work/j25.err")"
  fi
  break
done
echo "launcher test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
