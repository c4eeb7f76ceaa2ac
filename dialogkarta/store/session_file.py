"""Open, create and upgrade a session file (.dkarta): one SQLite database per dialogue session.

Every change is committed when it happens, with the rollback journal (not WAL) and
synchronous=FULL, so a killed process loses no committed change and a closed file is
complete on its own: no side files are needed when it is copied or mailed.
"""

from __future__ import annotations

import glob
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session as Db

from dialogkarta.atomic import replace_durably
from dialogkarta.errors import DialogkartaError, FileProblem, os_reason
from dialogkarta.model.tables import metadata
from dialogkarta.store import journal, migrate
from dialogkarta.store.backup import make_backup
from dialogkarta.store.file_checks import (  # the checks reading a file shares (store/read_only.py)
    APPLICATION_ID,
    check_header,
)
from dialogkarta.store.file_checks import has_journal as _has_journal
from dialogkarta.store.file_checks import in_wal_mode as _in_wal_mode
from dialogkarta.store.file_checks import journal_is_hot as _journal_is_hot
from dialogkarta.store.file_checks import journal_of as _journal
from dialogkarta.store.file_checks import reason as _reason
from dialogkarta.store.file_checks import verify_and_revision as _verify_and_revision
from dialogkarta.store.file_guard import FileGuard
from dialogkarta.store.lock import EditLock
from dialogkarta.store.untrusted import harden

SUFFIX = ".dkarta"


def _set_pragmas(dbapi_connection, _record) -> None:
    harden(dbapi_connection)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    # Deleted text is zeroed, not left in free space: a file mailed on carries no deleted
    # notes (personal data removed in the app is gone), and a leftover journal's pages hold
    # only live rows, which store/journal.py relies on to recognise its file.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def _engine(path: Path, *, readonly: bool):
    if readonly:
        uri = path.resolve().as_uri() + "?mode=ro"
        engine = create_engine(
            "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
        )
    else:
        engine = create_engine(
            f"sqlite:///{path}", connect_args={"check_same_thread": False}
        )
    event.listen(engine, "connect", _set_pragmas)
    return engine


class SessionFile:
    """An open session file; `db` is its SQLModel session (autosave: commit every change).

    Opened for editing, it holds an EditLock on the file until close(), so a second window or
    process is refused with FileLocked instead of writing to the same file.
    """

    def __init__(
        self, path: Path, *, readonly: bool = False, working_copy: Path | None = None, lock: EditLock | None = None
    ) -> None:
        self.path = path
        self.readonly = readonly
        self._working_copy = working_copy
        self.guard: FileGuard | None = None  # notices a file deleted, moved or replaced while open
        self.notices: list[str] = []  # Swedish sentences the user should read on opening (e.g. a journal set aside)
        self._lock = lock if readonly or lock is not None else EditLock.acquire(path)
        try:
            self.engine = _engine(working_copy or path, readonly=readonly)
            self.db = Db(self.engine, expire_on_commit=False)
            self.db.info["path"] = path  # for messages naming the file (ops)
            if self._lock is not None and working_copy is None:
                self.guard = FileGuard(path, self._lock, self.db, _session_id(self.engine))
        except Exception:
            if self._lock is not None:
                self._lock.release()
            raise

    def close(self) -> None:
        """Close the file and release its lock; nothing is left beside it."""
        self.db.close()
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        if self._working_copy is not None:
            self._working_copy.unlink(missing_ok=True)
            self._working_copy = None

    def __enter__(self) -> SessionFile:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def _session_id(engine) -> str | None:
    """The id of the session the file holds (None in a file still being made)."""
    try:
        with engine.connect() as connection:
            return connection.exec_driver_sql("SELECT id FROM session").scalar()
    except SQLAlchemyError:
        return None


def _transactional_ddl(dbapi_connection, _record) -> None:
    # Python's sqlite3 runs DDL outside any transaction; we begin one ourselves below.
    dbapi_connection.isolation_level = None


def _upgrade(path: Path) -> None:
    """Run the migrations in ONE transaction, so a crash leaves the old revision, never half a new one."""
    engine = _engine(path, readonly=False)
    event.listen(engine, "connect", _transactional_ddl)
    event.listen(engine, "begin", lambda connection: connection.exec_driver_sql("BEGIN IMMEDIATE"))
    try:
        with engine.begin() as connection:
            migrate.upgrade_to(connection)
    finally:
        engine.dispose()


