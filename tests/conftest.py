"""Shared fixtures: real encrypted vaults in temporary folders, Qt offscreen, fast KDF.

Nothing here mocks storage: every test that needs data opens a real SQLCipher vault.
"""

from __future__ import annotations

import faulthandler
import gc
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

# Before anything imports Qt or derives a key: offscreen Qt, and the KDF floor (64 MiB, one
# pass) instead of a 0.75 s calibration for every vault a test creates (asked for in code, below:
# bufapp reads no environment variable for it).
# The offscreen screen is the smallest bufapp promises to fit: 1366×768 less a taskbar.
os.environ["QT_QPA_PLATFORM"] = (
    f"offscreen:configfile={Path(__file__).parent / 'fixtures' / 'screen-1366x728.json'}"
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen"
    else os.environ["QT_QPA_PLATFORM"]
)

import pytest

from bufapp.security import kdf
from bufapp.services.clock import OSLO
from bufapp.services.contacts.log import ContactLogService
from bufapp.services.family_conference.service import FamilyConferenceService
from bufapp.services.followup.service import FollowUpService
from bufapp.services.group_offers.service import GroupOfferService
from bufapp.services.living.service import LivingService
from bufapp.services.register import RegisterService
from bufapp.services.visits.service import VisitService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault

kdf.use_the_floor_instead_of_calibrating()

SMALL_SCREEN = Path(__file__).parent / "fixtures" / "screen-1366x728.json"
PASSPHRASE = "test-passord æøå 1"
NEW_PASSPHRASE = "nytt-passord ŋšž 2"
TODAY = date(2026, 6, 15)


@pytest.fixture(autouse=True)
def garbage_collected_on_this_thread() -> Iterator[None]:
    """Once a UI test has switched the automatic collector off (``gui_thread_gc``), what each
    test leaves is collected here, on the main thread, also in the tests that run no event
    loop to turn the collector's timer."""
    yield
    if not gc.isenabled():
        from bufapp.ui.gui_thread_gc import collect_due

        collect_due()


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish() -> None:
    """Windows the UI tests left are deleted while the application lives, as the program does
    after its event loop (``release_before_exit``); left to the interpreter's exit they caused a
    segfault after every test had passed."""
    if "PySide6.QtWidgets" in sys.modules:
        from bufapp.ui.gui_thread_gc import release_before_exit

        release_before_exit()


@pytest.hookimpl(trylast=True)
def pytest_unconfigure() -> None:
    """pytest's own fault handler stops here; the interpreter's exit is still to come."""
    faulthandler.enable(file=sys.__stderr__)


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config: pytest.Config) -> None:
    """The whole suite (no paths given: the README's and CI's command) runs in two processes,
    one per core of CI's machine, with pytest-xdist from the ``test`` extra. Whole files go to
    a worker (``loadfile``): a module's shared vault is built once and a file's tests keep
    their order. ``-n`` chooses otherwise, ``-p no:xdist`` runs serially, and a run of chosen
    files or tests stays in one process (two workers' start would cost more than they win)."""
    option = config.option
    if (
        getattr(option, "numprocesses", 0) is None  # xdist is there and -n was not given
        and config.args_source is pytest.Config.ArgsSource.TESTPATHS
        and not hasattr(config, "workerinput")
        and not option.usepdb
        and (os.cpu_count() or 1) >= 2
    ):
        option.numprocesses = 2
        if option.dist == "no":
            option.dist = "loadfile"


@dataclass
class CreatedVault:
    vault: Vault
    recovery_key: str
    directory: Path


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture(scope="session")
def database_at_head(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """An empty database brought to head by ``Vault.create``, once per test process, and its
    data key: what every new vault's database is before anything is written to it (the
    migrations are deterministic), made in a fraction of the migrations' time."""
    from bufapp.storage.layout import DB_FILE_NAME

    directory = tmp_path_factory.mktemp("database-at-head") / "vault"
    vault, _ = Vault.create(directory, PASSPHRASE)
    key = bytes(vault._require_key())
    vault.lock()
    return directory / DB_FILE_NAME, key


@pytest.fixture
def created_vault(
    vault_dir: Path, database_at_head: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch
) -> Iterator[CreatedVault]:
    """A vault made by ``Vault.create`` (its own data key, vault id, passphrase and recovery
    key), except that its empty database at head is a copy of ``database_at_head``
    re-encrypted under its data key by the program's own ``rekey``, instead of being migrated
    afresh: what the migrations make is still what a test of the new vault's schema sees, and
    a test of ``Vault.create`` itself calls it."""
    import shutil

    from bufapp.fileio import create_private
    from bufapp.storage import key_change

    template, template_key = database_at_head
    migrate_for_real = Vault._migrate

    def copy_the_database_at_head(self: Vault, new_vault: bool = False) -> None:
        if new_vault:
            create_private(self.db_path)
            shutil.copyfile(template, self.db_path)
            key_change.rekey(self.db_path, template_key, self._require_key())
        migrate_for_real(self, new_vault)  # at head already: nothing to do

    with monkeypatch.context() as patched:
        patched.setattr(Vault, "_migrate", copy_the_database_at_head)
        vault, recovery_key = Vault.create(vault_dir, PASSPHRASE)
    yield CreatedVault(vault, recovery_key, vault_dir)
    vault.lock()


@pytest.fixture
def vault(created_vault: CreatedVault) -> Vault:
    return created_vault.vault


@pytest.fixture
def register(vault: Vault) -> RegisterService:
    """The register service on a fresh vault, with a fixed 'today' (``TODAY``)."""
    return RegisterService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY)


NOW = datetime.combine(TODAY, time(13, 0), tzinfo=OSLO)


@pytest.fixture
def contact_log(vault: Vault, register: RegisterService) -> ContactLogService:
    """The contact log on the same vault, its deadlines fed into ``register``; now is ``NOW``."""
    service = ContactLogService(
        lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY, now=lambda: NOW
    )
    register.add_provider(service.deadline_provider)
    return service


@pytest.fixture
def followup(vault: Vault, register: RegisterService) -> FollowUpService:
    """The follow-up on the same vault, its deadlines fed into ``register``; today is ``TODAY``."""
    service = FollowUpService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY)
    register.add_provider(service.deadline_provider)
    return service


@pytest.fixture
def visits(vault: Vault, register: RegisterService) -> VisitService:
    """Samvær on the same vault, its deadlines fed into ``register``; today is ``TODAY``."""
    service = VisitService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY)
    register.add_provider(service.deadline_provider)
    return service


@pytest.fixture
def living(vault: Vault, register: RegisterService) -> LivingService:
    """Levekår on the same vault, its deadlines fed into ``register``; today is ``TODAY``."""
    service = LivingService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY)
    register.add_provider(service.deadline_provider)
    return service


@pytest.fixture
def family_conferences(vault: Vault, register: RegisterService) -> FamilyConferenceService:
    """Familieråd on the same vault, its deadlines fed into ``register``; today is ``TODAY``."""
    service = FamilyConferenceService(
        lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY
    )
    register.add_provider(service.deadline_provider)
    return service


@pytest.fixture
def group_offers(vault: Vault, register: RegisterService) -> GroupOfferService:
    """Group offers on the same vault, their prompt fed into ``register``; today is ``TODAY``."""
    service = GroupOfferService(lambda: UnitOfWork(vault.session_factory), today=lambda: TODAY)
    register.add_provider(service.deadline_provider)
    return service
