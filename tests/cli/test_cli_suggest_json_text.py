"""`revmentor suggest --json` writes exactly what `json.dumps(…, indent=2)` would, only faster."""

import enum
import json
import math
import random

import pytest

from revmentor_desktop.cli.suggest import indented_json


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


class Colour(enum.StrEnum):
    RED = "red"


TRICKY_TEXTS = ["", "plain", "Zoë 王伟 שלום", 'quote " and \\ backslash', "}", "{", "]\x00[",
                "}\x00{", "\x01", "line\nbreak\ttab", "\u2066isolated\u2069", "emoji 🙂",
                "\ud800"]  # fmt: skip
SCALARS = [0, -7, 2**70, 1.5, 0.1, 1e300, -0.0, math.inf, -math.inf, True, False, None,
           Colour.RED, *TRICKY_TEXTS]  # fmt: skip


def random_value(rng: random.Random, depth: int = 0):
    roll = rng.random()
    if depth > 4 or roll < 0.4:
        return rng.choice(SCALARS)
    size = rng.choice([0, 1, 2, 3, 5])
    if roll < 0.6:
        return [random_value(rng, depth + 1) for _ in range(size)]
    if roll < 0.7:
        return tuple(random_value(rng, depth + 1) for _ in range(size))
    if roll < 0.85:  # a list of flat dicts, as a pair's criteria
        return [{rng.choice(TRICKY_TEXTS): rng.choice(SCALARS) for _ in range(rng.randint(1, 4))}
                for _ in range(size)]  # fmt: skip
    keys = [*TRICKY_TEXTS, 1, 2.5, True, None]
    return {rng.choice(keys): random_value(rng, depth + 1) for _ in range(size)}


@pytest.mark.parametrize("seed", range(300))
def test_random_documents_come_out_character_for_character(seed):
    value = random_value(random.Random(seed))
    assert indented_json(value) == dumps(value)


@pytest.mark.parametrize(
    "value",
    [
        {}, [], (), "x", 1, None, [[]], [{}], {"a": {}}, {"a": []}, [{}, {"a": 1}],
        [{"a": 1}, {}], [{"a": [1]}, {"b": 2}], [{"a": 1}, 2], {"a": {"b": {"c": [1, [2]]}}},
        {3: "int key", 2.5: "float", True: "bool", None: "null", "s": [1]},
        [{"x": "}"}, {"y": "{"}], [{"x": "a}", "y": "{b"}, {"z": "}\x00{"}],
    ],
)  # fmt: skip
def test_edge_cases(value):
    assert indented_json(value) == dumps(value)


@pytest.mark.both_engines
def test_the_report_of_the_demo(engine_url, capsys):
    from revmentor_desktop.cli import main

    assert main(["--db", engine_url, "demo", "--people", "120", "--seed", "7"]) == 0
    capsys.readouterr()
    args = ["--db", engine_url, "suggest", "--programme", "Reverse Mentoring 2026/27", "--json"]
    assert main(args) == 0
    out = capsys.readouterr().out
    report = json.loads(out)
    assert report["pairs"] and report["pairs"][0]["criteria"] and report["not_considered"]
    assert out == dumps(report) + "\n"


def test_what_json_refuses_it_refuses_too():
    with pytest.raises(TypeError, match="not JSON serializable"):
        indented_json({"a": [object()]})
    with pytest.raises(TypeError, match="keys must be"):
        indented_json({(1, 2): [1]})
    loop: list = [[1]]
    loop.append(loop)
    with pytest.raises(ValueError, match="Circular reference"):
        indented_json(loop)
