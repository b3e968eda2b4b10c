"""Composition root: builds the vault, the services and the window. The only module that
imports ``bufapp.ui``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bufapp import paths, settings
from bufapp.languages import OFFICE_STANDARDS
from bufapp.security import hardening
from bufapp.settings import Settings
from bufapp.storage.layout import is_vault

if TYPE_CHECKING:
    from bufapp.services.register import RegisterService
    from bufapp.services.workspace import Workspace
    from bufapp.storage.vault import Vault

# The database stack (SQLAlchemy, alembic, SQLCipher) is imported inside the functions below, so
# the unlock screen appears before it has loaded; it loads while the person types.

# The demo vault holds only invented people; its passphrase is public on purpose so a newcomer
# sees a working program at once. It is a separate folder from any real vault, and its key
# derivation is at the floor (64 MiB, one pass) so that it opens at once.
DEMO_PASSPHRASE = "demo-passord-bufapp"
DEMO_PARENTS = 60


def open_demo_vault(directory: Path | None = None, parents: int = DEMO_PARENTS) -> Vault:
    """Open the demo vault, creating and filling it on first use."""
    from bufapp.demo.fill import fill_demo
    from bufapp.security import kdf
    from bufapp.storage.vault import Vault

    directory = directory or paths.demo_vault_dir()
    if is_vault(directory):
        return Vault.open(directory, DEMO_PASSPHRASE)
    vault, _recovery_key_not_needed_for_fake_data = Vault.create(
        directory, DEMO_PASSPHRASE, kdf.minimum_params()
    )
    vault.confirm_recovery_key()  # invented people only: nothing to remind anyone about
    fill_demo(register_for(vault), parents=parents, seed=1)
    return vault


def register_for(vault: Vault, current: Settings | None = None) -> RegisterService:
    from bufapp.services.register import RegisterService
    from bufapp.storage.uow import UnitOfWork

    current = current or settings.load()
    return RegisterService(
        lambda: UnitOfWork(vault.session_factory),
        first_conversation_days=current.first_conversation_days,
    )


def vault_dir(args: argparse.Namespace, current: Settings) -> Path:
    if args.vault:
        return Path(args.vault).expanduser()
    if current.vault_dir:
        return Path(current.vault_dir).expanduser()
    return paths.default_vault_dir()


def relaunch_argv(window_state: str) -> list[str]:
    """This program's own command line, to start at the lock screen with the window where it was.

    ``sys.orig_argv`` is the command as started (``python -m bufapp``, the ``bufapp`` script, or a
    frozen program), interpreter options included. The person's data never goes on it.
    """
    argv = list(sys.orig_argv)
    for flag in ("--locked", "--window-state"):
        while flag in argv:
            at = argv.index(flag)
            del argv[at : at + (2 if flag == "--window-state" else 1)]
        argv = [arg for arg in argv if not arg.startswith(f"{flag}=")]
    return [*argv, "--locked", "--window-state", window_state]


def relaunch_locked(window_state: str) -> None:
    """Replace this process by a fresh one at the lock screen, once the vault is locked.

    What a session showed lives on in freed memory (SQLite's page cache, Python's and Qt's heaps)
    where no wiping reaches; a new process image holds none of it. On POSIX ``execv`` keeps the
    process (and its place in the desktop session) and drops its memory; Windows has no exec, so
    a new process starts and this one ends. Returns only if that failed: the vault stays locked
    in this process, which is still safe for the data on disk.
    """
    argv = relaunch_argv(window_state)
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        if os.name == "nt":
            import subprocess  # Windows only, and only at a lock

            subprocess.Popen(argv, executable=sys.executable, close_fds=True)
            os._exit(0)
        os.execv(sys.executable, argv)
    except OSError as failure:
        print(
            f"bufapp: kunne ikke starte på nytt ved låsing ({type(failure).__name__})",
            file=sys.stderr,
        )


def run(args: argparse.Namespace) -> int:
    hardening.disable_core_dumps()
    hardening.take_secrets_from_environment()  # the window asks; nothing it starts inherits one
    from bufapp.ui.application import Application

    current = settings.load()
    directory = paths.demo_vault_dir() if args.demo else vault_dir(args, current)

    def opener(passphrase: str) -> Workspace:
        from bufapp.services.workspace import open_workspace

        return open_workspace(directory, passphrase, settings.load(), check_later=True)

    def recoverer(key: str, new: str) -> Workspace:
        from bufapp.services.workspace import recover_workspace

        return recover_workspace(directory, key, new, settings.load(), check_later=True)

    def to_workspace(vault: object) -> Workspace:
        from bufapp.services.workspace import workspace_for

        return workspace_for(vault, current)  # type: ignore[arg-type]

    application = Application(
        sys.argv[:1],
        current,
        directory,
        opener=opener,
        recoverer=recoverer,
        demo=args.demo,
        demo_hint=DEMO_PASSPHRASE if args.demo else "",
        relaunch=relaunch_locked,
        window_state=args.window_state,
    )
    if args.demo and not args.locked:
        application.start_unlocked(lambda: to_workspace(open_demo_vault(directory)))
    elif is_vault(directory):
        application.start_locked()
    else:
        application.start_setup(to_workspace)
    return application.exec()


def take_screenshots(out: Path, scale: float = 1.0, language: str = "nb") -> list[Path]:
    """Render every main view and dialog of a fresh demo vault to PNG files in ``out``."""
    import tempfile

    from bufapp.services.workspace import open_workspace, workspace_for
    from bufapp.ui.screenshots.main import take_all

    # A run in nynorsk is an office whose standard is nynorsk: its documents are too. A run in
    # English is a bokmål office whose caseworker chose English: the pages' form words follow.
    chosen = (
        Settings(office_standard=language)
        if language in OFFICE_STANDARDS
        else Settings(interface_language=language)
    )
    with tempfile.TemporaryDirectory(prefix="bufapp-screenshots-") as folder:
        directory = Path(folder) / "demo"
        vault = open_demo_vault(directory)
        try:
            return take_all(
                out,
                workspace=workspace_for(vault, chosen),
                opener=lambda passphrase: open_workspace(directory, passphrase, chosen),
                scale_suffix=f"{int(scale * 100)}",
                language=language,
            )
        finally:
            vault.lock()
