"""Generated from proto/kith/conversations/v1 by clients/python/generate.sh. Do not edit."""
