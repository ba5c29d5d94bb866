"""Generated from proto/kith/analytics by clients/python/generate.sh. Do not edit."""
