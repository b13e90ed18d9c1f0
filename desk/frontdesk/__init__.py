"""desk.frontdesk."""
