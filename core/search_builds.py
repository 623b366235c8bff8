"""Search index builds on disk: written once, switched to at once, read by many, retired safely.

Layout under the index folder:

    build-<hash>-<random>/<locale>/   one Whoosh index per locale
    build-…/content.sha256            what the build was made from
    build-…/in-use                    every process reading the build holds a shared lock on it
    current -> build-…                the build readers open (a symlink, replaced atomically)

`flask build-index` is the only writer. Readers follow `current` on every search, so a
rebuild is picked up without a restart, and a build a process still has open is never deleted
(its lock says so; locks vanish with the process that held them).
"""

from __future__ import annotations

import fcntl
import logging
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import index
from whoosh.filedb.filestore import FileStorage

log = logging.getLogger(__name__)

CURRENT = "current"
IN_USE = "in-use"
HASH_FILE = "content.sha256"
# A build that stopped being current stays this long even when no process holds it, for a
# process that followed `current` just before the switch and has not locked the build yet.
RETIRE_AFTER_SECONDS = 60.0


class SearchUnavailable(RuntimeError):
    """No readable index: every other page still works, and search says it is unavailable."""


def write(root: Path, digest: str, write_locales: Callable[[Path], None]) -> Path:
    """A new build folder filled by `write_locales`, then made current in one step."""
    root.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=f"build-{digest[:12]}-", dir=root))
    write_locales(folder)
    (folder / HASH_FILE).write_text(digest)
    (folder / IN_USE).touch()
    previous = current_name(root)
    link_tmp = root / f".current-{os.getpid()}-{threading.get_ident()}"
    if link_tmp.is_symlink() or link_tmp.exists():
        link_tmp.unlink()
    link_tmp.symlink_to(folder.name)
    os.replace(link_tmp, root / CURRENT)  # atomic on POSIX: readers see old or new, never half
    if previous and (root / previous).is_dir():
        os.utime(root / previous)  # its retirement time: see RETIRE_AFTER_SECONDS
    remove_retired(root)
    return folder


def current_name(root: Path) -> str | None:
    try:
        return os.readlink(root / CURRENT)
    except OSError:
        return None


def current_hash(root: Path) -> str | None:
    name = current_name(root)
    marker = root / name / HASH_FILE if name else None
    return marker.read_text().strip() if marker and marker.exists() else None


def remove_retired(root: Path, now: float | None = None) -> list[str]:
    """Delete builds that are not current, not open anywhere, and retired a while ago."""
    now = time.time() if now is None else now
    keep = current_name(root)
    removed = []
    for folder in sorted(root.glob("build-*")):
        if folder.name == keep or now - folder.stat().st_mtime < RETIRE_AFTER_SECONDS:
            continue
        if _unlocked(folder):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder.name)
    return removed


def _unlocked(folder: Path) -> bool:
    try:
        fd = os.open(folder / IN_USE, os.O_RDONLY)
    except OSError:
        return True  # a half-written build, or one from before locks: nobody can have it open
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    finally:
        os.close(fd)  # also drops our exclusive lock, if we got it


@dataclass
class OpenBuild:
    """One build, opened read-only by this process, with a shared lock held on it."""

    name: str
    digest: str | None
    indexes: dict[str, index.Index]
    extras: dict[str, object] = field(default_factory=dict)  # what the reader derived from it
    _lock_fd: int | None = None

    def release(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None


def open_build(root: Path, name: str, locales: Iterable[str]) -> OpenBuild:
    folder = root / name
    fd = os.open(folder / IN_USE, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_SH)
    try:
        indexes = {
            locale: FileStorage(str(folder / locale), readonly=True).open_index() for locale in locales
        }
        marker = folder / HASH_FILE
        digest = marker.read_text().strip() if marker.exists() else None
    except BaseException:
        os.close(fd)
        raise
    return OpenBuild(name, digest, indexes, _lock_fd=fd)


class CurrentBuild:
    """This process's view of `current`: reopened when the link moves or the process forks.

    `prepare` reads what the searcher needs from a freshly opened build (the vocabularies); a
    build that cannot be opened or prepared is reported once, not on every search.
    """

    def __init__(self, root: Path, locales: Iterable[str], prepare: Callable[[OpenBuild], None]):
        self.root = root
        self.locales = tuple(locales)
        self.prepare = prepare
        self._open: OpenBuild | None = None
        self._pid = os.getpid()
        self._broken: str | None = None
        self._lock = threading.Lock()

    def get(self) -> OpenBuild:
        name = current_name(self.root)
        if name is None:
            raise SearchUnavailable("no search index has been built")
        opened = self._open
        if opened is not None and opened.name == name and self._pid == os.getpid():
            return opened
        with self._lock:
            if self._pid != os.getpid():
                # A forked child: the parent's open files and lock are not ours to use.
                self._open, self._broken, self._pid = None, None, os.getpid()
            opened = self._open
            if opened is not None and opened.name == name:
                return opened
            if self._broken == name:
                raise SearchUnavailable(f"search index {name} is unreadable")
            fresh = None
            try:
                fresh = open_build(self.root, name, self.locales)
                self.prepare(fresh)
            except Exception as err:  # a damaged index is data, not a bug: say so, keep serving
                if fresh is not None:
                    fresh.release()
                self._broken = name
                log.error("search index %s is unreadable: %s: %s", name, type(err).__name__, str(err))
                raise SearchUnavailable(f"search index {name} is unreadable") from err
            if opened is not None:
                opened.release()
            self._open = fresh
            return fresh

    def status(self) -> str:
        """'ok', or 'unavailable' when no readable build exists."""
        try:
            self.get()
        except SearchUnavailable:
            return "unavailable"
        return "ok"
