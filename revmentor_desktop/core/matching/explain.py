"""Plain words for a pair's criteria, for the rule that blocks a pair, and for who is unmatched."""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterable

import numpy as np

from revmentor_desktop.core.matching.criteria import (
    CHANNELS,
    REMOTE_SITE,
    Criteria,
    can_meet_remotely,
    folded,
)
from revmentor_desktop.core.matching.model import (
    CRITERIA,
    MENTEE,
    Cohort,
    MatchSettings,
    Participant,
)
from revmentor_desktop.core.matching.rules import Rule, Rules, must_keys
from revmentor_desktop.core.text import count, join, plural

# How a channel reads inside a sentence ("both prefer video calls"). Channel.label is the
# column heading form ("Video call"), and the engine never imports the database models.
CHANNEL_WORDS = {
    "in_person": "meeting in person",
    "video": "video calls",
    "phone": "phone calls",
    "email": "email",
    "messaging": "instant messaging",
}
SIMILAR_HOURS = 0.75  # availability score from which hours count as similar
RARE_SHARE = 0.1  # a covered skill offered by at most this share of the other side is "rare"
RARE_MIN_PEOPLE = 5  # …on a side of at least this many people

# What a rule means for an unmatched person's would-be partners: (one, several).
PARTNERS_BLOCKED = {
    Rule.REPORTING_LINE: ("is in their reporting line", "are in their reporting line"),
    Rule.RATHER_NOT: (
        "is marked “would rather not” with them",
        "are marked “would rather not” with them",
    ),
    Rule.ALREADY_PARTNERS: ("is already their partner", "are already their partners"),
    Rule.REJECTED: ("was rejected by HR as their partner", "were rejected by HR as their partners"),
    Rule.EXTERNAL: (
        "is external without permission to share confirmed",
        "are external without permission to share confirmed",
    ),
}


def percent(score: float) -> str:
    return f"{score:.0f} %"


def hours(value: float) -> str:
    return f"{value:g}"


def channel_words(channels: Iterable[str]) -> str:
    """The channels as words, in the usual order: "video calls and email"."""
    return _channel_words(frozenset(channels))


@functools.lru_cache(maxsize=256)  # 32 sets of the five channels in practice
def _channel_words(channels: frozenset[str]) -> str:
    order = {c: i for i, c in enumerate(CHANNELS)}
    ordered = sorted(channels, key=lambda c: (order.get(c, len(order)), c))
    return join(CHANNEL_WORDS.get(c, c.replace("_", " ")) for c in ordered)


def _band(low: int, high: int) -> str:
    return f"ideal {low}–{high}" if low != high else f"ideal {low}"


def _gap_words(gap: int, low: int, high: int) -> str:
    """A seniority gap of 0 or more levels, in words."""
    if gap > 0:
        return f"{count(gap, 'level')} apart ({_band(low, high)})"
    return f"same level ({_band(low, high)})"


Explainer = Callable[[Participant, Participant, float, MatchSettings], str]


