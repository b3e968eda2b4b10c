"""The audit trail anchored outside the vault: the head {seq, mac} goes into every backup and
export, and ``bufapp-admin audit verify --anchor FILE`` finds the two attacks the chain alone
cannot: the keeper rewriting the trail with bufapp's own MAC, and an older copy of the database
put in place of the live one."""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bufapp.cli import main as cli_main
from bufapp.domain.audit import AuditAction, AuditAnchor, AuditEvent
from bufapp.security import audit_mac
from bufapp.services.audit import AuditService
from bufapp.services.register import RegisterService
from bufapp.storage import audit_chain
from bufapp.storage.backup import MANIFEST, create_backup
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import DB_FILE_NAME, Vault
from tests.conftest import PASSPHRASE, CreatedVault
from tests.storage.helpers import add_sample_register
from tests.storage.test_archive_export import case  # noqa: F401  (the fixture)


def _run(argv: list[str], **secrets: str) -> int:
    """bufapp-admin in this process, given its secrets in the environment as a script would be
    (each run takes them out of the environment as it starts)."""
    os.environ.update(secrets or {"BUFAPP_PASSPHRASE": PASSPHRASE})
    return cli_main(argv)


def _audit(vault: Vault) -> AuditService:
    return AuditService(lambda: UnitOfWork(vault.session_factory))


def _verify(directory: Path, anchor: Path | None = None) -> int:
    extra = ["--anchor", str(anchor)] if anchor is not None else []
    return _run(["audit", "verify", "--vault", str(directory), *extra])


def _backup(directory: Path, target: Path) -> Path:
    assert _run(["backup", "--vault", str(directory), "--to", str(target)]) == 0
    return target


def _manifest(backup_file: Path) -> dict:  # type: ignore[type-arg]
    with zipfile.ZipFile(backup_file) as archive:
        return json.loads(archive.read(MANIFEST))


def _opened_parents(vault: Vault, register: RegisterService, times: int) -> None:
    for parent in register.parent_summaries()[:times]:
        register.parent_detail(parent.id, "Foreldre")


def _rewrite(vault: Vault, keep: str) -> None:
    """The keeper's attack, as the issue describes it: drop the triggers, delete records,
    recompute the whole chain and its head with bufapp's own MAC (the key anyone with the
    passphrase derives), and put the triggers back."""
    key = vault._require_audit_key()  # = audit_mac.chain_key(data key, vault id)
    raw = vault.raw_connection()
    try:
        raw.execute("BEGIN")
        raw.execute("DROP TRIGGER audit_record_no_update")
        raw.execute("DROP TRIGGER audit_record_no_delete")
        raw.execute(f"DELETE FROM audit_record WHERE NOT ({keep})")
        rows = raw.execute(
            "SELECT seq, at, actor, action, subject_kind, subject_id, parent_id, detail "
            "FROM audit_record ORDER BY seq"
        ).fetchall()
        raw.execute("DELETE FROM audit_record")
        previous = ""
        for seq, (_old, at, actor, action, kind, subject, parent, detail) in enumerate(rows, 1):
            moment = datetime.fromisoformat(at).replace(tzinfo=UTC)  # as the chain reads it
            stamp = moment.isoformat(timespec="microseconds")
            fields = [seq, stamp, actor, action, kind, subject, parent, detail]
            previous = audit_mac.record_mac(key, previous, fields)
            raw.execute(
                "INSERT INTO audit_record VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (seq, at, actor, action, kind, subject, parent, detail, previous),
            )
        last = len(rows)
        raw.execute(
            "UPDATE audit_head SET seq = ?, mac = ?, head_mac = ? WHERE id = 1",
            (last, previous, audit_mac.head_mac(key, last, previous)),
        )
        for verb in ("UPDATE", "DELETE"):
            raw.execute(
                f"CREATE TRIGGER audit_record_no_{verb.lower()} BEFORE {verb} ON audit_record "
                "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
            )
        raw.execute("COMMIT")
    finally:
        raw.close()


def test_every_backup_carries_the_head_of_the_trail_it_holds(
    vault: Vault, register: RegisterService, tmp_path: Path
) -> None:
    add_sample_register(register, parents=2)
    head = _audit(vault).head()
    assert head.seq > 0
    made = create_backup(vault, tmp_path / "kopi.bufbackup")
    assert _manifest(made.path)["audit_head"] == {"seq": head.seq, "mac": head.mac}


