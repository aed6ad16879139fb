#!/usr/bin/env bash
# Validates SARIF logs the way GitHub code scanning will read them: Microsoft's SARIF multitool
# with the SARIF rules plus the GitHub ingestion rules (including the legacy GH1001-GH1007, which
# are off by default). The multitool exits 0 even for invalid logs, so this script gates on the
# validation log it writes: any error-level finding fails (exit 1); warnings are printed only.
#
# Usage: .ci/validate-sarif.sh FILE...
# The multitool (about 100 MB) is installed once with npm into .ci/.cache/sarifmt (override with
# SARIF_MULTITOOL_CACHE). Needs node/npm; jq is used when present.
set -euo pipefail

readonly MULTITOOL_VERSION=5.7.0

if [ "$#" -eq 0 ]; then
  echo "usage: $0 FILE..." >&2
  exit 2
fi

ci_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="${SARIF_MULTITOOL_CACHE:-$ci_dir/.cache/sarifmt}"

case "$(uname -s)" in
  Linux) platform=linux ;;
  Darwin) platform=darwin ;;
  *) echo "validate-sarif: unsupported platform $(uname -s)" >&2; exit 2 ;;
esac
multitool="$cache/node_modules/@microsoft/sarif-multitool-$platform/Sarif.Multitool"

if [ ! -x "$multitool" ]; then
  echo "validate-sarif: installing @microsoft/sarif-multitool@$MULTITOOL_VERSION into $cache" >&2
  mkdir -p "$cache"
  (
    cd "$cache"
    [ -f package.json ] || npm init -y >/dev/null
    npm install --no-audit --no-fund --loglevel=error "@microsoft/sarif-multitool@$MULTITOOL_VERSION" >&2
  )
  # npm may skip the package's postinstall chmod; the binary must be executable for us.
  chmod u+x "$multitool"
fi

# The multitool is a self-contained .NET program; without ICU it needs invariant globalization.
if ! ldconfig -p 2>/dev/null | grep libicu >/dev/null; then
  export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1
fi

# Rule configuration: the exported defaults with GH1001-GH1007 switched from Default to Error.
# (The export format follows the file extension, so the temporary file must end in .xml too.)
config="$cache/gh-rules-$MULTITOOL_VERSION.xml"
if [ ! -s "$config" ]; then
  draft="$cache/gh-rules-draft.xml"
  "$multitool" export-validation-config "$draft" >/dev/null
  sed -E '/Key="GH100[1-7]\./{n;s/Value="Default"/Value="Error"/;}' "$draft" >"$draft.edited"
  if [ "$(grep -c 'Value="Error"' "$draft.edited")" -ne 7 ]; then
    echo "validate-sarif: could not enable GH1001-GH1007 in $draft (config format changed?)" >&2
    exit 2
  fi
  mv "$draft.edited" "$config"
  rm -f "$draft"
fi

# Prints "level<TAB>ruleId<TAB>line<TAB>message" for every finding in a validation log. The
# multitool writes messages as a rule's messageStrings template plus arguments ({0}, {1}, ...).
findings() {
  if command -v jq >/dev/null 2>&1; then
    jq -r '
      .runs[] as $run | $run.results[]? | . as $r
      | ($r.message.text
         // ([$run.tool.driver.rules[]? | select(.id == $r.ruleId)][0].messageStrings[$r.message.id].text)
         // $r.message.id // "") as $template
      | ($r.message.arguments // []) as $args
      | (reduce range(0; $args | length) as $i ($template; gsub("\\{" + ($i | tostring) + "\\}"; $args[$i])))
      | gsub("\\{\\{"; "{") | gsub("\\}\\}"; "}")
      | [($r.level // "warning"), $r.ruleId,
         (($r.locations[0].physicalLocation.region.startLine // 0) | tostring),
         (. | gsub("[\t\n]"; " "))]
      | @tsv' "$1"
  else
    node -e '
      const log = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
      for (const run of log.runs) for (const r of run.results || []) {
        const rule = (run.tool.driver.rules || []).find((d) => d.id === r.ruleId) || {};
        let text = r.message.text
          ?? ((rule.messageStrings || {})[r.message.id] || {}).text ?? r.message.id ?? "";
        (r.message.arguments || []).forEach((a, i) => { text = text.split("{" + i + "}").join(a); });
        text = text.split("{{").join("{").split("}}").join("}");
        const line = ((r.locations || [])[0] || {}).physicalLocation?.region?.startLine || 0;
        console.log([r.level || "warning", r.ruleId, line, text.replace(/[\t\n]/g, " ")].join("\t"));
      }' "$1"
  fi
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

failed=0
for file in "$@"; do
  if [ ! -f "$file" ]; then
    echo "$file: error: no such file" >&2
    failed=1
    continue
  fi
  out="$work/validation.sarif"
  rm -f "$out"
  # Quoted, and the binary called directly: the npm wrapper runs through a shell, where ';' splits.
  if ! "$multitool" validate "$file" --rule-kind "Ghas;Sarif" -c "$config" -o "$out" \
      --log ForceOverwrite >"$work/console.txt" 2>&1 || [ ! -s "$out" ]; then
    cat "$work/console.txt" >&2
    echo "$file: error: the multitool did not produce a validation log" >&2
    failed=1
    continue
  fi
  # Read the findings from a file, not a pipe, so that a failing reader cannot pass as "no findings".
  if ! findings "$out" >"$work/findings.tsv"; then
    echo "$file: error: could not read the validation log $out" >&2
    failed=1
    continue
  fi
  errors=0
  warnings=0
  while IFS=$'\t' read -r level rule line message; do
    [ -n "$level" ] || continue
    echo "$file:$line: $level: $message [$rule]"
    case "$level" in
      error) errors=$((errors + 1)) ;;
      *) warnings=$((warnings + 1)) ;;
    esac
  done <"$work/findings.tsv"
  echo "$file: $errors errors, $warnings warnings or notes"
  [ "$errors" -eq 0 ] || failed=1
done
exit "$failed"
