"""desk.sync."""
