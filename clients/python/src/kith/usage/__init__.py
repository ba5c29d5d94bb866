"""Generated from proto/kith/usage by clients/python/generate.sh. Do not edit."""
