"""The invitation says that an interpreter is ordered when the parent needs one (issue 23): to
the parent, with nothing for them to arrange, and to a member, with how to talk through an
interpreter; the categories of Nasjonalt tolkeregister when the register names them. Without an
interpreter, the parent's copy asks them to say if they need one. Read back from the PDF."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from bufapp.documents.forms import load_form
from bufapp.documents.groups.meeting_invitation import MeetingInvitation, build_meeting_invitation
from tests.documents.pdf_checks import assert_in_order, flat
from tests.documents.test_meeting_documents import HEAD, INVITATION, MARET

ARABIC = replace(INVITATION, interpreter_language="arabisk", interpreter_categories="A–B")
MEMBER = ("Ánde Šŧž", "NAV Kárášjohka", "Postboks 1", "9735 Kárášjohka")


def _text(tmp_path: Path, data: MeetingInvitation, language: str = "nb") -> str:
    common, invitation = (
        load_form(n, language, overrides=tmp_path) for n in ("common", "meeting_invitation")
    )
    return flat(build_meeting_invitation(data, HEAD, common, invitation))


def test_the_parents_copy_says_the_interpreter_is_ordered_under_the_time_and_place(
    tmp_path: Path,
) -> None:
    text = _text(tmp_path, ARABIC)
    assert_in_order(
        text,
        [
            "Sted Kárášjoga gielda, møterom Čáhppesjávri",
            "Vi bestiller tolk på arabisk til møtet. Du trenger ikke ordne noe selv.",
            "Tolken skal stå i Nasjonalt tolkeregister, kategori A–B.",
            "Saksliste",
        ],
    )
    assert "Si fra hvis du trenger tolk." not in text


def test_a_members_copy_says_the_parent_needs_an_interpreter(tmp_path: Path) -> None:
    data = replace(ARABIC, recipient=MEMBER, to_parent=False, interpreter_categories="")
    text = _text(tmp_path, data)
    assert f"{MARET} trenger tolk. Vi bestiller tolk på arabisk til møtet." in text
    assert f"Snakk direkte til {MARET}, ikke til tolken" in text
    assert "kategori" not in text  # none named in the register
    assert "samtykket til" not in text  # nothing of the agenda is left out


def test_a_member_whose_consent_does_not_cover_it_is_not_told(tmp_path: Path) -> None:
    data = replace(ARABIC, recipient=MEMBER, to_parent=False, left_out=frozenset({"interpreter"}))
    text = _text(tmp_path, data)
    assert "tolk" not in text.lower()
    assert "samtykket til" not in text  # it is no part of the agenda


def test_without_an_interpreter_the_parent_is_asked_to_say_if_they_need_one(
    tmp_path: Path,
) -> None:
    text = _text(tmp_path, INVITATION)
    assert "Vi bestiller tolk" not in text
    assert_in_order(
        text, ["vi gå gjennom sakslista sammen før møtet", "Si fra hvis du trenger tolk."]
    )
    member = _text(tmp_path, replace(INVITATION, recipient=MEMBER, to_parent=False))
    assert "tolk" not in member.lower()


def test_the_english_copy_says_it_too(tmp_path: Path) -> None:
    text = _text(tmp_path, ARABIC, "en")
    assert "We are booking an interpreter for the meeting (language: arabisk)." in text
    assert "category A–B" in text
    assert "Please tell us if you need an interpreter." not in text
    assert "Please tell us if you need an interpreter." in _text(tmp_path, INVITATION, "en")
