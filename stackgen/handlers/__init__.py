"""Functions that a template carries inline (standard library and boto3 only, no stackgen import)."""
