"""County synthesis: merge and compare many sessions, pure Python over loaded sessions."""
