"""The contact-log workload: an office's journal in a vault, and the same database in plain sqlite3.

``contact_office`` builds a throwaway vault and exports it (``sqlcipher_export``) to a plain
database, so both hold the same rows in the same pages. The vault gets a
register (``storage_workload``: parents with their children; parent 0 shares its children with
parent 1), one office, and the same contact entries, generated deterministically: varied forms,
1–3 topics, a child (now and then all of them), summaries of 300–800 characters of Norwegian
casework prose with Sami names, the parent's own words and what was agreed on some entries. The
first parent (the "focus" parent) gets a fixed number of entries, spread over the office's
years between everybody else's, as they are written in real life. A large office (more than
``POOLED_FROM`` entries) draws its summaries from a pool of ``SUMMARY_POOL`` generated ones, so
a million entries are written in minutes, with the same words at the same frequencies.

Most entries are written with raw SQL (``EntryRows``), because going through the service costs
milliseconds per entry (validation and a flush each) and 100,000 of them would take minutes.
The raw rows are exactly the rows ``ContactRepository`` writes; this is checked on every build:
the first entries go through ``ContactLogService.save_many`` on the vault and their stored rows
must equal the raw writer's rows for the same entries (timestamps of the write aside), and a
raw-written entry must read back through the service as the entry planned.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from benchmarks.storage_workload import (
    BENCH_PASSPHRASE,
    VaultWorkload,
    connect_plain,
    plan,
)
from bufapp.domain.contact_log import ContactEntry, Participants
from bufapp.domain.entities import Office
from bufapp.domain.enums import ContactForm, ContactTopic, EntryStatus, Initiative
from bufapp.domain.folding import fold
from bufapp.security import kdf
from bufapp.services.contacts.log import ContactLogService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault

# A fixed clock, so every build writes the same rows (and no entry is "in the future").
NOW = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
TODAY = NOW.date()
FIRST_DAY = date(2020, 1, 6)
LAST_DAY = date(2025, 12, 31)

PARENTS_PER_BATCH = 50
ENTRIES_PER_TRANSACTION = 2_000
THROUGH_SERVICE = 40  # the first entries, written by ContactLogService.save_many (the check)
PLAIN_FILE = "plain.db"
POOLED_FROM = 100_000
SUMMARY_POOL = 4_000
OFFICE = Office("Barneverntjenesten i Fjellvik kommune", "Rådhusveien 1, 9965 Fjellvik", "")

# --- the text -----------------------------------------------------------------------------------

CHILD_NAMES = (
    "Máret", "Áile", "Ánde", "Biret", "Emma", "Noah", "Sofie", "Jonas", "Leah", "Elias",
    "Nora", "Ibrahim", "Amina", "Oliwia", "Aksel", "Ingrid",
)  # fmt: skip
RARE_WORD = "logoped"  # in about one entry of a thousand
# (sentence, weight). {barn} is a child's name.
SUMMARY_SENTENCES: tuple[tuple[str, float], ...] = (
    ("Samtale med mor om samværet med {barn} i helgen, og om hva som gikk bra og mindre bra.", 0.6),
    ("Mor fortalte at samværet i fosterhjemmet gikk fint, og at {barn} var glad for å se henne.", 0.6),
    ("Far ønsker utvidet samvær og spurte om {barn} kan overnatte hos ham før jul.", 0.4),
    ("Gjennomgikk samværsplanen for våren; neste samvær er avtalt på nøytralt sted med tilsyn.", 0.4),
    ("Forelderen sier hen har dårlig samvittighet overfor {barn} etter det som skjedde.", 0.4),
    ("Forelderen har fortsatt ikke fast bolig og bor midlertidig hos en venn i sentrum.", 1),
    ("NAV har innvilget midlertidig bolig, og forelderen flytter inn i leiligheten neste uke.", 0.6),
    ("Snakket om økonomi og kontakt med NAV; forelderen har søkt om sosialhjelp og bostøtte.", 1),
    ("Forelderen forteller at hen har vært rusfri i tre måneder og møter til samtaler.", 1),
    ("Behandlingen ved DPS fortsetter med ukentlige timer; forelderen synes det hjelper.", 1),
    ("Det kom fram bekymring for rus ved siste besøk, og vi snakket om hva som må til videre.", 0.7),
    ("Fosterhjemmet melder at {barn} sover bedre og har funnet seg godt til rette.", 1.2),
    ("Fosterforeldrene ønsker et møte med forelderen for å bli bedre kjent før sommeren.", 1),
    ("{barn} har begynt på ny skole og trives i klassen, ifølge kontaktlæreren.", 0.8),
    ("Skolen har meldt om mye fravær før jul; det er avtalt et møte med rektor og PPT.", 0.6),
    ("Informerte om retten til advokat og om at saken kan bli behandlet i fylkesnemnda.", 1),
    ("Forelderen var opprørt i starten av samtalen, men roet seg etter hvert og ble mer åpen.", 1.5),
    ("Gikk gjennom tiltaksplanen og hva barneverntjenesten skal gjøre fram til neste møte.", 1.5),
    ("Ansvarsgruppemøte med helsesykepleier, BUP og fosterforeldrene; nytt møte om seks uker.", 1),
    ("Samtalen ble tolket av kvalifisert tolk over telefon, og tolken oversatte fortløpende.", 0.5),
    ("Besøkte forelderen hjemme; leiligheten var ryddig og det var kjøpt seng til {barn}.", 1),
    ("Drøftet tilbakeføring og hvilke forutsetninger som må være på plass før {barn} flytter.", 1),
    ("Mormor har tilbudt seg å være støtteperson og vil gjerne være med på neste møte.", 0.7),
    ("{barn} snakker mye om søsknene sine og ønsker å treffe dem oftere enn i dag.", 1),
    ("Forelderen fikk informasjon om foreldreveiledning og vil tenke over tilbudet.", 1.5),
    ("Forelderen ville snakke om hvordan hverdagen er blitt, og om søvn og arbeid.", 1.5),
    ("{barn} har fått time hos " + RARE_WORD + " etter henvisning fra helsestasjonen.", 0.007),
)  # fmt: skip
PARENT_WORDS = (
    "«Jeg savner {barn} hver eneste dag og vil ha mer samvær enn det som er bestemt.»",
    "«Nå har jeg fått bolig, så nå må dere høre på meg.»",
    "«Jeg er ferdig med rusen, jeg lover det. Jeg går i behandling hver uke.»",
    "«Skolen forstår ikke {barn}, hen trenger noen som ser hen.»",
    "«Det er godt at noen ringer meg. Jeg har ingen andre å snakke med om dette.»",
    "«Mun háliidan ahte {barn} oažžu sámegiela.» (Jeg vil at {barn} skal få beholde samisken.)",
    "«Fosterhjemmet er snille, men det er jeg som er mammaen til {barn}.»",
)
AGREEMENTS = (
    "Neste samvær avtales med fosterhjemmet innen fredag.",
    "Saksbehandler kontakter NAV om bolig og gir beskjed til forelderen.",
    "Ny samtale om to uker, samme sted og tid.",
    "Forelderen sender navn på støtteperson på SMS.",
    "Saksbehandler ber skolen om et møte der forelderen kan være med.",
)
FORMS: tuple[tuple[ContactForm, float], ...] = (
    (ContactForm.PHONE, 30), (ContactForm.MESSAGE, 15), (ContactForm.OFFICE_MEETING, 15),
    (ContactForm.HOME_VISIT, 10), (ContactForm.NEUTRAL_PLACE, 5), (ContactForm.VIDEO, 5),
    (ContactForm.LETTER, 10), (ContactForm.FAILED_ATTEMPT, 10),
)  # fmt: skip
PLACES = {
    ContactForm.HOME_VISIT: "Hjemme hos forelderen",
    ContactForm.OFFICE_MEETING: "Kontoret, møterom 2",
    ContactForm.NEUTRAL_PLACE: "Kafé i sentrum",
}
TOPICS = tuple(topic for topic in ContactTopic if topic is not ContactTopic.FIRST_CONVERSATION)
_SENTENCES = tuple(sentence for sentence, _weight in SUMMARY_SENTENCES)
_SENTENCE_WEIGHTS = tuple(weight for _sentence, weight in SUMMARY_SENTENCES)
_FORMS = tuple(form for form, _weight in FORMS)
_FORM_WEIGHTS = tuple(weight for _form, weight in FORMS)


# --- the office ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class OfficeSize:
    parents: int
    entries: int  # in the whole office
    focus_entries: int  # of the first parent (its timeline)


@dataclass(frozen=True)
class Register:
    """Who the entries can concern: parent ids, each parent's children and co-parents."""

    parent_ids: tuple[int, ...]
    children_of: dict[int, tuple[int, ...]]
    co_parents_of: dict[int, tuple[int, ...]]

    @property
    def focus(self) -> int:
        return self.parent_ids[0]


