"""Generated from proto/kith/notifications by clients/python/generate.sh. Do not edit."""
