# Kith: `make run` starts the server, `make test` runs every test.
BUF := clients/tools/node_modules/.bin/buf
CARGO ?= cargo
PY_VENV := clients/python/.venv
TS_DEPS := clients/typescript/node_modules/.package-lock.json

.PHONY: run demo bench test lint proto schema tools fmt clean-test-db clients test-py

## Serve gRPC + gRPC-Web on 127.0.0.1:50051 (own PostgreSQL in ./.kith unless DATABASE_URL is set).
run:
	$(CARGO) run --bin kith -- serve

## Demo user, two devices and a week of usage, through the API of a running `make run`.
demo:
	$(CARGO) run --bin kith -- demo seed

## Ingest, read and chat benchmarks against the release server (BENCH_ROWS=1000000 by default),
## then the nightly jobs of BENCH_NIGHTLY_USERS=10000 synthetic users drained by `kith worker`.
## BENCH_ONLY=api or BENCH_ONLY=nightly runs one part alone.
bench:
	$(CARGO) build --release --bins
	target/release/kith-bench

## Every test: Rust unit and integration tests against a real PostgreSQL (TEST_DATABASE_URL,
## or an embedded one), then the TypeScript (Node + headless Chromium) and Python clients
## against a fresh server.
test: tools
	$(CARGO) test --all-targets
	$(MAKE) test-ts test-py

## Formatting, clippy (warnings are errors), buf lint, src/schema.rs drift, generated clients, and the deployment files (hadolint, compose structure).
lint: tools
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --all-targets -- -D warnings
	$(BUF) lint
	$(BUF) format --diff --exit-code proto
	.ci/schema check
	$(MAKE) clients-check
	deploy/check.sh

## Generated clients match the protos, and the protos break nothing released on main.
.PHONY: clients-check
clients-check: clients
	@git diff --exit-code --stat -- clients || (echo "generated clients differ from the protos: run 'make clients' and commit" >&2; exit 1)
	@test -z "$$(git status --porcelain -- clients/python/src clients/typescript/src clients/kotlin/src)" || \
	  (git status --porcelain -- clients/python/src clients/typescript/src clients/kotlin/src; echo "untracked generated files: run 'make clients' and commit" >&2; exit 1)
	$(BUF) breaking proto --against '.git#branch=main,subdir=proto'

## Check the protos and regenerate the Rust code from them (build.rs does the codegen).
proto: tools
	$(BUF) lint
	$(BUF) format --write proto
	$(CARGO) build

## Regenerate src/schema.rs from the migrations.
schema:
	.ci/schema write

## The pinned buf CLI (npm).
tools: $(BUF)
$(BUF): clients/tools/package-lock.json
	cd clients/tools && npm install --no-audit --no-fund
	touch $(BUF)

## Generated clients: regenerate every client's code from the protos.
clients: tools $(PY_VENV)/bin/pytest $(TS_DEPS)
	clients/python/generate.sh
	clients/kotlin/generate.sh
	$(BUF) generate
	cd clients/typescript && $(CURDIR)/$(BUF) generate
	KITH_UPDATE_CLIENTS=1 $(CARGO) test --test api rust_client::generated_code_matches_the_protos

## Python client tests (clients/python) against a fresh server.
test-py: tools $(PY_VENV)/bin/pytest
	mkdir -p target/tmp
	clients/with-server.sh $(PY_VENV)/bin/pytest -q clients/python/tests

## Kotlin/JVM client: generated code current, every generated Java file compiles (javac), stubs load.
.PHONY: test-kotlin
test-kotlin: tools
	clients/kotlin/check.sh

## TypeScript client tests (Node, and a page in headless Chromium) against a fresh server.
.PHONY: test-ts
test-ts: tools $(TS_DEPS)
	clients/with-server.sh npm --prefix clients/typescript test

## The TypeScript client's npm dependencies (protoc-gen-es among them).
$(TS_DEPS): clients/typescript/package-lock.json
	cd clients/typescript && npm install --no-audit --no-fund
	touch $@

## The Python client's venv: the package (editable) with its test and codegen extras.
$(PY_VENV)/bin/pytest: clients/python/pyproject.toml clients/python/constraints.txt
	test -x $(PY_VENV)/bin/python || python3 -m venv $(PY_VENV)
	$(PY_VENV)/bin/pip install --quiet --disable-pip-version-check -c clients/python/constraints.txt -e 'clients/python[test]'
	touch $@

fmt:
	$(CARGO) fmt --all
	$(BUF) format --write proto

## Stop the PostgreSQL that tests start (it is kept running between test runs).
clean-test-db:
	-kill -INT $$(head -1 target/tmp/kith-test-pg/pg/postmaster.pid 2>/dev/null) 2>/dev/null || true