class Words:
    """Explanations for one cohort; every number in them comes from the same data as the score."""

    def __init__(
        self,
        cohort: Cohort,
        mentors: list[Participant],
        mentees: list[Participant],
        criteria: Criteria,
        rules: Rules,
    ) -> None:
        self.cohort, self.mentors, self.mentees = cohort, mentors, mentees
        self.criteria, self.rules = criteria, rules
        self.offered_by_mentors = criteria.mentors.offers.sum(axis=0).astype(int)
        self.offered_by_mentees = criteria.mentees.offers.sum(axis=0).astype(int)
        # What covers a mentee's wish is a mentor's offer, and the other way round.
        self.for_mentees = self._skill_table(self.offered_by_mentors)
        self.for_mentors = self._skill_table(self.offered_by_mentees)
        self._places: dict[int, tuple[str, str, str, str, bool]] = {}
        self._gap_sentences: dict[tuple[int, int, int], str] = {}
        self._wish_lists: dict[tuple[int, int], list[tuple[int, tuple[int, str, int]]]] = {}

    def skill(self, skill_id: int) -> str:
        return self.cohort.skill_names.get(skill_id, f"skill {skill_id}")

    def _skill_table(self, offered_by: np.ndarray) -> dict[int, tuple[int, str, int]]:
        """Skill id -> (rank: rarest first, then by name; name; how many offer it)."""
        index = self.criteria.skill_index
        names = {s: self.skill(s) for s in index}
        order = sorted(index, key=lambda s: (offered_by[index[s]], names[s].casefold(), s))
        return {s: (rank, names[s], int(offered_by[index[s]])) for rank, s in enumerate(order)}

    # --- criteria -----------------------------------------------------------------------------

    def explainer(self, key: str) -> Explainer:
        """The function explaining one criterion: (mentor, mentee, score, settings) -> words."""
        return getattr(self, "_" + key)

    def criterion(self, key: str, i: int, j: int, score: float, settings: MatchSettings) -> str:
        return self.explainer(key)(self.mentors[i], self.mentees[j], score, settings)

    def _skills_for_mentee(self, mentor, mentee, score, settings) -> str:
        return self._skills(mentee, mentor, self.for_mentees, self.mentors, "reverse mentor")

    def _skills_for_mentor(self, mentor, mentee, score, settings) -> str:
        return self._skills(mentor, mentee, self.for_mentors, self.mentees, "mentee")

    def _wishes(self, wanter: Participant, table) -> list[tuple[int, tuple[int, str, int]]]:
        """The person's wishes as (skill, table entry), in table order (rarest first)."""
        key = (id(wanter), id(table))  # by record: someone may be on both sides
        found = self._wish_lists.get(key)
        if found is None:
            found = sorted(((s, table[s]) for s in wanter.wants), key=lambda item: item[1])
            self._wish_lists[key] = found
        return found

    def _skills(self, wanter: Participant, offerer: Participant, table, side, noun: str) -> str:
        wanted, offered, who = wanter.wants, offerer.offers, wanter.name
        total = len(wanted)
        if total == 0:
            return f"{who} has not said what they want to learn"
        # Sorted once per person, not once per pair.
        covered = [entry for s, entry in self._wishes(wanter, table) if s in offered]
        got = len(covered)
        if got == 0:
            if total == 1:
                return f"does not offer the one skill {who} wants ({table[next(iter(wanted))][1]})"
            return f"offers none of the {total} skills {who} wants"
        names = ", ".join([name for _, name, _ in covered])
        if got < total:
            text = f"covers {got} of the {total} skills {who} wants: {names}"
        elif total == 1:
            text = f"covers the one skill {who} wants: {names}"
        elif total == 2:
            text = f"covers both skills {who} wants: {names}"
        else:
            text = f"covers all {total} skills {who} wants: {names}"
        _, rarest, offering = covered[0]
        people = len(side)
        if people >= RARE_MIN_PEOPLE and offering <= RARE_SHARE * people:
            verb = plural(offering, "offers", "offer")
            text += f"; only {offering} of the {people} {noun}s {verb} {rarest}"
        return text

    def _seniority_gap(self, mentor, mentee, score, settings) -> str:
        low, high = min(settings.ideal_gap), max(settings.ideal_gap)
        gap = mentee.level - mentor.level
        if gap >= 0:  # no names: a handful of sentences for thousands of pairs, made once each
            key = (gap, low, high)
            words = self._gap_sentences.get(key)
            if words is None:
                words = self._gap_sentences[key] = _gap_words(gap, low, high)
            return words
        band = _band(low, high)
        return f"{mentor.name} is {count(-gap, 'level')} above {mentee.name} ({band})"

    def _communication(self, mentor, mentee, score, settings) -> str:
        silent = [p.name for p in (mentor, mentee) if not p.channels]
        if len(silent) == 2:
            return "neither has said how they like to communicate"
        if silent:
            return f"{silent[0]} has not said how they like to communicate"
        common = mentor.channels & mentee.channels
        either = mentor.channels | mentee.channels
        if not common:
            a, b = channel_words(mentor.channels), channel_words(mentee.channels)
            return f"no channel in common: {mentor.name} prefers {a}, {mentee.name} prefers {b}"
        if common == either:
            return f"both prefer {channel_words(common)}"
        return (
            f"both like {channel_words(common)} "
            f"({len(common)} of the {len(either)} channels either prefers)"
        )

    def _place(self, person: Participant) -> tuple[str, str, str, str, bool]:
        """Department and site as written and as compared, and whether they can meet remotely."""
        found = self._places.get(id(person))  # by record: someone may be on both sides
        if found is None:
            department, site = person.department.strip(), person.location.strip()
            found = (department, folded(department), site, folded(site), can_meet_remotely(person))
            self._places[id(person)] = found
        return found

    def _different_department(self, mentor, mentee, score, settings) -> str:
        (a, fa, *_), (b, fb, *_) = self._place(mentor), self._place(mentee)
        if not a and not b:
            return "departments not recorded"
        if not a or not b:
            return f"department not recorded for {mentor.name if not a else mentee.name}"
        if fa == fb:
            return f"both in {a}"
        return f"different departments: {a} and {b}"

    def _location(self, mentor, mentee, score, settings) -> str:
        (*_, a, fa, remote_a), (*_, b, fb, remote_b) = self._place(mentor), self._place(mentee)
        if a and fa == fb:
            return "both work remotely" if fa == REMOTE_SITE else f"both in {a}"
        if remote_a and remote_b:
            return f"can meet remotely ({a} and {b})" if a and b else "can meet remotely"
        if a and b:
            sites = f"different sites ({a} and {b})"
        elif a or b:
            sites = f"site not recorded for {mentee.name if a else mentor.name}"
        else:
            sites = "sites not recorded"
        cannot = [p.name for p, ok in ((mentor, remote_a), (mentee, remote_b)) if not ok]
        return f"{sites}, and {join(cannot)} cannot meet remotely"

    def _availability(self, mentor, mentee, score, settings) -> str:
        # Plain tests rather than a list of the silent: this runs for every suggested pair.
        if mentor.hours is None or mentee.hours is None:
            if mentor.hours is None and mentee.hours is None:
                return "neither has said how many hours a month they can give"
            silent = mentor.name if mentor.hours is None else mentee.name
            return f"{silent} has not said how many hours a month they can give"
        a, b = max(mentor.hours, 0.0), max(mentee.hours, 0.0)
        if a == b:
            return f"same availability: {hours(a)} hours a month each"
        kind = "similar" if score >= SIMILAR_HOURS else "different"
        return f"{kind} availability: {hours(a)} and {hours(b)} hours a month"

    def _generation_gap(self, mentor, mentee, score, settings) -> str:
        silent = [p.name for p in (mentor, mentee) if p.birth_year is None]
        if len(silent) == 2:
            return "birth years not recorded"
        if silent:
            return f"birth year not recorded for {silent[0]}"
        years = abs(mentor.birth_year - mentee.birth_year)
        return "born in the same year" if years == 0 else f"born {count(years, 'year')} apart"

    def _would_like(self, mentor, mentee, score, settings) -> str:
        likes = self.cohort.would_like
        forward, back = (mentor.id, mentee.id) in likes, (mentee.id, mentor.id) in likes
        if forward and back:
            return "both would like to work together"
        if forward or back:
            a, b = (mentor, mentee) if forward else (mentee, mentor)
            return f"{a.name} would like to work with {b.name}"
        return "no wish to work together recorded"

    # --- hard rules ---------------------------------------------------------------------------

    def blocked(self, rule: Rule, i: int, j: int, settings: MatchSettings) -> str:
        """The rule the pair at row i, column j breaks, in words about these two people."""
        mentor, mentee = self.mentors[i], self.mentees[j]
        a, b = mentor.name, mentee.name
        if rule == Rule.SAME_PERSON:
            return f"{a} cannot be paired with themselves"
        if rule == Rule.DIRECTION:
            gap, need = mentee.level - mentor.level, settings.min_gap
            if gap > 0:
                return f"{a} is only {count(gap, 'level')} below {b}; at least {need} needed"
            if need == 0:
                return (
                    f"{a} is {count(-gap, 'level')} above {b}; a reverse mentor must not be above"
                )
            if gap == 0:
                levels = count(need, "level")
                return f"{a} and {b} are at the same level; {a} must be at least {levels} below"
            return (
                f"{a} is {count(-gap, 'level')} above {b}; a reverse mentor must be at least "
                f"{count(need, 'level')} below the mentee"
            )
        if rule == Rule.REPORTING_LINE:
            managers = self.rules.managers
            if managers.get(mentor.id) == mentee.id:
                return f"{b} is {a}'s line manager"
            if managers.get(mentee.id) == mentor.id:
                return f"{a} is {b}'s line manager"
            if mentee.id in self.rules.above(mentor.id):
                return f"{b} is above {a} in the reporting line"
            return f"{a} is above {b} in the reporting line"
        if rule == Rule.RATHER_NOT:
            rather_not = self.cohort.would_rather_not
            who = [
                f"{x.name} would rather not work with {y.name}"
                for x, y in ((mentor, mentee), (mentee, mentor))
                if (x.id, y.id) in rather_not
            ]
            return " and ".join(who)
        if rule == Rule.ALREADY_PARTNERS:
            return f"{a} and {b} are already partners"
        if rule == Rule.REJECTED:
            return f"HR rejected the pair {a} and {b}"
        if rule == Rule.EXTERNAL:
            closed = [p.name for p in (mentor, mentee) if p.external and not p.share_permission]
            verb = plural(len(closed), "is", "are")
            return f"{join(closed)} {verb} external and permission to share has not been confirmed"
        if rule == Rule.MUST:
            for key in must_keys(settings):
                score = float(self.criteria.at(key, settings, [i], [j])[0])
                if score <= 0.0:
                    why = self.criterion(key, i, j, score, settings)
                    return f"{CRITERIA[key]} is a Must and scores 0 ({why})"
        raise ValueError(f"no words for {rule!r}")

    # --- unmatched ----------------------------------------------------------------------------

    def no_direction(self, role: str, settings: MatchSettings) -> str:
        """Nobody on the other side is senior (or junior) enough."""
        need = settings.min_gap
        if role == MENTEE:
            if need == 0:
                return "no reverse mentor at or below their level"
            return f"no reverse mentor at least {count(need, 'level')} below"
        if need == 0:
            return "no mentee at or above their level"
        return f"no mentee at least {count(need, 'level')} above"

    def all_blocked(
        self, role: str, rules: dict[Rule, int], everyone: bool, settings: MatchSettings
    ) -> str:
        """Why every partner in the right direction is blocked, the most common rule first.

        `rules` counts the partners each rule blocks (the first rule each pair breaks).
        """
        noun = ("reverse mentor", "reverse mentors") if role == MENTEE else ("mentee", "mentees")
        if everyone:
            group = (f"eligible {noun[0]}", f"eligible {noun[1]}")
        else:
            need, where = settings.min_gap, "below" if role == MENTEE else "above"
            limit = (
                f"at least {count(need, 'level')} {where}" if need else f"at or {where} their level"
            )
            group = (f"{noun[0]} {limit}", f"{noun[1]} {limit}")
        tally = sorted(rules.items(), key=lambda item: (-item[1], item[0]))
        total = sum(rules.values())
        if len(tally) == 1:
            subject = f"the only {group[0]}" if total == 1 else f"all {total} {group[1]}"
            return f"{subject} {self._predicate(tally[0][0], total, settings)}"
        parts = [f"{n} {self._predicate(rule, n, settings)}" for rule, n in tally]
        return f"all {total} {group[1]} are blocked: {', '.join(parts)}"

    def _predicate(self, rule: Rule, n: int, settings: MatchSettings) -> str:
        if rule == Rule.MUST:
            labels = join(CRITERIA[key] for key in must_keys(settings))
            kind = plural(len(must_keys(settings)), "a Must", "Musts")
            return f"{plural(n, 'scores', 'score')} 0 on {labels} ({kind})"
        return plural(n, *PARTNERS_BLOCKED[rule])

    def below_minimum(
        self, best_name: str, best: float, settings: MatchSettings, only: bool
    ) -> str:
        """Every possible partner (or the only one) scores below the minimum score."""
        shown = percent(best)
        if round(best) >= settings.min_score:  # "40 %" must not read as reaching a minimum of 40
            shown = f"{math.floor(best * 10) / 10:.1f} %"
        minimum = f"{settings.min_score:g} %"
        if only:
            return f"the only possible partner, {best_name}, scores {shown}: below {minimum}"
        return (
            f"every possible partner scores below the minimum of {minimum} "
            f"(best: {best_name}, {shown})"
        )
