"""The contact log service on real encrypted vaults: versions after final, withdrawal, follow-up
tasks, search over folded Norwegian/Sami text (FTS5), and the deadlines contacts create,
including the day boundary in Europe/Oslo.

The ``register`` and ``contact_log`` fixtures share one vault; today is ``TODAY`` (15 June 2026)
and now is ``NOW`` (13:00 Oslo). The search tests read one module-wide vault (``corpus``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import event, text

from bufapp.domain.contact_log import ContactEntry, ContactPlan, FollowUpTask, Participants
from bufapp.domain.deadlines import Deadline, Urgency
from bufapp.domain.entities import Parent
from bufapp.domain.enums import (
    ContactForm,
    ContactTopic,
    DeadlineKind,
    EntryStatus,
    Initiative,
    TaskResponsible,
    TaskStatus,
)
from bufapp.errors import NotFound, ValidationFailed
from bufapp.services.clock import OSLO
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import NOW, PASSPHRASE, TODAY
from tests.unit.test_register_service import add_child, add_parent, oslo_noon, place

FIRST = (ContactTopic.FIRST_CONVERSATION,)


def pid(parent: Parent) -> int:
    assert parent.id is not None
    return parent.id


def write(
    log: ContactLogService,
    parent: Parent,
    when: datetime,
    form: ContactForm = ContactForm.PHONE,
    final: bool = True,
    **fields: object,
) -> ContactEntry:
    fields.setdefault("summary", "Samtale om hvordan det går.")
    return log.save(ContactEntry(pid(parent), when, form, **fields), final=final)  # type: ignore[arg-type]


def days_ago(n: int) -> datetime:
    return oslo_noon(TODAY - timedelta(days=n))


def of_kind(deadlines: list[Deadline], kind: DeadlineKind, parent: Parent) -> list[Deadline]:
    return [d for d in deadlines if d.kind is kind and d.parent_id == pid(parent)]


# --- versions after final -----------------------------------------------------------------------


def test_an_open_entry_is_changed_freely_without_versions(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    draft = write(contact_log, kari, days_ago(1), final=False, summary="Første utkast")
    assert (draft.status, draft.version, draft.finalised_at) == (EntryStatus.OPEN, 1, None)
    changed = contact_log.save(replace(draft, summary="Andre utkast", place="Kafé"))
    again = contact_log.save(replace(changed, summary="Tredje utkast"))
    stored = contact_log.entry(draft.id or 0)
    assert (stored.summary, stored.place, stored.status) == (
        "Tredje utkast",
        "Kafé",
        EntryStatus.OPEN,
    )
    assert again.id == draft.id and stored.version == 1
    assert contact_log.versions(draft.id or 0) == []


def test_marking_an_open_entry_final_stamps_it(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    draft = write(contact_log, kari, days_ago(1), final=False)
    final = contact_log.save(draft, final=True)
    stored = contact_log.entry(draft.id or 0)
    assert (stored.status, stored.version, stored.finalised_at) == (EntryStatus.FINAL, 1, NOW)
    assert final.is_final
    assert contact_log.versions(draft.id or 0) == []


def test_changing_the_text_of_a_final_entry_needs_a_reason(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    saved = write(contact_log, kari, days_ago(2), summary="Opprinnelig tekst.")
    for reason in ("", "   "):
        with pytest.raises(ValidationFailed) as caught:
            contact_log.save(replace(saved, summary="Endret tekst.", change_reason=reason))
        assert caught.value.for_field("change_reason")
    # Even saved with final=False it stays journal text and needs the reason.
    with pytest.raises(ValidationFailed):
        contact_log.save(replace(saved, summary="Endret tekst."), final=False)
    stored = contact_log.entry(saved.id or 0)
    assert (stored.summary, stored.version) == ("Opprinnelig tekst.", 1)
    assert contact_log.versions(saved.id or 0) == []


def test_a_change_with_a_reason_makes_version_two_and_keeps_version_one(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    original = write(
        contact_log,
        kari,
        days_ago(2),
        ContactForm.HOME_VISIT,
        summary="Hjemmebesøk. Máret var til stede.",
        parent_words="«Jeg vil ha mer samvær»",
        agreed="Nytt møte om to uker",
        place="Hjemme",
        topics=(ContactTopic.VISITS,),
    )
    changed = contact_log.save(
        replace(
            original,
            summary="Hjemmebesøk. Máret og Bjørn var til stede.",
            change_reason="Glemte Bjørn",
        )
    )
    assert (changed.version, changed.status, changed.change_reason) == (
        2,
        EntryStatus.FINAL,
        "Glemte Bjørn",
    )
    stored = contact_log.entry(original.id or 0)
    assert stored.summary == "Hjemmebesøk. Máret og Bjørn var til stede."
    assert stored.finalised_at == NOW  # the entry was finished once; a version does not reset it

    (old,) = contact_log.versions(original.id or 0)
    assert (old.entry_id, old.version, old.replaced_because) == (original.id, 1, "Glemte Bjørn")
    assert old.entry.summary == "Hjemmebesøk. Máret var til stede."
    assert old.entry.parent_words == "«Jeg vil ha mer samvær»"
    assert old.entry.agreed == "Nytt møte om to uker"
    assert old.entry.place == "Hjemme"
    assert old.entry.topics == (ContactTopic.VISITS,)
    assert old.entry.occurred_at == original.occurred_at
    assert old.entry.occurred_at.tzinfo is not None
    assert old.replaced_at.tzinfo is not None


def test_changing_only_the_tasks_of_a_final_entry_makes_no_new_version(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    saved = write(contact_log, kari, days_ago(2), summary="Avtalte oppfølging.")
    task = FollowUpTask("Ringe skolen", due=TODAY + timedelta(days=3))
    with_task = contact_log.save(
        replace(contact_log.entry(saved.id or 0), tasks=(task,), change_reason="La til oppgave")
    )
    assert with_task.version == 1
    assert contact_log.versions(saved.id or 0) == []
    stored = contact_log.entry(saved.id or 0)
    assert (stored.version, stored.summary) == (1, "Avtalte oppfølging.")
    assert [t.what for t in stored.tasks] == ["Ringe skolen"]


def test_a_third_change_makes_version_three_with_two_versions_kept_in_order(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    v1 = write(contact_log, kari, days_ago(5), summary="Tekst én.")
    v2 = contact_log.save(replace(v1, summary="Tekst to.", change_reason="Første retting"))
    v3 = contact_log.save(
        replace(v2, summary="Tekst tre.", agreed="Ny avtale", change_reason="Andre retting")
    )
    assert (v2.version, v3.version) == (2, 3)
    kept = contact_log.versions(v1.id or 0)
    assert [(k.version, k.entry.summary, k.replaced_because) for k in kept] == [
        (1, "Tekst én.", "Første retting"),
        (2, "Tekst to.", "Andre retting"),
    ]
    assert kept[1].entry.change_reason == "Første retting"  # why version 2 replaced version 1
    assert contact_log.entry(v1.id or 0).summary == "Tekst tre."


def test_withdrawing_needs_a_reason_keeps_the_text_and_cancels_open_tasks(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    saved = write(
        contact_log,
        kari,
        days_ago(3),
        summary="Ført på feil forelder.",
        tasks=(FollowUpTask("Sende brev", due=TODAY), FollowUpTask("Ringe", due=TODAY)),
    )
    done_id = saved.tasks[1].id or 0
    contact_log.close_task(done_id, TaskStatus.DONE, "Ringte")
    for reason in ("", "  \n"):
        with pytest.raises(ValidationFailed) as caught:
            contact_log.withdraw(saved.id or 0, reason)
        assert caught.value.for_field("withdrawn_reason")
    assert contact_log.entry(saved.id or 0).status is EntryStatus.FINAL

    withdrawn = contact_log.withdraw(saved.id or 0, "  Feil forelder  ")
    stored = contact_log.entry(saved.id or 0)
    assert stored.status is EntryStatus.WITHDRAWN
    assert (stored.withdrawn_reason, stored.withdrawn_at) == ("Feil forelder", NOW)
    assert stored.summary == "Ført på feil forelder."
    by_id = {t.id: t for t in withdrawn.tasks}
    cancelled = by_id[saved.tasks[0].id]
    assert (cancelled.status, cancelled.closed_on) == (TaskStatus.CANCELLED, TODAY)
    assert cancelled.outcome
    assert (by_id[done_id].status, by_id[done_id].outcome) == (TaskStatus.DONE, "Ringte")
    assert contact_log.tasks_of(pid(kari), open_only=True) == []


def test_a_withdrawn_entry_cannot_be_changed_or_withdrawn_again(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    saved = write(contact_log, kari, days_ago(3), summary="Feilført.")
    contact_log.withdraw(saved.id or 0, "Feil dag")
    with pytest.raises(ValidationFailed) as caught:
        contact_log.save(replace(saved, summary="Nytt forsøk", change_reason="Rette"))
    assert "trukket tilbake" in str(caught.value)
    with pytest.raises(ValidationFailed) as again:
        contact_log.withdraw(saved.id or 0, "Enda en gang")
    assert again.value.for_field("withdrawn_reason")
    stored = contact_log.entry(saved.id or 0)
    assert (stored.summary, stored.withdrawn_reason) == ("Feilført.", "Feil dag")


def test_a_withdrawn_entry_stays_in_the_timeline_but_does_not_count_for_deadlines(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    lise = add_child(register, "Lise", kari)
    place(register, lise, TODAY - timedelta(days=10))
    contact_log.save_plan(
        ContactPlan(pid(kari), every_days=14, agreed_on=TODAY - timedelta(days=40))
    )
    kept = write(contact_log, kari, days_ago(30), summary="Samtale som teller.")
    mistaken = write(contact_log, kari, days_ago(2), topics=FIRST, summary="Feilført samtale.")
    before = register.deadlines()
    assert of_kind(before, DeadlineKind.FIRST_CONVERSATION, kari)[0].done_on == TODAY - timedelta(
        days=2
    )
    assert of_kind(before, DeadlineKind.CONTACT_FREQUENCY, kari)[0].due == TODAY + timedelta(
        days=12
    )

    contact_log.withdraw(mistaken.id or 0, "Feil forelder")
    after = register.deadlines()
    assert of_kind(after, DeadlineKind.FIRST_CONVERSATION, kari)[0].done_on is None
    frequency = of_kind(after, DeadlineKind.CONTACT_FREQUENCY, kari)[0]
    assert frequency.due == TODAY - timedelta(days=16)
    assert frequency.urgency(TODAY) is Urgency.OVERDUE

    timeline = contact_log.timeline(pid(kari))
    assert [(t.id, t.status) for t in timeline] == [
        (mistaken.id, EntryStatus.WITHDRAWN),
        (kept.id, EntryStatus.FINAL),
    ]
    assert register.parent_detail(pid(kari)).last_conversation == TODAY - timedelta(days=30)


def test_save_many_is_all_or_nothing(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    good = ContactEntry(pid(kari), days_ago(3), ContactForm.PHONE, summary="Gyldig Sølvi")
    bad = ContactEntry(pid(kari), days_ago(2), ContactForm.PHONE, summary="")  # final: invalid
    with pytest.raises(ValidationFailed):
        contact_log.save_many([good, bad])
    assert contact_log.timeline(pid(kari)) == []
    assert contact_log.search("Solvi").total == 0  # the search index was rolled back too
    saved = contact_log.save_many([good, replace(bad, summary="Også gyldig")])
    assert all(e.is_final for e in saved)
    assert contact_log.search("Solvi").total == 1


def test_a_final_entry_saved_with_its_children_in_another_order_keeps_its_version(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    younger = add_child(register, "Yngre", kari, born=date(2021, 1, 1))
    older = add_child(register, "Eldre", kari, born=date(2015, 1, 1))
    as_listed = tuple(c.child.id or 0 for c in register.parent_detail(pid(kari)).children)
    assert as_listed == (older.id, younger.id)  # oldest first, as the editor shows them
    saved = write(contact_log, kari, days_ago(1), child_ids=as_listed)
    reopened = contact_log.entry(saved.id or 0)
    task = FollowUpTask("Ringe skolen", due=TODAY)
    contact_log.save(
        replace(reopened, child_ids=as_listed, tasks=(task,), change_reason="La til oppgave")
    )
    assert contact_log.versions(saved.id or 0) == []
    assert contact_log.entry(saved.id or 0).version == 1


def test_the_reason_of_an_earlier_change_is_not_reused_for_a_new_one(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    saved = write(contact_log, kari, days_ago(2), summary="Tekst én.")
    contact_log.save(replace(saved, summary="Tekst to.", change_reason="Feil dato"))
    loaded = contact_log.entry(saved.id or 0)
    with pytest.raises(ValidationFailed) as caught:
        contact_log.save(replace(loaded, summary="Tekst tre."))
    assert caught.value.for_field("change_reason")


# --- follow-up tasks -----------------------------------------------------------------------------


def test_tasks_from_an_entry_belong_to_its_parent_and_the_entry(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    saved = write(
        contact_log,
        kari,
        days_ago(1),
        tasks=(
            FollowUpTask("  Sende referat  ", due=TODAY + timedelta(days=2)),
            FollowUpTask("Bestille tolk", TaskResponsible.OTHER, " Tolketjenesten "),
            FollowUpTask("   "),  # an empty row of the form is dropped
        ),
    )
    assert [(t.what, t.responsible_name) for t in saved.tasks] == [
        ("Sende referat", ""),
        ("Bestille tolk", "Tolketjenesten"),
    ]
    assert all(t.id is not None for t in saved.tasks)
    assert {(t.parent_id, t.entry_id, t.status) for t in saved.tasks} == {
        (pid(kari), saved.id, TaskStatus.OPEN)
    }
    assert contact_log.entry(saved.id or 0).tasks == saved.tasks
    assert contact_log.tasks_of(pid(kari)) == list(saved.tasks)  # due first, then undated


def test_removing_a_saved_open_task_from_an_entry_cancels_it(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    saved = write(
        contact_log,
        kari,
        days_ago(1),
        final=False,
        tasks=(FollowUpTask("Beholdes"), FollowUpTask("Fjernes", due=TODAY)),
    )
    keep, drop = saved.tasks
    contact_log.save(replace(saved, tasks=(keep,)))
    everything = {t.id: t for t in contact_log.tasks_of(pid(kari))}
    assert set(everything) == {keep.id, drop.id}  # nothing deleted
    assert everything[keep.id].status is TaskStatus.OPEN
    removed = everything[drop.id]
    assert (removed.status, removed.closed_on, removed.entry_id) == (
        TaskStatus.CANCELLED,
        TODAY,
        saved.id,
    )
    assert removed.outcome
    assert [t.id for t in contact_log.tasks_of(pid(kari), open_only=True)] == [keep.id]


@pytest.mark.parametrize("status", [TaskStatus.DONE, TaskStatus.CANCELLED])
def test_closing_a_task_records_the_outcome_and_today(
    register: RegisterService, contact_log: ContactLogService, status: TaskStatus
) -> None:
    kari = add_parent(register, "Kari")
    task = contact_log.save_task(
        FollowUpTask(" Ringe barnehagen ", due=TODAY - timedelta(days=4), parent_id=pid(kari))
    )
    assert (task.what, task.entry_id, task.status) == ("Ringe barnehagen", None, TaskStatus.OPEN)
    closed = contact_log.close_task(task.id or 0, status, "  Snakket med styrer  ")
    assert (closed.status, closed.outcome, closed.closed_on) == (
        status,
        "Snakket med styrer",
        TODAY,
    )
    assert contact_log.tasks_of(pid(kari)) == [closed]
    assert contact_log.tasks_of(pid(kari), open_only=True) == []
    assert of_kind(register.deadlines(), DeadlineKind.FOLLOW_UP, kari) == []
    with pytest.raises(ValueError):
        contact_log.close_task(task.id or 0, TaskStatus.OPEN, "")


def test_a_task_needs_an_existing_parent_and_valid_fields(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    with pytest.raises(ValidationFailed) as caught:
        contact_log.save_task(
            FollowUpTask(" ", responsible=TaskResponsible.OTHER, parent_id=pid(kari))
        )
    assert len(caught.value.for_field("tasks.0")) == 2
    with pytest.raises(NotFound):
        contact_log.save_task(FollowUpTask("Ringe", parent_id=999))
    assert contact_log.tasks_of(pid(kari)) == []


def test_open_tasks_show_on_the_parent_and_as_follow_up_deadlines(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    per = add_parent(register, "Per")
    saved = write(
        contact_log,
        kari,
        days_ago(10),
        tasks=(
            FollowUpTask("Forsinket", due=TODAY - timedelta(days=1)),
            FollowUpTask("I dag", due=TODAY),
            FollowUpTask("Om en uke", due=TODAY + timedelta(days=7)),
            FollowUpTask("Senere", TaskResponsible.PARENT, due=TODAY + timedelta(days=8)),
            FollowUpTask("Uten frist"),
        ),
    )
    direct = contact_log.save_task(FollowUpTask("Til Per", due=TODAY, parent_id=pid(per)))

    detail = register.parent_detail(pid(kari))
    assert [t.what for t in detail.open_tasks] == [
        "Forsinket",
        "I dag",
        "Om en uke",
        "Senere",
        "Uten frist",
    ]
    follow_ups = of_kind(list(detail.deadlines), DeadlineKind.FOLLOW_UP, kari)
    assert [(d.title, d.urgency(TODAY)) for d in follow_ups] == [
        ("Forsinket (Saksbehandler)", Urgency.OVERDUE),
        ("I dag (Saksbehandler)", Urgency.SOON),
        ("Om en uke (Saksbehandler)", Urgency.SOON),
        ("Senere (Forelderen)", Urgency.LATER),
    ]
    assert [d.ref for d in follow_ups] == [t.id for t in saved.tasks[:4]]
    everyone = register.deadlines()
    assert [d.ref for d in of_kind(everyone, DeadlineKind.FOLLOW_UP, per)] == [direct.id]
    assert len(of_kind(everyone, DeadlineKind.FOLLOW_UP, kari)) == 4


def test_a_task_problem_names_the_row_the_caseworker_filled_in(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    tasks = (FollowUpTask("  "), FollowUpTask("Sende brev", responsible=TaskResponsible.OTHER))
    with pytest.raises(ValidationFailed) as caught:
        write(contact_log, kari, days_ago(1), tasks=tasks)
    assert [p.field for p in caught.value.problems] == ["tasks.1"]
    assert caught.value.problems[0].message.startswith("Oppgave 2:")


# --- the entry itself ---------------------------------------------------------------------------


def test_an_entry_keeps_every_field_and_its_parents_topics_and_children(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    per = add_parent(register, "Per")
    lise = add_child(register, "Lise", kari, per)
    when = datetime(2026, 6, 10, 18, 45, tzinfo=OSLO)
    saved = write(
        contact_log,
        kari,
        when,
        ContactForm.NEUTRAL_PLACE,
        initiative=Initiative.OTHER_PARENT,
        place="  Kafé Ŋuvttja ",
        participants=Participants(
            other_parent_ids=(pid(per), pid(kari)),
            support_person=" Ánde ",
            interpreter_language="nordsamisk",
            interpreter_name="Sárá Tolk",
            carers="Fosterfar Odd",
            others="Helsesykepleier",
        ),
        topics=(ContactTopic.VISITS, ContactTopic.FIRST_CONVERSATION),
        child_ids=(lise.id or 0,),
        summary=" Samværet ble drøftet. ",
        parent_words="«Eg vil sjå ho oftare»",
        agreed="Nytt møte",
    )
    stored = contact_log.entry(saved.id or 0)
    assert stored == saved
    assert stored.occurred_at == when and stored.occurred_at.tzinfo is not None
    assert stored.place == "Kafé Ŋuvttja" and stored.summary == "Samværet ble drøftet."
    assert stored.parent_ids == (pid(kari), pid(per))
    assert stored.participants.support_person == "Ánde"
    assert stored.topics == (ContactTopic.FIRST_CONVERSATION, ContactTopic.VISITS)
    assert stored.initiative is Initiative.OTHER_PARENT
    # Per took part: the entry is on his timeline too.
    (item,) = contact_log.timeline(pid(per))
    assert (item.id, item.parent_id, item.child_ids) == (saved.id, pid(kari), (lise.id,))
    assert item.topics == stored.topics and item.has_parent_words
    assert item.summary_start == "Samværet ble drøftet."


def test_an_entry_for_an_unknown_child_or_other_parent_is_refused(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    stranger = add_child(register, "Fremmed", add_parent(register, "Åse"))
    with pytest.raises(ValidationFailed) as caught:
        write(contact_log, kari, days_ago(1), child_ids=(stranger.id or 0,))
    assert caught.value.for_field("child_ids")
    with pytest.raises(ValidationFailed) as other:
        write(contact_log, kari, days_ago(1), participants=Participants(other_parent_ids=(999,)))
    assert other.value.for_field("parent_id")
    assert contact_log.timeline(pid(kari)) == []


def test_a_new_entry_starts_with_the_last_participants_and_the_placed_children(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari", support_person="Venninne")
    per = add_parent(register, "Per")
    lise = add_child(register, "Lise", kari, per)
    ola = add_child(register, "Ola", kari, per, born=date(2020, 2, 2))
    place(register, lise, TODAY - timedelta(days=30))
    fresh = contact_log.new_entry(pid(kari))
    assert fresh.participants.support_person == "Venninne"
    assert fresh.child_ids == (lise.id,) and ola.id not in fresh.child_ids
    assert fresh.occurred_at == NOW and fresh.id is None and fresh.status is EntryStatus.OPEN
    write(
        contact_log,
        per,
        days_ago(1),
        ContactForm.VIDEO,
        participants=Participants(other_parent_ids=(pid(kari),), interpreter_language="polsk"),
    )
    following = contact_log.new_entry(pid(kari))
    assert following.form is ContactForm.VIDEO
    assert following.participants.other_parent_ids == (pid(per),)
    assert following.participants.interpreter_language == "polsk"


# --- search --------------------------------------------------------------------------------------


@dataclass
class Corpus:
    log: ContactLogService
    ids: dict[str, int]
    names: dict[int, str]

    def labels(self, query: str, limit: int = 200) -> set[str]:
        by_id = {v: k for k, v in self.ids.items()}
        return {by_id[h.entry_id] for h in self.log.search(query, limit).hits}


SAMVAER = {"samvaer", "samvaer_plain", "both"}
MARET = {"maret", "maret_caps", "maret_nfd"}
TEXTS: dict[str, dict[str, str]] = {
    "samvaer": {"summary": "Notat: vi snakket om samværet med Lise i helgen."},
    "samvaer_plain": {"summary": "Notat: samvaer hver fjortende dag er avtalt."},
    "both": {"summary": "Notat: skole og samvær henger sammen for Lise."},
    "maret": {"summary": "Notat: telefon.", "parent_words": "«Máret vil bo hjemme»"},
    "maret_caps": {"summary": "Notat: møte.", "agreed": "MÁRET henter på skolen fredag"},
    "maret_nfd": {"summary": "Notat: brev.", "parent_words": "Ma\u0301ret sa nei til møtet"},
    "bjorn": {"summary": "Notat: Bjørn var med på møtet."},
    "asen": {"summary": "Notat: møtet var på Åsen skole."},
    "cude": {"summary": "Notat: Čuđe ringte om barnehagen."},
    "syntax": {"summary": 'Notat: han skrev "OR" og NEAR i tekstmeldingen (engelsk).'},
    "withdrawn": {"summary": "Notat: feilført samtale med Sølvi."},
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Corpus]:
    """One vault with an entry per text above, a day apart (the first is the oldest)."""
    directory: Path = tmp_path_factory.mktemp("search") / "vault"
    vault, _recovery = Vault.create(directory, PASSPHRASE)
    try:
        register = RegisterService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY)
        log = ContactLogService(
            lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY, now=lambda: NOW
        )
        kari = add_parent(register, "Kari", "Nordmann")
        sara = add_parent(register, "Sára", "Somby")
        ids: dict[str, int] = {}
        for n, (label, texts) in enumerate(TEXTS.items()):
            owner = sara if n % 2 else kari
            saved = write(log, owner, days_ago(len(TEXTS) - n), **texts)  # type: ignore[arg-type]
            ids[label] = saved.id or 0
        log.withdraw(ids["withdrawn"], "Feil forelder")
        yield Corpus(log, ids, {pid(kari): "Kari Nordmann", pid(sara): "Sára Somby"})
    finally:
        vault.lock()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("samvaer", SAMVAER),
        ("samvær", SAMVAER),
        ("SAMVÆR", SAMVAER),
        ("Maret", MARET),
        ("MÁRET", MARET),
        ("máret", MARET),
        ("Bjorn", {"bjorn"}),
        ("Bjoern", {"bjorn"}),
        ("BJØRN", {"bjorn"}),
        ("aasen", {"asen"}),
        ("Åsen", {"asen"}),
        ("Cude", {"cude"}),
        ("čuđe", {"cude"}),
        ("CUĐE", {"cude"}),
        ("samv", SAMVAER),
        ("Bjø", {"bjorn"}),
        ("samvær skole", {"both"}),
        ("skole samvær Lise", {"both"}),
        ("samvær Bjørn", set()),
        ("Solvi", {"withdrawn"}),
    ],
)
def test_search_folds_letters_matches_prefixes_and_ands_the_words(
    corpus: Corpus, query: str, expected: set[str]
) -> None:
    assert corpus.labels(query) == expected
    assert corpus.log.search(query).total == len(expected)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"samvær"', SAMVAER),
        ('samvær"', SAMVAER),
        ('"samvær skole"', {"both"}),
        ("samvær*", SAMVAER),
        ("(samvær)", SAMVAER),
        ("-samvær", SAMVAER),
        ("^samvær", SAMVAER),
        ("samvær -skole", {"both"}),  # not "samvær NOT skole"
        ("samvær OR Bjørn", set()),  # not a union: "or" is a word like any other
        ("samvær AND skole", set()),
        ("NEAR(samvær skole)", set()),
        ("summary:samvær", set()),  # not a column filter
        ("OR", {"syntax"}),
        ("NEAR", {"syntax"}),
        ('"OR"', {"syntax"}),
        ('"', set()),
        ("*", set()),
        ("-", set()),
        ("( ) ^ : + \" '", set()),
        ("AND OR NOT", set()),
    ],
)
def test_search_syntax_typed_by_the_user_is_taken_literally(
    corpus: Corpus, query: str, expected: set[str]
) -> None:
    assert corpus.labels(query) == expected


SYNTAX_PIECES = st.sampled_from(
    [
        '"',
        "*",
        "(",
        ")",
        "-",
        "+",
        "^",
        ":",
        " ",
        "AND",
        "OR",
        "NOT",
        "NEAR",
        "samvær",
        "Máret",
        ",",
    ]
)


@given(st.one_of(st.text(max_size=40), st.lists(SYNTAX_PIECES, max_size=12).map("".join)))
@settings(max_examples=150, deadline=None)
def test_search_never_raises_whatever_is_typed(corpus: Corpus, query: str) -> None:
    result = corpus.log.search(query)
    assert result.query == query
    assert 0 <= len(result.hits) <= result.total <= len(TEXTS)


@pytest.mark.parametrize("query", ["", "   ", "\n\t "])
def test_an_empty_query_finds_nothing(corpus: Corpus, query: str) -> None:
    result = corpus.log.search(query)
    assert (result.total, result.hits, result.words) == (0, (), ())


def test_a_hit_names_the_field_and_the_parent_and_shows_the_original_word(corpus: Corpus) -> None:
    hits = {h.entry_id: h for h in corpus.log.search("maret").hits}
    in_words = hits[corpus.ids["maret"]]
    assert in_words.field == "parent_words"
    assert "Máret" in in_words.excerpt
    assert in_words.parent_name == corpus.names[in_words.parent_id]
    in_agreed = hits[corpus.ids["maret_caps"]]
    assert (in_agreed.field, "MÁRET" in in_agreed.excerpt) == ("agreed", True)
    (in_summary,) = corpus.log.search("samvaer skole").hits
    assert in_summary.field == "summary"
    assert "samvær" in in_summary.excerpt
    (prefix,) = corpus.log.search("Samvære").hits
    assert "samværet" in prefix.excerpt
    assert corpus.log.search("Bjoern").words == ("bjorn",)


def test_withdrawn_entries_are_found_and_marked(corpus: Corpus) -> None:
    (hit,) = corpus.log.search("Sølvi").hits
    assert hit.status is EntryStatus.WITHDRAWN
    assert {h.status for h in corpus.log.search("samvær").hits} == {EntryStatus.FINAL}


def test_results_are_newest_first_with_the_total_and_the_limit(corpus: Corpus) -> None:
    everything = corpus.log.search("notat")
    assert everything.total == len(TEXTS)
    moments = [h.occurred_at for h in everything.hits]
    assert moments == sorted(moments, reverse=True)
    assert everything.hits[0].entry_id == corpus.ids["withdrawn"]  # the last one written
    limited = corpus.log.search("notat", limit=3)
    assert limited.total == len(TEXTS)
    assert [h.entry_id for h in limited.hits] == [h.entry_id for h in everything.hits[:3]]


def test_a_hit_in_decomposed_text_shows_where_the_word_is(corpus: Corpus) -> None:
    hits = {h.entry_id: h for h in corpus.log.search("Maret").hits}
    nfd = hits[corpus.ids["maret_nfd"]]
    assert nfd.field == "parent_words"
    assert "Máret" in nfd.excerpt  # stored composed (NFC), so the excerpt shows the word whole


def test_after_a_revision_the_old_text_is_not_found_and_the_new_one_is(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    saved = write(contact_log, kari, days_ago(1), summary="Bjørn kom ikke.", agreed="Ringe Åse")
    assert [h.entry_id for h in contact_log.search("bjorn").hits] == [saved.id]
    contact_log.save(replace(saved, summary="Máret kom ikke.", change_reason="Feil navn"))
    assert contact_log.search("bjorn").total == 0
    assert [h.entry_id for h in contact_log.search("maret").hits] == [saved.id]
    assert [h.entry_id for h in contact_log.search("aase").hits] == [saved.id]
    # An open entry is indexed as it is written, and re-indexed when changed.
    draft = write(contact_log, kari, days_ago(1), final=False, summary="Utkast om Čuđe")
    assert [h.entry_id for h in contact_log.search("cude").hits] == [draft.id]
    contact_log.save(replace(draft, summary="Utkast om Ŋuvttja"))
    assert contact_log.search("cude").total == 0
    assert contact_log.search("nuvttja").total == 1


# --- deadlines: the first conversation -----------------------------------------------------------


def test_the_first_conversation_is_done_by_the_topic_not_by_a_plain_conversation(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    start = TODAY - timedelta(days=6)
    place(register, add_child(register, "Lise", kari), start)
    write(contact_log, kari, oslo_noon(start), ContactForm.HOME_VISIT)
    write(
        contact_log,
        kari,
        oslo_noon(start + timedelta(days=1)),
        ContactForm.FAILED_ATTEMPT,
        topics=FIRST,
    )
    (deadline,) = of_kind(register.deadlines(), DeadlineKind.FIRST_CONVERSATION, kari)
    assert (deadline.due, deadline.done_on) == (start + timedelta(days=14), None)
    assert deadline.urgency(TODAY) is Urgency.LATER
    write(
        contact_log,
        kari,
        oslo_noon(start + timedelta(days=2)),
        ContactForm.OFFICE_MEETING,
        topics=FIRST,
    )
    (done,) = of_kind(register.deadlines(), DeadlineKind.FIRST_CONVERSATION, kari)
    assert done.done_on == start + timedelta(days=2)
    assert done.urgency(TODAY) is Urgency.DONE


def test_any_held_conversation_counts_when_the_office_chose_so(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    start = TODAY - timedelta(days=20)
    place(register, add_child(register, "Lise", kari), start)
    write(contact_log, kari, oslo_noon(start + timedelta(days=1)), ContactForm.LETTER)
    write(contact_log, kari, oslo_noon(start + timedelta(days=3)), ContactForm.VIDEO)
    (deadline,) = of_kind(register.deadlines(), DeadlineKind.FIRST_CONVERSATION, kari)
    assert deadline.done_on is None
    assert deadline.urgency(TODAY) is Urgency.OVERDUE
    register.first_conversation_any_held = True
    (deadline,) = of_kind(register.deadlines(), DeadlineKind.FIRST_CONVERSATION, kari)
    assert deadline.done_on == start + timedelta(days=3)  # the video call, not the letter


@pytest.mark.parametrize(
    ("start", "on_time", "late", "offset_hours"),
    [
        # Summer (CEST, UTC+2): 23:59 Oslo is 21:59 UTC; 00:01 the next day is 22:01 UTC.
        (
            date(2026, 5, 18),
            datetime(2026, 6, 1, 21, 59, tzinfo=UTC),
            datetime(2026, 6, 1, 22, 1, tzinfo=UTC),
            2,
        ),
        # Winter (CET, UTC+1): 23:59 Oslo is 22:59 UTC; 00:01 the next day is 23:01 UTC.
        (
            date(2025, 12, 1),
            datetime(2025, 12, 15, 22, 59, tzinfo=UTC),
            datetime(2025, 12, 15, 23, 1, tzinfo=UTC),
            1,
        ),
    ],
    ids=["summer", "winter"],
)
def test_the_due_day_ends_at_midnight_in_oslo(
    register: RegisterService,
    contact_log: ContactLogService,
    start: date,
    on_time: datetime,
    late: datetime,
    offset_hours: int,
) -> None:
    due = start + timedelta(days=14)
    assert on_time.astimezone(OSLO).utcoffset() == timedelta(hours=offset_hours)
    assert (on_time.astimezone(OSLO).date(), on_time.astimezone(OSLO).time()) == (due, time(23, 59))
    assert late.astimezone(OSLO).date() == due + timedelta(days=1)
    assert late.date() == due  # in UTC it is still the due day
    kari = add_parent(register, "Kari")
    per = add_parent(register, "Per")
    place(register, add_child(register, "Lise", kari), start)
    place(register, add_child(register, "Ola", per), start)
    write(contact_log, kari, on_time, topics=FIRST)
    write(contact_log, per, late, topics=FIRST)

    deadlines = register.deadlines()
    (kari_deadline,) = of_kind(deadlines, DeadlineKind.FIRST_CONVERSATION, kari)
    (per_deadline,) = of_kind(deadlines, DeadlineKind.FIRST_CONVERSATION, per)
    assert (kari_deadline.due, kari_deadline.done_on) == (due, due)  # on time
    assert (per_deadline.due, per_deadline.done_on) == (due, due + timedelta(days=1))  # late
    assert per_deadline.done_on > per_deadline.due  # type: ignore[operator]


def test_a_conversation_with_both_parents_counts_for_both(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    per = add_parent(register, "Per")
    alone = add_parent(register, "Åse")
    start = TODAY - timedelta(days=5)
    lise = add_child(register, "Lise", kari, per)
    place(register, lise, start)
    place(register, add_child(register, "Ola", alone), start)
    write(
        contact_log,
        kari,
        days_ago(1),
        ContactForm.OFFICE_MEETING,
        topics=FIRST,
        participants=Participants(other_parent_ids=(pid(per),)),
        child_ids=(lise.id or 0,),
    )
    done = {
        d.parent_id: d.done_on
        for d in register.deadlines()
        if d.kind is DeadlineKind.FIRST_CONVERSATION
    }
    assert done == {
        pid(kari): TODAY - timedelta(days=1),
        pid(per): TODAY - timedelta(days=1),
        pid(alone): None,
    }
    assert register.parent_detail(pid(per)).last_conversation == TODAY - timedelta(days=1)


# --- the first conversation: offered, then held ------------------------------------------------

HELD = DeadlineKind.FIRST_CONVERSATION_HELD


def open_kinds(register: RegisterService, parent: Parent) -> set[DeadlineKind]:
    """What Oversikt shows for the parent (its open deadlines)."""
    return {d.kind for d in register.open_deadlines() if d.parent_id == pid(parent)}


def test_an_offer_by_letter_completes_the_offer_and_leaves_the_conversation_open(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    start = TODAY - timedelta(days=6)
    place(register, add_child(register, "Lise", kari), start)
    offered = start + timedelta(days=1)
    write(contact_log, kari, oslo_noon(offered), ContactForm.LETTER, topics=FIRST)

    (offer,) = of_kind(register.deadlines(), DeadlineKind.FIRST_CONVERSATION, kari)
    (held,) = of_kind(register.deadlines(), HELD, kari)
    assert offer.title == "Første samtale tilbudt" and offer.done_on == offered
    assert (held.due, held.done_on) == (offered + timedelta(days=14), None)
    assert open_kinds(register, kari) == {HELD}
    status = register.first_conversation_status(pid(kari))
    assert status is not None
    assert (status.offered_on, status.offered_how, status.held_on) == (
        offered,
        ContactForm.LETTER,
        None,
    )


def test_held_in_a_neutral_place_is_done_and_the_place_is_kept(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    start = TODAY - timedelta(days=6)
    place(register, add_child(register, "Lise", kari), start)
    write(contact_log, kari, oslo_noon(start), ContactForm.MESSAGE, topics=FIRST)
    met = start + timedelta(days=3)
    visit = write(
        contact_log,
        kari,
        oslo_noon(met),
        ContactForm.NEUTRAL_PLACE,
        topics=FIRST,
        place="Biblioteket – Kari valgte stedet",
    )
    (held,) = of_kind(register.deadlines(), HELD, kari)
    assert held.done_on == met
    assert open_kinds(register, kari) == set()
    status = register.first_conversation_status(pid(kari))
    assert status is not None
    assert (status.held_on, status.held_form, status.held_place, status.held_entry_id) == (
        met,
        ContactForm.NEUTRAL_PLACE,
        "Biblioteket – Kari valgte stedet",
        visit.id,
    )
    assert (status.offered_on, status.offered_how) == (start, ContactForm.MESSAGE)


def test_a_refusal_completes_the_offer_ends_the_held_line_and_asks_for_a_new_offer(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    start = TODAY - timedelta(days=20)
    place(register, add_child(register, "Lise", kari), start)
    write(contact_log, kari, oslo_noon(start + timedelta(days=2)), ContactForm.LETTER, topics=FIRST)
    assert open_kinds(register, kari) == {HELD}
    declined = TODAY - timedelta(days=5)
    contact_log.save_plan(
        ContactPlan(pid(kari), refused_on=declined, next_offer_on=TODAY + timedelta(days=20))
    )
    assert of_kind(register.deadlines(), HELD, kari) == []
    assert open_kinds(register, kari) == {DeadlineKind.NEW_OFFER}
    status = register.first_conversation_status(pid(kari))
    assert status is not None
    assert (status.refused_on, status.held_due) == (declined, None)


def test_with_the_any_held_setting_a_plain_held_conversation_offers_and_holds_it(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    start = TODAY - timedelta(days=6)
    place(register, add_child(register, "Lise", kari), start)
    write(contact_log, kari, oslo_noon(start + timedelta(days=1)), ContactForm.LETTER)
    visited = start + timedelta(days=2)
    write(contact_log, kari, oslo_noon(visited), ContactForm.HOME_VISIT, place="Hjemme")
    assert of_kind(register.deadlines(), DeadlineKind.FIRST_CONVERSATION, kari)[0].done_on is None
    register.first_conversation_any_held = True
    deadlines = register.deadlines()
    assert of_kind(deadlines, DeadlineKind.FIRST_CONVERSATION, kari)[0].done_on == visited
    assert of_kind(deadlines, HELD, kari)[0].done_on == visited  # not the plain letter
    status = register.first_conversation_status(pid(kari))
    assert status is not None and (status.held_form, status.held_place) == (
        ContactForm.HOME_VISIT,
        "Hjemme",
    )


def test_an_entry_at_half_past_midnight_in_oslo_counts_on_that_day(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    # 00:30 in Oslo on the placement day is 22:30 UTC the day before (summer time): by the UTC
    # date it would fall before the placement and count for nothing.
    kari = add_parent(register, "Kari")
    start = TODAY - timedelta(days=4)
    place(register, add_child(register, "Lise", kari), start)
    half_past = datetime.combine(start, time(0, 30), tzinfo=OSLO).astimezone(UTC)
    assert half_past.date() == start - timedelta(days=1)
    write(contact_log, kari, half_past, ContactForm.PHONE, topics=FIRST)
    deadlines = register.deadlines()
    assert of_kind(deadlines, DeadlineKind.FIRST_CONVERSATION, kari)[0].done_on == start
    assert of_kind(deadlines, HELD, kari)[0].done_on == start
    status = register.first_conversation_status(pid(kari))
    assert status is not None and (status.offered_on, status.held_on) == (start, start)


def test_with_the_any_held_setting_a_call_at_half_past_midnight_counts_from_that_day(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    # The first held conversation is looked up from the placement day's start in Oslo
    # (22:00 UTC the day before, in summer), not from midnight UTC.
    kari = add_parent(register, "Kari")
    start = TODAY - timedelta(days=4)
    place(register, add_child(register, "Lise", kari), start)
    write(contact_log, kari, oslo_noon(start - timedelta(days=1)), ContactForm.PHONE)  # before
    half_past = datetime.combine(start, time(0, 30), tzinfo=OSLO).astimezone(UTC)
    write(contact_log, kari, half_past, ContactForm.PHONE)
    register.first_conversation_any_held = True
    deadlines = register.deadlines()
    assert of_kind(deadlines, DeadlineKind.FIRST_CONVERSATION, kari)[0].done_on == start
    assert of_kind(deadlines, HELD, kari)[0].done_on == start


def test_with_the_any_held_setting_each_placement_needs_its_own_conversation(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    # Lise was placed long ago and her mother was met then; Ola is placed now: that old
    # conversation, nor a withdrawn one since, does not cover his placement.
    kari = add_parent(register, "Kari")
    lise_placed, ola_placed = TODAY - timedelta(days=200), TODAY - timedelta(days=5)
    place(register, add_child(register, "Lise", kari), lise_placed)
    place(register, add_child(register, "Ola", kari), ola_placed)
    write(contact_log, kari, oslo_noon(lise_placed + timedelta(days=2)), ContactForm.HOME_VISIT)
    mistaken = write(contact_log, kari, days_ago(3), ContactForm.VIDEO)
    contact_log.withdraw(mistaken.id or 0, "Feil forelder")
    write(contact_log, kari, days_ago(2), ContactForm.LETTER)  # not a conversation
    register.first_conversation_any_held = True

    def held_by_start() -> dict[date, date | None]:
        return {
            d.due - timedelta(days=14): d.done_on
            for d in of_kind(register.deadlines(), DeadlineKind.FIRST_CONVERSATION, kari)
        }

    assert held_by_start() == {lise_placed: lise_placed + timedelta(days=2), ola_placed: None}
    assert open_kinds(register, kari) == {DeadlineKind.FIRST_CONVERSATION}
    write(contact_log, kari, days_ago(1), ContactForm.NEUTRAL_PLACE, place="Kafeen på torget")
    assert held_by_start()[ola_placed] == TODAY - timedelta(days=1)
    assert open_kinds(register, kari) == set()


@pytest.mark.parametrize("any_held", [False, True])
def test_oversikt_reads_the_first_conversation_without_scanning_every_entry(
    vault: Vault, register: RegisterService, contact_log: ContactLogService, any_held: bool
) -> None:
    # 3,000 parents with 300,000 entries: the topic rows and each parent's timeline index are
    # read, never every entry (measured there: 3.3 s -> 0.5 s; any held one: 5.8 s -> 0.8 s).
    kari = add_parent(register, "Kari")
    place(register, add_child(register, "Lise", kari), TODAY - timedelta(days=4))
    write(contact_log, kari, days_ago(2), ContactForm.LETTER, topics=FIRST)
    write(contact_log, kari, days_ago(1), ContactForm.PHONE)
    register.first_conversation_any_held = any_held
    sent: list[tuple[str, object]] = []

    def record(
        _conn: object, _cursor: object, statement: str, parameters: object, *_: object
    ) -> None:
        # The first conversation's statements (the topic's rows, the first held conversations);
        # the contact plan's own read of the latest contacts is another rule's.
        if "contact_entry_topic" in statement or "json_each" in statement:
            sent.append((statement, parameters))

    event.listen(vault.engine, "before_cursor_execute", record)
    try:
        register.open_deadlines()
    finally:
        event.remove(vault.engine, "before_cursor_execute", record)
    assert sent
    with vault.engine.connect() as connection:
        for statement, parameters in sent:
            plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
            steps = [row[3] for row in plan]
            scans = [
                step
                for step in steps
                if step.startswith("SCAN ")
                and step.split()[1] in ("contact_entry", "contact_entry_parent")
            ]
            assert not scans, (statement, steps)


def test_a_withdrawn_offer_no_longer_counts(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    place(register, add_child(register, "Lise", kari), TODAY - timedelta(days=3))
    letter = write(contact_log, kari, days_ago(1), ContactForm.LETTER, topics=FIRST)
    contact_log.withdraw(letter.id or 0, "Sendt til feil forelder")
    assert open_kinds(register, kari) == {DeadlineKind.FIRST_CONVERSATION}
    status = register.first_conversation_status(pid(kari))
    assert status is not None and not status.is_offered


def test_a_parent_without_a_placed_child_has_no_first_conversation_status(
    register: RegisterService,
) -> None:
    kari = add_parent(register, "Kari")
    add_child(register, "Lise", kari)
    assert register.first_conversation_status(pid(kari)) is None


# --- deadlines: the agreed frequency and refusals ------------------------------------------------


def test_frequency_is_due_after_the_last_held_conversation_letters_do_not_count(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    plan = contact_log.save_plan(ContactPlan(pid(kari), every_days=14, note="  Hver 14. dag  "))
    assert (plan.agreed_on, plan.note) == (TODAY, "Hver 14. dag")  # agreed today by default
    (deadline,) = of_kind(register.deadlines(), DeadlineKind.CONTACT_FREQUENCY, kari)
    assert deadline.due == TODAY + timedelta(days=14)  # from the day it was agreed

    contact_log.save_plan(replace(plan, agreed_on=TODAY - timedelta(days=60)))
    write(contact_log, kari, days_ago(20), ContactForm.HOME_VISIT)
    for n, form in enumerate((ContactForm.LETTER, ContactForm.MESSAGE, ContactForm.FAILED_ATTEMPT)):
        write(contact_log, kari, days_ago(10 - n), form)
    (deadline,) = of_kind(register.deadlines(), DeadlineKind.CONTACT_FREQUENCY, kari)
    assert deadline.due == TODAY - timedelta(days=6)
    assert deadline.urgency(TODAY) is Urgency.OVERDUE
    assert deadline in register.parent_detail(pid(kari)).deadlines
    assert register.parent_detail(pid(kari)).plan == replace(
        plan, agreed_on=TODAY - timedelta(days=60)
    )


def test_a_gap_is_overdue_from_the_day_after_due_and_soon_within_seven_days(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    expected = {15: Urgency.OVERDUE, 14: Urgency.SOON, 7: Urgency.SOON, 6: Urgency.LATER}
    parents = {}
    for ago in expected:
        parent = add_parent(register, f"Forelder{ago}")
        contact_log.save_plan(
            ContactPlan(pid(parent), every_days=14, agreed_on=TODAY - timedelta(days=100))
        )
        write(contact_log, parent, days_ago(ago))
        parents[ago] = parent
    deadlines = register.deadlines()
    for ago, urgency in expected.items():
        (deadline,) = of_kind(deadlines, DeadlineKind.CONTACT_FREQUENCY, parents[ago])
        assert deadline.due == TODAY - timedelta(days=ago) + timedelta(days=14)
        assert deadline.urgency(TODAY) is urgency, ago


def test_a_conversation_at_half_past_midnight_counts_for_that_oslo_day(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    contact_log.save_plan(ContactPlan(pid(kari), every_days=14, agreed_on=date(2026, 1, 1)))
    day = TODAY - timedelta(days=14)
    moment = datetime(day.year, day.month, day.day, 0, 30, tzinfo=OSLO)
    saved = write(contact_log, kari, moment, ContactForm.PHONE)
    assert saved.occurred_at.astimezone(UTC).date() == day - timedelta(days=1)
    (deadline,) = of_kind(register.deadlines(), DeadlineKind.CONTACT_FREQUENCY, kari)
    assert deadline.due == TODAY
    assert deadline.urgency(TODAY) is Urgency.SOON  # counted for the day before: overdue
    assert register.parent_detail(pid(kari)).last_conversation == day


def test_a_refusal_replaces_the_frequency_by_a_new_offer_and_each_offer_moves_it(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    refused = TODAY - timedelta(days=20)
    write(contact_log, kari, oslo_noon(refused), ContactForm.PHONE, summary="Takket nei.")
    contact_log.save_plan(
        ContactPlan(
            pid(kari),
            every_days=14,
            agreed_on=TODAY - timedelta(days=90),
            refused_on=refused,
            next_offer_on=TODAY - timedelta(days=5),
        )
    )
    deadlines = register.deadlines()
    assert of_kind(deadlines, DeadlineKind.CONTACT_FREQUENCY, kari) == []
    (offer,) = of_kind(deadlines, DeadlineKind.NEW_OFFER, kari)
    assert offer.due == TODAY - timedelta(days=5)
    assert offer.urgency(TODAY) is Urgency.OVERDUE

    write(contact_log, kari, days_ago(2), ContactForm.LETTER, summary="Tilbudt samtale per brev.")
    (offer,) = of_kind(register.deadlines(), DeadlineKind.NEW_OFFER, kari)
    assert offer.due == TODAY - timedelta(days=2) + timedelta(days=14)
    assert offer.urgency(TODAY) is Urgency.LATER


@pytest.mark.parametrize(
    ("plan", "field"),
    [
        (dict(every_days=0), "every_days"),
        (dict(every_days=400), "every_days"),
        (dict(refused_on=TODAY - timedelta(days=1)), "next_offer_on"),
        (dict(refused_on=TODAY, next_offer_on=TODAY - timedelta(days=1)), "next_offer_on"),
    ],
)
def test_an_invalid_plan_is_refused_and_nothing_is_saved(
    register: RegisterService, contact_log: ContactLogService, plan: dict[str, object], field: str
) -> None:
    kari = add_parent(register, "Kari")
    with pytest.raises(ValidationFailed) as caught:
        contact_log.save_plan(ContactPlan(pid(kari), **plan))  # type: ignore[arg-type]
    assert caught.value.for_field(field)
    assert contact_log.plan(pid(kari)) == ContactPlan(pid(kari))
    with register.unit_of_work() as uow:
        assert uow.session.execute(text("SELECT count(*) FROM contact_plan")).scalar_one() == 0


def test_a_parent_who_declines_has_had_the_first_conversation_offered(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    lise = add_child(register, "Lise", kari)
    start = TODAY - timedelta(days=20)
    place(register, lise, start)
    (first,) = [d for d in register.deadlines() if d.kind is DeadlineKind.FIRST_CONVERSATION]
    assert first.done_on is None
    declined = TODAY - timedelta(days=10)
    contact_log.save_plan(
        ContactPlan(kari.id or 0, refused_on=declined, next_offer_on=TODAY + timedelta(days=20))
    )
    kinds = {d.kind: d for d in register.deadlines()}
    assert kinds[DeadlineKind.FIRST_CONVERSATION].done_on == declined
    assert kinds[DeadlineKind.NEW_OFFER].due == TODAY + timedelta(days=20)


def test_searching_one_parents_log_finds_only_that_parents_entries(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    per = add_parent(register, "Per")
    hers = write(contact_log, kari, days_ago(3), summary="Snakket om samværet og bolig.")
    write(contact_log, kari, days_ago(2), summary="Kort prat om skolen.")
    joint = write(
        contact_log,
        per,
        days_ago(1),
        summary="Felles møte om samvær.",
        participants=Participants(other_parent_ids=(pid(kari),)),
    )
    write(contact_log, per, days_ago(1), summary="Samvær med far.")
    assert contact_log.matching_entries(pid(kari), "samvaer") == {hers.id, joint.id}
    assert contact_log.matching_entries(pid(kari), "samvaer bolig") == {hers.id}
    assert contact_log.matching_entries(pid(kari), "  ") is None


def test_a_task_closed_since_stays_closed_when_an_older_copy_of_the_entry_is_saved(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    entry = write(
        contact_log,
        kari,
        days_ago(2),
        final=False,
        tasks=(FollowUpTask("Ringe NAV", due=TODAY + timedelta(days=3)),),
    )
    (task,) = entry.tasks
    contact_log.close_task(task.id or 0, TaskStatus.DONE, "Ringte, fikk time.")
    again = contact_log.save(replace(entry, summary="Tilføyd mer."))  # the editor's older copy
    (kept,) = again.tasks
    assert (kept.status, kept.outcome) == (TaskStatus.DONE, "Ringte, fikk time.")


def test_moments_are_stored_and_compared_in_one_zone(
    register: RegisterService, contact_log: ContactLogService
) -> None:
    kari = add_parent(register, "Kari")
    second = datetime(2025, 10, 26, 1, 30, tzinfo=UTC)  # 02:30 Oslo, the second one that night
    saved = contact_log.save(
        ContactEntry(pid(kari), second.astimezone(OSLO), ContactForm.PHONE, summary="Natt."),
        final=True,
    )
    assert saved.occurred_at == second and saved.occurred_at.utcoffset() == timedelta(0)
    same = contact_log.save(replace(saved, occurred_at=second.astimezone(OSLO)))
    assert same.version == 1  # the same moment in another zone is no change