def read_register(connection: Any, parent_ids: Sequence[int]) -> Register:
    links = connection.execute(
        "SELECT child_id, parent_id FROM child_parent ORDER BY child_id, parent_id"
    ).fetchall()
    parents_of_child: dict[int, list[int]] = {}
    for child_id, parent_id in links:
        parents_of_child.setdefault(child_id, []).append(parent_id)
    children_of: dict[int, list[int]] = {p: [] for p in parent_ids}
    co_parents_of: dict[int, set[int]] = {p: set() for p in parent_ids}
    for child_id, parents in parents_of_child.items():
        for parent_id in parents:
            children_of[parent_id].append(child_id)
            co_parents_of[parent_id] |= set(parents) - {parent_id}
    return Register(
        tuple(parent_ids),
        {p: tuple(children) for p, children in children_of.items()},
        {p: tuple(sorted(co)) for p, co in co_parents_of.items()},
    )


class EntryPlanner:
    """The office's entries, oldest first, deterministically from ``seed``.

    The focus parent gets exactly ``size.focus_entries`` entries in its timeline: its own, a
    tenth of them with its co-parent taking part. No other entry concerns the focus parent.
    """

    def __init__(self, register: Register, size: OfficeSize, seed: int) -> None:
        if size.focus_entries > size.entries or len(register.parent_ids) < 2:
            raise ValueError("an office needs two parents and more entries than the focus has")
        self.register = register
        self.size = size
        self.rng = random.Random(seed)
        others = register.parent_ids[1:]
        owners = [register.focus] * size.focus_entries + [
            self.rng.choice(others) for _ in range(size.entries - size.focus_entries)
        ]
        self.rng.shuffle(owners)
        self.owners = owners
        self.pool: tuple[str, ...] = ()
        if size.entries > POOLED_FROM:
            names = {"barn": CHILD_NAMES[0]}
            self.pool = tuple(self.summary(names) for _ in range(SUMMARY_POOL))

    def entries(self) -> Iterator[ContactEntry]:
        span = (LAST_DAY - FIRST_DAY).days
        count = len(self.owners)
        for number, owner in enumerate(self.owners):
            day = FIRST_DAY + timedelta(days=number * span // count)
            yield self.entry(owner, day)

    def entry(self, owner: int, day: date) -> ContactEntry:
        rng = self.rng
        form = rng.choices(_FORMS, _FORM_WEIGHTS)[0]
        others: tuple[int, ...] = ()
        co_parents = self.register.co_parents_of[owner]
        if co_parents and self.register.focus not in co_parents and rng.random() < 0.1:
            others = (co_parents[0],)
        children = sorted({c for p in (owner, *others) for c in self.register.children_of[p]})
        child_ids = tuple(children) if rng.random() < 0.2 else (rng.choice(children),)
        names = {"barn": rng.choice(CHILD_NAMES)}
        talked = form not in (ContactForm.FAILED_ATTEMPT, ContactForm.LETTER)
        interpreter = rng.random() < 0.1
        return ContactEntry(
            parent_id=owner,
            occurred_at=datetime.combine(day, datetime.min.time(), UTC)
            + timedelta(minutes=7 * 60 + rng.randrange(8 * 60)),
            form=form,
            initiative=rng.choice(tuple(Initiative)),
            place=PLACES.get(form, ""),
            participants=Participants(
                other_parent_ids=others,
                support_person="Søster" if talked and rng.random() < 0.1 else "",
                interpreter_language="somali" if interpreter else "",
                interpreter_name="Tolk Ahmed Farah" if interpreter else "",
                carers="Fosterforeldrene" if form is ContactForm.HOME_VISIT else "",
            ),
            topics=tuple(sorted(rng.sample(TOPICS, rng.randint(1, 3)), key=TOPICS.index)),
            child_ids=child_ids,
            summary=self.summary(names),
            parent_words=rng.choice(PARENT_WORDS).format(**names)
            if talked and rng.random() < 0.4
            else "",
            agreed=rng.choice(AGREEMENTS) if talked and rng.random() < 0.3 else "",
        )

    def summary(self, names: dict[str, str]) -> str:
        if self.pool:
            return self.rng.choice(self.pool)
        length = self.rng.randint(300, 710)  # the last sentence takes it to 300–800
        sentences: list[str] = []
        while sum(len(s) + 1 for s in sentences) < length:
            sentence = self.rng.choices(_SENTENCES, _SENTENCE_WEIGHTS)[0]
            names = {"barn": self.rng.choice(CHILD_NAMES)} if self.rng.random() < 0.3 else names
            sentences.append(sentence.format(**names))
        return " ".join(sentences)


# --- the rows ContactRepository writes --------------------------------------------------------

ENTRY_COLUMNS = (
    "id", "parent_id", "occurred_at", "form", "initiative", "place", "support_person",
    "interpreter_language", "interpreter_name", "carers", "others", "summary", "parent_words",
    "agreed", "status", "version", "change_reason", "withdrawn_reason", "finalised_at",
    "withdrawn_at", "created_at", "updated_at",
)  # fmt: skip
WRITE_TIMES = 2  # created_at, updated_at: the moment of writing, left out of the comparison
INSERT_ENTRY = (
    f"INSERT INTO contact_entry ({', '.join(ENTRY_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in ENTRY_COLUMNS)})"
)
INSERT_ENTRY_PARENT = (
    "INSERT INTO contact_entry_parent (entry_id, parent_id, position, occurred_at) "
    "VALUES (?, ?, ?, ?)"
)
INSERT_ENTRY_TOPIC = "INSERT INTO contact_entry_topic (entry_id, topic) VALUES (?, ?)"
INSERT_ENTRY_CHILD = "INSERT INTO contact_entry_child (entry_id, child_id) VALUES (?, ?)"
INSERT_SEARCH = (
    "INSERT INTO contact_search (rowid, summary, parent_words, agreed) VALUES (?, ?, ?, ?)"
)


# Texts repeat (a large office draws its summaries from a pool): fold each once.
_folded = lru_cache(maxsize=16_384)(fold)


def stored_moment(moment: datetime | None) -> str | None:
    """A UTCDateTime as SQLAlchemy stores it on SQLite: naive UTC with microseconds."""
    if moment is None:
        return None
    return moment.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


@dataclass(frozen=True)
class EntryRows:
    entry: tuple[Any, ...]
    parents: tuple[tuple[Any, ...], ...]
    topics: tuple[tuple[Any, ...], ...]
    children: tuple[tuple[Any, ...], ...]
    search: tuple[Any, ...]

    def comparable(self) -> EntryRows:
        """Without the moment of writing; topic rows in key order (as read back)."""
        return replace(self, entry=self.entry[:-WRITE_TIMES], topics=tuple(sorted(self.topics)))


def rows_of(entry_id: int, entry: ContactEntry, written: datetime = NOW) -> EntryRows:
    """What ContactLogService.save_many(final=True) stores for a new, tidy ``entry``."""
    e, people = entry, entry.participants
    moment = stored_moment(written)
    entry = (
        entry_id, e.parent_id, stored_moment(e.occurred_at), e.form.value, e.initiative.value,
        e.place, people.support_person, people.interpreter_language, people.interpreter_name,
        people.carers, people.others, e.summary, e.parent_words, e.agreed,
        EntryStatus.FINAL.value, 1, "", "", moment, None, moment, moment,
    )  # fmt: skip
    return EntryRows(
        entry=entry,
        parents=tuple((entry_id, p, position, entry[2]) for position, p in enumerate(e.parent_ids)),
        topics=tuple((entry_id, t.value) for t in dict.fromkeys(e.topics)),
        children=tuple((entry_id, c) for c in sorted(set(e.child_ids))),
        search=(entry_id, _folded(e.summary), _folded(e.parent_words), _folded(e.agreed)),
    )


def write_rows(connection: Any, batch: Sequence[EntryRows]) -> None:
    """One transaction on a DB-API connection opened with ``isolation_level=None``."""
    connection.execute("BEGIN")
    try:
        connection.executemany(INSERT_ENTRY, [rows.entry for rows in batch])
        connection.executemany(INSERT_ENTRY_PARENT, [r for rows in batch for r in rows.parents])
        connection.executemany(INSERT_ENTRY_TOPIC, [r for rows in batch for r in rows.topics])
        connection.executemany(INSERT_ENTRY_CHILD, [r for rows in batch for r in rows.children])
        connection.executemany(INSERT_SEARCH, [rows.search for rows in batch])
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def read_rows(connection: Any, entry_id: int) -> EntryRows:
    def all_of(sql: str) -> tuple[tuple[Any, ...], ...]:
        return tuple(tuple(row) for row in connection.execute(sql, (entry_id,)))

    (entry,) = all_of(f"SELECT {', '.join(ENTRY_COLUMNS)} FROM contact_entry WHERE id = ?")
    (search,) = all_of(
        "SELECT rowid, summary, parent_words, agreed FROM contact_search WHERE rowid = ?"
    )
    return EntryRows(
        entry=entry,
        parents=all_of(
            "SELECT entry_id, parent_id, position, occurred_at FROM contact_entry_parent "
            "WHERE entry_id = ? ORDER BY position"
        ),
        topics=all_of(
            "SELECT entry_id, topic FROM contact_entry_topic WHERE entry_id = ? ORDER BY topic"
        ),
        children=all_of(
            "SELECT entry_id, child_id FROM contact_entry_child "
            "WHERE entry_id = ? ORDER BY child_id"
        ),
        search=search,
    )


# --- building both databases -----------------------------------------------------------------


@dataclass
class ContactOffice:
    """A filled vault and a plain sqlite3 database with the same rows."""

    vault: Vault
    plain: Any  # sqlite3.Connection, autocommit (isolation_level=None)
    register: Register
    entries: int
    build_seconds: float
    focus_entries: int = 0  # of the first parent (its timeline)

    def service(self) -> ContactLogService:
        factory = self.vault.session_factory
        return ContactLogService(lambda: UnitOfWork(factory), today=lambda: TODAY, now=lambda: NOW)

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self.vault.session_factory)


