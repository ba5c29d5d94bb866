"""Generated from proto/kith/social by clients/python/generate.sh. Do not edit."""
