"""Dialogkarta: structured municipal dialogues for regional R&D units in social services."""

__version__ = "0.1.0"
