"""Generated from proto/kith/personas/v1 by clients/python/generate.sh. Do not edit."""
