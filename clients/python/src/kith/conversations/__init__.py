"""Generated from proto/kith/conversations by clients/python/generate.sh. Do not edit."""
