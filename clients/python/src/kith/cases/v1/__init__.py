"""Generated from proto/kith/cases/v1 by clients/python/generate.sh. Do not edit."""
