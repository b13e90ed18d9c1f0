"""desk: front-desk software for clinics."""

__version__ = "0.1.0"
