"""Generated from proto/kith/apps by clients/python/generate.sh. Do not edit."""
