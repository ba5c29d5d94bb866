#!/usr/bin/env bash
# Runs a command against a fresh Kith server: builds `kith`, starts it on a
# free port with its own embedded PostgreSQL in a temporary data folder,
# exports KITH_URL (http://127.0.0.1:PORT), runs the command, then stops the
# server (SIGTERM) and removes the folder. Usage: clients/with-server.sh CMD...
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cargo build --quiet --manifest-path "$root/Cargo.toml" --bin kith
buf="$root/clients/tools/node_modules/.bin/buf"

mkdir -p "$root/target/tmp"
data=$(mktemp -d "$root/target/tmp/clients-XXXXXX")
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
export KITH_URL="http://127.0.0.1:$port"

env -u DATABASE_URL KITH_DATA_DIR="$data" KITH_ADDR="127.0.0.1:$port" \
  KITH_JWT_SECRET=clients-test-secret-clients-test-secret RUST_LOG=warn \
  KITH_REGISTER_PER_MINUTE=100000 KITH_REGISTER_PER_HOUR=100000 KITH_SIGN_IN_PER_MINUTE=100000 \
  "$root/target/debug/kith" serve > "$data/kith.log" 2>&1 &
server=$!
stop() {
  kill -TERM "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -rf "$data"
}
trap stop EXIT

for _ in $(seq 300); do
  if "$buf" curl --protocol grpc --http2-prior-knowledge "$KITH_URL/grpc.health.v1.Health/Check" 2>/dev/null \
      | grep -q SERVING; then
    break
  fi
  kill -0 "$server" 2>/dev/null || { cat "$data/kith.log"; exit 1; }
  sleep 0.1
done

"$@"
