"""The JSON Schema of the stack spec, shipped inside the stackgen package as ``stackgen.schemas``."""
