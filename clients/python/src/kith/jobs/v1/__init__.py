"""Generated from proto/kith/jobs/v1 by clients/python/generate.sh. Do not edit."""
