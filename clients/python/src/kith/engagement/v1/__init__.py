"""Generated from proto/kith/engagement/v1 by clients/python/generate.sh. Do not edit."""
