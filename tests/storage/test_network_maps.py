"""Network maps on a real vault: a map comes back exactly (positions as sector, ring and angle)
after a lock and reopen, a parent's maps list newest first without their bodies, a new map
starts from the last with the same keys, the office's sectors persist and are checked, maps of
two parents are never compared, and a vault from before maps upgrades with its documents."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from alembic import command
from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import DatabaseError, IntegrityError

from bufapp.domain.enums import ContactFrequency, HowOften, KnownFor, SupportDirection, TieQuality
from bufapp.domain.network import (
    DEFAULT_SECTORS,
    MapListing,
    MemberTie,
    NetworkMap,
    NetworkMember,
    NetworkSector,
)
from bufapp.errors import NotFound, ValidationFailed
from bufapp.services.drafts import DraftService
from bufapp.services.network_maps import NetworkMapService
from bufapp.services.register import RegisterService
from bufapp.services.workspace import workspace_for
from bufapp.settings import Settings
from bufapp.storage import migrate
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault
from tests.conftest import PASSPHRASE, TODAY, CreatedVault
from tests.unit.test_register_service import add_parent

BEFORE_NETWORK_MAPS = "0008_meeting_documents"


def service(vault: Vault) -> NetworkMapService:
    return NetworkMapService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY)


@pytest.fixture
def maps(vault: Vault) -> NetworkMapService:
    return service(vault)


@pytest.fixture
def parent_id(register: RegisterService) -> int:
    return add_parent(register, "Máret", "Čuđe").id or 0


def drawn(parent_id: int, on: date = TODAY) -> NetworkMap:
    """A map with awkward positions, every attribute set, a tie and the parent's own words."""
    return NetworkMap(
        parent_id,
        on,
        DEFAULT_SECTORS,
        (
            NetworkMember("mamma", "Mamma", "family", 1, 0.0, TieQuality.STRONG,
                          HowOften.ALMOST_ALWAYS, HowOften.SOMETIMES, HowOften.RARELY,
                          SupportDirection.BOTH, HowOften.RARELY, ContactFrequency.DAILY,
                          KnownFor.OVER_FIVE_YEARS, True, "Kjører til samvær"),
            NetworkMember("nabo", "Nabo Per", "neighbours", 4, 1 / 3, TieQuality.CONFLICT,
                          critical=HowOften.ALMOST_ALWAYS, knows_about_placement=False),
            NetworkMember("ahkku", "Áhkku Iŋgá", "family", 3, 0.9999, TieQuality.BROKEN,
                          known_for=KnownFor.UNDER_ONE_YEAR),
        ),
        (MemberTie("mamma", "ahkku", TieQuality.CONFLICT),),
        parent_words="«Mun in háliit – jeg vil ikke at naboen skal vite.»",
        note="Kan nettverket utvides? Foreldregruppe foreslått.",
    )  # fmt: skip


# --- maps ---------------------------------------------------------------------------------------


def test_a_map_comes_back_exactly_after_lock_and_reopen(
    created_vault: CreatedVault, maps: NetworkMapService, parent_id: int
) -> None:
    original = drawn(parent_id)
    saved = maps.save(original)
    assert saved.id is not None and saved == replace(original, id=saved.id)
    created_vault.vault.lock()

    reopened = Vault.open(created_vault.directory, PASSPHRASE)
    try:
        again = service(reopened).get(saved.id)
    finally:
        reopened.lock()
    assert again == saved
    assert [(m.sector, m.ring, m.angle) for m in again.members] == [
        ("family", 1, 0.0),
        ("neighbours", 4, 1 / 3),
        ("family", 3, 0.9999),
    ]
    assert again.members[1].knows_about_placement is False
    assert again.members[2].knows_about_placement is None


def test_saving_gives_new_members_a_key_and_trims_labels(
    maps: NetworkMapService, parent_id: int
) -> None:
    saved = maps.save(
        NetworkMap(parent_id, TODAY, members=(NetworkMember("", "  Kollega  ", "work_school"),))
    )
    (colleague,) = saved.members
    assert colleague.key and colleague.label == "Kollega"
    changed = maps.save(replace(saved, note="Ny jobb"))
    assert changed.id == saved.id and changed.members == saved.members
    assert maps.of_parent(parent_id) == [MapListing(saved.id or 0, parent_id, TODAY, 1)]


