"""Election knowledge as plain Python: no Qt, no SQL."""
