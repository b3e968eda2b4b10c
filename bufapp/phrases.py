"""A message written in bokmål from a template, that an interface in another language can write
in its own: ``translatable("Passordet må ha minst {n} tegn.", n=10)``.

It is a ``str`` (the bokmål text), so everything that stores, compares or prints it works as
before; the interface's ``tr()`` reads its template and values and translates the template (and
any value that is itself ``translatable``, such as a label) before filling it in. lupdate treats
``translatable`` as ``QT_TR_NOOP``: the template literal goes into the catalogues. Below the domain, so
the domain, the services and the unlock screen can all use it.
"""

from __future__ import annotations

from typing import Any


class Said(str):
    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, **values: Any) -> Said:
        made = super().__new__(cls, template.format(**values) if values else template)
        made.template = template
        made.values = values
        return made


def translatable(template: str, **values: Any) -> Said:
    """``template`` filled with ``values``; a value that is a label to translate is ``translatable(x)``."""
    return Said(template, **values)
