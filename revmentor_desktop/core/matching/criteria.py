"""The nine criteria as mentors × mentees numpy arrays, built from per-person matrices."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable, Sequence

import numpy as np

from revmentor_desktop.core.matching.model import Cohort, MatchSettings, Participant

UNKNOWN = 0.5  # a criterion that cannot be judged for a pair scores half
DECAY_PER_LEVEL = 0.25  # seniority: lost for each level outside the ideal band
GENERATION_YEARS = 20  # birth years this far apart (about one generation) score 1
CHANNELS = ("in_person", "video", "phone", "email", "messaging")  # models.Channel order
REMOTE_CHANNELS = frozenset({"video", "phone", "email", "messaging"})
REMOTE_SITE = "remote"
# Criteria are kept in single precision (half the memory traffic); the scores reported for a
# pair are rounded to 6 decimals anyway.
DTYPE = np.float32


@functools.lru_cache(maxsize=4096)  # the same few departments and sites, over and over
def folded(text: str) -> str:
    """Text compared without case or surrounding spaces (departments, sites)."""
    return " ".join(text.split()).casefold()


def can_meet_remotely(person: Participant) -> bool:
    return folded(person.location) == REMOTE_SITE or bool(person.channels & REMOTE_CHANNELS)


def rarity(offers: np.ndarray) -> np.ndarray:
    """Idf-like weight per skill from how many people offer it: rarer skills weigh more (>= 1)."""
    people = offers.shape[0]
    return (np.log((1.0 + people) / (1.0 + offers.sum(axis=0))) + 1.0).astype(DTYPE)


def _inverse(wanted: np.ndarray) -> np.ndarray:
    """1 / wanted weight, and 0 where nothing is wanted (then nothing can be covered)."""
    inverse = np.zeros_like(wanted)
    np.divide(1.0, wanted, out=inverse, where=wanted > 0)
    return inverse


def _codes(texts: Sequence[str], vocabulary: dict[str, int]) -> np.ndarray:
    """An integer per text (the same for the same folded text), -1 for an empty one."""
    seen: dict[str, int] = {}
    out = np.empty(len(texts), dtype=np.int64)
    for index, text in enumerate(texts):
        code = seen.get(text)
        if code is None:
            key = folded(text)
            code = seen[text] = vocabulary.setdefault(key, len(vocabulary)) if key else -1
        out[index] = code
    return out


def _indicator(rows: int, columns: dict, lists: Sequence[Iterable]) -> np.ndarray:
    """A rows × columns 0/1 matrix with a 1 where row r lists the column's key."""
    out = np.zeros((rows, len(columns)), dtype=DTYPE)
    # Row numbers by np.repeat and column numbers by map(): no Python loop per key.
    r = np.repeat(np.arange(rows), [len(keys) for keys in lists])
    c = np.fromiter(map(columns.__getitem__, itertools.chain.from_iterable(lists)), np.intp)
    out[r, c] = 1.0
    return out


def _known(values: Sequence[float | int | None]) -> np.ndarray:
    """Two columns per person: the value (0 when unknown) and 1 when it is unknown."""
    pairs = [(0.0, 1.0) if v is None else (max(float(v), 0.0), 0.0) for v in values]
    return np.array(pairs, dtype=np.float64).reshape(len(values), 2)


class Side:
    """One side's per-person arrays (skills, and attributes pairs are compared on), in id order."""

    def __init__(
        self,
        people: Sequence[Participant],
        skills: dict[int, int],
        channels: dict[str, int],
        departments: dict[str, int],
        sites: dict[str, int],
    ) -> None:
        count = len(people)
        self.ids = np.array([p.id for p in people], dtype=np.int64)
        self.share: np.ndarray  # rarity-weighted wishes, set by Criteria (it needs both sides)
        self.offers = _indicator(count, skills, [p.offers for p in people])
        self.wants = _indicator(count, skills, [p.wants for p in people])
        channel_matrix = _indicator(count, channels, [p.channels for p in people])
        site = _codes([p.location for p in people], sites)
        remote_site = sites.setdefault(REMOTE_SITE, len(sites))
        remote_channels = [channels[c] for c in sorted(REMOTE_CHANNELS)]
        remote = (site == remote_site) | channel_matrix[:, remote_channels].any(axis=1)
        # What pairs are compared on, one row per person; pairs are scored once per distinct
        # value, then looked up. Each comes with one number per person telling values apart.
        levels = np.array([p.level for p in people], dtype=np.int64)
        department_codes = _codes([p.department for p in people], departments)
        hours = _known([p.hours for p in people])
        birth_years = _known([p.birth_year for p in people])
        self.attributes = {
            "level": (levels.reshape(count, 1), levels),
            "channels": (channel_matrix, channel_matrix @ (2.0 ** np.arange(len(channels)))),
            "department": (department_codes.reshape(count, 1), department_codes),
            "site": (np.stack([site, remote], axis=1).reshape(count, 2), site * 2 + remote),
            "hours": (hours, np.where(hours[:, 1] > 0, -1.0, hours[:, 0])),
            "birth_year": (birth_years, np.where(birth_years[:, 1] > 0, -1.0, birth_years[:, 0])),
        }


