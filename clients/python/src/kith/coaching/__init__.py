"""Generated from proto/kith/coaching by clients/python/generate.sh. Do not edit."""