def _register(vault: Vault, connection: Any, parents: int) -> Register:
    parent_ids = VaultWorkload(vault.session_factory).insert(plan(parents, PARENTS_PER_BATCH))
    with UnitOfWork(vault.session_factory) as uow:
        uow.office.save_office(OFFICE)
        uow.commit()
    return read_register(connection, parent_ids)


def _service(vault: Vault) -> ContactLogService:
    factory = vault.session_factory
    return ContactLogService(lambda: UnitOfWork(factory), today=lambda: TODAY, now=lambda: NOW)


def _check_service_rows(vault: Vault, written: Sequence[ContactEntry]) -> None:
    """The service's rows for the first entries are the raw writer's rows for them."""
    with closing(vault.raw_connection()) as connection:
        for entry in written:
            assert entry.id is not None
            stored = read_rows(connection, entry.id).comparable()
            if stored != rows_of(entry.id, entry).comparable():
                raise RuntimeError(
                    f"the raw writer no longer writes what ContactRepository writes "
                    f"(entry {entry.id}):\n  repository {stored}\n  raw writer "
                    f"{rows_of(entry.id, entry).comparable()}"
                )


def _check_read_back(office: ContactOffice, entry_id: int, planned: ContactEntry) -> None:
    expected = replace(planned, id=entry_id, status=EntryStatus.FINAL, version=1, finalised_at=NOW)
    if office.service().entry(entry_id) != expected:
        raise RuntimeError(f"entry {entry_id}, written raw, reads back differently")


