"""The distribution version, kept here so that reading it costs no import of importlib.metadata."""

__version__ = "0.1.0"
