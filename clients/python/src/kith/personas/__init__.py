"""Generated from proto/kith/personas by clients/python/generate.sh. Do not edit."""
