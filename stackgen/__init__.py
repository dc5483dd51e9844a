"""stackgen: a serverless sign-in stack as resources and wires, in; a SAM template that deploys, out."""

__version__ = "0.1.0"
