"""The actor knowledge base: shipped data, date-aware lookups, loader errors."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from eventwire.actors.kb import KnowledgeBase, load_kb
from eventwire.actors.kbfiles import read_org_descriptions
from eventwire.errors import DataFileError


@pytest.mark.parametrize(("iso3", "on", "expected"), [
    ("KGZ", date(2023, 10, 12), False),  # Kyrgyzstan never joined the Rome Statute
    ("ARM", date(2024, 3, 1), True),  # in force for Armenia from 2024-02-01
    ("ARM", date(2023, 10, 12), False),
    ("TJK", date(2023, 10, 12), True),
])
def test_icc_membership_on_date(kb: KnowledgeBase, iso3: str, on: date, expected: bool) -> None:
    assert kb.is_member("ICC", iso3, on) is expected


def test_membership_unknown_org_is_none(kb: KnowledgeBase) -> None:
    assert kb.is_member("WHO", "KGZ", date(2023, 1, 1)) is None


def test_office_holder_is_date_aware(kb: KnowledgeBase) -> None:
    medvedev = kb.holder("RUS", "president", date(2010, 6, 1))
    putin = kb.holder("RUS", "president", date(2023, 10, 11))
    assert medvedev is not None and medvedev.name == "Dmitry Medvedev"
    assert putin is not None and putin.actor_id == "person:vladimir-putin"


def test_person_roles_follow_terms(kb: KnowledgeBase) -> None:
    roles_2010 = kb.person_roles("person:vladimir-putin", date(2010, 6, 1))
    assert [p.role for p in roles_2010 if p.curated] == ["head of government"]
    assert {p.code for p in roles_2010} == {"RUSGOV"}


def test_same_surname_resolves_to_office_holder(kb: KnowledgeBase) -> None:
    sadyr = kb.person("Japarov", date(2023, 10, 11))
    heydar = kb.person("Aliyev", date(2000, 1, 1))
    assert sadyr is not None and sadyr.name == "Sadyr Japarov"
    assert heydar is not None and heydar.name == "Heydar Aliyev"


def test_country_names_demonyms_capitals(kb: KnowledgeBase) -> None:
    assert kb.country_of("Kyrgyz") == "KGZ"
    assert kb.country_of("Armenians") == "ARM"
    assert kb.country_of("Bishkek") == "KGZ"
    assert kb.country_of("the Russian Federation") == "RUS"


def test_orgs_and_seats(kb: KnowledgeBase) -> None:
    assert kb.org_of("International Criminal Court") == "ICC"
    assert kb.org_of("E.U.") == "EU"
    assert kb.org_of("Arab League") == "ARL"
    assert kb.seat_of("ICC") == ("The Hague", "NLD")


def test_an_organs_office_is_its_organisation(kb: KnowledgeBase) -> None:
    assert kb.org_of("ODIHR") == "OSCE"
    assert kb.org_of("Office for Democratic Institutions and Human Rights") == "OSCE"


def test_longest_match(kb: KnowledgeBase) -> None:
    found = kb.find("Armenian Prime Minister Nikol Pashinyan wrote to the International "
                    "Criminal Court")
    keys = [h.key for _, _, h in found]
    assert keys == ["ARM", "person:nikol-pashinyan", "ICC"]


def test_agents_have_sectors(kb: KnowledgeBase) -> None:
    sectors = {w: kb.agent(w).sector for w in ("president", "troops", "soldiers", "police",
                                              "rebels", "protesters")}  # type: ignore[union-attr]
    assert sectors == {"president": "GOV", "troops": "MIL", "soldiers": "MIL",
                       "police": "COP", "rebels": "REB", "protesters": "OPP"}


def test_user_csv_adds_and_overrides(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text("name,aliases,code,country,kind,role,start,end\n"
                    "Vladimir Putin,Putin,RUSELI,RUS,person,,2012-05-07,\n"
                    "Aragorn Elessar,Strider|Aragorn,GONGOV,,person,king,3019,\n",
                    encoding="utf-8")
    kb = load_kb([path])
    putin = kb.person("Putin", date(2023, 1, 1))
    assert putin is not None
    assert kb.period_on(putin, date(2023, 1, 1)).code == "RUSELI"  # type: ignore[union-attr]
    strider = kb.person("Strider", date(3020, 1, 1))
    assert strider is not None and strider.actor_id == "person:aragorn-elessar"


def test_user_yaml_without_defaults(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("- name: Wagner Group\n  aliases: [Wagner, PMC Wagner]\n  code: RUSUAF\n"
                    "  country: RUS\n  kind: militia\n", encoding="utf-8")
    kb = load_kb([path], defaults=False)
    assert kb.person("Putin") is None
    hits = kb.lookup("PMC Wagner")
    assert hits and hits[0].key == "actor:wagner-group"


@pytest.mark.parametrize(("row", "problem"), [
    ("Jane Doe,,ABCGOV,XYZ,person,,,", "'XYZ' is not a known ISO 3166"),
    ("Jane Doe,,RUSGOV,RUS,person,,2020-13-01,", "not a valid date"),
    ("Jane Doe,,RUSGOV,RUS,person,,2021,2020", "is after end"),
    ("Jane Doe,,RUSGOV,RUS,person,,last year,", "is not a date"),
    (",,RUSGOV,RUS,person,,,", "name is required"),
])
def test_loader_errors_name_file_and_row(tmp_path: Path, row: str, problem: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("name,aliases,code,country,kind,role,start,end\n"
                    "Good Person,,RUSGOV,RUS,person,,,\n" + row + "\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_kb([path], defaults=False)
    assert info.value.where == f"{path}:3"
    assert problem in info.value.problem


def test_loader_error_missing_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("alias,code\nx,RUS\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"bad.csv:1: missing column\(s\) name"):
        load_kb([path], defaults=False)


def test_loader_error_yaml_item(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("- name: A\n  code: RUSGOV\n- name: B\n  colour: red\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_kb([path], defaults=False)
    assert info.value.where == f"{path}:2" and "colour" in info.value.problem


@pytest.mark.parametrize(("name", "on", "code"), [
    ("Hemedti", date(2020, 6, 1), "SDNGOV"),  # deputy head of the Sovereign Council
    ("Hemedti", date(2023, 5, 1), "SDNREB"),  # the RSF at war with the army
    ("Navalny", date(2021, 2, 2), "RUSOPP"),
    ("Prigozhin", date(2023, 6, 24), "RUSREB"),  # the mutiny
    ("Prigozhin", date(2022, 6, 1), "RUSUAF"),  # Wagner
])
def test_group_leader_coded_with_group_on_date(kb: KnowledgeBase, name: str, on: date,
                                               code: str) -> None:
    person = kb.person(name, on)
    assert person is not None
    period = kb.period_on(person, on)
    assert period is not None and period.code == code


def test_group_leader_keeps_office_terms(kb: KnowledgeBase) -> None:
    """A person in both group_leaders.csv and leaders_*.csv keeps every term: the
    group row must not hide the office (the loader keeps one actor per name)."""
    haniyeh = kb.holder("PSE", "prime minister", date(2006, 6, 1))
    assert haniyeh is not None and haniyeh.name == "Ismail Haniyeh"
    later = kb.period_on(haniyeh, date(2024, 7, 30))
    assert later is not None and later.code == "PSEREB"
    julani = kb.person("Julani", date(2020, 1, 1))
    assert julani is not None
    hts = kb.period_on(julani, date(2020, 1, 1))
    assert hts is not None and hts.code == "SYRREB"
    president = kb.holder("SYR", "president", date(2025, 3, 1))
    assert president is not None and president.actor_id == julani.actor_id


def test_un_agency_head_does_not_answer_for_secretary_general(kb: KnowledgeBase) -> None:
    grossi = kb.person("Grossi", date(2023, 1, 1))
    assert grossi is not None
    term = kb.period_on(grossi, date(2023, 1, 1))
    assert term is not None and term.code == "UN"
    chief = kb.org_holder("UN", "secretary-general", date(2023, 1, 1))
    assert chief is not None and chief.name == "Antonio Guterres"


def test_a_demonym_two_countries_share_is_the_one_news_means(kb: KnowledgeBase) -> None:
    """"Dominican" is the Dominican Republic's; Dominica keeps its name."""
    assert kb.country_of("Dominican") == "DOM"
    assert kb.country_of("Dominica") == "DMA"


