"""What the documents say about the R&D unit itself: plain values from the user's settings.

The app reads them from its settings store (ui/settings.py) and hands them over as this value;
the documents never import Qt and the command line works without them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class UnitSettings:
    name: str = ""  # the unit's name, e.g. "FoU Socialtjänst Västerbotten"; documents fall back on "FoU-miljön"
    contact: str = ""  # the contact person: name, e-mail, phone, as the unit wants it printed
    purpose: str = ""  # why the unit holds the dialogues; the briefing has a default text
    invited: str = ""  # who is invited; the briefing has a default text
    return_address: str = ""  # where the filled-in survey goes
    slide_template: str = ""  # the unit's own .pptx; empty = the bundled template
