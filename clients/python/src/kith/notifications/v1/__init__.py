"""Generated from proto/kith/notifications/v1 by clients/python/generate.sh. Do not edit."""
