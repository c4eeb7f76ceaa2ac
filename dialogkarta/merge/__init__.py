"""Merging copies of one session (two facilitators, two laptops): pure functions, no Qt, no SQL."""

from dialogkarta.merge.report import MergeReport
from dialogkarta.merge.sessions import MergeResult, merge_sessions

__all__ = ["MergeReport", "MergeResult", "merge_sessions"]
