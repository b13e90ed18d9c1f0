"""desk.forms."""
