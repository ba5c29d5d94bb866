"""Generated from proto/kith/devices/v1 by clients/python/generate.sh. Do not edit."""
