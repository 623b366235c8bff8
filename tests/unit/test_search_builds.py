"""Index builds on disk: missing, damaged, rebuilt under a reader, retired only when unused.

These reproduce what once took search (or the whole site) down: a truncated segment, a
rebuild while workers were serving, and a build deleted while a worker still had it open.
"""

from __future__ import annotations

import dataclasses
import gc
import os
import subprocess
import sys
import time
import warnings
from pathlib import Path

import pytest

from core import search_builds
from core.articles import load_library
from core.search import SearchIndex, SearchUnavailable, build

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "content"


@pytest.fixture(scope="module")
def content() -> dict:
    library = load_library(FIXTURES, ("en", "es"))
    return {loc: library.translated(loc) for loc in ("en", "es")}


def _renamed(content: dict, title: str) -> dict:
    first, *rest = content["en"]
    return {**content, "en": [dataclasses.replace(first, title=title), *rest]}


def test_no_index_means_search_is_unavailable_not_an_error(tmp_path: Path, content: dict) -> None:
    index = SearchIndex(tmp_path / "never-built", content)
    assert index.status() == "unavailable"
    with pytest.raises(SearchUnavailable):
        index.search("en", "article")


def test_a_damaged_index_is_unavailable_and_a_rebuild_brings_search_back(
    tmp_path: Path, content: dict
) -> None:
    folder = build(tmp_path, content)
    for segment in (folder / "en").iterdir():
        if segment.suffix != ".toc":
            segment.write_bytes(segment.read_bytes()[:40])  # truncated, as a full disk leaves it
    index = SearchIndex(tmp_path, content)
    # Whoosh leaves the damaged segment's file to the garbage collector when it cannot read
    # it; collect it here, where that is expected.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        assert index.status() == "unavailable"
        with pytest.raises(SearchUnavailable):
            index.search("en", "article")
        gc.collect()
    build(tmp_path, content)  # the fix is a rebuild; the same process picks it up, no restart
    assert index.status() == "ok"
    assert index.search("en", "article").total == 2


def test_a_rebuild_is_picked_up_by_a_running_reader(tmp_path: Path, content: dict) -> None:
    build(tmp_path, content)
    index = SearchIndex(tmp_path, _renamed(content, "Zebra article"))
    assert index.status() == "stale"  # built from other content than the site now has
    assert index.search("en", "zebra").total == 0
    build(tmp_path, _renamed(content, "Zebra article"))
    assert index.status() == "ok"
    assert [hit.slug for hit in index.search("en", "zebra").hits] == ["first"]


def test_a_build_a_process_has_open_is_never_deleted(tmp_path: Path, content: dict) -> None:
    first = build(tmp_path, content)
    reader = SearchIndex(tmp_path, content)
    reader.search("en", "article")  # this process now holds the first build
    second = build(tmp_path, content)
    later = time.time() + 10 * search_builds.RETIRE_AFTER_SECONDS
    assert search_builds.remove_retired(tmp_path, now=later) == []
    assert first.exists()
    assert reader.search("en", "article").total == 2  # moves to the second build, lets go
    assert search_builds.remove_retired(tmp_path, now=later) == [first.name]
    assert second.exists() and not first.exists()


def test_a_build_held_by_another_process_is_kept(tmp_path: Path, content: dict) -> None:
    first = build(tmp_path, content)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, os, sys, time;"
            "fd = os.open(sys.argv[1], os.O_RDONLY); fcntl.flock(fd, fcntl.LOCK_SH);"
            "print('held', flush=True); time.sleep(60)",
            str(first / search_builds.IN_USE),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        build(tmp_path, content)
        later = time.time() + 10 * search_builds.RETIRE_AFTER_SECONDS
        assert search_builds.remove_retired(tmp_path, now=later) == []
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert search_builds.remove_retired(tmp_path, now=later) == [first.name]


def test_a_just_retired_build_waits_before_it_goes(tmp_path: Path, content: dict) -> None:
    first = build(tmp_path, content)
    build(tmp_path, content)
    assert first.exists()  # nobody holds it, but it stopped being current only now
    assert search_builds.remove_retired(tmp_path) == []


def test_a_forked_child_opens_its_own_build(tmp_path: Path, content: dict) -> None:
    build(tmp_path, content)
    index = SearchIndex(tmp_path, content)
    parent_build = index._current.get()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: what a gunicorn worker is after a preloading master forks
        try:
            ok = index._current.get() is not parent_build and index.search("en", "article").total == 2
            os.write(write, b"1" if ok else b"0")
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    assert os.read(read, 1) == b"1"
