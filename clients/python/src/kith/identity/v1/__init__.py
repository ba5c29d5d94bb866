"""Generated from proto/kith/identity/v1 by clients/python/generate.sh. Do not edit."""
