"""A marker for texts the domain defines and the interface shows (labels, choices).

The domain knows nothing of Qt, so it cannot translate; ``N_("Bolig")`` only marks the text so
the interface catalogues (resources/translations, made by lupdate with ``N_`` as an alias of
``QT_TR_NOOP``) hold it. The interface translates it where it shows it: ``tr(area.label)``.
"""

from bufapp.phrases import Said, translatable


def N_(text: str) -> str:
    return text


__all__ = ["N_", "Said", "translatable"]
