"""Generated from proto/kith/apps/v1 by clients/python/generate.sh. Do not edit."""
