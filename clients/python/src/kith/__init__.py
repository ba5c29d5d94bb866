"""Generated from proto/kith by clients/python/generate.sh. Do not edit."""
