"""Generated from proto/kith/chat by clients/python/generate.sh. Do not edit."""
