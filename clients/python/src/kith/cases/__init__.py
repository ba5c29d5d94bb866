"""Generated from proto/kith/cases by clients/python/generate.sh. Do not edit."""
