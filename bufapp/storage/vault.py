"""The vault: one encrypted database and its key file, in one folder.

Lifecycle: ``create`` (prints a recovery key once), ``open`` with the passphrase, ``recover``
with the recovery key and a new passphrase, ``change_passphrase`` (re-wraps the data key only:
instant, the database is never re-encrypted), ``replace_recovery_key`` and
``confirm_recovery_key`` (the person retyped it), ``change_data_key`` (the database re-encrypted
under a new key, see ``key_change``), and ``lock`` (engine, sessions and key dropped).
"""

from __future__ import annotations

import contextlib
import secrets
import uuid
import weakref
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import PoolProxiedConnection
from sqlcipher3 import dbapi2

from bufapp.domain.audit import AuditAction, AuditEvent
from bufapp.errors import (
    InvalidRecoveryKey,
    KeyFileDamaged,
    StorageFull,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
)
from bufapp.fileio import make_private, private_folder
from bufapp.security import audit_mac, chain_seal, kdf, keyfile, keywrap, passphrase, recovery
from bufapp.security.keyfile import KeyFile
from bufapp.storage import audit_capture, key_change, migrate, soundness, wal
from bufapp.storage.engine import BUSY_TIMEOUT_MS, connect_raw, make_engine
from bufapp.storage.layout import DB_FILE_NAME, is_vault
from bufapp.storage.models.audit import AuditRecordRow
from bufapp.storage.sessions import VaultSessions

SAFETY_DIR_NAME = "sikkerhetskopier-før-oppgradering"
DATA_KEY_BYTES = 32
EMPTIED = (
    "Databasefilen er tom eller uten innhold fra bufapp. Gjenopprett fra siste sikkerhetskopi "
    "(bufapp-admin restore)."
)


def _check_new_passphrase(new_passphrase: str) -> None:
    found = passphrase.problems(new_passphrase)
    if found:
        raise WeakPassphrase(" ".join(found))


def vault_files(directory: Path) -> list[Path]:
    """The folder and what bufapp keeps in it (never other files someone put there)."""
    database = directory / DB_FILE_NAME
    safety = directory / SAFETY_DIR_NAME
    own = (
        keyfile.KEY_FILE_NAME,
        keyfile.MIRROR_FILE_NAME,
        key_change.PENDING_FILE_NAME,
        f"{DB_FILE_NAME}-wal",
        f"{DB_FILE_NAME}-shm",
    )
    return [directory, database, *(directory / name for name in own), safety, *safety.glob("*.db")]