def test_a_rewritten_trail_passes_the_chain_but_fails_against_an_earlier_backup(
    created_vault: CreatedVault,
    register: RegisterService,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    vault, directory = created_vault.vault, created_vault.directory
    add_sample_register(register, parents=3)
    _opened_parents(vault, register, 3)
    anchor = _backup(directory, tmp_path / "kopi.bufbackup")
    assert _verify(directory, anchor) == 0
    assert "inneholder post nr." in capsys.readouterr().out

    _rewrite(vault, keep=f"action != '{AuditAction.OPENED}'")  # who looked is gone
    for _ in range(40):  # and the trail grown past the anchor again
        _audit(vault).record(AuditEvent(AuditAction.INTEGRITY_CHECKED, "vault", detail="hel"))
    assert _verify(directory) == 0, "the chain alone cannot see it: this is the attack"
    capsys.readouterr()
    assert _verify(directory, anchor) == 1
    err = capsys.readouterr().err
    assert "Loggen er skrevet om" in err and "Traceback" not in err


def test_a_trail_rewritten_shorter_is_reported_as_rolled_back(
    created_vault: CreatedVault,
    register: RegisterService,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    add_sample_register(register, parents=2)
    anchor = _backup(created_vault.directory, tmp_path / "kopi.bufbackup")
    _rewrite(created_vault.vault, keep="seq % 2 = 1")
    capsys.readouterr()
    assert _verify(created_vault.directory, anchor) == 1
    assert "rullet tilbake" in capsys.readouterr().err


def test_an_older_database_copied_over_the_live_one_fails_against_a_later_backup(
    created_vault: CreatedVault,
    register: RegisterService,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """No key needed: the older copy is a whole, valid trail; only a later anchor shows it."""
    vault, directory = created_vault.vault, created_vault.directory
    add_sample_register(register, parents=2)
    older = _backup(directory, tmp_path / "eldre.bufbackup")
    _opened_parents(vault, register, 2)
    later = _backup(directory, tmp_path / "senere.bufbackup")
    vault.lock()

    with (
        zipfile.ZipFile(older) as archive,
        archive.open(DB_FILE_NAME) as old_database,
        open(directory / DB_FILE_NAME, "wb") as live,
    ):
        shutil.copyfileobj(old_database, live)
    for leftover in ("-wal", "-shm"):
        Path(f"{directory / DB_FILE_NAME}{leftover}").unlink(missing_ok=True)

    assert _verify(directory) == 0, "the rolled-back trail is whole in itself"
    assert _verify(directory, older) == 0
    capsys.readouterr()
    assert _verify(directory, later) == 1
    err = capsys.readouterr().err
    assert "rullet tilbake" in err and "eldre kopi" in err


def test_an_anchor_of_another_vault_or_no_anchor_at_all_is_said_plainly(
    created_vault: CreatedVault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Vault.create(tmp_path / "annen", PASSPHRASE)[0] as other:
        foreign = create_backup(other, tmp_path / "annen.bufbackup").path
    assert _verify(created_vault.directory, foreign) == 1
    assert "annen database" in capsys.readouterr().err

    for name, content in (
        ("tilfeldig.json", b'{"format": "noe annet"}'),
        ("ikke-json.txt", b"\x00\xff"),
        ("skadet.json", b'{"audit_head": {"seq": "1", "mac": "x"}}'),
    ):
        (tmp_path / name).write_bytes(content)
        assert _verify(created_vault.directory, tmp_path / name) == 1
        err = capsys.readouterr().err
        assert name in err and "Uventet" not in err
    assert _verify(created_vault.directory, tmp_path / "finnes-ikke.json") == 1
    assert "Fant ikke" in capsys.readouterr().err


def test_the_anchor_is_read_back_as_it_was_written() -> None:
    anchor = AuditAnchor(12, "a" * 64)
    assert AuditAnchor.from_dict(anchor.as_dict()) == anchor
    assert AuditAnchor.from_dict({"seq": 0, "mac": ""}) == AuditAnchor(0, "")


def test_the_head_of_a_copy_is_read_without_a_session(vault: Vault, tmp_path: Path) -> None:
    _audit(vault).record(AuditEvent(AuditAction.INTEGRITY_CHECKED, "vault", detail="hel"))
    with closing(vault.raw_connection()) as raw:
        assert audit_chain.head_in(raw) == _audit(vault).head()


def _trail(directory: Path) -> list[tuple[AuditAction, str]]:
    with Vault.open(directory, PASSPHRASE) as vault:
        return [(r.action, r.detail) for r in reversed(_audit(vault).recent(20))]


def test_the_command_lines_opens_backups_and_restores_are_in_the_trail(
    created_vault: CreatedVault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    directory = created_vault.directory
    created_vault.vault.lock()
    copy = _backup(directory, tmp_path / "kopi.bufbackup")
    assert _run(["check", "--vault", str(directory)]) == 0
    assert _verify(directory) == 0
    assert _trail(directory)[-5:] == [
        (AuditAction.UNLOCKED, "bufapp-admin backup"),
        (AuditAction.BACKUP_MADE, "kopi.bufbackup"),
        (AuditAction.UNLOCKED, "bufapp-admin check"),
        (AuditAction.INTEGRITY_CHECKED, "hel"),
        (AuditAction.UNLOCKED, "bufapp-admin audit verify"),
    ]

    assert _run(["restore", "--from", str(copy), "--vault", str(directory), "--force"]) == 0
    assert "ført i den gjenopprettede databasens revisjonslogg" in capsys.readouterr().out
    action, detail = _trail(directory)[-1]
    assert action is AuditAction.RESTORED
    assert detail.startswith("tatt ") and "kopi.bufbackup" in detail and "erstattet" in detail
    assert [p.name for p in directory.iterdir() if p.suffix == ".json"] == [], "no note beside"


def test_the_access_log_prints_the_head_it_was_made_at(
    vault: Vault, register: RegisterService
) -> None:
    from bufapp.services.access.service import AccessService
    from tests.documents.pdf_checks import flat

    parent = add_sample_register(register, parents=2).parents[0]
    register.parent_detail(parent, "Foreldre")
    head = _audit(vault).head()
    text = flat(AccessService(lambda: UnitOfWork(vault.session_factory)).report_pdf(parent))
    assert f"Kontrollsum for loggen: nr. {head.seq}, {head.mac}" in text


def test_an_export_carries_the_head_and_anchors_the_trail(
    case,  # type: ignore[no-untyped-def]  # noqa: F811
    created_vault: CreatedVault,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from bufapp.services.archive.model import ExportScope

    head = _audit(created_vault.vault).head()
    result = case.archive.export(ExportScope(case.mother), tmp_path)
    assert result.folder is not None
    metadata = result.folder / result.metadata_file
    assert json.loads(metadata.read_text("utf-8"))["audit_head"] == head.as_dict()
    assert _verify(created_vault.directory, metadata) == 0
    _rewrite(created_vault.vault, keep="seq != 2")  # a record from before the export
    capsys.readouterr()
    assert _verify(created_vault.directory, metadata) == 1
    assert "Loggen er" in capsys.readouterr().err


def test_a_restore_the_passphrase_cannot_record_is_taken_back_whole(
    created_vault: CreatedVault,
    register: RegisterService,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    directory = created_vault.directory
    copy = _backup(directory, tmp_path / "kopi.bufbackup")
    add_sample_register(register, parents=2)  # the live vault now differs from the copy
    created_vault.vault.lock()
    before = _trail(directory)
    wrong = tmp_path / "feil"
    wrong.write_text("helt feil passord\n", encoding="utf-8")
    for target in (directory, tmp_path / "ny"):
        restore = ["restore", "--from", str(copy), "--vault", str(target), "--force"]
        assert _run([*restore, "--passphrase-file", str(wrong)]) == 1
        err = capsys.readouterr().err
        assert "Passordet åpner ikke sikkerhetskopien" in err and "ingenting" in err.lower()
    assert _trail(directory) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["feil", "kopi.bufbackup", "vault"]


def test_a_restore_with_only_the_recovery_key_is_recorded_too(
    created_vault: CreatedVault,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from tests.conftest import NEW_PASSPHRASE

    copy = _backup(created_vault.directory, tmp_path / "kopi.bufbackup")
    recovering = {"BUFAPP_NEW_PASSPHRASE": NEW_PASSPHRASE}
    key_file = tmp_path / "nøkkel"
    key_file.write_text(created_vault.recovery_key, encoding="utf-8")
    target = tmp_path / "ny"
    restore = ["restore", "--from", str(copy), "--vault", str(target)]
    assert _run([*restore, "--recovery-key-file", str(key_file)], **recovering) == 0
    assert "ført i den gjenopprettede" in capsys.readouterr().out
    with Vault.open(target, NEW_PASSPHRASE) as restored:
        last = _audit(restored).recent(1)[0]
    assert last.action is AuditAction.RESTORED and "kopi.bufbackup" in last.detail

    wrong = created_vault.recovery_key.replace("-", "")[::-1]
    key_file.write_text(wrong, encoding="utf-8")
    assert _run([*restore, "--recovery-key-file", str(key_file), "--force"], **recovering) == 1
    assert "ingenting ble endret" in capsys.readouterr().err.lower()
    with Vault.open(target, NEW_PASSPHRASE):
        pass  # still the one restored before, opened by the passphrase set then