def test_saving_refuses_a_bad_map_a_missing_parent_and_a_move_to_another_parent(
    maps: NetworkMapService, register: RegisterService, parent_id: int
) -> None:
    with pytest.raises(ValidationFailed) as ahead:
        maps.save(drawn(parent_id, TODAY + timedelta(days=1)))
    assert ahead.value.for_field("drawn_on") == ["Kartet kan ikke være tegnet fram i tid."]
    with pytest.raises(NotFound):
        maps.save(drawn(9999))
    assert maps.of_parent(parent_id) == []  # nothing was saved

    saved = maps.save(drawn(parent_id))
    other = add_parent(register, "Bjørn", "Åsen").id or 0
    with pytest.raises(ValidationFailed, match="annen forelder"):
        maps.save(replace(saved, parent_id=other))
    assert maps.get(saved.id or 0).parent_id == parent_id
    with pytest.raises(NotFound):
        maps.get(9999)


def test_a_parents_maps_are_listed_newest_first_with_their_sizes(
    maps: NetworkMapService, register: RegisterService, parent_id: int
) -> None:
    middle = maps.save(drawn(parent_id, date(2026, 1, 5)))
    oldest = maps.save(replace(drawn(parent_id, date(2025, 6, 2)), members=(), ties=()))
    newest = maps.save(drawn(parent_id, date(2026, 6, 1)))
    other = add_parent(register, "Bjørn", "Åsen").id or 0
    maps.save(drawn(other, date(2026, 6, 10)))

    assert maps.of_parent(parent_id) == [
        MapListing(newest.id or 0, parent_id, date(2026, 6, 1), 3),
        MapListing(middle.id or 0, parent_id, date(2026, 1, 5), 3),
        MapListing(oldest.id or 0, parent_id, date(2025, 6, 2), 0),
    ]
    assert [listing.drawn_on for listing in maps.of_parent(other)] == [date(2026, 6, 10)]


def test_a_new_map_starts_from_the_latest_with_the_same_keys(
    maps: NetworkMapService, parent_id: int
) -> None:
    first = maps.start(parent_id, date(2026, 1, 5))
    assert first == NetworkMap(parent_id, date(2026, 1, 5), DEFAULT_SECTORS)
    latest = maps.save(drawn(parent_id, date(2026, 2, 1)))
    earlier = drawn(parent_id, date(2025, 12, 1))
    maps.save(replace(earlier, members=earlier.members[:1], ties=()))  # saved later, drawn before

    started = maps.start(parent_id)
    assert (started.id, started.drawn_on, started.parent_words) == (None, TODAY, "")
    assert started.members == latest.members and started.ties == latest.ties
    # Re-mapped: the neighbour is closer and no longer in conflict; a colleague is new.
    neighbour = started.member("nabo")
    assert neighbour is not None
    nabo = replace(neighbour, ring=2, quality=TieQuality.WEAK)
    kept = tuple(nabo if m.key == "nabo" else m for m in started.members)
    colleague = NetworkMember("kollega", "Kollega", "work_school")
    again = maps.save(replace(started, members=(*kept, colleague)))
    change = maps.compare(again.id or 0, latest.id or 0)
    assert [c.after.key for c in change.stronger] == ["nabo"]
    assert [c.after.key for c in change.closer] == ["nabo"]
    assert [m.key for m in change.new] == ["kollega"] and change.filled == ("Arbeid og skole",)
    with pytest.raises(NotFound):
        maps.start(9999)


def test_maps_of_two_parents_are_never_compared(
    maps: NetworkMapService, register: RegisterService, parent_id: int
) -> None:
    mine = maps.save(drawn(parent_id))
    other = add_parent(register, "Bjørn", "Åsen").id or 0
    theirs = maps.save(drawn(other))
    with pytest.raises(ValidationFailed) as refused:
        maps.compare(mine.id or 0, theirs.id or 0)
    assert refused.value.for_field("maps") == [
        "Bare kart over samme forelders nettverk kan sammenlignes."
    ]
    with pytest.raises(ValidationFailed, match="to forskjellige kart"):
        maps.compare(mine.id or 0, mine.id or 0)


def test_an_unsaved_map_is_kept_as_a_draft(vault: Vault, parent_id: int) -> None:
    drafts = DraftService(lambda: UnitOfWork(vault.session_factory))
    unsaved = drawn(parent_id)
    drafts.save("network-map", f"new:{parent_id}", unsaved)
    (draft,) = drafts.all()
    assert (draft.kind, draft.record) == ("network-map", unsaved)


def test_the_workspace_offers_network_maps(vault: Vault, parent_id: int) -> None:
    workspace = workspace_for(vault, Settings())
    assert workspace.network_maps.sectors() == DEFAULT_SECTORS
    assert workspace.network_maps.of_parent(parent_id) == []


# --- the office's sectors ----------------------------------------------------------------------


