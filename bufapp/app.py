"""Composition root: builds the vault, the services and the window. The only module that
imports ``bufapp.ui``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bufapp import paths, settings
from bufapp.errors import BufappError
from bufapp.security import hardening
from bufapp.services.register import RegisterService
from bufapp.storage.uow import UnitOfWork
from bufapp.storage.vault import Vault, is_vault

# The demo vault holds only invented people; its passphrase is public on purpose so a newcomer
# sees a working program at once. It is a separate folder from any real vault.
DEMO_PASSPHRASE = "demo-passord-bufapp"
DEMO_PARENTS = 60


def open_demo_vault(directory: Path | None = None) -> Vault:
    """Open the demo vault, creating and filling it on first use."""
    from bufapp.services.demo import fill_demo

    directory = directory or paths.demo_vault_dir()
    if is_vault(directory):
        return Vault.open(directory, DEMO_PASSPHRASE)
    vault, _recovery_key_not_needed_for_fake_data = Vault.create(directory, DEMO_PASSPHRASE)
    fill_demo(register_for(vault), parents=DEMO_PARENTS, seed=1)
    return vault


def register_for(vault: Vault) -> RegisterService:
    current = settings.load()
    return RegisterService(
        lambda: UnitOfWork(vault.session_factory),
        first_conversation_days=current.first_conversation_days,
    )


def run(args: argparse.Namespace) -> int:
    hardening.disable_core_dumps()
    from bufapp.ui import main_window
    from bufapp.ui.qt import make_application

    app = make_application(sys.argv[:1])
    try:
        if args.demo:
            vault = open_demo_vault()
        else:
            directory = Path(args.vault).expanduser() if args.vault else paths.default_vault_dir()
            vault = main_window.ask_and_unlock(directory, Vault.open)
            if vault is None:
                return 0
    except BufappError as failure:
        main_window.show_error(str(failure))
        return 1
    window = main_window.MainWindow(register_for(vault), demo=args.demo, on_close=vault.lock)
    window.show()
    return app.exec()
