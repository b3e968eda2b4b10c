"""bufapp-admin: vault administration for IT staff, scripts and our own checks.

Exit codes: 0 ok, 1 failed (one clear Norwegian line on stderr, never a traceback), 2 usage.
Secrets come from a prompt, a file (--passphrase-file) or the environment; never from argv.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from bufapp import __version__, crash_report, paths
from bufapp.cli_parser import NorwegianParser
from bufapp.errors import (
    BufappError,
    FileTrouble,
    ValidationFailed,
    VaultExists,
    file_trouble,
)
from bufapp.languages import INTERFACE_LANGUAGES
from bufapp.security import hardening
from bufapp.security import passphrase as passphrase_policy

PASSPHRASE_ENV = hardening.PASSPHRASE_ENV
NEW_PASSPHRASE_ENV = hardening.NEW_PASSPHRASE_ENV
RECOVERY_KEY_ENV = hardening.RECOVERY_KEY_ENV
DEBUG_ENV = "BUFAPP_DEBUG"

# The secrets given in the environment, moved here as main() starts and forgotten as it ends.
_given_secrets: dict[str, str] = {}


class CliError(BufappError):
    """A failure of the command line itself (missing secret, bad file)."""


# --- secrets ---------------------------------------------------------------------------------


MAX_SECRET_BYTES = 4096  # a passphrase or a recovery key; more is the wrong file (or /dev/zero)


def _read_secret_file(path: str) -> str:
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_SECRET_BYTES + 1)
    except OSError as failure:
        raise FileTrouble.of(failure, path, "Ingenting ble endret.") from None
    if len(data) > MAX_SECRET_BYTES:
        raise CliError(f"Fila «{path}» er for stor til å inneholde et passord eller en nøkkel.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise CliError(
            f"Fila «{path}» er ikke lagret som UTF-8. Lagre den som UTF-8-tekst og prøv igjen. "
            "Ingenting ble endret."
        ) from None
    secret = text.rstrip("\r\n")
    if not secret:
        raise CliError(f"Fila «{path}» er tom. Ingenting ble endret.")
    return secret


def _prompt(label: str) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError(
            f"{label} mangler. Oppgi det med en fil (se --help) eller en miljøvariabel, "
            "eller kjør kommandoen i en terminal."
        )
    return getpass.getpass(f"{label}: ")


def _secret(file_arg: str | None, env_name: str, label: str) -> str:
    if file_arg:
        return _read_secret_file(file_arg)
    if _given_secrets.get(env_name):
        return _given_secrets[env_name]
    return _prompt(label)


def _current_passphrase(args: argparse.Namespace) -> str:
    return _secret(args.passphrase_file, PASSPHRASE_ENV, "Passord")


def _new_passphrase(file_arg: str | None, env_name: str, known_words: Sequence[str] = ()) -> str:
    """A new passphrase: from a file or the environment, or typed twice at the prompt.

    known_words: the office's and caseworker's names, when the command is given them."""
    if file_arg or _given_secrets.get(env_name):
        chosen = _secret(file_arg, env_name, "Nytt passord")
    else:
        chosen = _prompt("Nytt passord")
        if _prompt("Gjenta nytt passord") != chosen:
            raise CliError("Passordene er ikke like. Ingenting ble endret.")
    problems = passphrase_policy.problems(chosen, known_words)
    if problems:
        raise CliError(" ".join(problems) + " Ingenting ble endret.")
    return chosen


# --- commands ----------------------------------------------------------------------------------


def _vault_dir(args: argparse.Namespace) -> Path:
    return Path(args.vault).expanduser() if args.vault else paths.default_vault_dir()


def _existing_vault_dir(args: argparse.Namespace) -> Path:
    """The vault folder, checked before any passphrase is asked for."""
    from bufapp.errors import VaultNotFound
    from bufapp.storage.vault import is_vault

    directory = _vault_dir(args)
    if not is_vault(directory):
        raise VaultNotFound(f"Fant ingen bufapp-database i {directory}.")
    return directory


def _check_new_folder(directory: Path) -> None:
    """A folder bufapp may create or write in: not a file, not under a file, writable. Checked
    before any secret is asked for, so a refusal creates nothing."""
    for place in (directory, *directory.parents):
        if not place.exists():
            continue
        if not place.is_dir():
            if place == directory:
                raise CliError(f"«{directory}» er en fil, ikke en mappe. Ingenting ble endret.")
            raise CliError(
                f"«{directory}» ligger under «{place}», som er en fil, ikke en mappe. "
                "Ingenting ble endret."
            )
        if not os.access(place, os.W_OK | os.X_OK):
            raise CliError(
                f"bufapp har ikke lov til å skrive i «{place}» (mangler rettigheter). "
                "Ingenting ble endret."
            )
        return


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from bufapp.storage.vault import Vault
    from bufapp.storage.wal import DAMAGED_WAL_KEPT

    directory = _existing_vault_dir(args)
    vault = Vault.open(directory, _current_passphrase(args))
    if vault.damaged_wal_kept is not None:
        print(f"bufapp-admin: ADVARSEL: {DAMAGED_WAL_KEPT.format(path=vault.damaged_wal_kept)}",
              file=sys.stderr)  # fmt: skip
    return vault


def _open_recorded(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The vault, unlocked, and the opening recorded in its audit trail. A command that must not
    write to a damaged vault (check, audit verify) opens with ``_open`` and records once it knows
    the vault is whole."""
    vault = _open(args)
    try:
        _record_opened(vault, args)
    except BaseException:
        vault.lock()
        raise
    return vault


