"""Generated from proto/kith/usage/v1 by clients/python/generate.sh. Do not edit."""
