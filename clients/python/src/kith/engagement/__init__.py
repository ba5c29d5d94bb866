"""Generated from proto/kith/engagement by clients/python/generate.sh. Do not edit."""