def _distinct(rows: np.ndarray, key: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct rows (told apart by one number per row) and, per person, the index of theirs."""
    _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    return rows[first], inverse.reshape(-1)


# Each table function scores every (mentor value, mentee value) combination at once: `a` holds
# the mentors' distinct values as a column (a[..., k] is attribute column k), `b` the mentees'.


def _jaccard(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    both = a @ b.T
    a_count, b_count = a.sum(axis=1)[:, None], b.sum(axis=1)[None, :]
    either = a_count + b_count - both
    score = np.divide(both, either, out=np.zeros_like(both), where=either > 0)
    return np.where((a_count == 0) | (b_count == 0), UNKNOWN, score)


def _different(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a, b = a[:, 0][:, None], b[:, 0][None, :]
    return np.where((a < 0) | (b < 0), UNKNOWN, (a != b).astype(float))


def _location(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    same = (a[:, 0][:, None] == b[:, 0][None, :]) & (a[:, 0] >= 0)[:, None]
    return (same | (a[:, 1].astype(bool)[:, None] & b[:, 1].astype(bool)[None, :])).astype(float)


def _similar_hours(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    x, y = a[:, 0][:, None], b[:, 0][None, :]
    larger = np.maximum(x, y)
    apart = np.divide(np.abs(x - y), larger, out=np.zeros_like(larger), where=larger > 0)
    return np.where((a[:, 1] > 0)[:, None] | (b[:, 1] > 0)[None, :], UNKNOWN, 1.0 - apart)


def _years_apart(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    years = np.abs(a[:, 0][:, None] - b[:, 0][None, :])
    score = np.minimum(years / GENERATION_YEARS, 1.0)
    return np.where((a[:, 1] > 0)[:, None] | (b[:, 1] > 0)[None, :], UNKNOWN, score)


def seniority_table(ideal: tuple[int, int]) -> Callable[[np.ndarray, np.ndarray], np.ndarray]:
    """1 inside the ideal band of levels apart, a quarter less per level outside it."""
    low, high = min(ideal), max(ideal)

    def table(a: np.ndarray, b: np.ndarray) -> np.ndarray:
        gap = b[:, 0][None, :] - a[:, 0][:, None]
        outside = np.maximum(low - gap, 0) + np.maximum(gap - high, 0)
        return np.maximum(1.0 - DECAY_PER_LEVEL * outside, 0.0)

    return table


def direction_table(min_gap: int) -> Callable[[np.ndarray, np.ndarray], np.ndarray]:
    """True where the reverse mentor is not at least `min_gap` levels below the mentee."""
    return lambda a, b: (b[:, 0][None, :] - a[:, 0][:, None]) < min_gap


TABLES = {
    "communication": ("channels", _jaccard),
    "different_department": ("department", _different),
    "location": ("site", _location),
    "availability": ("hours", _similar_hours),
    "generation_gap": ("birth_year", _years_apart),
}

Index = np.ndarray | list[int] | None  # row or column indices; None: all of them


class Criteria:
    """Scores pairs on each criterion, for a block of pairs or for single pairs.

    Nothing mentors × mentees is kept: a block is computed when asked for (into a buffer the
    caller may pass), from per-person matrices (skills) or small tables per distinct value.
    """

    def __init__(self, cohort: Cohort, mentors: list[Participant], mentees: list[Participant]):
        everyone = (*mentors, *mentees)
        skill_ids = sorted(
            {s for p in everyone for s in p.offers} | {s for p in everyone for s in p.wants}
        )
        skills = {skill: index for index, skill in enumerate(skill_ids)}
        extra = sorted({c for p in everyone for c in p.channels} - set(CHANNELS))
        channels = {c: i for i, c in enumerate((*CHANNELS, *extra))}
        departments: dict[str, int] = {}
        sites: dict[str, int] = {}
        self.mentors = Side(mentors, skills, channels, departments, sites)
        self.mentees = Side(mentees, skills, channels, departments, sites)
        self.shape = (len(mentors), len(mentees))
        self.skill_index = skills
        # Each wish weighted by its rarity among the offers that could cover it, over the
        # wish list's total weight: the share covered is then a sum of products.
        for wanter, offerer in ((self.mentees, self.mentors), (self.mentors, self.mentees)):
            weighted = wanter.wants * rarity(offerer.offers)
            wanter.share = weighted * _inverse(weighted.sum(axis=1))[:, None]
        self.row = {p.id: i for i, p in enumerate(mentors)}
        self.col = {p.id: j for j, p in enumerate(mentees)}
        self.likes = {
            (self.row[mentor], self.col[mentee])
            for a, b in cohort.would_like
            for mentor, mentee in ((a, b), (b, a))
            if mentor in self.row and mentee in self.col
        }
        m, e = self.mentors.attributes, self.mentees.attributes
        self._distinct = {name: (_distinct(*m[name]), _distinct(*e[name])) for name in m}
        self._tables: dict[object, np.ndarray] = {}

    def _table(self, key: str, ideal: tuple[int, int] = (0, 0), min_gap: int = 0):
        """The small table of a criterion (or rule) over distinct values, and its attribute."""
        if key == "seniority_gap":
            name, function, dtype, cache = "level", seniority_table(ideal), DTYPE, (key, ideal)
        elif key == "wrong_direction":
            name, function, dtype, cache = "level", direction_table(min_gap), bool, (key, min_gap)
        else:
            (name, function), dtype, cache = TABLES[key], DTYPE, key
        table = self._tables.get(cache)
        if table is None:
            (a, _), (b, _) = self._distinct[name]
            table = np.asarray(function(a, b), dtype=dtype).reshape(a.shape[0], b.shape[0])
            self._tables[cache] = table
        return table, name

    def block(
        self,
        key: str,
        settings: MatchSettings,
        rows: Index = None,
        cols: Index = None,
        out: np.ndarray | None = None,
        factor: float = 1.0,
    ) -> np.ndarray:
        """The criterion's scores in [0, 1] for rows × cols, times `factor`.

        "wrong_direction" gives the direction rule as booleans instead.
        """
        m, e = self.mentors, self.mentees
        if key in ("skills_for_mentee", "skills_for_mentor"):
            if key == "skills_for_mentee":
                left = m.offers if rows is None else m.offers[rows]
                right = e.share if cols is None else e.share[cols]
            else:
                left = m.share if rows is None else m.share[rows]
                right = e.offers if cols is None else e.offers[cols]
            if factor != 1.0:
                left = left * DTYPE(factor)
            # The share can pass 1 by a rounding error only.
            return np.minimum(np.matmul(left, right.T, out=out), DTYPE(factor), out=out)
        if key == "would_like":
            r = range(self.shape[0]) if rows is None else np.asarray(rows).tolist()
            c = range(self.shape[1]) if cols is None else np.asarray(cols).tolist()
            result = np.zeros((len(r), len(c)), dtype=DTYPE) if out is None else out
            result[...] = 0.0
            at_row = {i: k for k, i in enumerate(r)}
            at_col = {j: k for k, j in enumerate(c)}
            for i, j in self.likes:
                if i in at_row and j in at_col:
                    result[at_row[i], at_col[j]] = factor
            return result
        table, name = self._table(key, tuple(settings.ideal_gap), settings.min_gap)
        if factor != 1.0:
            table = table * table.dtype.type(factor)
        (_, a_index), (_, b_index) = self._distinct[name]
        a_index = a_index if rows is None else a_index[rows]
        b_index = b_index if cols is None else b_index[cols]
        # Columns of the small table first, then whole rows copied per mentor: several times
        # faster than picking columns out of every row. The indices are always in range, and
        # mode="clip" spares the buffering that mode="raise" does whenever `out` is given.
        return np.take(table[:, b_index], a_index, axis=0, out=out, mode="clip")

    def at(
        self, key: str, settings: MatchSettings, rows: np.ndarray, cols: np.ndarray
    ) -> np.ndarray:
        """The criterion's scores of the pairs (rows[k], cols[k]), as a vector."""
        m, e = self.mentors, self.mentees
        if key == "skills_for_mentee":
            return np.minimum((m.offers[rows] * e.share[cols]).sum(axis=1), 1.0)
        if key == "skills_for_mentor":
            return np.minimum((m.share[rows] * e.offers[cols]).sum(axis=1), 1.0)
        if key == "would_like":
            cells = zip(np.asarray(rows).tolist(), np.asarray(cols).tolist(), strict=True)
            return np.array([cell in self.likes for cell in cells], dtype=DTYPE)
        table, name = self._table(key, tuple(settings.ideal_gap), settings.min_gap)
        (_, a_index), (_, b_index) = self._distinct[name]
        return table[a_index[rows], b_index[cols]]
