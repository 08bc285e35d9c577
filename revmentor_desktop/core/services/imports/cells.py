"""What an import's cells say: yes or no, lists, full names, hours, channels, roles and ranks."""

from __future__ import annotations

import re

from revmentor_desktop.core.db.models import Channel, Role, display_name
from revmentor_desktop.core.text import fold
from revmentor_desktop.core.vocabulary import CHANNEL_LABELS

_NON_WORD = re.compile(r"[\W_]+")
_ANY_SEPARATOR = re.compile(r"[;,|]")
_ROLES = {"reverse mentor": Role.REVERSE_MENTOR, "reversementor": Role.REVERSE_MENTOR,
          "mentor": Role.REVERSE_MENTOR,
          "mentee": Role.MENTEE}  # fmt: skip
_CHANNEL_WORDS = {
    Channel.VIDEO: ("video", "videocall", "teams", "msteams", "microsoftteams", "zoom", "webex",
                    "googlemeet", "meet", "skype", "video conference"),
    Channel.MESSAGING: ("slack", "chat", "im", "instantmessaging", "messaging", "messenger",
                        "whatsapp", "text", "sms"),
    Channel.IN_PERSON: ("facetoface", "inperson", "f2f", "meeting"),
    Channel.PHONE: ("phone", "telephone", "call", "phonecall"),
    Channel.EMAIL: ("email", "mail", "e-mail"),
}  # fmt: skip
YES = frozenset({"yes", "y", "true", "x", "1", "✓", "✔", "ja", "oui"})
NO = frozenset({"no", "n", "false", "0", "nein", "non"})
_HOURS = re.compile(r"^(\d+(?:[.,]\d+)?)\s*(?:h|hrs?|hours?)?\.?(?:\s*(?:/|per|a)\s*month)?$")


def word_key(text: str) -> str:
    """Text compared without case, accents, spaces or punctuation: "Manager's E-mail" is
    "managersemail"."""
    return _NON_WORD.sub("", fold(text))


_CHANNELS: dict[str, Channel] = {}
for _channel, _words in _CHANNEL_WORDS.items():
    for _word in (_channel.value, CHANNEL_LABELS[_channel], *_words):
        _CHANNELS.setdefault(word_key(_word), _channel)


def split_list(text: str) -> list[str]:
    """A cell's list: split on ";" if it has one, else on "|", else on "," (so skill names with
    commas survive in the export's own "; "-separated lists)."""
    for separator in (";", "|", ","):
        if separator in text:
            return [part for part in map(str.strip, text.split(separator)) if part]
    text = text.strip()
    return [text] if text else []


def split_full_name(full: str) -> tuple[str, str]:
    """(given, family) from a full name: the last word is the family name ("Mary Ann Smith"),
    but a Chinese, Japanese or Korean name starts with it ("王伟": family 王, given 伟)."""
    full = " ".join(full.split())
    unspaced = full.replace(" ", "")
    # display_name writes these scripts family first without a space: undo exactly that.
    if len(unspaced) > 1 and display_name(unspaced[1:], unspaced[0]) == unspaced:
        family, _, given = full.partition(" ")
        return (given, family) if given else (unspaced[1:], unspaced[0])
    given, _, family = full.rpartition(" ")
    return (given, family) if given else (full, "")


def parse_hours(text: str) -> float | None:
    """Hours per month, 0 or more: "4", "2,5", "3 h", "6 hours a month"; ValueError otherwise."""
    if not text.strip():
        return None
    match = _HOURS.match(text.strip().lower())
    if match is None:
        raise ValueError(text)
    return float(match.group(1).replace(",", "."))


def parse_channels(text: str) -> tuple[list[str], list[str]]:
    """(Channel values in the order given, without repeats; the words that are no channel)."""
    channels: list[str] = []
    unknown: list[str] = []
    # No channel name holds a separator, so any mix of them splits ("Teams, Zoom; phone").
    for word in filter(None, (part.strip() for part in _ANY_SEPARATOR.split(text))):
        channel = _CHANNELS.get(word_key(word))
        if channel is None:
            unknown.append(word)
        elif channel.value not in channels:
            channels.append(channel.value)
    return channels, unknown


def parse_role(text: str) -> Role | None:
    """ "Reverse mentor" (also reverse_mentor, mentor) or "mentee"; empty is None (not taking
    part); ValueError otherwise."""
    if not text.strip():
        return None
    role = _ROLES.get(" ".join(_NON_WORD.sub(" ", fold(text)).split()))
    if role is None:
        raise ValueError(text)
    return role


def rank_text(text: str) -> str:
    """ "3", "3.0" and "3,0" alike, for a level given as its rank on the ladder."""
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        return text
    return str(int(number)) if number.is_integer() else text
