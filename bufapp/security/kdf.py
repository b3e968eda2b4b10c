"""Argon2id key derivation from the caseworker's passphrase.

The parameters are calibrated on the machine that creates (or re-wraps) the vault so that one
derivation takes about 0.5–1 s there, and stored with the wrap, so a vault opens on any machine.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import time
from dataclasses import asdict, dataclass

from argon2.low_level import Type, hash_secret_raw

KEY_BYTES = 32
SALT_BYTES = 16
MIN_MEMORY_KIB = 64 * 1024  # a floor against GPU guessing; never lower, not even in tests
MAX_MEMORY_KIB = 256 * 1024
MAX_ITERATIONS = 64
TARGET_SECONDS = 0.75
# What a key file may state, checked before anything is derived: the floor above, and a ceiling
# well beyond what calibrate() picks (room for a faster machine or a later bufapp), so a damaged
# or hostile file can neither make guessing cheap nor make opening exhaust memory or hang.
ACCEPTED_MEMORY_KIB = (MIN_MEMORY_KIB, 4 * MAX_MEMORY_KIB)
ACCEPTED_ITERATIONS = (1, 2 * MAX_ITERATIONS)
ACCEPTED_LANES = (1, 64)
ACCEPTED_SALT_BYTES = (16, 64)

# Set only by code in this process (tests/conftest.py): calibrate() then returns the floor, so
# each vault a test makes costs one 64 MiB pass. Deliberately no environment variable: whoever
# can set the caseworker's environment must not be able to make a real vault cheaper to guess.
_floor_instead_of_calibrating = False


class UnacceptableKdf(ValueError):
    """Settings outside what bufapp accepts: a damaged key file, or one changed on purpose."""


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int
    salt_hex: str
    algorithm: str = "argon2id"
    version: int = 19

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> KdfParams:
        """Parse and bound-check stored settings; raises UnacceptableKdf before any derivation."""
        if data.get("algorithm", "argon2id") != "argon2id" or data.get("version", 19) != 19:
            raise ValueError("unsupported KDF")
        salt_hex = data["salt_hex"]
        if not isinstance(salt_hex, str) or not _salt_is_acceptable(salt_hex):
            raise UnacceptableKdf("salt_hex")
        return cls(
            memory_kib=_whole_within(data, "memory_kib", ACCEPTED_MEMORY_KIB),
            iterations=_whole_within(data, "iterations", ACCEPTED_ITERATIONS),
            lanes=_whole_within(data, "lanes", ACCEPTED_LANES),
            salt_hex=salt_hex,
        )

    def canonical(self) -> str:
        """Every setting in one stable string (bound into the passphrase wrap)."""
        return json.dumps(self.to_dict(), sort_keys=True, separators=(",", ":"))

    def with_new_salt(self) -> KdfParams:
        return KdfParams(
            self.memory_kib, self.iterations, self.lanes, secrets.token_hex(SALT_BYTES)
        )


def _whole_within(data: dict[str, object], name: str, bounds: tuple[int, int]) -> int:
    value = data[name]
    # type() and not isinstance(): JSON's true is a bool, which Python counts as an int.
    if type(value) is not int or not bounds[0] <= value <= bounds[1]:
        raise UnacceptableKdf(name)
    return value


def _salt_is_acceptable(salt_hex: str) -> bool:
    low, high = ACCEPTED_SALT_BYTES
    return re.fullmatch(f"(?:[0-9a-fA-F]{{2}}){{{low},{high}}}", salt_hex) is not None


def derive_key(passphrase: str, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret=passphrase.encode("utf-8"),
        salt=bytes.fromhex(params.salt_hex),
        time_cost=params.iterations,
        memory_cost=params.memory_kib,
        parallelism=params.lanes,
        hash_len=KEY_BYTES,
        type=Type.ID,
        version=params.version,
    )


def minimum_params() -> KdfParams:
    return KdfParams(MIN_MEMORY_KIB, 1, 1, secrets.token_hex(SALT_BYTES))


def time_derivation(params: KdfParams) -> float:
    started = time.perf_counter()
    derive_key("kalibrering", params)
    return time.perf_counter() - started


def use_the_floor_instead_of_calibrating() -> None:
    """For tests only (tests/conftest.py): every calibrate() in this process returns the floor."""
    global _floor_instead_of_calibrating
    _floor_instead_of_calibrating = True


def calibrate(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Pick parameters so that one derivation takes about ``target_seconds`` here.

    Memory first (up to 256 MiB: memory is what makes guessing expensive on GPUs), then
    iterations to reach the target, as KeePassXC's Argon2 benchmark does.
    """
    if _floor_instead_of_calibrating:
        return minimum_params()
    lanes = max(1, min(4, os.cpu_count() or 1))
    salt = secrets.token_hex(SALT_BYTES)
    memory = MIN_MEMORY_KIB
    while memory < MAX_MEMORY_KIB:
        if time_derivation(KdfParams(memory * 2, 1, lanes, salt)) > target_seconds / 2:
            break
        memory *= 2
    # One pass also pays the one-off cost of allocating and touching the memory, so the cost of
    # a further pass is measured as the difference between two and one passes.
    one_pass = time_derivation(KdfParams(memory, 1, lanes, salt))
    two_passes = time_derivation(KdfParams(memory, 2, lanes, salt))
    per_pass = max(two_passes - one_pass, one_pass / 4, 1e-3)
    fixed = max(one_pass - per_pass, 0.0)
    iterations = min(MAX_ITERATIONS, max(1, round((target_seconds - fixed) / per_pass)))
    # One check of the choice; a noisy machine can mislead the estimate either way.
    chosen = KdfParams(memory, iterations, lanes, salt)
    took = time_derivation(chosen)
    if not target_seconds * 2 / 3 <= took <= target_seconds * 4 / 3:
        iterations = min(MAX_ITERATIONS, max(1, round(iterations * target_seconds / took)))
    return KdfParams(memory, iterations, lanes, salt)
