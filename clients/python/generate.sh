#!/usr/bin/env bash
# Regenerates the Python stubs under src/kith/ from the protos:
#   1. `buf build` (the pinned buf CLI, `make tools`) compiles proto/ into an
#      image: one FileDescriptorSet with every import, so no protoc include
#      paths are needed;
#   2. grpcio-tools' protoc (pinned in pyproject.toml, from .venv) writes the
#      messages (*_pb2.py), their type stubs (*_pb2.pyi) and the gRPC stubs
#      (*_pb2_grpc.py); mypy-protobuf adds typed gRPC stubs (*_pb2_grpc.pyi).
# The generated modules import each other as `kith.<domain>.v1`, so they are
# the top-level package `kith` of this distribution (beside `kith_client`).
# Output is deterministic: the tree is rebuilt in a temporary folder and swapped
# in whole, so removed protos leave nothing behind and a rerun changes nothing.
#
# Usage: clients/python/generate.sh          rewrite src/kith
#        clients/python/generate.sh --check  fail if src/kith is not what the protos produce
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
buf="$root/clients/tools/node_modules/.bin/buf"
python="${KITH_PYTHON:-$here/.venv/bin/python}"
out="$here/src/kith"

mode=write
case "${1:-}" in
  "") ;;
  --check) mode=check ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

[ -x "$buf" ] || make -C "$root" --no-print-directory tools
[ -x "$python" ] || { echo "no $python: run 'make clients' first" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

(cd "$root" && "$buf" build proto -o "$tmp/image.binpb")
mapfile -t protos < <(cd "$root/proto" && find kith -path 'kith/*/v1/*.proto' -type f | LC_ALL=C sort)
[ "${#protos[@]}" -gt 0 ] || { echo "no protos under proto/kith" >&2; exit 1; }

mkdir -p "$tmp/gen"
"$python" -m grpc_tools.protoc \
  --descriptor_set_in="$tmp/image.binpb" \
  --plugin=protoc-gen-mypy_grpc="$(dirname "$python")/protoc-gen-mypy_grpc" \
  --python_out="$tmp/gen" \
  --pyi_out="$tmp/gen" \
  --grpc_python_out="$tmp/gen" \
  --mypy_grpc_out=quiet:"$tmp/gen" \
  "${protos[@]}"

# Regular packages (an __init__.py in every folder) and a PEP 561 marker, so
# imports, editable installs and type checkers all see one package `kith`.
while IFS= read -r dir; do
  printf '"""Generated from proto/%s by clients/python/generate.sh. Do not edit."""\n' \
    "${dir#"$tmp/gen/"}" > "$dir/__init__.py"
done < <(find "$tmp/gen/kith" -type d | LC_ALL=C sort)
: > "$tmp/gen/kith/py.typed"

if [ "$mode" = check ]; then
  if ! diff -r -x __pycache__ "$out" "$tmp/gen/kith" > "$tmp/diff" 2>&1; then
    cat "$tmp/diff" >&2
    echo "clients/python/src/kith is stale: run clients/python/generate.sh (or make clients)" >&2
    exit 1
  fi
  exit 0
fi

rm -rf "$out"
mv "$tmp/gen/kith" "$out"
