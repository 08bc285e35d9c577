"""Level labels the ladder lacks ("Individual Contributor"): mapped, added to it, or left out.

An HR system's levels rarely match the organisation's ladder. A label the ladder lacks is not a
problem of each row: the plan lists it once with how many rows have it, and those people come in
without a level until the label is mapped: to a level of the ladder, to a new level added to it at
a chosen place, or to no level. Mappings to the ladder (or to no level) are remembered in the
organisation's settings when an import is applied, and the next import uses them by itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from revmentor_desktop.core.errors import RevMentorError
from revmentor_desktop.core.services.imports.cells import rank_text
from revmentor_desktop.core.services.organisation import LEVEL_MAX
from revmentor_desktop.core.text import isolate

NO_LEVEL_WORDS = ("none", "no level", "-", "")
NEW_LEVEL_WORD = "new"


@dataclass(frozen=True)
class NewLevel:
    """The file's label becomes a new level of the ladder, just above `above` or just below
    `below` (both None: above every level)."""

    above: str | None = None
    below: str | None = None


# A level label's destination: a label of the ladder, a new level, or None (no level).
LevelTarget = str | NewLevel | None


def level_key(text: str) -> str:
    """A level label as compared: without case or repeated spaces."""
    return " ".join(text.lower().split())


def target_text(target: LevelTarget) -> str:
    """ "Team lead", "no level" or "a new level above Manager", for messages (labels isolated)."""
    if target is None:
        return "no level"
    if isinstance(target, NewLevel):
        if target.below is not None:
            return f"a new level below {isolate(target.below)}"
        if target.above:
            return f"a new level above {isolate(target.above)}"
        return "a new level at the top"
    return isolate(target)


def parse_level_options(options: list[str]) -> dict[str, LevelTarget]:
    """The CLI's `--level "LABEL=ladder label"` choices ("=none": no level; "=new above LEVEL" or
    "=new below LEVEL": a new level of the ladder). Ladder labels are checked by plan_import."""
    mapping: dict[str, LevelTarget] = {}
    for option in options:
        label, equals, target = option.partition("=")
        label, target = label.strip(), " ".join(target.split())
        if not equals or not label:
            raise RevMentorError(
                f'--level "{option}" is not LABEL=LEVEL, e.g. --level "Individual Contributor='
                'Professional" (or =none, or "=new above Manager").'
            )
        mapping[label] = _target(target)
    return mapping


def _target(text: str) -> LevelTarget:
    words = text.lower().split(" ", 2)
    if text.lower() in NO_LEVEL_WORDS:
        return None
    if words[0] == NEW_LEVEL_WORD:
        if len(words) == 3 and words[1] in ("above", "below"):
            place = text.split(" ", 2)[2]
            return NewLevel(above=place) if words[1] == "above" else NewLevel(below=place)
        if len(words) == 1:
            return NewLevel()
    return text


class LevelMap:
    """Reads a row's level: the ladder, the mappings chosen for this import, then the remembered
    ones; and notes the labels nothing maps (`unknown`) and those mapped (`used`), with counts."""

    def __init__(
        self,
        ladder: list[str],
        ranks: dict[str, str],
        chosen: Mapping[str, LevelTarget] | None,
        remembered: Mapping[str, LevelTarget] | None,
    ) -> None:
        self.ladder = list(ladder)
        self.ranks = ranks  # "3" -> the ladder's third label
        self.on_ladder = {level_key(label): label for label in ladder}
        self.chosen = {level_key(k): (k, self._check(k, v)) for k, v in (chosen or {}).items()}
        self.remembered: dict[str, tuple[str, LevelTarget]] = {}
        for label, target in (remembered or {}).items():
            # A remembered level since renamed or removed is forgotten: the label is unknown again.
            if target is None or (isinstance(target, str) and level_key(target) in self.on_ladder):
                self.remembered[level_key(label)] = (label, self._ladder_label(target))
        self.new_levels: list[tuple[str, int]] = []  # (label, its index in `final_ladder`)
        self.final_ladder = list(ladder)  # with the new levels in their places
        for key, (label, target) in self.chosen.items():
            if isinstance(target, NewLevel) and key not in self.on_ladder:
                self._place(label, target)
        self.unknown: dict[str, int] = {}  # labels as first written -> rows
        self.used: dict[str, tuple[LevelTarget, int, bool]] = {}  # label -> target, rows, memory
        self._first: dict[str, str] = {}

    def _ladder_label(self, target: str | None) -> str | None:
        return None if target is None else self.on_ladder[level_key(target)]

    def _check(self, label: str, target: LevelTarget) -> LevelTarget:
        if isinstance(target, NewLevel):
            for place in (target.above, target.below):
                if place is not None and level_key(place) not in self.on_ladder:
                    raise RevMentorError(self._not_on_ladder(place))
            if len(label.strip()) > LEVEL_MAX:
                raise RevMentorError(
                    f'The level "{isolate(label[:30])}…" is too long for the ladder: at most '
                    f"{LEVEL_MAX} characters. Map it to a level of the ladder instead."
                )
            return NewLevel(
                above=target.above and self.on_ladder[level_key(target.above)],
                below=target.below and self.on_ladder[level_key(target.below)],
            )
        if target is not None and level_key(target) not in self.on_ladder:
            raise RevMentorError(self._not_on_ladder(target))
        return self._ladder_label(target)

    def _not_on_ladder(self, label: str) -> str:
        levels = ", ".join(map(isolate, self.ladder))
        return f'"{isolate(label)}" is not a level of the ladder (levels: {levels}).'

    def _place(self, label: str, target: NewLevel) -> None:
        if target.below is not None:
            index = self.final_ladder.index(target.below)
        elif target.above is not None:
            index = self.final_ladder.index(target.above) + 1
            # Several new levels above one level stack up in the order they were chosen.
            while index < len(self.final_ladder) and (
                level_key(self.final_ladder[index]) not in self.on_ladder
            ):
                index += 1
        else:
            index = len(self.final_ladder)
        self.final_ladder.insert(index, label.strip())

    @property
    def added(self) -> list[tuple[str, str | None]]:
        """The new levels as (label, the level just below it, None: at the bottom), in order."""
        placed = []
        new = {level_key(label) for label, target in self.chosen.values()
               if isinstance(target, NewLevel)}  # fmt: skip
        for index, label in enumerate(self.final_ladder):
            if level_key(label) in new and level_key(label) not in self.on_ladder:
                placed.append((label, self.final_ladder[index - 1] if index else None))
        return placed

    def rank(self, label: str | None) -> int | None:
        """Where a label (of the ladder, or new) stands on the final ladder, 0 the most junior."""
        keys = [level_key(known) for known in self.final_ladder]
        key = level_key(label or "")
        return keys.index(key) if label is not None and key in keys else None

    def read(self, text: str) -> tuple[bool, str | None]:
        """(known, label) for a non-empty cell: known False means nothing maps it (no level)."""
        key = level_key(text)
        on_ladder = self.on_ladder.get(key) or self.ranks.get(rank_text(text))
        # A choice made for this import wins over the ladder; the ladder over what is
        # remembered (a label since added to the ladder is simply known).
        remembered_here = {} if on_ladder else self.remembered
        for source, remembered in ((self.chosen, False), (remembered_here, True)):
            if key in source:
                label, target = source[key]
                first = self._first.setdefault(key, text.strip())
                _, rows, _ = self.used.get(first, (target, 0, remembered))
                self.used[first] = (target, rows + 1, remembered)
                if isinstance(target, NewLevel):  # the label itself, once on the ladder
                    return True, self.on_ladder.get(key, text.strip())
                return True, target
        if on_ladder is not None:
            return True, on_ladder
        first = self._first.setdefault(key, text.strip())
        self.unknown[first] = self.unknown.get(first, 0) + 1
        return False, None

    def remember(self) -> dict[str, str | None]:
        """What to remember after the import: the file's labels mapped to the ladder or to none
        (new levels need no memory: they are on the ladder from now on)."""
        return {
            label: target
            for label, (target, _, _) in self.used.items()
            if not isinstance(target, NewLevel)
        }


def unknown_levels_text(unknown: Mapping[str, int]) -> str:
    """ "12 people without a level: “Individual Contributor” (8), “5 Manager” (4) are not on the
    ladder", or "" when every level is known."""
    if not unknown:
        return ""
    rows = sum(unknown.values())
    labels = ", ".join(f"“{isolate(label)}” ({n:,})" for label, n in unknown.items())
    people = "1 person" if rows == 1 else f"{rows:,} people"
    verb = "is" if len(unknown) == 1 else "are"
    return f"{people} without a level: {labels} {verb} not on the ladder"


def mapped_levels_text(used: Mapping[str, tuple[LevelTarget, int, bool]]) -> list[str]:
    """One sentence per mapped label: “IC” (8) → Professional, as remembered."""
    return [
        f"Level “{isolate(label)}” ({rows:,}) → {target_text(target)}"
        + (", as remembered from the last import" if remembered else "")
        for label, (target, rows, remembered) in used.items()
    ]
