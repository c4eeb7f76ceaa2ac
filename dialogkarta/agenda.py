"""The meeting's agenda: its items' clock times follow the session's start and end time."""

from __future__ import annotations

from dataclasses import dataclass

from dialogkarta.model.values import SessionData, is_clock
from dialogkarta.templates import Template

STEP = 5  # planned minutes are rounded to five when they are fitted between start and end


@dataclass(frozen=True)
class Slot:
    kind: str  # "intro", "question", "break", "closing"
    key: str  # the question's key ("" for the other kinds)
    start: str  # "HH.MM", as Swedish documents write the time of day
    minutes: int


def _minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def _planned(data: SessionData, template: Template) -> list[tuple[str, int]]:
    planned = []
    for q in data.questions:
        try:
            default = template.question(q.key).planned_minutes
        except KeyError:
            default = 0
        planned.append((q.key, q.planned_minutes if q.planned_minutes is not None else default))
    return planned


def fitted_minutes(data: SessionData, template: Template) -> list[tuple[str, int]]:
    """Return each question's minutes: as planned, or stretched/shrunk to end at the end time."""
    planned = _planned(data, template)
    fixed = template.intro_minutes + template.break_minutes + template.closing_minutes
    if not (is_clock(data.start_time or "") and is_clock(data.end_time or "")):
        return planned
    available = _minutes(data.end_time) - _minutes(data.start_time) - fixed
    total = sum(m for _, m in planned)
    if available <= 0 or total <= 0 or available == total:
        return planned
    fitted = [(key, max(STEP, round(m * available / total / STEP) * STEP) if m else 0) for key, m in planned]
    # Rounding may miss the end by a few minutes: the longest question takes the difference.
    difference = available - sum(m for _, m in fitted)
    if difference and fitted:
        index = max(range(len(fitted)), key=lambda i: fitted[i][1])
        key, minutes = fitted[index]
        fitted[index] = (key, max(0, minutes + difference))
    return fitted


def agenda(data: SessionData, template: Template) -> list[Slot]:
    """Return the agenda from the session's start time; the break falls after the first half."""
    clock = _minutes(data.start_time) if is_clock(data.start_time or "") else 9 * 60
    slots: list[Slot] = []

    def add(kind: str, key: str, minutes: int) -> None:
        nonlocal clock
        if minutes > 0:
            slots.append(Slot(kind, key, f"{clock // 60 % 24:02d}.{clock % 60:02d}", minutes))
            clock += minutes

    questions = fitted_minutes(data, template)
    add("intro", "", template.intro_minutes)
    half = (len(questions) + 1) // 2
    for index, (key, minutes) in enumerate(questions):
        if index == half:
            add("break", "", template.break_minutes)
        add("question", key, minutes)
    add("closing", "", template.closing_minutes)
    return slots


def end_of(data: SessionData, template: Template) -> str:
    """Return the clock time ("HH.MM") the agenda ends."""
    slots = agenda(data, template)
    if not slots:
        return data.start_time.replace(":", ".")
    last = slots[-1]
    hours, minutes = map(int, last.start.split("."))
    end = hours * 60 + minutes + last.minutes
    return f"{end // 60 % 24:02d}.{end % 60:02d}"