def _fill(vault: Vault, entries: Iterator[ContactEntry], connection: Any) -> ContactEntry:
    """Writes every entry to the vault; returns the last one (for the read-back check)."""
    first = [next(entries) for _ in range(THROUGH_SERVICE)]
    saved = _service(vault).save_many(first, final=True)
    if [e.id for e in saved] != list(range(1, len(first) + 1)):
        raise RuntimeError("the service gave the first entries unexpected ids")
    _check_service_rows(vault, saved)
    next_id = len(first) + 1
    last = first[-1]
    while True:
        batch: list[EntryRows] = []
        for entry in entries:
            batch.append(rows_of(next_id, entry))
            next_id += 1
            last = entry
            if len(batch) == ENTRIES_PER_TRANSACTION:
                break
        if not batch:
            return last
        write_rows(connection, batch)


def export_plain(connection: Any, path: Path) -> None:
    """The vault's whole database, schema and rows (the full-text index's own pages too), into
    an unencrypted file: the baseline reads exactly the data bufapp reads."""
    connection.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(path),))
    try:
        connection.execute("SELECT sqlcipher_export('plaintext')").fetchall()
    finally:
        connection.execute("DETACH DATABASE plaintext")


def _build(folder: Path, size: OfficeSize, seed: int) -> tuple[Register, ContactEntry]:
    """Fills a new vault and exports it to a plain database; returns the register and the
    last entry."""
    vault, _recovery_key = Vault.create(folder / "vault", BENCH_PASSPHRASE, kdf.minimum_params())
    try:
        with closing(vault.raw_connection()) as connection:
            register = _register(vault, connection, size.parents)
            planner = EntryPlanner(register, size, seed)
            # Building is not measured: no wait for the disk at every one of its commits.
            connection.execute("PRAGMA synchronous = OFF")
            last = _fill(vault, planner.entries(), connection)
            export_plain(connection, folder / PLAIN_FILE)
            return register, last
    finally:
        vault.lock()


