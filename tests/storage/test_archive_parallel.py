"""The archive export's documents made in worker processes (issue 18): the same files, byte for
byte, as an export made in one process; a document refused in a worker is refused with the same
Norwegian message; and no worker outlives its export, whether it finished, was cancelled or
failed."""

from __future__ import annotations

import io
import json
import multiprocessing
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pikepdf
import pytest

from bufapp.domain.disclosure import Disclosure, Secret, SecretKind
from bufapp.domain.enums import Audience
from bufapp.errors import ArchiveExportFailed, DisclosureBlocked, ExportCancelled, ExportFolderGone
from bufapp.services.archive import render as archive_render
from bufapp.services.archive.export import ArchiveExportService, ExportResult
from bufapp.services.archive.model import ExportScope
from bufapp.services.network_documents import NetworkDocuments
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import NOW, PASSPHRASE
from tests.storage import test_archive_export as shared
from tests.storage.test_archive_export import Case
from tests.storage.worker_probe import loaded_modules

case, target = shared.case, shared.target  # the same fixtures, found here by pytest


def in_workers(_count: int) -> int:
    return 2


def here(_count: int) -> int:
    return 0


def service(vault: Vault, forms: Path, workers: archive_render.Workers) -> ArchiveExportService:
    return ArchiveExportService(
        lambda: UnitOfWork(vault.session_factory), lambda: NOW, forms, workers
    )


def files_of(result: ExportResult) -> dict[str, bytes]:
    assert result.folder is not None
    return {p.name: p.read_bytes() for p in sorted(result.folder.iterdir())}


