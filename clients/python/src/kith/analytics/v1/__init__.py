"""Generated from proto/kith/analytics/v1 by clients/python/generate.sh. Do not edit."""
