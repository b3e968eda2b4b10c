"""Undoable changes to the map being edited. The editor holds one NetworkMap (``MapHolder``);
every change — from the drawing, the table or a dialog — is a command that swaps it for the
changed map, and undo swaps the earlier one back. The drawing and the table both redraw from
the holder after each command, which is what keeps them in step.

Maps are immutable, so a command keeps the map before and after whole; that is cheap and makes
undo exact whatever the change was."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from bufapp.domain.network import MemberTie, NetworkMap, NetworkMember
from bufapp.domain.network_geometry import free_angle
from bufapp.ui.qt import tr

PLACE_FIELDS = ("sector", "ring", "angle")


class MapHolder(QObject):
    """The one map the editor shows. ``changed(key)``: redraw, keeping ``key`` chosen."""

    changed = Signal(str)

    def __init__(self, network: NetworkMap) -> None:
        super().__init__()
        self.network = network

    def set(self, network: NetworkMap, focus: str = "") -> None:
        self.network = network
        self.changed.emit(focus)


class MapCommand(QUndoCommand):
    def __init__(self, holder: MapHolder, after: NetworkMap, text: str, focus: str = "") -> None:
        super().__init__(text)
        self._holder = holder
        self.before = holder.network
        self.after = after
        self._focus = focus

    def redo(self) -> None:
        self._holder.set(self.after, self._focus)

    def undo(self) -> None:
        self._holder.set(self.before, self._focus)


def roomy_angle(network: NetworkMap, sector: str, ring: int) -> float:
    """A place for a member new to a sector and ring, clear of the others there and of those in
    the rings on either side: people in neighbouring rings at the same angle would have their
    names on top of each other."""
    near = tuple(
        replace(m, ring=ring)
        for m in network.members
        if m.sector == sector and abs(m.ring - ring) <= 1
    )
    return free_angle(replace(network, members=near), sector, ring)


def _name(member: NetworkMember | None) -> str:
    return f"«{member.label}»" if member is not None and member.label else tr("person")


def _with_member(network: NetworkMap, changed: NetworkMember) -> NetworkMap:
    return replace(
        network, members=tuple(changed if m.key == changed.key else m for m in network.members)
    )


def add_member(holder: MapHolder, member: NetworkMember) -> MapCommand:
    network = holder.network
    after = replace(network, members=(*network.members, member))
    return MapCommand(holder, after, tr("legg til {name}").format(name=_name(member)), member.key)


def remove_member(holder: MapHolder, key: str) -> MapCommand | None:
    """The member and the ties that join them to others."""
    network = holder.network
    member = network.member(key)
    if member is None:
        return None
    after = replace(
        network,
        members=tuple(m for m in network.members if m.key != key),
        ties=tuple(t for t in network.ties if key not in (t.first, t.second)),
    )
    return MapCommand(holder, after, tr("fjern {name}").format(name=_name(member)))


def move_member(
    holder: MapHolder, key: str, sector: str, ring: int, angle: float
) -> MapCommand | None:
    network = holder.network
    member = network.member(key)
    if member is None or (member.sector, member.ring, member.angle) == (sector, ring, angle):
        return None
    moved = replace(member, sector=sector, ring=ring, angle=angle)
    return MapCommand(holder, _with_member(network, moved),
                      tr("flytt {name}").format(name=_name(member)), key)  # fmt: skip


def change_member(holder: MapHolder, key: str, field: str, value: Any) -> MapCommand | None:
    """One attribute from the table. A new sector or ring is a move: the member gets a free
    place there, so it does not land on top of someone."""
    network = holder.network
    member = network.member(key)
    if member is None or getattr(member, field) == value:
        return None
    if field in ("sector", "ring"):
        place = {"sector": member.sector, "ring": member.ring, field: value}
        others = replace(network, members=tuple(m for m in network.members if m.key != key))
        angle = roomy_angle(others, place["sector"], place["ring"])
        return move_member(holder, key, place["sector"], place["ring"], angle)
    changed = replace(member, **{field: value})
    return MapCommand(holder, _with_member(network, changed),
                      tr("endre {name}").format(name=_name(member)), key)  # fmt: skip


def set_tie(holder: MapHolder, tie: MemberTie | None, first: str, second: str) -> MapCommand | None:
    """Tie two members with ``tie``'s quality, change an existing tie, or (``tie`` None) untie."""
    network = holder.network
    existing = next((t for t in network.ties if t.joins(first, second)), None)
    unchanged = (
        tie is None if existing is None else tie is not None and tie.quality is existing.quality
    )
    if unchanged or first == second:
        return None
    kept = tuple(t for t in network.ties if not t.joins(first, second))
    after = replace(network, ties=kept if tie is None else (*kept, tie))
    names = tr("{a} og {b}").format(a=_name(network.member(first)), b=_name(network.member(second)))
    if tie is None:
        text = tr("fjern forbindelsen mellom {names}").format(names=names)
    else:
        text = tr("forbind {names}").format(names=names)
    return MapCommand(holder, after, text, first)