def without_moments(pdf: bytes) -> bytes:
    """The PDF without what differs between any two runs today, in one process or not: the
    moment it was made (Info, XMP) and the file identifier derived from it."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        for key in ("/CreationDate", "/ModDate"):
            del document.docinfo[key]
        del document.trailer["/ID"]
        xmp = document.Root.Metadata.read_bytes()
        document.Root.Metadata.write(re.sub(rb"<xmp:\w+Date>[^<]*</xmp:\w+Date>", b"", xmp))
        plain = io.BytesIO()
        document.save(plain, static_id=True, compress_streams=False,
                      object_stream_mode=pikepdf.ObjectStreamMode.disable)  # fmt: skip
    return plain.getvalue()


def without_checksums(metadata: bytes, kept: set[str]) -> object:
    """The metadata file without the built documents' checksums and sizes (the moments they
    were made differ, and compress differently by a byte or two)."""
    body = json.loads(metadata)
    for document in body["documents"]:
        if document["file"] not in kept:
            del document["sha256"], document["bytes"]
    return body


def assert_no_worker_left() -> None:
    """When an export stops, every worker has ended and been reaped, and so has the pool's own
    thread that reaps them: a worker still listed, or reaped a moment later, may hold a
    document (a lingering thread made the last check of a refused export flaky)."""
    assert multiprocessing.active_children() == []
    pool_threads = [t.name for t in threading.enumerate() if "ExecutorManager" in type(t).__name__]
    assert pool_threads == []


def test_an_export_made_in_workers_writes_the_same_files_as_one_made_here(
    case: Case, vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    vault.lock()  # two copies of the same vault: each exports the same documents once
    copy = tmp_path / "copy"
    shutil.copytree(vault_dir, copy)
    forms = tmp_path / "forms"
    results = {}
    for name, folder, workers in (("here", vault_dir, here), ("workers", copy, in_workers)):
        opened = Vault.open(folder, PASSPHRASE)
        try:
            out = tmp_path / f"out-{name}"
            out.mkdir()
            results[name] = service(opened, forms, workers).export(ExportScope(case.mother), out)
        finally:
            opened.lock()
    made_here, made_in_workers = files_of(results["here"]), files_of(results["workers"])
    assert len(made_here) == 7  # six documents and the metadata file (with every checksum)
    assert made_in_workers.keys() == made_here.keys()
    assert results["workers"].items == results["here"].items
    kept = {i.file_name for i in results["here"].items if i.stored_document_id is not None}
    assert len(kept) == 2  # the minutes as sent and the referral letter go exactly as kept
    for name in kept:
        assert made_in_workers[name] == made_here[name]
    for name in made_here.keys() - kept - {results["here"].metadata_file}:
        assert without_moments(made_in_workers[name]) == without_moments(made_here[name]), name
    metadata_file = results["here"].metadata_file
    assert without_checksums(made_in_workers[metadata_file], kept) == (
        without_checksums(made_here[metadata_file], kept)
    )
    assert_no_worker_left()


def test_a_cancel_stops_the_workers_and_leaves_no_files(
    case: Case, vault: Vault, target: Path, tmp_path: Path
) -> None:
    written: list[int] = []
    archive = service(vault, tmp_path / "forms", in_workers)
    with pytest.raises(ExportCancelled, match="avbrutt"):
        archive.export(
            ExportScope(case.mother), target, lambda d, _n: written.append(d), lambda: bool(written)
        )
    assert written == [1]
    assert_no_worker_left()  # no worker holds a document any more
    assert list(target.iterdir()) == []
    assert len(archive.pending(ExportScope(case.mother)).items) == 6


def test_a_document_refused_in_a_worker_is_refused_here_with_its_message(
    case: Case, vault: Vault, tmp_path: Path
) -> None:
    """The map names a foster parent of a child whose whereabouts are hidden: the last check
    refuses it in the worker, and the caseworker reads the same refusal as without workers."""
    documents = NetworkDocuments(lambda: UnitOfWork(vault.session_factory), lambda: NOW)
    recipe = documents.map_recipe(case.map_id, forms_override=tmp_path / "forms")
    secret = Secret("Áhkku Iŋgá", "fosterforeldrenes navn", SecretKind.WHEREABOUTS)
    job = archive_render.Job(replace(recipe, rules=Disclosure(Audience.PARENT, (secret,))))
    refusals = []
    for workers in (0, 2):
        with pytest.raises(DisclosureBlocked) as refused:
            list(archive_render.made([job, job], workers))
        refusals.append((str(refused.value), refused.value.problems, refused.value.whereabouts))
    assert refusals[0] == refusals[1]
    assert "fosterforeldrenes navn" in refusals[1][0] and "Iŋgá" not in refusals[1][0]
    assert_no_worker_left()


def test_a_short_export_is_made_without_workers_and_a_long_one_on_every_core() -> None:
    assert archive_render.workers_for(archive_render.PARALLEL_FROM - 1) == 0
    cores = archive_render.cores()  # this process makes documents too: one worker fewer
    expected = min(cores - 1, archive_render.PARALLEL_FROM) if cores > 1 else 0
    assert archive_render.workers_for(archive_render.PARALLEL_FROM) == expected


def test_a_folder_that_disappears_midway_stops_the_workers_and_marks_nothing(
    case: Case, vault: Vault, target: Path, tmp_path: Path
) -> None:
    def pull_the_stick(done: int, _total: int) -> None:
        if done == 2:
            shutil.rmtree(target)

    archive = service(vault, tmp_path / "forms", in_workers)
    with pytest.raises(ExportFolderGone, match="minnepinnen"):
        archive.export(ExportScope(case.mother), target, pull_the_stick)
    assert_no_worker_left()
    assert len(archive.pending(ExportScope(case.mother)).items) == 6


def test_a_worker_never_loads_the_vault_or_qt(case: Case, vault: Vault, tmp_path: Path) -> None:
    """Workers get plain data and return bytes: they have no use for the database layer (and
    so never hold a key or a session), nor for Qt."""
    documents = NetworkDocuments(lambda: UnitOfWork(vault.session_factory), lambda: NOW)
    job = archive_render.Job(documents.map_recipe(case.map_id, forms_override=tmp_path / "forms"))
    with archive_render._pool(1) as pool:
        assert pool.submit(archive_render.archival, job).result().startswith(b"%PDF")
        loaded = pool.submit(loaded_modules).result()  # the same worker, after a document
    assert "bufapp.documents.network.map_document" in loaded
    forbidden = ("bufapp.storage", "sqlalchemy", "sqlcipher3", "PySide6", "argon2")
    assert [m for m in loaded if m.startswith(forbidden)] == []
    assert_no_worker_left()


def test_importing_the_export_machinery_loads_no_pdf_stack_and_no_process_pool() -> None:
    """They are imported with the workspace at unlock; an export loads the rest when it runs."""
    code = (
        "import sys\n"
        "import bufapp.services.archive.render, bufapp.documents.recipe\n"
        "heavy = ('multiprocessing', 'concurrent.futures.process', 'reportlab', 'pikepdf',\n"
        "         'pypdfium2')\n"
        "print([m for m in heavy if m in sys.modules])\n"
    )
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == "[]"


def test_a_worker_that_dies_fails_the_export_in_norwegian(
    case: Case, vault: Vault, tmp_path: Path
) -> None:
    """A worker killed (out of memory, by the system) ends the export with the export's own
    message, not a traceback, and takes no other process with it."""
    documents = NetworkDocuments(lambda: UnitOfWork(vault.session_factory), lambda: NOW)
    job = archive_render.Job(documents.map_recipe(case.map_id, forms_override=tmp_path / "forms"))

    def jobs() -> Iterator[archive_render.Job]:
        yield job
        yield job  # both are with the worker, which has not yet made them
        for worker in multiprocessing.active_children():
            worker.kill()
        yield from [job] * 6

    with pytest.raises(ArchiveExportFailed, match="ikke fullført"):
        list(archive_render.made(jobs(), 1))
    assert_no_worker_left()


def test_a_worker_killed_halfway_through_sending_a_result_does_not_hang_the_cancel() -> None:
    """Seen once under load: the manager thread read the start of a result a terminated worker
    never finished sending, and waited for the rest for ever. Half a message is put in the pipe
    here by hand; stopping the pool must still end it, its thread and its workers."""
    import os
    import struct

    with archive_render._pool(1) as pool:
        assert pool.submit(len, b"abc").result(timeout=60) == 3  # the worker and thread run
        manager = pool._executor_manager_thread  # type: ignore[attr-defined]
        processes = list(pool._processes.values())  # type: ignore[attr-defined]
        writer = pool._result_queue._writer  # type: ignore[attr-defined]
        os.write(writer.fileno(), struct.pack("!i", 1000) + b"half a result")
        stopping = threading.Thread(target=archive_render._stop, args=(pool,), daemon=True)
        stopping.start()
        stopping.join(60)
        assert not stopping.is_alive(), "the cancel hung on the half-sent result"
    assert manager is not None and not manager.is_alive()
    assert all(not p.is_alive() for p in processes)