def open_session_file(path: str | Path, *, readonly: bool = False) -> SessionFile:
    """Open a session file, upgrading an older one (after a .bak copy); refuse newer or foreign files.

    With readonly=True the file itself is never changed: an older file is upgraded in a
    temporary copy instead. Opened for editing, the file is locked first (FileLocked if another
    window or process has it), so two instances never upgrade or write it at the same time.
    """
    path = Path(path)
    try:
        return _open(path, readonly=readonly)
    except DialogkartaError:
        raise
    except (OSError, SQLAlchemyError, sqlite3.Error) as exc:  # whatever else: name the file, no traceback
        raise FileProblem(f"filen kan inte öppnas ({os_reason(exc)})", path=path) from exc


def _open(path: Path, *, readonly: bool) -> SessionFile:
    if not path.is_file():
        check_header(path)  # names what is missing
    if not readonly and not _writable(path):
        readonly = True
    if readonly and _in_wal_mode(path):
        return _open_wal_copy(path)
    if readonly and _has_journal(path) and _journal_is_hot(path):
        reason = journal.foreign_reason(path)
        try:
            if reason is not None:  # never played: read the file as it is, in a copy without the journal
                file = _open_recovered_copy(path, with_journal=False)
                file.notices.append(journal.notice(path, reason, None))
                return file
            return _open_recovered_copy(path)
        except _JournalGone:
            pass  # rolled back or committed meanwhile: the file itself is complete again
    lock = None if readonly else EditLock.acquire(path)
    try:
        notices = []
        if lock is not None and _has_journal(path):
            reason = journal.foreign_reason(path) if _journal_is_hot(path) else None
            if reason is not None:
                notices.append(journal.notice(path, reason, _set_journal_aside(path)))
            _recover_in_place(path)
        check_header(path)
        file = _open_checked(path, readonly=readonly, lock=lock)
        file.notices.extend(notices)
        return file
    except BaseException:
        if lock is not None:
            lock.release()
        raise


# --- after a crash ---------------------------------------------------------------------
# A process killed in the middle of a commit leaves a "hot" rollback journal beside the file.
# SQLite restores the last committed state from it, but only on a connection that may write;
# a read-only connection fails with "attempt to write a readonly database".


class _JournalGone(Exception):
    """The journal disappeared while it was being copied (its owner finished)."""


