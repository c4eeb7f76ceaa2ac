"""The app's one way in: SessionDocument.open refuses a bad file with the project's error, and lets go of it."""

from __future__ import annotations

import pytest

from dialogkarta.errors import DialogkartaError, FileLocked
from dialogkarta.store.lock import EditLock
from dialogkarta.ui.document import SessionDocument
from tests import crafted


@pytest.mark.parametrize("kind", ["empty_session_table", "missing_table", "newer_revision", "trigger"])
def test_bad_file_gives_the_same_named_error_twice_and_stays_unlocked(qtbot, tmp_path, example_paths, kind):
    path = crafted.ALL[kind](tmp_path, example_paths[0])
    messages = []
    for _attempt in range(2):
        with pytest.raises(DialogkartaError) as info:
            SessionDocument.open(path)
        assert not isinstance(info.value, FileLocked)
        assert str(path) in str(info.value)
        messages.append(str(info.value))
    assert messages[0] == messages[1]
    assert "används redan" not in messages[1]
    EditLock.acquire(path).release()  # the failed opens left no lock behind


def test_good_file_opens_loaded_and_locked(qtbot, example_session):
    document = SessionDocument.open(example_session)
    try:
        assert document.data().title
        with pytest.raises(FileLocked):
            SessionDocument.open(example_session)
    finally:
        document.close()
    EditLock.acquire(example_session).release()