def test_the_offices_sectors_persist_and_maps_keep_their_own(
    created_vault: CreatedVault, maps: NetworkMapService, parent_id: int
) -> None:
    assert maps.sectors() == DEFAULT_SECTORS
    old = maps.save(drawn(parent_id, date(2026, 1, 5)))
    office = (
        NetworkSector("family", "Familie"),  # renamed
        NetworkSector("friends", "Venner"),
        NetworkSector("", " Idrett "),  # new: gets a key
    )  # the rest removed; "neighbours" is still used by the old map
    saved = maps.save_sectors(office)
    assert [s.name for s in saved] == ["Familie", "Venner", "Idrett"]
    assert saved[2].key and saved[2].key not in {s.key for s in DEFAULT_SECTORS}
    created_vault.vault.lock()

    reopened = Vault.open(created_vault.directory, PASSPHRASE)
    try:
        again = service(reopened)
        assert again.sectors() == saved
        assert again.get(old.id or 0).sectors == DEFAULT_SECTORS
        started = again.start(parent_id)
    finally:
        reopened.lock()
    # The office's sectors first, then the old map's sectors its members still use.
    assert [s.name for s in started.sectors] == [
        "Familie",
        "Venner",
        "Idrett",
        "Naboer og nærmiljø",
    ]


@pytest.mark.parametrize(
    ("sectors", "message"),
    [
        ((), "Kartet må ha minst én sektor."),
        ((NetworkSector("a", "Venner"), NetworkSector("b", "  ")), "Sektor 2: skriv et navn."),
        ((NetworkSector("a", "Nærmiljø"), NetworkSector("b", " NAERMILJO ")),
         "To sektorer heter «NAERMILJO»."),
        ((NetworkSector("a", "Venner"), NetworkSector("a", "Naboer")),
         "To sektorer har samme kode."),
        ((NetworkSector("a", "x" * 61),), "Sektor 1: navnet kan ha høyst 60 tegn."),
    ],
)  # fmt: skip
def test_the_offices_sectors_are_checked_and_nothing_saved_when_wrong(
    maps: NetworkMapService, sectors: tuple[NetworkSector, ...], message: str
) -> None:
    with pytest.raises(ValidationFailed) as refused:
        maps.save_sectors(sectors)
    assert refused.value.for_field("sectors") == [message]
    assert maps.sectors() == DEFAULT_SECTORS


# --- from a vault before network maps -----------------------------------------------------------


def _insert_document(connection: Connection, parent_id: int, kind: str, title: str) -> None:
    connection.execute(
        text(
            "INSERT INTO stored_document (kind, parent_id, title, made_at, sha256, size, pdf)"
            " VALUES (:kind, :p, :title, :t, 'ab', 3, :pdf)"
        ),
        {"kind": kind, "p": parent_id, "title": title, "t": datetime(2026, 11, 30, 12, tzinfo=UTC),
         "pdf": b"%PD"},
    )  # fmt: skip


def _triggers(connection: Connection) -> set[str]:
    rows = connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
    return set(rows.scalars())


def test_a_vault_from_0008_keeps_its_documents_and_gains_the_map_kinds(
    vault: Vault, parent_id: int
) -> None:
    with vault.engine.connect() as connection:
        config = migrate.alembic_config(connection)
        command.downgrade(config, BEFORE_NETWORK_MAPS)
        connection.commit()
        assert "network_map" not in inspect(connection).get_table_names()
        _insert_document(connection, parent_id, "minutes", "Referat fra Kárášjohka")
        connection.commit()
        with pytest.raises(IntegrityError):  # the 0008 constraint knows no maps
            _insert_document(connection, parent_id, "network_map", "Nettverkskart")
        connection.rollback()

        command.upgrade(config, "head")
        connection.commit()
        assert migrate.current_revision(connection) == migrate.head_revision()
        kept = connection.execute(text("SELECT kind, title, pdf FROM stored_document")).all()
        assert [tuple(row) for row in kept] == [("minutes", "Referat fra Kárášjohka", b"%PD")]
        assert {"network_map", "network_sectors"} <= set(inspect(connection).get_table_names())
        assert _triggers(connection) >= {"stored_document_no_update", "stored_document_no_delete"}
        for kind in ("network_map", "network_comparison"):
            _insert_document(connection, parent_id, kind, "Nettverkskart")
        connection.commit()
        with pytest.raises(DatabaseError, match="never changed"):
            connection.execute(text("DELETE FROM stored_document"))
        connection.rollback()
        with pytest.raises(IntegrityError):
            _insert_document(connection, parent_id, "bogus", "Ukjent")
        connection.rollback()
    assert service(vault).save(drawn(parent_id)).id is not None
