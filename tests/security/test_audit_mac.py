"""The audit MACs stay exactly what they were: trails written by earlier versions must verify."""

from bufapp.security import audit_mac

KEY = bytes(range(32))
FIELDS = [
    1,
    "2026-01-02T03:04:05.000006+00:00",
    "Kari Nordmann",
    "created",
    "parent",
    7,
    7,
    "Åse «x»",
]
RECORD = "99899ffd18e91e0abee7783628e7c11284f7f0d114592919ae3d31090ac77f4b"
SECOND = "41295c8eb4fbd5788a448b762d6abd6609d6a49b4a5abf958ae10d4e43f0e237"
HEAD = "59b1886b933b2d3c42dedce59895d3f616297d2d4eaab4f3ab39664c5e98942d"
SECOND_FIELDS = [2, "t", "a", "b", "c", None, None, None]


def test_record_and_head_macs_are_unchanged() -> None:
    assert audit_mac.record_mac(KEY, "", FIELDS) == RECORD
    assert audit_mac.record_mac(bytearray(KEY), "ab" * 32, SECOND_FIELDS) == SECOND
    assert audit_mac.head_mac(KEY, 2, "ab" * 32) == HEAD


def test_a_keyed_chain_gives_the_same_macs_record_after_record() -> None:
    chain = audit_mac.Keyed(bytearray(KEY))
    assert chain.record("", FIELDS) == RECORD
    assert chain.record("ab" * 32, SECOND_FIELDS) == SECOND
    assert chain.record("", FIELDS) == RECORD  # the key's state is not used up
    assert chain.head(2, "ab" * 32) == HEAD
