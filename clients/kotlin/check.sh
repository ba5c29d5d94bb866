#!/usr/bin/env bash
# Checks the committed JVM stubs (`make test-kotlin`):
#   1. generate.sh --check: src/main is what the protos produce;
#   2. javac compiles every generated Java file (messages and grpc-java stubs)
#      against the runtime jars, with --release 8 as Android and older JVMs need;
#   3. check/StubsSmoke.java loads them: a message round trip, and every
#      service's grpc-java descriptor against its proto descriptor.
# The Kotlin DSL (src/main/kotlin) is not compiled here: it needs the
# protobuf-kotlin runtime and a Kotlin 1.6+ compiler, which Debian does not
# package (see README.md).
#
# The jars are Debian's (protobuf-java 3.21.12, grpc-java 1.41.3, Guava and
# javax.annotation); KITH_JAVA_CLASSPATH replaces them with any other set.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jars=/usr/share/java

install_hint="install them with: sudo apt-get install default-jdk-headless libprotobuf-java libgrpc-java libguava-java libgeronimo-annotation-1.3-spec-java"
if [ -n "${KITH_JAVA_CLASSPATH:-}" ]; then
  classpath=$KITH_JAVA_CLASSPATH
else
  classpath=
  for jar in protobuf grpc-api grpc-stub grpc-protobuf grpc-protobuf-lite guava geronimo-annotation-1.3-spec; do
    [ -f "$jars/$jar.jar" ] || { echo "no $jars/$jar.jar: $install_hint" >&2; exit 1; }
    classpath="$classpath${classpath:+:}$jars/$jar.jar"
  done
fi
for tool in javac java; do
  command -v "$tool" >/dev/null 2>&1 || { echo "no $tool on PATH: $install_hint" >&2; exit 1; }
done

"$here/generate.sh" --check

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/classes"
(cd "$here/src/main/java" && find . -name '*.java' -type f | LC_ALL=C sort) > "$tmp/sources"
[ -s "$tmp/sources" ] || { echo "no generated Java under clients/kotlin/src/main/java: run clients/kotlin/generate.sh" >&2; exit 1; }

start=$SECONDS
(cd "$here/src/main/java" &&
  javac -J-Xmx1g -proc:none -nowarn -Xlint:none -encoding UTF-8 --release 8 \
    -cp "$classpath" -d "$tmp/classes" @"$tmp/sources")
echo "compiled $(wc -l < "$tmp/sources") generated Java files in $((SECONDS - start))s"

javac -proc:none -encoding UTF-8 --release 8 -cp "$classpath:$tmp/classes" -d "$tmp/classes" \
  "$here/check/StubsSmoke.java"
mapfile -t services < <(cd "$tmp/classes" && find kith -name '*Grpc.class' -type f | LC_ALL=C sort |
  sed -e 's/\.class$//' -e 's|/|.|g')
java -cp "$classpath:$tmp/classes" StubsSmoke "${services[@]}"