def test_organisation_descriptions_are_read_and_checked(tmp_path: Path) -> None:
    orgs = {"NATO", "EU"}
    path = tmp_path / "descriptions.json"
    path.write_text(json.dumps({
        "regions": {"european": "EU", "latin american": None},
        "member_counts": [{"nouns": ["alliance"], "counts": {"12-14": "NATO"}}],
        "described": [{"words": "\\bwestern\\b", "nouns": ["alliance"], "org": "NATO"}],
    }), encoding="utf-8")
    found = read_org_descriptions(path, orgs)
    assert found.regions == {"european": "EU", "latin american": None}
    assert found.member_counts == {"alliance": {12: "NATO", 13: "NATO", 14: "NATO"}}
    assert found.described[0][0].search("the western") and found.described[0][2] == "NATO"
    for bad, problem in (({"regions": {"african": "AU"}}, "'AU' is not an organisation"),
                         ({"regions": {}, "described": [{"words": "(", "nouns": ["body"],
                                                         "org": "EU"}]}, "described[0].words"),
                         ({"regions": {}, "member_counts": [{"nouns": ["bloc"],
                                                             "counts": {"many": "EU"}}]},
                          "no count or range")):
        path.write_text(json.dumps(bad), encoding="utf-8")
        with pytest.raises(DataFileError) as info:
            read_org_descriptions(path, orgs)
        assert str(path) in str(info.value) and problem in str(info.value)


def test_the_shipped_descriptions_name_known_organisations(kb: KnowledgeBase) -> None:
    assert kb.descriptions.regions["southeast asian"] == "ASEAN"
    assert kb.descriptions.member_counts["bloc"][27] == "EU"
    assert all(org in kb.orgs for _, _, org in kb.descriptions.described)