def _recover_in_place(path: Path) -> None:
    """Let SQLite roll back a hot journal (only a journal no live process owns is rolled back)."""
    try:
        connection = sqlite3.connect(path)
        try:
            harden(connection)
            connection.execute("PRAGMA schema_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise FileProblem(f"filen är skadad eller kan inte läsas ({exc})", path=path) from exc


def _open_wal_copy(path: Path) -> SessionFile:
    """Read a WAL-mode file through a copy: reading it in place would create -wal and -shm beside it."""
    handle, name = tempfile.mkstemp(suffix=SUFFIX, prefix="dialogkarta-")
    os.close(handle)
    copy = Path(name)
    try:
        shutil.copyfile(path, copy)
        wal = path.with_name(path.name + "-wal")
        if wal.exists():  # committed changes not yet written into the file itself
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        connection = sqlite3.connect(copy)
        try:
            connection.execute("PRAGMA journal_mode=DELETE")  # folds the copied -wal into the copy
        finally:
            connection.close()
        file = _open_recovered_copy(copy, with_journal=False)
        file.path = path
        file.db.info["path"] = path
        return file
    except sqlite3.Error as exc:
        raise FileProblem(f"filen är skadad eller kan inte läsas ({exc})", path=path) from exc
    except OSError as exc:
        raise FileProblem(f"filen kan inte läsas ({exc.strerror or exc})", path=path) from exc
    except FileProblem as exc:
        raise FileProblem(exc.message, path=path) from exc
    finally:
        for leftover in (copy, copy.with_name(copy.name + "-wal"), copy.with_name(copy.name + "-shm")):
            leftover.unlink(missing_ok=True)


def _set_journal_aside(path: Path) -> Path:
    try:
        return journal.set_aside(path)
    except OSError as exc:
        raise FileProblem(f"en kvarlämnad kraschjournal som inte hör till filen kan inte flyttas undan ({exc.strerror})",
                          path=path) from exc


def _open_recovered_copy(path: Path, *, with_journal: bool = True) -> SessionFile:
    """Open read-only a recovered temporary copy, leaving the file and its journal untouched.

    with_journal=False copies the file alone, for a journal that is not the file's own.
    """
    handle, name = tempfile.mkstemp(suffix=SUFFIX, prefix="dialogkarta-")
    os.close(handle)
    copy = Path(name)
    try:
        shutil.copyfile(path, copy)
        if with_journal:
            try:
                shutil.copyfile(_journal(path), _journal(copy))
            except FileNotFoundError as exc:
                raise _JournalGone from exc
            _recover_in_place(copy)
        try:
            check_header(copy)
        except FileProblem as exc:
            raise FileProblem(exc.message, path=path) from exc
        revision = _verify_and_revision(copy, named=path)
        if revision != migrate.head_revision():
            _upgrade_copy(copy, named=path)
        return SessionFile(path, readonly=True, working_copy=copy)
    except OSError as exc:
        copy.unlink(missing_ok=True)
        raise FileProblem(f"filen kan inte läsas ({exc.strerror or exc})", path=path) from exc
    except BaseException:
        copy.unlink(missing_ok=True)
        raise
    finally:
        _journal(copy).unlink(missing_ok=True)


def _upgrade_copy(copy: Path, *, named: Path) -> None:
    """Upgrade a temporary copy of `named`; a failure names the file the user picked."""
    try:
        _upgrade(copy)
    except (SQLAlchemyError, sqlite3.Error) as exc:
        raise FileProblem(f"filen kunde inte uppgraderas för läsning ({_reason(exc)})", path=named) from exc


def _open_upgraded_copy(path: Path) -> SessionFile:
    """Open read-only an upgraded temporary copy of an older file; the file itself is not changed."""
    handle, name = tempfile.mkstemp(suffix=SUFFIX, prefix="dialogkarta-")
    os.close(handle)
    copy = Path(name)
    try:
        shutil.copyfile(path, copy)
        _upgrade_copy(copy, named=path)
        return SessionFile(path, readonly=True, working_copy=copy)
    except BaseException:
        copy.unlink(missing_ok=True)
        _journal(copy).unlink(missing_ok=True)
        raise


def _open_checked(path: Path, *, readonly: bool, lock: EditLock | None) -> SessionFile:
    revision = _verify_and_revision(path)
    if revision == migrate.head_revision():
        return SessionFile(path, readonly=readonly, lock=lock)
    if readonly:
        return _open_upgraded_copy(path)
    backup = make_backup(path)
    try:
        _upgrade(path)
    except (SQLAlchemyError, sqlite3.Error) as exc:
        raise FileProblem(
            f"filen kunde inte uppgraderas ({os_reason(exc)}); originalet finns kvar i {backup.name}",
            path=path,
        ) from exc
    return SessionFile(path, lock=lock)


def _writable(path: Path) -> bool:
    # SQLite needs to create its journal beside the file.
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _remove_dead_partials(path: Path) -> None:
    """Remove what a killed earlier import or creation of this file left (its hidden .partial and journal)."""
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*.partial"):
        pid = leftover.name[len(path.name) + 2:-len(".partial")]
        if pid.isdigit() and not _alive(int(pid)):
            leftover.unlink(missing_ok=True)
            _journal(leftover).unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process, or a platform that cannot tell: leave it
    return True


def create_session_file(
    path: str | Path, *, fill: Callable[[SessionFile], None] | None = None, overwrite: bool = False
) -> SessionFile:
    """Create a session file at the newest revision, let fill() write into it, and return it open.

    The file is built under a temporary name in the same folder and renamed into place only
    when fill() has finished, so a crash or an error never leaves a half-made file under the
    real name.
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise FileProblem("filen finns redan; välj ett annat namn", path=path)
    folder = path.parent
    if not folder.is_dir():
        raise FileProblem("mappen finns inte", path=path)
    if not os.access(folder, os.W_OK):
        raise FileProblem("mappen är skrivskyddad; filen kan inte skapas", path=path)
    _remove_dead_partials(path)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    # Never replace a file that is open for editing elsewhere: that window would go on
    # writing into the replaced file and lose everything.
    old_lock = EditLock.acquire(path) if path.exists() and _writable(path) else None
    try:
        engine = _engine(partial, readonly=False)
        try:
            with engine.begin() as connection:
                connection.execute(text(f"PRAGMA application_id={APPLICATION_ID}"))
                metadata.create_all(connection)
                migrate.stamp_head(connection)
        finally:
            engine.dispose()
        if fill is not None:
            with SessionFile(partial) as file:
                fill(file)
        replace_durably(partial, path)
    except (OSError, SQLAlchemyError) as exc:
        raise FileProblem(f"filen kunde inte skapas ({_reason(exc)})", path=path) from exc
    finally:
        partial.unlink(missing_ok=True)
        _journal(partial).unlink(missing_ok=True)
        if old_lock is not None:
            old_lock.release()
    return SessionFile(path)
