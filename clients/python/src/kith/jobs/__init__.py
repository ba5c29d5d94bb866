"""Generated from proto/kith/jobs by clients/python/generate.sh. Do not edit."""
