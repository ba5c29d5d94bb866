# syntax=docker/dockerfile:1
# Kith in a container: a multi-stage build whose dependency layer is cached
# (cargo-chef cooks the dependencies from a recipe that changes only with
# Cargo.toml and Cargo.lock), and a slim runtime that runs as a non-root
# user with a gRPC health probe (`kith health`).

FROM rust:1.95-bookworm AS chef
RUN cargo install cargo-chef --locked --version 0.1.78
WORKDIR /src

FROM chef AS planner
COPY . .
RUN cargo chef prepare --recipe-path recipe.json

FROM chef AS build
COPY --from=planner /src/recipe.json recipe.json
# The dependencies alone: rebuilt only when the recipe changes.
RUN cargo chef cook --release --recipe-path recipe.json --bin kith
COPY Cargo.toml Cargo.lock build.rs ./
COPY proto proto
COPY migrations migrations
COPY assets assets
COPY src src
# A dev-dependency of the tests, but cargo reads every path it names.
COPY clients/rust clients/rust
RUN cargo build --release --locked --bin kith

FROM debian:bookworm-slim AS runtime
# CA roots for outbound HTTPS (AI providers, webhooks, push); the
# PostgreSQL client tools for backups (pg_dump) and checks (psql). Not
# pinned: the slim base's security updates should land on each rebuild.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates postgresql-client \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --home-dir /var/lib/kith --uid 10001 kith
COPY --from=build /src/target/release/kith /usr/local/bin/kith
USER 10001
WORKDIR /var/lib/kith
ENV KITH_ADDR=0.0.0.0:50051 \
    KITH_DATA_DIR=/var/lib/kith \
    KITH_LOG_FORMAT=json
EXPOSE 50051
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
    CMD ["kith", "health", "--addr", "http://127.0.0.1:50051"]
ENTRYPOINT ["kith"]
CMD ["serve"]
