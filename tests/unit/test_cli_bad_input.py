"""bufapp-admin with plausible bad input: one Norwegian sentence, exit 1 or 2, nothing created.

Issue 17 §7: the catch-all «Uventet feil (X)» and the system's English (strerror) are not
answers; and a command that refuses must refuse before it makes a vault or prints a key.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bufapp.cli import main
from bufapp.errors import file_trouble
from bufapp.storage.vault import Vault
from tests.conftest import PASSPHRASE

ENGLISH = ("No such file", "Errno", "Permission denied", "Is a directory", "Not a directory")


def _tree(root: Path) -> dict[str, bytes | None]:
    """Every file and folder under ``root`` with its bytes (None for a folder)."""
    return {
        str(p.relative_to(root)): (None if p.is_dir() else p.read_bytes())
        for p in sorted(root.rglob("*"))
    }


@pytest.fixture
def place(tmp_path: Path) -> Path:
    """A folder with a good passphrase file and a few bad ones."""
    (tmp_path / "pass").write_text(PASSPHRASE + "\n", encoding="utf-8")
    (tmp_path / "latin1").write_bytes("passord med æøå 123".encode("latin-1"))
    (tmp_path / "empty").write_bytes(b"")
    (tmp_path / "a-folder").mkdir()
    (tmp_path / "a-file").write_text("ikke en mappe\n", encoding="utf-8")
    return tmp_path


def _said(code: int, capsys: pytest.CaptureFixture[str], expected_code: int = 1) -> str:
    captured = capsys.readouterr()
    assert code == expected_code, captured.err
    assert "GJENOPPRETTINGSNØKKEL" not in captured.out  # no key for a vault never made
    err = captured.err.strip()
    assert err.count("\n") == 0 and err.startswith("bufapp-admin: "), err
    assert "Uventet feil" not in err
    assert not any(english in err for english in ENGLISH), err
    return err


@pytest.mark.parametrize(
    ("vault", "passphrase_file", "said"),
    [
        ("a-file", "pass", "er en fil, ikke en mappe"),
        ("a-file/v", "pass", "ligger under «"),
        ("v", "latin1", "er ikke lagret som UTF-8"),
        ("v", "empty", "er tom"),
        ("v", "a-folder", "er en mappe, ikke en fil"),
        ("v", "missing", "finnes ikke"),
    ],
)
def test_init_with_bad_input_creates_nothing(
    place: Path, vault: str, passphrase_file: str, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _tree(place)
    code = main(
        ["init", "--vault", str(place / vault), "--passphrase-file", str(place / passphrase_file)]
    )
    assert said in _said(code, capsys)
    assert _tree(place) == before


@pytest.mark.parametrize(
    ("option", "value", "said"),
    [
        ("--office", "  ", "Kommune/tjeneste"),
        ("--caseworker", " ", "Navnet på saksbehandleren må fylles ut."),
    ],
)
def test_init_checks_office_and_caseworker_before_it_makes_a_vault(
    place: Path, option: str, value: str, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _tree(place)
    argv = ["init", "--vault", str(place / "v"), "--passphrase-file", str(place / "pass")]
    assert said in _said(main([*argv, option, value]), capsys)
    assert _tree(place) == before  # no vault whose recovery key was never shown


@pytest.mark.parametrize("parents", ["-5", "0", "100000"])
def test_demo_refuses_a_bad_count_before_it_makes_a_vault(
    place: Path, parents: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _tree(place)
    argv = ["demo", "--vault", str(place / "v"), "--passphrase-file", str(place / "pass")]
    with pytest.raises(SystemExit) as ended:
        main([*argv, "--parents", parents])
    assert ended.value.code == 2
    captured = capsys.readouterr()
    assert "--parents må være et helt tall fra 1 til" in captured.err
    assert "GJENOPPRETTINGSNØKKEL" not in captured.out
    assert _tree(place) == before


@pytest.mark.parametrize(
    "argv",
    [
        ["init", "--vault", ""],
        ["check", "--vault", " "],
        ["check", "--passphrase-file", ""],
        ["backup", "--to", ""],
        ["screenshots", "--out", ""],
    ],
)
def test_an_empty_name_is_refused_rather_than_meaning_the_default(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as ended:
        main(argv)
    assert ended.value.code == 2
    assert "må være navnet på en fil eller mappe, ikke tom." in capsys.readouterr().err


def test_screenshots_into_a_file_is_refused(
    place: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _tree(place)
    code = main(["screenshots", "--out", str(place / "a-file"), "--scale", "1"])
    assert "a-file» er en fil, ikke en mappe" in _said(code, capsys)
    assert _tree(place) == before


@pytest.mark.parametrize(
    "command",
    [
        ["check"],
        ["audit", "verify"],
        ["passwd", "--new-passphrase-file", "{place}/pass"],
        ["backup", "--to", "{place}/kopi.bufbackup"],
    ],
)
@pytest.mark.parametrize(
    ("vault", "passphrase_file", "said"),
    [
        ("a-file", "pass", "Fant ingen bufapp-database"),
        ("missing", "pass", "Fant ingen bufapp-database"),
        ("v", "latin1", "er ikke lagret som UTF-8"),
        ("v", "empty", "er tom"),
        ("v", "a-folder", "er en mappe, ikke en fil"),
        ("v", "missing", "finnes ikke"),
    ],
)
def test_commands_on_a_vault_answer_bad_input_in_norwegian(
    place: Path,
    command: list[str],
    vault: str,
    passphrase_file: str,
    said: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if vault == "v":
        Vault.create(place / "v", PASSPHRASE)[0].lock()
    before = _tree(place)
    argv = [part.format(place=place) for part in command]
    code = main(
        [*argv, "--vault", str(place / vault), "--passphrase-file", str(place / passphrase_file)]
    )
    assert said in _said(code, capsys)
    assert _tree(place) == before


def test_backup_to_a_folder_under_a_file_is_said_in_norwegian(
    place: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Vault.create(place / "v", PASSPHRASE)[0].lock()
    before = _tree(place)
    code = main(
        [
            "backup",
            "--vault",
            str(place / "v"),
            "--passphrase-file",
            str(place / "pass"),
            "--to",
            str(place / "a-file" / "kopi.bufbackup"),
        ]
    )
    assert "a-file» er en fil, ikke en mappe" in _said(code, capsys)
    assert _tree(place) == before


@pytest.mark.parametrize(
    ("failure", "said"),
    [
        (FileNotFoundError(2, "No such file or directory", "/x/y"), "«/x/y» finnes ikke."),
        (PermissionError(13, "Permission denied", "/x"), "har ikke tilgang til «/x»"),
        (OSError(28, "No space left on device"), "ikke plass nok på disken"),
        (OSError(30, "Read-only file system", "/m"), "bare kan leses"),
        (IsADirectoryError(21, "Is a directory", "/d"), "«/d» er en mappe, ikke en fil."),
        (NotADirectoryError(20, "Not a directory", "/f/g"), "ligger under noe som er en fil"),
        (FileExistsError(17, "File exists", "/e"), "«/e» finnes allerede."),
        (OSError(71, "Protocol error", "/p"), "kunne ikke brukes (filfeil EPROTO)."),
        (OSError("no errno at all"), "Fila kunne ikke brukes (filfeil OSError)."),
    ],
)
def test_every_file_error_has_one_norwegian_sentence(failure: OSError, said: str) -> None:
    text = file_trouble(failure)
    assert said in text
    assert text.endswith(".") and "Errno" not in text
    assert failure.strerror is None or failure.strerror not in text


# --- a check only reads ---------------------------------------------------------------------


def _fingerprint(folder: Path) -> dict[str, tuple[int, str]]:
    """Every file's name, size and hash (a -wal or -shm left behind counts as a change)."""
    import hashlib

    return {
        str(p.relative_to(folder)): (p.stat().st_size, hashlib.sha256(p.read_bytes()).hexdigest())
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_check_of_a_sound_vault_changes_nothing_but_its_own_record(
    place: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A whole vault gets the check's record in its audit trail (every bufapp-admin open is
    recorded, issue 17 §3); nothing else changes, and no file is left behind."""
    from bufapp.domain.audit import AuditAction
    from bufapp.services.audit import AuditService
    from bufapp.storage.uow import UnitOfWork

    Vault.create(place / "v", PASSPHRASE)[0].lock()
    before = _fingerprint(place / "v")
    code = main(["check", "--vault", str(place / "v"), "--passphrase-file", str(place / "pass")])
    assert code == 0 and "OK" in capsys.readouterr().out
    after = _fingerprint(place / "v")
    assert after.keys() == before.keys()
    assert {name: after[name] for name in after if name != "bufapp.db"} == {
        name: before[name] for name in before if name != "bufapp.db"
    }
    with Vault.open(place / "v", PASSPHRASE) as vault:
        recent = AuditService(lambda: UnitOfWork(vault.session_factory)).recent(3)
    assert [r.action for r in recent[:2]] == [AuditAction.INTEGRITY_CHECKED, AuditAction.UNLOCKED]
    assert "bufapp-admin check" in recent[1].detail


def test_check_of_an_emptied_database_says_damaged_and_leaves_it_empty(
    place: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Vault.create(place / "v", PASSPHRASE)[0].lock()
    (place / "v" / "bufapp.db").write_bytes(b"")
    before = _fingerprint(place / "v")
    code = main(["check", "--vault", str(place / "v"), "--passphrase-file", str(place / "pass")])
    err = capsys.readouterr().err
    assert code == 1
    assert "SKADE: Databasefilen er tom" in err and "restore" in err
    assert _fingerprint(place / "v") == before
    assert (place / "v" / "bufapp.db").stat().st_size == 0


def test_check_reports_a_damaged_key_file_copy_that_opening_would_mend(
    place: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Vault.create(place / "v", PASSPHRASE)[0].lock()
    (place / "v" / "bufapp.keys.mirror").write_bytes(b"\x00skadet")
    code = main(["check", "--vault", str(place / "v"), "--passphrase-file", str(place / "pass")])
    assert code == 1
    assert (
        "SKADE: Nøkkelfilen bufapp.keys.mirror mangler eller er skadet" in capsys.readouterr().err
    )