class Vault:
    """An unlocked vault. Get one from ``create``, ``open`` or ``recover``; ``lock`` ends it."""

    def __init__(self, directory: Path, key_file: KeyFile, data_key: bytearray) -> None:
        self.directory = Path(directory)
        self._key_file = key_file
        self._data_key: bytearray | None = data_key
        self._engine: Engine | None = make_engine(self.db_path, self._require_key)
        self._sessions: sessionmaker[Session] | None = sessionmaker(
            self._engine, expire_on_commit=False
        )
        self._audit_key: bytearray | None = bytearray(
            audit_mac.chain_key(data_key, key_file.vault_id)
        )
        # Known sound unless held (an unlock whose check runs afterwards): see soundness.
        self.soundness = soundness.Soundness()
        soundness.install(self._sessions, self.soundness)  # before the audit's: it adds to it
        audit_capture.install(self._sessions, audit_capture.AuditContext(self._require_audit_key))
        # Sessions, and pool connections units of work hold: closed when the vault locks.
        self._open_sessions: weakref.WeakSet[Session | PoolProxiedConnection] = weakref.WeakSet()
        # A damaged WAL found at unlock, copied here before SQLite dropped what followed the break.
        self.damaged_wal_kept: Path | None = None

    # --- where things are ---------------------------------------------------------------

    @property
    def db_path(self) -> Path:
        return self.directory / DB_FILE_NAME

    @property
    def vault_id(self) -> str:
        return self._key_file.vault_id

    @property
    def kdf_params(self) -> kdf.KdfParams:
        return self._key_file.kdf

    # --- creating and opening -------------------------------------------------------------

    @classmethod
    def create(
        cls, directory: Path, new_passphrase: str, kdf_params: kdf.KdfParams | None = None
    ) -> tuple[Vault, str]:
        """Create an empty vault at head. Returns the open vault and the recovery key, which
        is shown to the person once and never stored."""
        directory = Path(directory)
        if is_vault(directory):
            raise VaultExists
        _check_new_passphrase(new_passphrase)
        private_folder(directory)
        data_key = bytearray(secrets.token_bytes(DATA_KEY_BYTES))
        vault_id = str(uuid.uuid4())
        params = kdf_params or kdf.calibrate()
        recovery_key = recovery.generate()
        key_file = KeyFile(
            vault_id=vault_id,
            created=datetime.now(UTC).isoformat(timespec="seconds"),
            kdf=params,
            passphrase_wrap=keyfile.wrap_passphrase(
                data_key, kdf.derive_key(new_passphrase, params), vault_id, params
            ),
            recovery_wrap=keyfile.wrap_recovery(data_key, recovery.to_kek(recovery_key), vault_id),
        )
        # The database first, complete at head: a key file never points at an empty database.
        vault = cls(directory, key_file, data_key)
        try:
            vault._migrate(new_vault=True)
            keyfile.write(directory, key_file)
        except BaseException:
            vault.lock()
            raise
        return vault, recovery_key

    @classmethod
    def open(cls, directory: Path, passphrase_text: str) -> Vault:
        key_file = cls._read_key_file(directory)
        kek = kdf.derive_key(passphrase_text, key_file.kdf)
        try:
            data_key = key_file.unwrap_passphrase(kek)
        except keywrap.UnwrapFailed:
            raise WrongPassphrase from None
        key_file, data_key = key_change.finish_interrupted(
            Path(directory), key_file, data_key, lambda pending: _unwrap(pending, passphrase_text)
        )
        vault = cls._unlock(directory, key_file, data_key)
        if key_file.version < keyfile.VERSION:
            vault._upgrade_key_file(kek)
        return vault

    @classmethod
    def recover(cls, directory: Path, recovery_key: str, new_passphrase: str) -> Vault:
        """Open with the recovery key and set a new passphrase (the recovery key stays valid)."""
        try:
            kek = recovery.to_kek(recovery_key)
        except recovery.RecoveryKeyTypo as typo:
            raise InvalidRecoveryKey(str(typo)) from None
        _check_new_passphrase(new_passphrase)
        key_file = cls._read_key_file(directory, for_recovery=True)
        try:
            data_key = key_file.unwrap_recovery(kek)
        except keywrap.UnwrapFailed:
            raise WrongRecoveryKey from None
        key_file, data_key = key_change.finish_interrupted(
            Path(directory), key_file, data_key, lambda _pending: None
        )
        vault = cls._unlock(directory, key_file, data_key)
        # Calibrated afresh: the file's settings are what a lost passphrase may have been lost to.
        vault._rewrap_passphrase(new_passphrase, kdf.calibrate())
        vault.confirm_recovery_key()  # typed whole and it opened: the person has it right
        return vault

    @staticmethod
    def _read_key_file(directory: Path, for_recovery: bool = False) -> KeyFile:
        directory = Path(directory)
        if not keyfile.exists(directory):
            if (directory / DB_FILE_NAME).exists():
                raise KeyFileDamaged(
                    "Nøkkelfilen til databasen mangler. Gjenopprett fra siste sikkerhetskopi "
                    "(bufapp-admin restore) og kontakt IT."
                )
            raise VaultNotFound(f"Fant ingen bufapp-database i {directory}.")
        key_file = keyfile.read(directory, for_recovery)
        if not (directory / DB_FILE_NAME).exists():
            raise VaultDamaged(
                "Databasefilen mangler, men nøkkelfilen finnes. Gjenopprett fra siste "
                "sikkerhetskopi (bufapp-admin restore)."
            )
        if (directory / DB_FILE_NAME).stat().st_size == 0:
            # Said before any connection: keying an empty file writes a fresh header into it.
            raise VaultDamaged(EMPTIED)
        return key_file

    @classmethod
    def _unlock(cls, directory: Path, key_file: KeyFile, data_key: bytearray) -> Vault:
        make_private(vault_files(Path(directory)))  # a vault made before they were private
        kept = wal.keep_damaged_aside(Path(directory), Path(directory) / SAFETY_DIR_NAME)
        vault = cls(directory, key_file, data_key)
        vault.damaged_wal_kept = kept
        try:
            vault._migrate()
            vault._adopt_chain_key()
        except BaseException:
            vault.lock()
            raise
        return vault

    def _migrate(self, new_vault: bool = False) -> None:
        """Bring the schema to head, after a safety copy when there is something to do.

        Foreign keys are off while migrating (batch mode copies and drops tables, which would
        cascade-delete links) and checked in full before the commit.
        """
        with self.engine.connect() as connection:
            current = migrate.current_revision(connection)
            if current is None and not new_vault:
                # An existing vault always has a version; none means the file was emptied.
                raise VaultDamaged(EMPTIED)
            if not migrate.needs_upgrade(connection):
                return
            connection.rollback()
            raw = connection.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys = OFF")  # only takes effect outside a transaction
            try:
                if current is not None:
                    self._safety_copy(current)
                migrate.upgrade(connection)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    connection.rollback()
                    raise VaultDamaged(
                        "Oppgraderingen av databasen ville brutt koblinger mellom opplysninger og "
                        "ble avbrutt. Ingenting ble endret. Kontakt IT."
                    )
                connection.commit()
            finally:
                raw.execute("PRAGMA foreign_keys = ON")

    def _safety_copy(self, revision: str) -> Path:
        target_dir = private_folder(self.directory / SAFETY_DIR_NAME)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = target_dir / f"{stamp}-{revision}.db"
        self.copy_database_to(target)
        return target

    def copy_database_to(self, target: Path) -> None:
        """A consistent copy of the database, encrypted with the same key (SQLite backup API).

        Works while other connections write: the copy is a snapshot of one moment.
        """
        source = self.raw_connection()
        destination = self.raw_connection(target)
        try:
            source.backup(destination)
            destination.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            destination.close()
            source.close()
        for leftover in (Path(f"{target}-wal"), Path(f"{target}-shm")):
            leftover.unlink(missing_ok=True)

    # --- changing the ways in -----------------------------------------------------------------

    def change_passphrase(self, old_passphrase: str, new_passphrase: str) -> None:
        """Re-wrap the data key under a new passphrase; refuses if the old one is wrong."""
        if _unwrap(self._key_file, old_passphrase) is None:
            raise WrongPassphrase
        _check_new_passphrase(new_passphrase)
        self._rewrap_passphrase(new_passphrase, kdf.calibrate())

    def recalibrate(self, current_passphrase: str) -> kdf.KdfParams:
        """Re-tune the KDF for this machine (e.g. after moving to a faster laptop)."""
        self.change_passphrase(current_passphrase, current_passphrase)
        return self.kdf_params

    def _rewrap_passphrase(self, new_passphrase: str, params: kdf.KdfParams) -> None:
        wrapped = keyfile.wrap_passphrase(
            self._require_key(), kdf.derive_key(new_passphrase, params), self.vault_id, params
        )
        self._write_key_file(self._key_file.with_passphrase_wrap(params, wrapped))

    def _upgrade_key_file(self, kek: bytes) -> None:
        """Re-wrap an older key file's passphrase slot, same settings, in the authenticated form."""
        params = self._key_file.kdf
        wrapped = keyfile.wrap_passphrase(self._require_key(), kek, self.vault_id, params)
        # A read-only or full disk opens as before; the upgrade is tried again at the next open.
        with contextlib.suppress(OSError, StorageFull):
            self._write_key_file(self._key_file.with_passphrase_wrap(params, wrapped))

    def _write_key_file(self, updated: KeyFile) -> None:
        keyfile.write(self.directory, updated)  # atomic, main copy then mirror
        self._key_file = updated

    # --- the recovery key ---------------------------------------------------------------------
    # Whether the person has retyped the recovery key is kept in the key file, beside the wrap
    # it is about, not in the database: it is written in the same atomic write as a new wrap, so
    # the two never disagree after a crash; it is a MAC under the data key over that wrap, so it
    # cannot be forged without unlocking and a new key is unconfirmed by construction; and
    # tampering can only bring the reminder back. No migration is needed for it.

    @property
    def recovery_key_confirmed(self) -> bool:
        key_file = self._key_file
        return recovery.is_confirmed(
            key_file.recovery_confirmation,
            self._require_key(),
            self.vault_id,
            key_file.recovery_wrap,
        )

    def confirm_recovery_key(self) -> None:
        """Record that the person retyped the current recovery key (it is never stored)."""
        tag = recovery.confirmation_tag(
            self._require_key(), self.vault_id, self._key_file.recovery_wrap
        )
        self._write_key_file(self._key_file.with_recovery_confirmation(tag))

    def replace_recovery_key(self) -> str:
        """Wrap the data key under a new recovery key, returned to be shown once; the old key
        stops working at once. The new key is unconfirmed until ``confirm_recovery_key``."""
        new_key = recovery.generate()
        wrapped = keyfile.wrap_recovery(
            self._require_key(), recovery.to_kek(new_key), self.vault_id
        )
        self._write_key_file(self._key_file.with_recovery_wrap(wrapped))
        return new_key

    # --- changing the data key --------------------------------------------------------------
    # The audit chain key stays the one the trail began with (see security/chain_seal): the
    # change's own record carries it, sealed under the new data key, so the trail verifies
    # across changes and nothing in it is rewritten.

    def change_data_key(self, passphrase_text: str) -> str:
        """Re-encrypt the database under a new random data key, wrapped under the passphrase
        (typed again) and a new recovery key, returned to be shown once: the old data key,
        the old recovery key and the old key file open nothing of this vault from now on.
        Backups made before keep the keys they were made with.

        Crash-safe in this order (see ``key_change``): the new wraps in a pending file, the
        change recorded in the trail, the re-encryption, the key file replaced."""
        if _unwrap(self._key_file, passphrase_text) is None:
            raise WrongPassphrase
        change = key_change.prepare(self._key_file, passphrase_text)
        key_change.write_pending(self.directory, change.key_file)
        try:
            self._record_data_key_change(change.data_key)
            self._close_connections()
            key_change.rekey(self.db_path, self._require_key(), change.data_key)
        except BaseException:
            if key_change.opens(self.db_path, self._require_key()):
                key_change.discard_pending(self.directory)  # nothing changed; the trail says so
                _wipe(change.data_key)
                raise
            # Re-keyed after all (the failure came later): go on under the new key.
        self._replace_data_key(change.data_key)
        self._key_file = change.key_file
        try:
            key_change.promote(self.directory, change.key_file)
        except OSError as failure:
            raise VaultError(
                "Datanøkkelen er byttet, men nøkkelfilen kunne ikke skrives ferdig. Bufapp "
                "fullfører det neste gang du låser opp med passordet ditt; ikke slett filen "
                f"{key_change.PENDING_FILE_NAME} i databasemappen."
            ) from failure
        return change.recovery_key

    def recovery_key_opens(self, typed: str) -> bool:
        """Whether ``typed`` is the recovery key now in force (for confirming it at the CLI)."""
        try:
            kek = recovery.to_kek(typed)
        except recovery.RecoveryKeyTypo as typo:
            raise InvalidRecoveryKey(str(typo)) from None
        try:
            self._key_file.unwrap_recovery(kek)
        except keywrap.UnwrapFailed:
            return False
        return True

    def _record_data_key_change(self, new_key: bytearray) -> None:
        sealed = chain_seal.seal(self._require_audit_key(), new_key, self.vault_id)
        session = self._new_session()
        with session, session.begin():
            audit_capture.queue(
                session, AuditEvent(AuditAction.DATA_KEY_CHANGED, "vault", detail=sealed)
            )

    def _adopt_chain_key(self) -> None:
        """After a change of data key, the chain key the trail began with (newest change first;
        a change that never reached the database has a seal the current key does not open)."""
        query = (
            select(AuditRecordRow.detail)
            .where(AuditRecordRow.action == str(AuditAction.DATA_KEY_CHANGED))
            .order_by(AuditRecordRow.seq.desc())
        )
        with self.engine.connect() as connection:
            for (sealed,) in connection.execute(query):
                chain_key = chain_seal.unseal(sealed, self._require_key(), self.vault_id)
                if chain_key is not None:
                    if self._audit_key is not None:
                        _wipe(self._audit_key)
                    self._audit_key = bytearray(chain_key)
                    return

    def _close_connections(self) -> None:
        """Every connection closed (the engine stays): the next one is made with the key then."""
        for session in list(self._open_sessions):
            session.close()
        if self._engine is not None:
            self._engine.dispose()

    def _replace_data_key(self, new_key: bytearray) -> None:
        """In place: the engine asks ``_require_key`` for it at each new connection."""
        key = self._require_key()
        key[:] = new_key
        _wipe(new_key)
        self._close_connections()

    # --- using and locking --------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._engine is None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise VaultLocked
        return self._engine

    @property
    def session_factory(self) -> VaultSessions:
        if self._sessions is None or self._engine is None:
            raise VaultLocked
        return VaultSessions(self._new_session, self._engine, self._open_sessions.add)

    def _new_session(self, bind: Connection | None = None) -> Session:
        if self._sessions is None:
            raise VaultLocked
        session = self._sessions() if bind is None else self._sessions(bind=bind)
        self._open_sessions.add(session)
        return session

    def record_opening(self) -> None:
        """Write the opening records held for a sound verdict, if no write has carried them
        yet (waits for the verdict; raises DamagedAtUnlock on damage)."""
        self.soundness.wait_until_sound()
        if not self.soundness.opening_due:
            return
        session = self._new_session()
        with session, session.begin():
            session.info[soundness.WRITES] = True

    def key_file_bytes(self) -> bytes:
        """The key file as this open vault knows it (for backups: never a damaged disk copy)."""
        return self._key_file.to_bytes()

    def raw_connection(self, path: Path | None = None) -> dbapi2.Connection:
        """A keyed DB-API connection to this vault's database (or a copy of it at ``path``),
        for integrity checks and backups that need SQLite itself."""
        return connect_raw(path or self.db_path, self._require_key())

    def _require_audit_key(self) -> bytearray:
        if self._audit_key is None:
            raise VaultLocked
        return self._audit_key

    def _require_key(self) -> bytearray:
        if self._data_key is None:
            raise VaultLocked
        return self._data_key

    def checkpoint(self) -> None:
        """Move the commits in the WAL into the database file and empty the WAL, so little
        lives only there (a copied folder, a torn WAL). Best effort and without waiting: a
        reader that holds the WAL (a backup running) just leaves it for the next time. Not
        before the vault is known sound: it writes the database file."""
        if self._engine is None or not self.soundness.known_sound:
            return
        with contextlib.suppress(Exception):  # a checkpoint is never worth a failure
            pooled = self._engine.raw_connection()
            try:
                raw = pooled.driver_connection
                raw.execute("PRAGMA busy_timeout = 0").fetchall()
                try:
                    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                finally:
                    raw.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}").fetchall()
            finally:
                pooled.close()

    def lock(self) -> None:
        """Close every connection and forget the key. Unlock again with ``Vault.open``."""
        for session in list(self._open_sessions):
            session.close()  # returns its connection, so dispose() below can close it
        self._open_sessions.clear()
        if self._engine is not None:
            self.checkpoint()
            self._engine.dispose()
        self._engine = None
        self._sessions = None
        for key in (self._audit_key, self._data_key):
            if key is not None:
                _wipe(key)
        self._audit_key = None
        self._data_key = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()


def _unwrap(key_file: KeyFile, passphrase_text: str) -> bytearray | None:
    """The data key ``key_file`` wraps under ``passphrase_text``, or None if it is not that."""
    try:
        return key_file.unwrap_passphrase(kdf.derive_key(passphrase_text, key_file.kdf))
    except keywrap.UnwrapFailed:
        return None


def _wipe(key: bytearray) -> None:
    """Zeroed in place: a bytearray keeps no other copy of its own."""
    key[:] = bytes(len(key))