@contextmanager
def contact_office(folder: Path, size: OfficeSize, seed: int = 7) -> Iterator[ContactOffice]:
    """A vault (KDF at its floor; key derivation is not measured) and a plain database in
    ``folder``, both holding the office's register and contact log.

    Both are closed after filling and opened again, so what is measured runs on connections
    that never saw the bulk writes, as after unlocking bufapp (a connection that did the
    writes reads the timeline markedly slower)."""
    started = time.perf_counter()
    register, last = _build(folder, size, seed)
    build_seconds = time.perf_counter() - started
    vault = Vault.open(folder / "vault", BENCH_PASSPHRASE)
    try:
        with closing(connect_plain(folder / PLAIN_FILE)) as plain:
            office = ContactOffice(
                vault, plain, register, size.entries, build_seconds, size.focus_entries
            )
            _check_read_back(office, size.entries, last)
            yield office
    finally:
        vault.lock()


# --- the SQL a repository call issues ----------------------------------------------------------


@contextmanager
def recorded_statements(engine: Engine) -> Iterator[list[tuple[str, Any]]]:
    """Every statement (with its parameters) sent to the database while inside the block."""
    statements: list[tuple[str, Any]] = []

    def record(*args: Any) -> None:  # conn, cursor, statement, parameters, context, many
        statements.append((args[2], args[3]))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)


def repository_sql(office: ContactOffice, call: Callable[[UnitOfWork], object]) -> list[Any]:
    """The statements ``call`` sends through a unit of work, BEGIN left out: the baseline runs
    exactly these on plain sqlite3."""
    with recorded_statements(office.vault.engine) as statements, office.unit_of_work() as uow:
        call(uow)
    return [
        (sql, params)
        for sql, params in statements
        if sql.strip().upper() not in ("BEGIN", "BEGIN IMMEDIATE")
    ]
