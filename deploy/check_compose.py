"""Checks compose.yaml's structure: the services Kith needs, how they start,
their health checks and dependencies, declared volumes, and no secret
written into the file."""

import re
import sys

import yaml


def fail(message):
    print(f"compose.yaml: {message}", file=sys.stderr)
    sys.exit(1)


def main(path):
    with open(path) as f:
        doc = yaml.safe_load(f)
    services = doc.get("services") or {}
    for name in ("postgres", "api", "worker"):
        if name not in services:
            fail(f"no '{name}' service")
    if services["api"].get("command") != ["serve", "--no-worker"]:
        fail("api must run `kith serve --no-worker`")
    if services["worker"].get("command") != ["worker"]:
        fail("worker must run `kith worker`")
    declared = set((doc.get("volumes") or {}).keys())
    for name, service in services.items():
        if "image" not in service and "build" not in service:
            fail(f"{name}: neither image nor build")
        if "test" not in (service.get("healthcheck") or {}):
            fail(f"{name}: no health check")
        for other, rule in (service.get("depends_on") or {}).items():
            if other not in services:
                fail(f"{name}: depends on unknown service {other}")
            if rule.get("condition") != "service_healthy":
                fail(f"{name}: waits for {other} to be healthy, not just started")
        for volume in service.get("volumes") or []:
            source = volume.split(":", 1)[0]
            if not source.startswith(("/", ".")) and source not in declared:
                fail(f"{name}: volume {source} is not declared")
        env = service.get("environment") or {}
        for key, value in env.items():
            if re.search(r"SECRET|PASSWORD|TOKEN|KEY", key) and not re.fullmatch(r"\$\{[A-Z_]+:\?[^}]*\}", str(value)):
                fail(f"{name}: {key} must come from the environment (${{VAR:?...}})")
    for name in ("api", "worker"):
        env = services[name].get("environment") or {}
        for key in ("DATABASE_URL", "KITH_JWT_SECRET"):
            if key not in env:
                fail(f"{name}: {key} is not set")
    print(f"compose.yaml: {len(services)} services ok")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "compose.yaml")
