"""What a merge did, copy by copy, in Swedish lines for the command line, the app and the synthesis."""

from __future__ import annotations

from dataclasses import dataclass, field

FIELD_LABELS = {
    "summary": "summering", "minutes": "löpande anteckningar", "planned_minutes": "planerad tid",
    "preparation": "förberedande kartläggning", "contact_talk": "samtalet med kontaktpersonerna",
    "next_steps": "nästa steg",
}


@dataclass
class MergeReport:
    sources: list[str] = field(default_factory=list)  # the copies' labels, in the order given
    only_in: dict[str, int] = field(default_factory=dict)  # copy -> notes no other copy had
    changed_from: dict[str, int] = field(default_factory=dict)  # copy -> notes whose later change came from it
    kept_despite_deletion: list[tuple[str, str]] = field(default_factory=list)  # (note id, text)
    deleted: list[tuple[str, str, str]] = field(default_factory=list)  # (note id, text, deleting origin)
    conflicts: list[str] = field(default_factory=list)  # fields with both versions kept ("needs.minutes")
    talks_differing: list[str] = field(default_factory=list)  # one-to-one talks changed differently

    def note_sources(self, note_id: str, winners: dict[str, set[str]], present_in: set[str]) -> None:
        """Count where a merged note came from: one copy only, or a later change from some copies."""
        if len(present_in) == 1 and len(self.sources) > 1:
            (only,) = present_in
            self.only_in[only] = self.only_in.get(only, 0) + 1
            return
        for source in present_in:
            if any(source in names and len(names) < len(present_in) for names in winners.values()):
                self.changed_from[source] = self.changed_from.get(source, 0) + 1

    @property
    def changed_anything(self) -> bool:
        return bool(self.only_in or self.changed_from or self.kept_despite_deletion or self.deleted or self.conflicts)

    def lines(self, labels: dict[str, str] | None = None) -> list[str]:
        """Swedish lines: what came from where, what was kept and what needs the facilitator."""
        labels = labels or {}
        out = []
        for source in self.sources:
            parts = []
            if self.only_in.get(source):
                parts.append(f"{_notes(self.only_in[source])} fanns bara här")
            if self.changed_from.get(source):
                parts.append(f"{_notes(self.changed_from[source])} har sin senaste ändring härifrån")
            out.append(f"{source}: {'; '.join(parts) if parts else 'inget som inte redan fanns i de andra kopiorna'}")
        for _, text in self.kept_despite_deletion:
            out.append(f"behållen: «{_short(text)}» togs bort i en kopia men ändrades senare i en annan")
        if self.deleted:
            out.append(f"{_notes(len(self.deleted))} borttagna (i en kopia, och inte ändrade efteråt i någon annan)")
        for role in self.talks_differing:
            out.append(f"enskilt samtal ({role}): ändrat olika i kopiorna; en av versionerna behölls, se över det")
        for name in self.conflicts:
            out.append(f"att jämka ihop: {_field_label(name, labels)} ändrades i flera kopior; "
                       f"alla versioner finns kvar i fältet, markerade")
        return out


def _notes(count: int) -> str:
    return f"{count} anteckning" if count == 1 else f"{count} anteckningar"


def _field_label(name: str, labels: dict[str, str]) -> str:
    if "." in name:
        key, field_name = name.split(".", 1)
        return f"frågan «{labels.get(key, key)}», {FIELD_LABELS.get(field_name, field_name)}"
    return f"sessionens {FIELD_LABELS.get(name, name)}"


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