def _record(vault, *events) -> None:  # type: ignore[no-untyped-def]
    from bufapp.storage.uow import UnitOfWork

    with UnitOfWork(vault.session_factory) as uow:
        for event in events:
            uow.audit.record(event)
        uow.commit()


def _opened(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The UNLOCKED record of a command: which command opened the vault."""
    from bufapp.domain.audit import AuditAction, AuditEvent

    command = " ".join(filter(None, (args.command, getattr(args, "operation", None))))
    return AuditEvent(AuditAction.UNLOCKED, "vault", detail=f"bufapp-admin {command}")


def _record_opened(vault, args: argparse.Namespace, *more) -> None:  # type: ignore[no-untyped-def]
    _record(vault, _opened(args), *more)


def _print_recovery_key(recovery_key: str) -> None:
    print(
        "\nGJENOPPRETTINGSNØKKEL – vises bare denne ene gangen:\n\n"
        f"    {recovery_key}\n\n"
        "Skriv den ut eller skriv den av, og oppbevar den innelåst, adskilt fra PC-en.\n"
        "Med den kan databasen åpnes hvis passordet glemmes. Mistes både passord og nøkkel,\n"
        "kan ingen – heller ikke IT eller leverandøren – åpne journalene igjen.\n"
    )


def cmd_init(args: argparse.Namespace) -> int:
    from bufapp.domain.entities import Caseworker, Office
    from bufapp.domain.validation import check_caseworker, check_office, require_valid
    from bufapp.services.register import RegisterService
    from bufapp.storage.uow import UnitOfWork
    from bufapp.storage.vault import Vault, is_vault

    directory = _vault_dir(args)
    if is_vault(directory):
        raise VaultExists(f"Det finnes allerede en database i {directory}. Ingenting ble endret.")
    _check_new_folder(directory)
    office = None if args.office is None else Office(municipality=args.office)
    caseworker = None if args.caseworker is None else Caseworker(name=args.caseworker)
    # Checked before the vault exists: refused afterwards, it would be left with its recovery
    # key never shown.
    require_valid(
        (check_office(office) if office else [])
        + (check_caseworker(caseworker) if caseworker else [])
    )
    names = [name for name in (args.office, args.caseworker) if name]
    chosen = _new_passphrase(args.passphrase_file, PASSPHRASE_ENV, names)
    print("Oppretter kryptert database (kalibrerer nøkkelutledningen) …", file=sys.stderr)
    vault, recovery_key = Vault.create(directory, chosen)
    with vault:
        register = RegisterService(lambda: UnitOfWork(vault.session_factory))
        if office:
            register.save_office(office)
        if caseworker:
            register.save_caseworker(caseworker)
    print(f"Database opprettet i {directory}")
    _print_recovery_key(recovery_key)
    return 0


def _checked(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The integrity report; damage found before the vault could open is the answer too. The
    WAL and the key-file copies are read first: opening replays the WAL up to a break (closing
    empties it) and mends a damaged key-file copy, which would hide both."""
    from bufapp.domain.audit import AuditAction, AuditEvent
    from bufapp.errors import VaultDamaged
    from bufapp.storage import integrity

    directory = _existing_vault_dir(args)
    wal_damage = integrity.wal_problems(directory)
    if wal_damage:
        return integrity.IntegrityReport(wal_damage)
    mended = integrity.key_file_problems(directory)  # opening mends a damaged copy
    try:
        vault = _open(args)
    except VaultDamaged as damaged:
        return integrity.IntegrityReport([*mended, str(damaged)])
    with vault:
        report = integrity.check(vault)
        if report.ok and not mended:  # nothing is written to a vault that is not whole
            checked = AuditEvent(AuditAction.INTEGRITY_CHECKED, "vault", detail="hel")
            _record_opened(vault, args, checked)
    return integrity.IntegrityReport(list(dict.fromkeys([*mended, *report.problems])))


def cmd_check(args: argparse.Namespace) -> int:
    report = _checked(args)
    if report.ok:
        print(f"OK: {_vault_dir(args)} er hel (alle sider og nøkkelfilen kontrollert).")
        return 0
    for problem in report.problems:
        print(f"SKADE: {problem}", file=sys.stderr)
    print(
        "Databasen er skadet. Gjenopprett fra siste sikkerhetskopi (bufapp-admin restore).",
        file=sys.stderr,
    )
    return 1


def cmd_audit(args: argparse.Namespace) -> int:
    """``audit verify``: walk the chained audit trail and, with ``--anchor``, check that it still
    holds the head kept in a backup or an export. Only an intact trail is written to (the open)."""
    from bufapp.services.audit_anchor import anchor_in
    from bufapp.storage.uow import UnitOfWork

    kept = anchor_in(Path(args.anchor).expanduser()) if args.anchor else None
    with _open(args) as vault:
        if kept is not None and kept.vault_id not in (None, vault.vault_id):
            raise CliError(f"{args.anchor} er en sikkerhetskopi av en annen database.")
        with UnitOfWork(vault.session_factory) as uow:
            report = uow.audit_records.verify(kept.anchor if kept else None)
        if report.intact:
            _record_opened(vault, args)
    if report.intact and kept is not None:
        print(
            f"OK: revisjonsloggen i {_vault_dir(args)} er hel ({report.records} poster) og "
            f"inneholder post nr. {kept.anchor.seq} slik {kept.source} viser den."
        )
        return 0
    if report.intact:
        print(f"OK: revisjonsloggen i {_vault_dir(args)} er hel ({report.records} poster).")
        return 0
    print(f"BRUDD: {report.problem}", file=sys.stderr)
    if report.first_bad_seq is not None:
        print(f"Første post som ikke stemmer: nr. {report.first_bad_seq}.", file=sys.stderr)
    print(
        "Revisjonsloggen er endret utenfor bufapp. Meld fra til IT/personvernombudet.",
        file=sys.stderr,
    )
    return 1


def cmd_passwd(args: argparse.Namespace) -> int:
    from bufapp.storage.vault import Vault

    directory = _existing_vault_dir(args)
    current = _current_passphrase(args)
    with Vault.open(directory, current) as vault:
        new = _new_passphrase(args.new_passphrase_file, NEW_PASSPHRASE_ENV)
        vault.change_passphrase(current, new)
        _record_opened(vault, args)
    print("Passordet er endret. Gjenopprettingsnøkkelen gjelder fortsatt.")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    from bufapp.security import recovery
    from bufapp.storage.vault import Vault

    directory = _existing_vault_dir(args)
    typed = _secret(args.recovery_key_file, RECOVERY_KEY_ENV, "Gjenopprettingsnøkkel")
    try:
        recovery.normalise(typed)  # a typo is reported before anything else is asked
    except recovery.RecoveryKeyTypo as typo:
        raise CliError(f"{typo} Ingenting ble endret.") from None
    new = _new_passphrase(args.new_passphrase_file, NEW_PASSPHRASE_ENV)
    with Vault.recover(directory, typed, new) as vault:
        _record_opened(vault, args)
    print("Databasen er låst opp med gjenopprettingsnøkkelen, og det nye passordet er satt.")
    return 0


RETYPE_TRIES = 3
OLD_BACKUPS_ADVICE = (
    "Sikkerhetskopier tatt før i dag åpnes fortsatt med passordet og gjenopprettingsnøkkelen\n"
    "som gjaldt da de ble tatt. Kan de ha vært eksponert, ta en ny sikkerhetskopi nå og slett\n"
    "de gamle."
)


def _confirm_typed(vault, typed: str) -> bool:  # type: ignore[no-untyped-def]
    """Mark the recovery key confirmed when ``typed`` is the one in force."""
    from bufapp.errors import InvalidRecoveryKey

    try:
        matches = vault.recovery_key_opens(typed)
    except InvalidRecoveryKey as typo:
        print(f"{typo}", file=sys.stderr)
        return False
    if matches:
        vault.confirm_recovery_key()
    else:
        print("Nøkkelen du skrev, er ikke den som gjelder.", file=sys.stderr)
    return matches


def _show_and_confirm(vault, recovery_key: str) -> None:  # type: ignore[no-untyped-def]
    """Print the new key once; at a terminal, have it typed back as at setup."""
    _print_recovery_key(recovery_key)
    if sys.stdin and sys.stdin.isatty():
        for _ in range(RETYPE_TRIES):
            typed = getpass.getpass("Skriv inn nøkkelen igjen for å bekrefte den: ")
            if _confirm_typed(vault, typed):
                print("Gjenopprettingsnøkkelen er bekreftet.")
                return
    print(
        "Nøkkelen er ikke bekreftet ennå. Bekreft den med «bufapp-admin recovery-key --confirm» "
        "når du har skrevet den av."
    )


def cmd_recovery_key(args: argparse.Namespace) -> int:
    """A new recovery key (the old one stops working at once), or ``--confirm`` of the one in
    force, typed back from the sheet."""
    with _open(args) as vault:
        if args.confirm:
            typed = _secret(args.recovery_key_file, RECOVERY_KEY_ENV, "Gjenopprettingsnøkkel")
            if not _confirm_typed(vault, typed):
                raise CliError("Gjenopprettingsnøkkelen er ikke bekreftet. Ingenting ble endret.")
            print("Gjenopprettingsnøkkelen er bekreftet.")
            return 0
        recovery_key = vault.replace_recovery_key()
        print("Ny gjenopprettingsnøkkel laget. Den gamle virker ikke lenger for denne databasen.")
        _show_and_confirm(vault, recovery_key)
    return 0


def cmd_rekey(args: argparse.Namespace) -> int:
    """A new data key: the database re-encrypted, and with it a new recovery key."""
    directory = _existing_vault_dir(args)
    current = _current_passphrase(args)
    from bufapp.storage.vault import Vault

    with Vault.open(directory, current) as vault:
        print("Bytter datanøkkel og krypterer databasen på nytt …", file=sys.stderr)
        recovery_key = vault.change_data_key(current)
        print(
            "Datanøkkelen er byttet. Passordet er det samme; den gamle gjenopprettingsnøkkelen "
            "virker ikke lenger, her er den nye."
        )
        _show_and_confirm(vault, recovery_key)
    print(OLD_BACKUPS_ADVICE)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from bufapp.domain.audit import AuditAction, AuditEvent
    from bufapp.storage import backup

    target = Path(args.to).expanduser()
    if target.is_dir():
        target = target / f"bufapp-{datetime.now():%Y%m%d-%H%M%S}{backup.SUFFIX}"
    _check_new_folder(target.parent)
    if target.exists() and not args.force:
        raise CliError(f"{target} finnes allerede. Velg et annet navn eller bruk --force.")
    with _open_recorded(args) as vault:
        info = backup.create_backup(vault, target)
        _record(vault, AuditEvent(AuditAction.BACKUP_MADE, "vault", detail=target.name))
    print(f"Sikkerhetskopi skrevet: {info.path} ({info.size_bytes / 1_048_576:.1f} MB)")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore, then open the restored vault with the passphrase that was valid when the backup
    was made and record the restore inside it (the trail is the backup's, so only it can say)."""
    from bufapp.errors import InvalidRecoveryKey, WrongPassphrase, WrongRecoveryKey
    from bufapp.services.backups import (
        RestoreOutcome,
        record_restore,
        restored_detail,
        undo_restore,
    )
    from bufapp.storage import restore

    source, directory = Path(args.from_file).expanduser(), _vault_dir(args)
    info = restore.check_restorable(source, directory, args.force, args.other_vault)  # first
    passphrase, opening = _restored_opening(args, directory)  # before anything is replaced
    moved = restore.restore_backup(source, directory, args.force, args.other_vault, passphrase)
    outcome = RestoreOutcome(directory, moved, datetime.fromisoformat(info.created))
    try:
        with opening() as vault:
            record_restore(vault, restored_detail(source.name, outcome))
    except WrongPassphrase:
        undo_restore(outcome)  # a restore the trail cannot record is not made
        raise CliError(
            "Passordet åpner ikke sikkerhetskopien. Oppgi passordet som gjaldt da kopien ble "
            "tatt, eller gjenopprettingsnøkkelen (--recovery-key-file). Ingenting ble endret."
        ) from None
    except WrongRecoveryKey as failure:
        undo_restore(outcome)
        raise CliError(str(failure)) from None  # it says that nothing was changed
    except InvalidRecoveryKey as failure:  # a typo, named by its group
        undo_restore(outcome)
        raise CliError(f"{failure} Ingenting ble endret.") from None
    except BufappError as failure:
        raise CliError(
            f"Gjenopprettet til {directory}, men gjenopprettingen kunne ikke føres i "
            f"revisjonsloggen: {failure}"
        ) from None
    print(f"Gjenopprettet til {directory}.")
    if moved is not None:
        print(f"Den gamle databasen er flyttet til {moved} (ikke slettet).")
    print("Gjenopprettingen er ført i den gjenopprettede databasens revisjonslogg.")
    return 0


def _restored_opening(args: argparse.Namespace, directory: Path):  # type: ignore[no-untyped-def]
    """How the restored vault will be opened: with the passphrase valid when the backup was made,
    or with the recovery key and a new passphrase (as ``recover``)."""
    from bufapp.storage.vault import Vault

    if args.recovery_key_file or os.environ.get(RECOVERY_KEY_ENV):
        typed = _secret(args.recovery_key_file, RECOVERY_KEY_ENV, "Gjenopprettingsnøkkel")
        new = _new_passphrase(args.new_passphrase_file, NEW_PASSPHRASE_ENV)
        return None, lambda: Vault.recover(directory, typed, new)
    passphrase = _secret(args.passphrase_file, PASSPHRASE_ENV, "Passord for sikkerhetskopien")
    return passphrase, lambda: Vault.open(directory, passphrase)


def cmd_demo(args: argparse.Namespace) -> int:
    from bufapp.demo.fill import fill_demo
    from bufapp.services.register import RegisterService
    from bufapp.storage.uow import UnitOfWork
    from bufapp.storage.vault import Vault, is_vault

    directory = _vault_dir(args)
    if is_vault(directory):
        vault = _open_recorded(args)
    else:
        _check_new_folder(directory)
        vault, recovery_key = Vault.create(
            directory, _new_passphrase(args.passphrase_file, PASSPHRASE_ENV)
        )
        _print_recovery_key(recovery_key)
    with vault:
        register = RegisterService(lambda: UnitOfWork(vault.session_factory))
        if register.parent_summaries():
            raise CliError(
                "Databasen har allerede foreldre. Demodata legges bare i en tom database, "
                "så ekte og oppdiktede personer aldri blandes."
            )
        summary = fill_demo(register, parents=args.parents, seed=args.seed)
    print(
        f"Demodata lagt inn i {directory}: {summary.parents} foreldre, {summary.children} barn, "
        f"{summary.placements} plasseringer (bare oppdiktede personer)."
    )
    return 0


def cmd_screenshots(args: argparse.Namespace) -> int:
    """PNG of every main view and dialog, offscreen, at 100 % and 200 % (one process per scale:
    Qt reads the scale factor once, at start)."""
    import subprocess

    out = Path(args.out).expanduser()
    _check_new_folder(out)
    if args.scale is None:
        for scale in ("1", "2"):
            result = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "bufapp.cli",
                    "screenshots",
                    "--out",
                    str(out),
                    "--scale",
                    scale,
                    "--language",
                    args.language,
                ],
                check=False,
            )
            if result.returncode != 0:
                return result.returncode
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = args.scale
    from bufapp.app import take_screenshots

    shots = take_screenshots(out, scale=float(args.scale), language=args.language)
    pictures = sum(1 for p in shots if p.suffix == ".png")
    documents = len(shots) - pictures
    print(
        f"{pictures} skjermbilder ({float(args.scale):.0%}) og {documents} dokumenter lagret i {out}"
    )
    return 0


