"""Generated from proto/kith/coaching/v1 by clients/python/generate.sh. Do not edit."""
