"""PETRARCH actor/agent dictionary parsing and the folder conversion."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.actors.kb import load_kb
from eventwire.actors.petrarch import (
    ActorRow,
    AgentRow,
    display_name,
    name_variants,
    parse_actor_dictionary,
    parse_agent_dictionary,
    parse_date,
    parse_restriction,
)
from eventwire.dictionaries import find_dictionaries, petrarch_options
from eventwire.errors import DataFileError
from eventwire.events.petrarch import convert_verb_file

VALIDATE = Path(__file__).resolve().parents[2] / "shared/data/validation/dicts"
# PETRARCH2's own release: CAMEO.2.0.txt and the Phoenix actor and agent files
PETRARCH2 = Path(__file__).resolve().parents[2] / "shared/data/petrarch2"

ACTORS = """<!-- header
# spanning lines -->
ARNOR_  [ARN]
+ARNORIAN  # demonym
GONDOR [GON]
+MINAS_TIRITH
BOROMIR  [---]
GOLLUM  # pas
+SMEAGOL
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
#\t[950601-990815]
\t[HOBREB > 990816]
THE_SHIRE  [FRO/BIL/SAM]
PALESTINIAN [pse]
"""

AGENTS = """!PERSON! = MAN, MEN
PRESIDENT [~GOV] # ns
GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
MEDIA {} [~MED]
CONGRESS!PERSON! [~LEG]
HUMAN_RIGHTS_ORGANIZATION  [  NGO~]
"""


def test_dates_and_restrictions() -> None:
    assert parse_date("950601") == "1995-06-01"
    assert parse_date("070723") == "2007-07-23"
    assert parse_date("20121109") == "2012-11-09"
    assert parse_date("20121399") == ""
    # PETRARCH limits are inclusive; eventwire ends are exclusive
    assert parse_restriction("HOB < 950601") == ("HOB", "", "1995-06-02")
    assert parse_restriction("GONGOV >19900101") == ("GONGOV", "1990-01-01", "")
    assert parse_restriction("ARNMIL") == ("ARNMIL", "", "")
    assert parse_restriction("950601-990815") is None


def test_display_name() -> None:
    assert display_name("NORTH_KOREA_") == "North Korea"
    assert display_name("PRINCE OF DOL AMROTH") == "Prince of Dol Amroth"
    assert display_name("AL-QAEDA") == "Al-Qaeda"


def test_name_variants_keep_an_acronym_after_the_article() -> None:
    variants = name_variants("THE_AU")
    assert {"The AU", "the AU", "AU"} <= set(variants)


def test_actor_dictionary_rows() -> None:
    rows = parse_actor_dictionary(ACTORS)
    by_name: dict[str, list[ActorRow]] = {}
    for r in rows:
        by_name.setdefault(r.name, []).append(r)
    assert "Boromir" not in by_name  # null code
    assert [r.code for r in by_name["Arnor"]] == ["ARN"]
    assert "Arnorian" in by_name["Arnor"][0].aliases
    assert "Minas Tirith" in by_name["Gondor"][0].aliases
    gollum = by_name["Gollum"]
    assert [(r.code, r.start, r.end) for r in gollum] == [
        ("HOB", "", "1995-06-02"),
        ("HOBGOV", "1995-06-01", "1999-08-16"),
        ("HOBREB", "1999-08-16", ""),
    ]
    assert "Smeagol" in gollum[0].aliases
    assert by_name["The Shire"][0].code == "FRO"
    assert "Shire" in by_name["The Shire"][0].aliases
    assert by_name["Palestinian"][0].code == "PSE"


def test_agent_dictionary_rows() -> None:
    rows = parse_agent_dictionary(AGENTS)
    assert AgentRow("president", "~GOV") in rows
    assert AgentRow("presidents", "~GOV") in rows
    assert AgentRow("golden geese", "~GGS") in rows
    assert AgentRow("medias", "~MED") not in rows and AgentRow("media", "~MED") in rows
    assert AgentRow("congress men", "~LEG") in rows
    assert AgentRow("human rights organization", "NGO~") in rows


def test_petrarch_actor_file_loads_into_kb(tmp_path: Path) -> None:
    out = tmp_path / "my.actors.txt"
    out.write_text(ACTORS, encoding="utf-8")
    kb = load_kb([out], defaults=False)
    gollum = kb.person("Smeagol")
    assert gollum is not None
    period = kb.period_on(gollum, date(1997, 1, 1))
    assert period is not None and period.code == "HOBGOV"
    late = kb.period_on(gollum, date(2001, 1, 1))
    assert late is not None and late.code == "HOBREB"
    arnor = kb.person("Arnor")
    assert arnor is not None and arnor.periods[0].code == "ARN"
    assert kb.person("Boromir") is None  # [---]: PETRARCH does not code him


def test_petrarch_agent_file_replaces_agents(tmp_path: Path) -> None:
    actors, agents = tmp_path / "a.actors.txt", tmp_path / "b.agents.txt"
    actors.write_text(ACTORS, encoding="utf-8")
    agents.write_text(AGENTS, encoding="utf-8")
    kb = load_kb([actors, agents], defaults=False)
    assert kb.agent("golden geese") is not None
    assert kb.agent("troops") is None  # shipped agents are replaced
    # "Arnor president" is composed per mention (test_petrarch_match), not listed
    assert kb.person("Arnor president") is None


def test_not_a_petrarch_dictionary(tmp_path: Path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("just some words\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="notes.txt.*no \\[CODE\\] entries"):
        load_kb([bad], defaults=False)


def test_find_dictionaries_needs_verbs_or_actors(tmp_path: Path) -> None:
    (tmp_path / "x.agents.txt").write_text("PRESIDENT [~GOV]\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        find_dictionaries(tmp_path)


def test_verb_dictionary_found_by_its_blocks(tmp_path: Path) -> None:
    (tmp_path / "CAMEO.9.txt").write_text("--- RESTORE  [064]  ---\nRESTORE\n",
                                         encoding="utf-8")
    (tmp_path / "notes.txt").write_text("ARNOR [ARN]\n", encoding="utf-8")
    found = find_dictionaries(tmp_path)
    assert [p.name for p in found["verbs"]] == ["CAMEO.9.txt"]
    assert found["actors"] == []  # a file named for no kind is read only if it has verb blocks


@pytest.mark.skipif(not PETRARCH2.is_dir(), reason="shared PETRARCH2 dictionaries not present")
def test_petrarch2_release_codes_the_story(story_path: Path) -> None:
    """The Phoenix set (36,000 actor rows, 6,700 agent rows) loads and codes the
    user's story: composing every actor with every agent in advance once took the
    machine's whole memory."""
    from eventwire.ingest import read_inputs
    from eventwire.pipeline import Pipeline

    found = find_dictionaries(PETRARCH2)
    assert [p.name for p in found["verbs"]] == ["CAMEO.2.0.txt"]
    pipeline = Pipeline.load(petrarch_options(PETRARCH2))
    (article,) = read_inputs([str(story_path)])
    coded = {(e.source.code if e.source else None, e.target.party if e.target else None,
              e.cameo) for e in pipeline.extract(article)}
    assert any(src and src.startswith("RUS") and tgt == "KGZ" and code.startswith("04")
               for src, tgt, code in coded), coded


@pytest.mark.skipif(not VALIDATE.is_dir(), reason="shared validation data not present")
@pytest.mark.parametrize("name", ["petrarch_validate", "udpetrarch_validate_2_02"])
def test_validate_dictionaries_convert(name: str) -> None:
    options = petrarch_options(VALIDATE / name)
    assert options.default_actors is False and options.default_patterns is False
    (verbs,) = options.verb_dictionaries
    conversion = convert_verb_file(verbs)
    assert len(conversion.patterns) > 100
    kb = load_kb(options.actor_files, defaults=False)
    gondor = kb.person("Gondor")
    assert gondor is not None and gondor.periods[0].code == "GON"
    assert kb.agent("president") is not None


@pytest.mark.skipif(not VALIDATE.is_dir(), reason="shared validation data not present")
def test_dictionaries_on_top_of_ours() -> None:
    options = petrarch_options(VALIDATE / "petrarch_validate", keep_defaults=True)
    assert options.default_actors and options.default_patterns
    kb = load_kb(options.actor_files)
    gondor, putin = kb.person("Gondor"), kb.person("Vladimir Putin")
    assert gondor is not None and putin is not None


