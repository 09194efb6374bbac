"""The PETRARCH verb dictionary converter, on a dictionary written here and on the real ones."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from eventwire.events.cameo import load_codebook
from eventwire.events.patterns import Pattern, PrepConstraint, load_patterns, pattern_to_dict
from eventwire.events.petrarch import (
    convert_verb_dictionary,
    convert_verb_file,
    parse_code,
    singular,
)

SHARED = Path(
    os.environ.get("EVENTWIRE_SHARED_DATA", Path(__file__).resolve().parents[2] / "shared" / "data")
)
CAMEO_DICT = SHARED / "petrarch2" / "CAMEO.2.0.txt"
VALIDATION_DICT = SHARED / "validation" / "dicts" / "petrarch_validate" / "PETR.Validate.verbs.txt"

TOY = """\
# a toy dictionary in PETRARCH's verb format
&ENVOY
+DIPLOMAT
+SPECIAL_ENVOY

&OFFICIAL_
+MINISTERS

--- HURRY   [---]  ---
HURRY {HURRIES HURRYING HURRIED }
DASH
- * (TO)                                   [042:043]     # HURRY
- * {EMERGENCY AID}                        [073]         # DASH
- &ENVOY * (TO BORDER)                     [154]
- * &UNKNOWN                               [070]
- * CLAIM (AGAINST) +                      [115]         # DASH
- + * ENVOY                                [---]

--- PARLEY  [040]  ---
PARLEY
+MEET_WITH {+MET_WITH +MEETS_WITH}
+SET_UP  [030]
SNUB  {SNUBS SNUBBED} [111]
- * (BEFORE COURT)                         [:173]
- * &OFFICIAL                              [046]
~ a (a b ATTACK) SAY = a b 015
"""


def _by_id(patterns: tuple[Pattern, ...]) -> dict[str, Pattern]:
    return {p.id: p for p in patterns}


def test_toy_dictionary_converts_to_expected_patterns() -> None:
    result = convert_verb_dictionary(TOY, "toy.txt", load_codebook())
    got = _by_id(result.patterns)
    # Null-code block: its verbs do not code alone, but its patterns do.
    assert "petr.hurry.10" not in got and "petr.dash.11" not in got
    rush_to = got["petr.hurry.12"]
    assert (rush_to.code, rush_to.lemma, rush_to.target) == ("042", "hurry", "pobj:to")
    assert rush_to.preps == (PrepConstraint("to"),)
    assert rush_to.extras["reverse_code"] == "043"
    assert rush_to.origin == "toy.txt:12"
    # Every pattern applies to every verb of its block.
    assert got["petr.dash.12"].lemma == "dash"
    aid = got["petr.dash.13"]
    assert aid.words == (frozenset({"emergency"}), frozenset({"aid"}))
    assert aid.extras["note"] == "DASH"
    border = got["petr.hurry.14"]
    assert border.preps == (PrepConstraint("to", (frozenset({"border"}),)),)
    assert border.extras["pre"] == [["diplomat", "envoy"]]
    # "+" is the target, TABARI's convention: here the object of "against".
    claim = got["petr.hurry.16"]
    assert claim.target == "pobj:against" and claim.words == (frozenset({"claim"}),)
    null = got["petr.hurry.17"]
    assert null.is_null and null.extras["target_is_subject"] is True
    # Verb block with a code: every verb codes alone; own codes override it.
    assert got["petr.parley.20"].code == "040"
    meet = got["petr.meet_with.21"]
    assert (meet.lemma, meet.target, meet.preps) == ("meet", "pobj:with", (PrepConstraint("with"),))
    setup = got["petr.set_up.22"]
    assert (setup.lemma, setup.particle, setup.code) == ("set", "up", "030")
    assert got["petr.snub.23"].code == "111"
    court = got["petr.snub.24"]
    assert court.code == "173" and court.extras["reverse"] is True
    # Plurals are reduced to the singular lemma; no-plural synsets keep their words.
    assert got["petr.parley.25"].words == (frozenset({"ministers", "minister"}),)
    reasons = {s.line: s.reason for s in result.skipped}
    assert "undefined synonym set &UNKNOWN" in reasons[15]
    assert "transformation" in reasons[26]
    assert len(result.patterns) == 2 * 5 + 4 * 3


def test_unknown_codes_are_skipped_with_a_codebook_and_kept_without() -> None:
    text = "--- X [---] ---\nFROB\n- * WIDGET [999]\n"
    assert convert_verb_dictionary(text, codebook=load_codebook()).patterns == ()
    kept = convert_verb_dictionary(text).patterns
    assert [p.code for p in kept] == ["999"]


@pytest.mark.parametrize(
    ("text", "code", "reverse_code", "reverse"),
    [
        ("042", "042", None, False),
        ("042:043", "042", "043", False),
        ("046:046", "046", None, False),
        (":173", "173", None, True),
        ("---:173", "173", None, True),
        ("080!", "080", None, False),
        ("---", "---", None, False),
    ],
)
def test_parse_code(text: str, code: str, reverse_code: str | None, reverse: bool) -> None:
    parsed = parse_code(text)
    assert parsed is not None
    assert (parsed.code, parsed.reverse_code, parsed.reverse) == (code, reverse_code, reverse)


def test_singular() -> None:
    assert [singular(w) for w in ("talks", "parties", "crisis", "marches", "press", "arms")] == [
        "talk", "party", "crisis", "march", "press", "arm",
    ]


@pytest.mark.skipif(not CAMEO_DICT.exists(), reason=f"no {CAMEO_DICT}")
def test_real_cameo_dictionary_converts() -> None:
    result = convert_verb_file(CAMEO_DICT, load_codebook())
    assert len(result.patterns) > 1000
    assert len({p.lemma for p in result.patterns}) > 1000
    # Transformations, coordinated verbs and subject-only patterns: a few hundred.
    assert len(result.skipped) < 300
    ids = [p.id for p in result.patterns]
    assert len(ids) == len(set(ids))
    assert all(p.origin.startswith("CAMEO.2.0.txt:") for p in result.patterns)


@pytest.mark.skipif(not VALIDATION_DICT.exists(), reason=f"no {VALIDATION_DICT}")
def test_validation_dictionary_parses(tmp_path: Path) -> None:
    result = convert_verb_file(VALIDATION_DICT, None, id_prefix="petrval")
    assert len(result.patterns) > 300
    lemmas = {p.lemma for p in result.patterns}
    assert {"abandon", "rst"} <= lemmas
    # Its codes are invented: the loader takes it only with the code check off.
    out = tmp_path / "validate.jsonl"
    out.write_text("".join(json.dumps(pattern_to_dict(p)) + "\n" for p in result.patterns))
    assert len(load_patterns([out], check_codes=False).patterns) == len(result.patterns)


def test_subject_only_patterns_are_skipped_not_turned_into_bare_verbs() -> None:
    text = "--- X [---] ---\nRUSH\n- TROOPS * [154]\n- TROOPS * (TO BORDER) [154]\n"
    result = convert_verb_dictionary(text, codebook=load_codebook())
    assert [(p.id, p.extras["pre"]) for p in result.patterns] == [
        ("petr.rush.4", [["troop", "troops"]])
    ]
    assert [(s.line, s.reason) for s in result.skipped] == [
        (3, "constrains only words before the verb")
    ]
