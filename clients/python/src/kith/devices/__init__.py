"""Generated from proto/kith/devices by clients/python/generate.sh. Do not edit."""
