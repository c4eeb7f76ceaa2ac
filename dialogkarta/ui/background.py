"""One way to run long work off the GUI thread: `BackgroundOp(parent, op).success(...).run_in_background()`.

Modelled on Anki's `CollectionOp`/`QueryOp` (qt/aqt/operations): the work is a plain function
that never touches a widget; everything it reports — progress, its result, its error — arrives
on the GUI thread, and an error is shown the same way everywhere (one message box naming the
file and the problem, never a traceback) unless the caller handles it with `.failure(...)`.

    BackgroundOp(self, lambda progress: export(..., progress=progress)) \\
        .with_progress(self.progress_bar, self.status_label) \\
        .success(self._done) \\
        .run_in_background()

`op` receives a `progress(done, total, what="")` callable; `what` is shown in the label when it
is a string and passed on to `.on_progress(...)` as it is (the start screen sends a row).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressBar, QWidget

T = TypeVar("T")
Progress = Callable[..., None]  # progress(done: int, total: int, what: object = "")

_running: set[BackgroundOp] = set()  # keeps each op (and its relay) alive until it has reported


class Cancelled(Exception):
    """Raised inside the work by `progress` once the op was cancelled, to stop it early."""


def error_text(exc: BaseException) -> str:
    """The one sentence a user sees for a failed job: our own errors as they are, anything else named."""
    from dialogkarta.errors import DialogkartaError, os_reason

    if isinstance(exc, DialogkartaError):
        return str(exc)
    if isinstance(exc, OSError):  # a full disk, a read-only folder: the file and the reason
        return f"{exc.filename}: {os_reason(exc)}" if exc.filename else os_reason(exc)
    return QCoreApplication.translate("BackgroundOp", "Ett oväntat fel inträffade (%1): %2") \
        .replace("%1", type(exc).__name__).replace("%2", str(exc))


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """Show a failed job's error; the one place every background error is shown."""
    QMessageBox.warning(parent, title, error_text(exc))


class _Relay(QObject):
    """Lives on the GUI thread; the worker's signals are queued to its slots."""

    progressed = Signal(int, int, object)
    finished = Signal(object, object)  # result, exception (one of them is None)

    def __init__(self, op: BackgroundOp) -> None:
        super().__init__()
        self.op = op
        # explicit queued connections: the slots run on this object's (the GUI) thread
        self.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)

    @Slot(int, int, object)
    def _progressed(self, done: int, total: int, what: object) -> None:
        self.op._deliver_progress(done, total, what)

    @Slot(object, object)
    def _finished(self, result: object, error: object) -> None:
        self.op._deliver_result(result, error)


class _Runnable(QRunnable):
    def __init__(self, op: BackgroundOp) -> None:
        super().__init__()
        self.op = op

    def run(self) -> None:
        op = self.op
        try:
            result, error = op._op(op._report), None
        except BaseException as exc:  # noqa: BLE001 - reported on the GUI thread, never a crash
            result, error = None, exc
        try:
            op._relay.finished.emit(result, error)
        except RuntimeError:  # the application is shutting down and the relay is gone: no one to tell
            pass


class BackgroundOp(Generic[T]):
    """Run `op(progress)` on Qt's thread pool and report back on the GUI thread."""

    def __init__(self, parent: QWidget | None, op: Callable[[Progress], T], *, title: str = "") -> None:
        self._parent = parent
        self._op = op
        self._title = title or QCoreApplication.translate("BackgroundOp", "Dialogkarta")
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[BaseException], Any] | None = None
        self._on_progress: Callable[[int, int, object], Any] | None = None
        self._bar: QProgressBar | None = None
        self._label: QLabel | None = None
        self._cancelled = threading.Event()
        self._relay = _Relay(self)
        self.running = False
        self.result: T | None = None
        self.error: BaseException | None = None

    # --- building ---------------------------------------------------------------------

    def success(self, callback: Callable[[T], Any]) -> BackgroundOp[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], Any]) -> BackgroundOp[T]:
        """Handle the error yourself instead of the standard message box."""
        self._failure = callback
        return self

    def on_progress(self, callback: Callable[[int, int, object], Any]) -> BackgroundOp[T]:
        self._on_progress = callback
        return self

    def with_progress(self, bar: QProgressBar | None, label: QLabel | None = None) -> BackgroundOp[T]:
        """Show progress in `bar` (and a text in `label`), reset to empty if the job fails."""
        self._bar, self._label = bar, label
        return self

    # --- running ----------------------------------------------------------------------

    def run_in_background(self) -> BackgroundOp[T]:
        self.running = True
        _running.add(self)
        if self._bar is not None:
            self._bar.setRange(0, 0)  # busy until the work reports how far it is (some never do)
        QThreadPool.globalInstance().start(_Runnable(self))
        return self

    def cancel(self) -> None:
        """Stop reporting: no more callbacks; the work stops at its next progress report."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def _report(self, done: int, total: int, what: object = "") -> None:  # on the worker thread
        if self._cancelled.is_set():
            raise Cancelled()
        self._relay.progressed.emit(int(done), int(total), what)

    # --- on the GUI thread --------------------------------------------------------------

    def _alive(self) -> bool:
        return not self.cancelled and (self._parent is None or shiboken6.isValid(self._parent))

    def _deliver_progress(self, done: int, total: int, what: object) -> None:
        if not self._alive():
            return
        if self._bar is not None and shiboken6.isValid(self._bar):
            self._bar.setRange(0, max(total, 1))
            self._bar.setValue(done)
        if self._label is not None and isinstance(what, str) and what and shiboken6.isValid(self._label):
            self._label.setText(what)
        if self._on_progress is not None:
            self._on_progress(done, total, what)

    def _settle_bar(self, *, done: bool) -> None:
        """A finished job leaves a full bar, a failed one an empty bar, never a busy one."""
        if self._bar is None or not shiboken6.isValid(self._bar):
            return
        if self._bar.maximum() == 0:
            self._bar.setRange(0, 1)
        self._bar.setValue(self._bar.maximum() if done else 0)

    def _deliver_result(self, result: object, error: object) -> None:
        _running.discard(self)
        self.running = False
        self.result, self.error = result, error  # type: ignore[assignment]
        if not self._alive():
            return
        if error is not None:
            if not isinstance(error, Exception):  # SystemExit, KeyboardInterrupt: not ours to swallow
                raise error  # type: ignore[misc]
            self._settle_bar(done=False)
            if self._failure is not None:
                self._failure(error)
            else:
                show_error(self._parent, self._title, error)
            return
        self._settle_bar(done=True)
        if self._success is not None:
            self._success(result)  # type: ignore[arg-type]


def running_ops() -> int:
    """How many ops have not reported back yet (tests wait for 0)."""
    return len(_running)
