"""Generated from proto/kith/chat/v1 by clients/python/generate.sh. Do not edit."""
