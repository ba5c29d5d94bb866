#!/usr/bin/env bash
# Regenerates the JVM stubs under src/main/ from the protos:
#   1. `buf build` (the pinned buf CLI, `make tools`) compiles proto/ into an
#      image: one FileDescriptorSet with every import, so no protoc include
#      paths are needed;
#   2. the system protoc (Debian's protobuf-compiler, 3.21.12) writes the Java
#      messages (--java_out, src/main/java) and the Kotlin message DSL
#      (--kotlin_out, src/main/kotlin); Debian's grpc-java plugin
#      (protobuf-compiler-grpc-java-plugin, 1.41) writes the gRPC stubs
#      (<Service>Grpc.java, src/main/java).
# The protos set no java_* options, so protoc's defaults apply: Java package
# = proto package (kith.<domain>.v1), and each file's messages are nested in
# one outer class named after the file (identity.proto -> Identity).
# Output is deterministic: the tree is rebuilt in a temporary folder and swapped
# in whole, so removed protos leave nothing behind and a rerun changes nothing.
#
# Usage: clients/kotlin/generate.sh          rewrite src/main/java and src/main/kotlin
#        clients/kotlin/generate.sh --check  fail if they are not what the protos produce
#
# KITH_PROTOC and KITH_GRPC_JAVA_PLUGIN override the protoc and plugin paths.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
buf="$root/clients/tools/node_modules/.bin/buf"
protoc="${KITH_PROTOC:-protoc}"
plugin="${KITH_GRPC_JAVA_PLUGIN:-$(command -v grpc_java_plugin || command -v protoc-gen-grpc-java || true)}"
# The committed code is protoc 3.21.12's; another protoc writes other code
# (and needs another protobuf-java runtime).
protoc_version="libprotoc 3.21.12"
out="$here/src/main"

mode=write
case "${1:-}" in
  "") ;;
  --check) mode=check ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

install_hint="install them with: sudo apt-get install protobuf-compiler protobuf-compiler-grpc-java-plugin (Debian 12 "bookworm" packages)"
command -v "$protoc" >/dev/null 2>&1 || { echo "no protoc on PATH: $install_hint" >&2; exit 1; }
[ -n "$plugin" ] && [ -x "$plugin" ] || { echo "no grpc-java protoc plugin (grpc_java_plugin): $install_hint" >&2; exit 1; }
found=$("$protoc" --version)
[ "$found" = "$protoc_version" ] || {
  echo "clients/kotlin is generated with $protoc_version (Debian's protobuf-compiler); $protoc is $found" >&2
  exit 1
}
[ -x "$buf" ] || make -C "$root" --no-print-directory tools

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

(cd "$root" && "$buf" build proto -o "$tmp/image.binpb")
mapfile -t protos < <(cd "$root/proto" && find kith -path 'kith/*/v1/*.proto' -type f | LC_ALL=C sort)
[ "${#protos[@]}" -gt 0 ] || { echo "no protos under proto/kith" >&2; exit 1; }

mkdir -p "$tmp/gen/java" "$tmp/gen/kotlin"
"$protoc" \
  --descriptor_set_in="$tmp/image.binpb" \
  --plugin=protoc-gen-grpc-java="$plugin" \
  --java_out="$tmp/gen/java" \
  --kotlin_out="$tmp/gen/kotlin" \
  --grpc-java_out="$tmp/gen/java" \
  "${protos[@]}"

if [ "$mode" = check ]; then
  stale=0
  for lang in java kotlin; do
    if ! diff -r "$out/$lang" "$tmp/gen/$lang" > "$tmp/diff" 2>&1; then
      head -n 200 "$tmp/diff" >&2
      [ "$(wc -l < "$tmp/diff")" -le 200 ] || echo "... (diff cut at 200 lines)" >&2
      stale=1
    fi
  done
  if [ "$stale" = 1 ]; then
    echo "clients/kotlin/src/main is stale: run clients/kotlin/generate.sh (or make clients)" >&2
    exit 1
  fi
  exit 0
fi

mkdir -p "$out"
for lang in java kotlin; do
  rm -rf "$out/$lang"
  mv "$tmp/gen/$lang" "$out/$lang"
done
