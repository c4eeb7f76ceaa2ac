"""Property-based: random edits on two or three copies of one session, then merges in every order.

Copies are real session files changed through ops (as the app changes them), copied as a
facilitator would copy them (a plain file copy), and now and then synchronised by merging one
copy into another. Then: any order and grouping of the merge gives the same session, every note
ever added is there unless it was deleted with no later change, merging again changes nothing,
and the merge leaves its inputs as they were.
"""

from __future__ import annotations

import itertools
import json
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogkarta import files, interchange, ops
from dialogkarta.copies import merge_files
from dialogkarta.merge import merge_sessions
from dialogkarta.store import open_session_file
from dialogkarta.store.queries import note_rows

ACTIONS = ("add", "add", "edit", "delete", "restore", "vote", "group", "ungroup", "minutes", "summary", "sync",
           "title", "timer", "participant", "unparticipant")
QUESTIONS = ("needs", "collaboration")
FACETS = {"needs": "own", "collaboration": "local"}


def _same(data) -> str:
    return json.dumps(interchange.session_to_json(data), sort_keys=True, ensure_ascii=False)


class Copies:
    """Copies of one session on 'laptops' (folders), with a record of every note's history."""

    def __init__(self, folder: Path, count: int) -> None:
        self.folder = folder
        base = files.create_new(folder / "original.dkarta",
                                files.NewSession(county="Västerbottens län", municipalities=["Storuman"], date="2026-03-14"))
        self.events: dict[str, list[str]] = {}
        for text in ("Gemensam ett", "Gemensam två"):
            note = ops.add_note(base.db, question="needs", text=text, facet="own")
            self.events[note.id] = ["change"]
        ops.update_question(base.db, question="needs", changes={"minutes": "Början"})
        base.close()
        self.paths = []
        for index in range(count):
            laptop = folder / f"dator{index}"
            laptop.mkdir()
            shutil.copyfile(folder / "original.dkarta", laptop / "kopia.dkarta")
            self.paths.append(laptop / "kopia.dkarta")
        self.open = [open_session_file(p) for p in self.paths]
        self.undo: list[list] = [[] for _ in range(count)]
        self.counter = 0

    def close(self) -> None:
        for file in self.open:
            file.close()

    def _notes(self, index: int, question: str | None = None) -> list[str]:
        return [r.id for r in note_rows(self.open[index].db, question)]

    def apply(self, index: int, action: str, pick: int, other: int) -> None:
        db = self.open[index].db
        self.counter += 1
        notes = self._notes(index)
        target = notes[pick % len(notes)] if notes else None
        if action == "add" or (target is None and action in ("edit", "delete", "vote", "group")):
            question = QUESTIONS[pick % 2]
            note = ops.add_note(db, question=question, text=f"Ny {self.counter}", facet=FACETS[question])
            self.events[note.id] = ["change"]
        elif action == "edit":
            ops.update_note(db, note_id=target, changes={"text": f"Ändrad {self.counter}"})
            self.events[target].append("change")
        elif action == "vote":
            ops.update_note(db, note_id=target, changes={"votes": pick % 5})
            self.events[target].append("change")
        elif action == "delete":
            self.undo[index].append(ops.delete_notes(db, note_ids=[target]))
            self.events[target].append("delete")
        elif action == "restore" and self.undo[index]:
            snapshots = self.undo[index].pop()
            present = set(notes)
            snapshots = [s for s in snapshots if s.row["id"] not in present]
            if snapshots:
                ops.restore_notes(db, snapshots=snapshots)
                for s in snapshots:
                    self.events[s.row["id"]].append("change")
        elif action == "group":
            question = next(q for q in QUESTIONS if target in self._notes(index, q))
            label = f"Tema {pick % 3}"
            group_id = ops.find_group(db, question=question, label=label)
            if group_id is None:
                ops.create_group(db, question=question, label=label, note_ids=[target])
            else:
                ops.update_note(db, note_id=target, changes={"group_id": group_id})
            self.events[target].append("change")
        elif action == "ungroup":
            label = f"Tema {pick % 3}"
            group_id = ops.find_group(db, question=QUESTIONS[pick % 2], label=label)
            if group_id is not None:
                members = [r.id for r in note_rows(db) if r.group_id == group_id]
                ops.delete_group(db, group_id=group_id)
                for member in members:
                    self.events[member].append("change")
        elif action in ("minutes", "summary"):
            ops.update_question(db, question=QUESTIONS[pick % 2], changes={action: f"{action} {self.counter}"})
        elif action == "title":
            ops.update_session(db, changes={"title": f"Kommundialog {self.counter}"})
        elif action == "timer":
            ops.update_question(db, question=QUESTIONS[pick % 2], changes={"elapsed_seconds": pick})
        elif action == "participant":
            ops.add_participant(db, role=("socialchef", "enhetschef")[pick % 2], area=f"Område {self.counter}")
        elif action == "unparticipant" and ops.participant_ids(db):
            ids = ops.participant_ids(db)
            ops.remove_participant(db, participant_id=ids[pick % len(ids)])
        elif action == "sync" and len(self.paths) > 1:
            source = (index + 1 + other % (len(self.paths) - 1)) % len(self.paths)
            self._sync(index, source)

    def _sync(self, index: int, source: int) -> None:
        """The colleague's copy is merged into this one: the merged file replaces this copy."""
        self.open[index].close()
        merged = self.paths[index].with_name("ihop.dkarta")
        merge_files([self.paths[index], self.paths[source]], merged)
        merged.replace(self.paths[index])
        self.undo[index] = []  # the app's undo history ends with a file replaced by a merge
        self.open[index] = open_session_file(self.paths[index])

    def read(self):
        return [(p.parent.name, files.read_session(p)) for p in self.paths]


STEPS = st.lists(st.tuples(st.integers(0, 2), st.sampled_from(ACTIONS), st.integers(0, 10_000), st.integers(0, 10)),
                 min_size=1, max_size=18)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(count=st.integers(2, 3), steps=STEPS)
def test_merging_copies_in_any_order_and_grouping_gives_the_same_session(count, steps):
    with tempfile.TemporaryDirectory() as name:
        copies = Copies(Path(name), count)
        try:
            for index, action, pick, other in steps:
                copies.apply(index % count, action, pick, other)
        finally:
            copies.close()
        inputs = copies.read()
        before = [_same(data) for _, data in inputs]
        merged = merge_sessions(inputs).data
        expected = _same(merged)

        # Any order, any grouping.
        for order in itertools.permutations(inputs):
            assert _same(merge_sessions(list(order)).data) == expected
        first, *rest = inputs
        left = merge_sessions([first, ("ab", merge_sessions(rest).data)]).data
        assert _same(left) == expected
        right = merge_sessions([("ab", merge_sessions(inputs[:2]).data), *inputs[2:]]).data
        assert _same(right) == expected

        # Merging again, or with any of the copies, changes nothing; the inputs are untouched.
        assert _same(merge_sessions([("m", merged), ("m2", merged)]).data) == expected
        for label, data in inputs:
            assert _same(merge_sessions([("m", merged), (label, data)]).data) == expected
        assert [_same(data) for _, data in inputs] == before

        # Every note ever added is there unless deleted with no later change.
        present = {n.id for _, n in merged.all_notes()}
        for note_id, events in copies.events.items():
            expect = events[-1] != "delete"
            assert (note_id in present) == expect, (note_id, events)

        # The merged file holds exactly the merged session.
        output = Path(name) / "ihop.dkarta"
        merge_files(copies.paths, output)
        assert _same(files.read_session(output)) == expected
