"""The steps of an open session, in tab order (a module of its own so the main window can name a step
without loading the session views, which bring in the data layer)."""

from __future__ import annotations

STEP_PREPARE, STEP_MEETING, STEP_DOCUMENTS = range(3)
