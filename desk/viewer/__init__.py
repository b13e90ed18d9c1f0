"""desk.viewer."""
