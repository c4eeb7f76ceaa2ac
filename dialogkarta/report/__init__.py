"""Documents: a plain report model built from a session, and one writer per format."""
