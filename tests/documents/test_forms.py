"""Forms: our wording, a municipality's override laid over it, and a broken override that is
reported by file and line while our wording is used."""

from __future__ import annotations

import tomllib
from pathlib import Path

from bufapp import paths
from bufapp.documents.forms import load_form


def test_every_shipped_form_is_valid_toml() -> None:
    shipped = sorted(paths.forms_dir().glob("*.toml"))
    assert shipped
    for form in shipped:
        with form.open("rb") as file:
            assert tomllib.load(file)


def test_without_an_override_our_wording_is_used(tmp_path: Path) -> None:
    form = load_form("common", overrides=tmp_path)
    assert form.text("confidentiality.marking") == "Unntatt offentlighet"
    assert form.problems == () and len(form.sources) == 1


def test_an_override_changes_only_what_it_names(tmp_path: Path) -> None:
    (tmp_path / "common.toml").write_text(
        '[confidentiality]\nlegal_basis = "jf. offentleglova § 13 første ledd"\n', encoding="utf-8"
    )
    form = load_form("common", overrides=tmp_path)
    assert form.text("confidentiality.legal_basis") == "jf. offentleglova § 13 første ledd"
    assert form.text("confidentiality.marking") == "Unntatt offentlighet"  # ours, not removed
    assert form.problems == () and form.sources[-1] == tmp_path / "common.toml"


def test_a_broken_override_names_file_and_line_and_ours_is_used(tmp_path: Path) -> None:
    broken = tmp_path / "common.toml"
    broken.write_text('[confidentiality]\nmarking = "Unntatt\n', encoding="utf-8")
    form = load_form("common", overrides=tmp_path)
    (problem,) = form.problems
    assert str(broken) in problem and "linje 2" in problem
    assert "bufapps eget skjema brukes" in problem
    assert form.text("confidentiality.marking") == "Unntatt offentlighet"


def test_wrong_kinds_of_values_and_unknown_keys_are_reported_and_skipped(tmp_path: Path) -> None:
    (tmp_path / "common.toml").write_text(
        'letterhead = "feil"\n[confidentiality]\nmarking = 5\nfotnote = "ukjent"\n',
        encoding="utf-8",
    )
    form = load_form("common", overrides=tmp_path)
    assert len(form.problems) == 3
    assert any("«letterhead»" in p for p in form.problems)
    assert any("«confidentiality.marking»" in p for p in form.problems)
    assert any("«confidentiality.fotnote»" in p for p in form.problems)
    assert form.text("confidentiality.marking") == "Unntatt offentlighet"
    assert form.text("letterhead.date") == "Dato"


def test_an_override_that_is_not_utf8_is_reported(tmp_path: Path) -> None:
    (tmp_path / "common.toml").write_bytes('marking = "Unntatt ©"'.encode("latin-1"))
    form = load_form("common", overrides=tmp_path)
    (problem,) = form.problems
    assert "UTF-8" in problem
