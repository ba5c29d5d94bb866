"""Generated from proto/kith/social/v1 by clients/python/generate.sh. Do not edit."""
