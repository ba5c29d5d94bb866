"""Generated from proto/kith/identity by clients/python/generate.sh. Do not edit."""
