"""desk.storage."""