# --- parsing -------------------------------------------------------------------------------------

MAX_DEMO_PARENTS = 1000  # a demo to look at; more only runs for hours


def _named(text: str) -> str:
    """An argparse type for a file or folder: an empty name would quietly mean the default."""
    if not text.strip():
        raise argparse.ArgumentTypeError("må være navnet på en fil eller mappe, ikke tom")
    return text


def _whole_number(lowest: int, highest: int) -> Callable[[str], int]:
    """An argparse type: a whole number in a range, refused in Norwegian before anything runs."""

    def whole_number(text: str) -> int:
        try:
            number = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"må være et helt tall, ikke «{text}»") from None
        if not lowest <= number <= highest:
            raise argparse.ArgumentTypeError(
                f"må være et helt tall fra {lowest} til {highest}, ikke «{text}»"
            )
        return number

    return whole_number


def _parser() -> argparse.ArgumentParser:
    common = NorwegianParser(add_help=False)
    common.add_argument(
        "--vault",
        type=_named,
        metavar="DIR",
        help=f"databasemappen (standard: ${paths.VAULT_ENV} eller brukerens datamappe)",
    )
    common.add_argument(
        "--passphrase-file",
        type=_named,
        metavar="FILE",
        help=f"les passordet fra en fil (eller ${PASSPHRASE_ENV})",
    )

    parser = NorwegianParser(
        prog="bufapp-admin", description="Administrasjon av bufapp-databasen (kryptert hvelv)."
    )
    parser.add_argument(
        "--version", action="version", version=f"bufapp {__version__}", help="vis versjonen"
    )
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="KOMMANDO", parser_class=NorwegianParser
    )

    def add(
        name: str, handler: Callable[[argparse.Namespace], int], help_text: str
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, parents=[common], help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        return sub

    init = add("init", cmd_init, "opprett en ny database; viser gjenopprettingsnøkkelen én gang")
    init.add_argument("--office", help="kommunens/tjenestens navn")
    init.add_argument("--caseworker", help="saksbehandlerens navn")
    add("check", cmd_check, "full integritetskontroll; avslutter med 0 når hel, 1 når skadet")
    audit = add(
        "audit",
        cmd_audit,
        "kontroller revisjonsloggens kjede; 0 når hel, 1 når brutt (nevner posten)",
    )
    audit.add_argument("operation", choices=("verify",), help="verify: kontroller kjeden")
    audit.add_argument(
        "--anchor",
        metavar="FILE",
        help="en sikkerhetskopi eller en eksports metadatafil: loggen må fortsatt inneholde "
        "loggens hode slik filen viser det",
    )
    passwd = add(
        "passwd", cmd_passwd, "bytt passord (øyeblikkelig; databasen krypteres ikke på nytt)"
    )
    passwd.add_argument(
        "--new-passphrase-file",
        type=_named,
        metavar="FILE",
        help=f"nytt passord fra fil (eller ${NEW_PASSPHRASE_ENV})",
    )
    recover = add(
        "recover", cmd_recover, "lås opp med gjenopprettingsnøkkelen og sett nytt passord"
    )
    recover.add_argument(
        "--recovery-key-file",
        type=_named,
        metavar="FILE",
        help=f"nøkkelen fra fil (eller ${RECOVERY_KEY_ENV})",
    )
    recover.add_argument(
        "--new-passphrase-file",
        type=_named,
        metavar="FILE",
        help=f"nytt passord fra fil (eller ${NEW_PASSPHRASE_ENV})",
    )
    recovery_key = add(
        "recovery-key",
        cmd_recovery_key,
        "ny gjenopprettingsnøkkel (den gamle slutter å virke), eller bekreft den som gjelder",
    )
    recovery_key.add_argument(
        "--confirm", action="store_true", help="bekreft nøkkelen som gjelder (skriv den inn igjen)"
    )
    recovery_key.add_argument(
        "--recovery-key-file", metavar="FILE", help=f"nøkkelen fra fil (eller ${RECOVERY_KEY_ENV})"
    )
    add(
        "rekey",
        cmd_rekey,
        "bytt datanøkkel: krypterer databasen på nytt og gir ny gjenopprettingsnøkkel",
    )
    backup = add(
        "backup", cmd_backup, "konsistent kryptert sikkerhetskopi, også mens programmet kjører"
    )
    backup.add_argument(
        "--to", required=True, type=_named, metavar="FILE", help="målfil eller mappe"
    )
    backup.add_argument("--force", action="store_true", help="overskriv en eksisterende målfil")
    restore = add(
        "restore",
        cmd_restore,
        "gjenopprett fra sikkerhetskopi (nekter å overskrive uten --force); passordet som "
        "gjaldt da kopien ble tatt, trengs for å føre gjenopprettingen i revisjonsloggen",
    )
    restore.add_argument(
        "--from",
        dest="from_file",
        required=True,
        type=_named,
        metavar="FILE",
        help="sikkerhetskopien",
    )
    restore.add_argument(
        "--recovery-key-file",
        metavar="FILE",
        help=f"åpne med gjenopprettingsnøkkelen i stedet for passordet (eller ${RECOVERY_KEY_ENV}); "
        "et nytt passord settes da",
    )
    restore.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help=f"nytt passord fra fil (eller ${NEW_PASSPHRASE_ENV}), med --recovery-key-file",
    )
    restore.add_argument(
        "--force",
        action="store_true",
        help="erstatt en eksisterende database (den flyttes til side, slettes ikke)",
    )
    restore.add_argument(
        "--other-vault",
        action="store_true",
        help="bekreft at kopien er av en annen database enn den som erstattes",
    )
    demo = add("demo", cmd_demo, "fyll en tom database med realistiske, oppdiktede data")
    demo.add_argument(
        "--parents",
        type=_whole_number(1, MAX_DEMO_PARENTS),
        default=40,
        metavar="N",
        help=f"antall foreldre, 1 til {MAX_DEMO_PARENTS} (standard 40)",
    )
    demo.add_argument(
        "--seed", type=int, default=1, metavar="S", help="frø: samme frø gir samme data"
    )
    shots = add(
        "screenshots",
        cmd_screenshots,
        "skjermbilder av alle visninger og dialoger (demodata, uten skjerm)",
    )
    shots.add_argument(
        "--out", required=True, type=_named, metavar="DIR", help="mappen bildene lagres i"
    )
    shots.add_argument(
        "--scale", choices=("1", "2"), help="bare denne skaleringen (standard: begge)"
    )
    shots.add_argument(
        "--language",
        choices=INTERFACE_LANGUAGES,
        default="nb",
        help="programmets språk (standard nb); på nn og en listes bokmål som er igjen",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    hardening.disable_core_dumps()
    _given_secrets.clear()
    _given_secrets.update(hardening.take_secrets_from_environment())
    args = _parser().parse_args(argv)
    try:
        return args.handler(args)
    except ValidationFailed as failure:
        for problem in failure.problems:
            print(f"bufapp-admin: {problem.message}", file=sys.stderr)
        return 1
    except BufappError as failure:
        print(f"bufapp-admin: {failure}", file=sys.stderr)
        return 1
    except OSError as failure:  # said by its errno: the system's own text is English
        print(f"bufapp-admin: {file_trouble(failure)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("bufapp-admin: Avbrutt. Ingenting mer ble endret.", file=sys.stderr)
        return 1
    except Exception as failure:  # the promise is one line, never a traceback nor a message
        if os.environ.get(DEBUG_ENV):  # every frame, still without the message
            crash_report.report(failure)
            return 1
        print(
            f"bufapp-admin: Uventet feil ({crash_report.innermost(failure)}). Kjør på nytt "
            f"med {DEBUG_ENV}=1 for detaljer til IT.",
            file=sys.stderr,
        )
        return 1
    finally:
        _given_secrets.clear()  # held only while the command runs


if __name__ == "__main__":
    sys.exit(main())
