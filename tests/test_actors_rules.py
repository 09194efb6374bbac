"""One test per resolution rule, each on sentences written for it (real model and KB)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from eventwire.actors.explain import explain
from eventwire.actors.kb import KnowledgeBase, load_kb
from eventwire.actors.resolve import resolve_mentions
from eventwire.errors import DataFileError
from eventwire.model import ActorMention
from eventwire.nlp.pipeline import load_nlp


def mentions(nlp: Language, kb: KnowledgeBase, text: str, on: date,
             home: str | None = None) -> dict[str, ActorMention]:
    return {m.actor.text: m for m in resolve_mentions(nlp(text), on, kb, home=home)}


def code_of(nlp: Language, kb: KnowledgeBase, text: str, on: date, phrase: str) -> str | None:
    found = mentions(nlp, kb, text, on)
    assert phrase in found, f"{phrase!r} not among {list(found)}"
    return found[phrase].actor.code


# -- titles and names on the article's date ------------------------------------------
@pytest.mark.parametrize(("on", "name"), [
    (date(2019, 5, 1), "Theresa May"),
    (date(2023, 5, 1), "Rishi Sunak"),
    (date(2025, 3, 1), "Keir Starmer"),
])
def test_british_prime_minister_by_date(nlp: Language, kb: KnowledgeBase, on: date,
                                        name: str) -> None:
    found = mentions(nlp, kb, "The British prime minister rejected the proposal.", on)
    actor = found["The British prime minister"].actor
    assert (actor.name, actor.code, found["The British prime minister"].rule) == (
        name, "GBRGOV", "title.holder")


def test_foreign_minister_title_with_of(nlp: Language, kb: KnowledgeBase) -> None:
    text = "The US secretary of state flew to Ankara."
    before = mentions(nlp, kb, text, date(2019, 1, 10))["The US secretary of state"].actor
    after = mentions(nlp, kb, text, date(2022, 1, 10))["The US secretary of state"].actor
    assert (before.name, after.name) == ("Mike Pompeo", "Antony Blinken")


def test_erdogan_is_government_as_premier_and_as_president(nlp: Language,
                                                           kb: KnowledgeBase) -> None:
    text = "Erdogan criticised the decision."
    as_pm = mentions(nlp, kb, text, date(2010, 6, 1))["Erdogan"].actor
    as_president = mentions(nlp, kb, text, date(2020, 6, 1))["Erdogan"].actor
    assert (as_pm.code, as_pm.role) == ("TURGOV", "head of government")
    assert (as_president.code, as_president.role) == ("TURGOV", "head of state")


def test_former_leader_is_elite(nlp: Language, kb: KnowledgeBase) -> None:
    actor = mentions(nlp, kb, "Boris Johnson visited Kyiv.", date(2024, 1, 5))["Boris Johnson"]
    assert actor.actor.code == "GBRELI" and actor.actor.role == "former prime minister"


def test_head_of_an_organisation_speaks_for_it(nlp: Language, kb: KnowledgeBase) -> None:
    found = mentions(nlp, kb, "Antonio Guterres urged restraint.", date(2023, 10, 11))
    actor = found["Antonio Guterres"].actor
    assert (actor.code, actor.country) == ("UN", None)


# -- metonymy ----------------------------------------------------------------------
def test_white_house_and_beijing_act_as_governments(nlp: Language, kb: KnowledgeBase) -> None:
    found = mentions(nlp, kb, "Beijing warned Washington against new tariffs.",
                     date(2024, 4, 2))
    assert found["Beijing"].actor.code == "CHNGOV"
    assert found["Washington"].actor.code == "USAGOV"


def test_city_after_in_is_a_place(nlp: Language, kb: KnowledgeBase) -> None:
    found = mentions(nlp, kb, "Leaders gathered in Beijing for the forum.", date(2023, 10, 17))
    assert found["Beijing"].actor.kind == "place" and found["Beijing"].actor.code != "CHNGOV"


# -- demonyms, sectors and unknown actors ---------------------------------------------
@pytest.mark.parametrize(("text", "phrase", "code"), [
    ("The Russian Aerospace Forces struck a depot.", "The Russian Aerospace Forces", "RUSMIL"),
    ("Chinese state media reported the launch.", "Chinese state media", "CHNMED"),
    ("Georgian police detained two men.", "Georgian police", "GEOCOP"),
    ("A senior Russian official denied the report.", "A senior Russian official", "RUSGOV"),
])
def test_modifiers_give_country_and_sector(nlp: Language, kb: KnowledgeBase, text: str,
                                           phrase: str, code: str) -> None:
    found = mentions(nlp, kb, text, date(2023, 10, 11))
    assert found[phrase].actor.code == code
    assert found[phrase].actor.actor_id is None or found[phrase].actor.actor_id.endswith(
        code[:3])


def test_minister_of_foreign_affairs_resolves_to_holder(nlp: Language,
                                                        kb: KnowledgeBase) -> None:
    found = mentions(nlp, kb, "The Kazakh minister of foreign affairs met the envoy.",
                     date(2023, 6, 1))
    actor = found["The Kazakh minister of foreign affairs"].actor
    assert actor.kind == "person" and actor.code == "KAZGOV" and actor.role == "foreign minister"


# -- coreference ---------------------------------------------------------------------
def test_it_refers_back_to_a_state_subject(nlp: Language, kb: KnowledgeBase) -> None:
    found = mentions(nlp, kb, "Russia said on Monday that it would expel two diplomats.",
                     date(2024, 3, 14))
    assert found["it"].actor.code == "RUS" and found["it"].rule == "coref.pronoun.it"


def test_possessive_pronoun_gives_the_owner(nlp: Language, kb: KnowledgeBase) -> None:
    text = "Azerbaijan rejected the claim. Its foreign ministry called it baseless."
    found = mentions(nlp, kb, text, date(2023, 9, 20))
    assert found["Its foreign ministry"].actor.code == "AZEGOV"


def test_they_refers_to_plural_actor(nlp: Language, kb: KnowledgeBase) -> None:
    text = "Ukrainian troops shelled the town. They said the strike hit a depot."
    found = mentions(nlp, kb, text, date(2023, 9, 20))
    assert found["They"].actor.code == "UKRMIL"


def test_it_does_not_reach_far_back(nlp: Language, kb: KnowledgeBase) -> None:
    text = ("Russia closed the border. The weather was cold. The roads were icy. "
            "It is unclear when traffic resumes.")
    found = mentions(nlp, kb, text, date(2023, 9, 20))
    assert "It" not in found


def test_the_two_countries_are_both_states(nlp: Language, kb: KnowledgeBase) -> None:
    text = ("China and India signed a border deal on Tuesday. "
            "Both countries will withdraw troops from the valley.")
    found = mentions(nlp, kb, text, date(2024, 10, 22))
    group = found["Both countries"]
    assert group.actor.code is None and group.rule == "coref.group"
    assert [m.country for m in group.members] == ["CHN", "IND"]


def test_the_two_leaders_after_a_meeting(nlp: Language, kb: KnowledgeBase) -> None:
    text = "Putin met Japarov in Bishkek. The two leaders discussed energy."
    found = mentions(nlp, kb, text, date(2023, 10, 12))
    names = [m.name for m in found["The two leaders"].members]
    assert names == ["Vladimir Putin", "Sadyr Japarov"]


# -- dictionaries --------------------------------------------------------------------
def test_petrarch_actor_file_with_dated_codes(tmp_path: Path) -> None:
    path = tmp_path / "egypt.actors.txt"
    path.write_text("HOSNI_MUBARAK_ [EGYGOV 811014-110211]\n\t[EGYELI >110211]\n",
                    encoding="utf-8")
    kb = load_kb([path])
    mubarak = kb.person("Hosni Mubarak", date(2005, 1, 1))
    assert mubarak is not None
    assert {p.code for p in mubarak.periods if p.start and p.start.year == 1981} == {"EGYGOV"}
    later = kb.period_on(mubarak, date(2013, 1, 1))
    assert later is not None and later.code == "EGYELI"


def test_bad_user_dictionary_names_file_and_row(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text("name,code,start\nJane Roe,ARMGOV,2023-13-01\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_kb([path])
    assert "mine.csv:2" in str(info.value)


# -- eventwire actor -----------------------------------------------------------------
def test_explain_lists_the_term_used(nlp: Language, kb: KnowledgeBase) -> None:
    found = explain("the Russian president", date(2010, 5, 1), nlp, kb)
    assert found.actor is not None and found.actor.name == "Dmitry Medvedev"
    assert found.rule == "title.holder"
    assert any("2008-05-07" in f and "on the date" in f for f in found.facts)


def test_actor_command_json_and_user_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("- name: Wagner Group\n  code: RUSUAF\n  country: RUS\n  kind: militia\n",
                    encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "eventwire.cli", "actor", "Wagner Group", "--date", "2023-06-24",
         "--actors", str(path), "--format", "json"],
        capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    assert record["actor"]["code"] == "RUSUAF" and record["date"] == "2023-06-24"


# -- places are not states -------------------------------------------------------------
@pytest.mark.parametrize(("text", "phrase"), [
    ("Leaders met in Munich on Friday.", "Munich"),
    ("Fighting spread across Chechnya.", "Chechnya"),
])
def test_cities_and_provinces_are_places(nlp: Language, kb: KnowledgeBase, text: str,
                                         phrase: str) -> None:
    actor = mentions(nlp, kb, text, date(2023, 2, 17))[phrase].actor
    assert actor.kind == "place" and actor.code is None and actor.country in {"DEU", "RUS"}


def test_capital_that_acts_is_its_government(nlp: Language, kb: KnowledgeBase) -> None:
    found = mentions(nlp, kb, "Chisinau expelled a Russian diplomat.", date(2023, 2, 17))
    assert (found["Chisinau"].actor.code, found["Chisinau"].rule) == (
        "MDAGOV", "metonym.capital")


def test_calls_from_a_capital(nlp: Language, kb: KnowledgeBase) -> None:
    text = "Mongolia ignored calls from Kyiv to arrest him."
    assert code_of(nlp, kb, text, date(2024, 9, 3), "Kyiv") == "UKRGOV"


# -- organisations ------------------------------------------------------------------------
def test_un_organ_is_the_un(nlp: Language, kb: KnowledgeBase) -> None:
    text = "The UN Security Council condemned the attack."
    assert code_of(nlp, kb, text, date(2024, 4, 2), "The UN Security Council") == "UN"


def test_the_alliance_refers_back(nlp: Language, kb: KnowledgeBase) -> None:
    text = "Sweden formally joined NATO on Thursday. The alliance now has 32 members."
    found = mentions(nlp, kb, text, date(2024, 3, 7))
    assert (found["The alliance"].actor.code, found["The alliance"].rule) == ("NATO", "coref.igo")


def test_organisation_head_by_title(nlp: Language, kb: KnowledgeBase) -> None:
    found = mentions(nlp, kb, "The ICC prosecutor sought a warrant.", date(2023, 3, 1))
    actor = found["The ICC prosecutor"].actor
    assert (actor.name, actor.code) == ("Karim Khan", "ICC")


def test_judges_beside_a_court_belong_to_it(nlp: Language, kb: KnowledgeBase) -> None:
    text = ("Moscow opened a case against the prosecutor of the International Criminal "
            "Court and the judges who issued the warrant.")
    found = mentions(nlp, kb, text, date(2023, 10, 11))
    assert found["the judges"].actor.code == "ICC"


# -- former office holders ---------------------------------------------------------------
def test_former_marks_elite_even_where_petrarch_says_government(
        nlp: Language, kb: KnowledgeBase) -> None:
    found = mentions(nlp, kb, "Angela Merkel defended her record.", date(2022, 6, 7))
    assert found["Angela Merkel"].actor.code == "DEUELI"  # her term ended 2021-12-08
    text = "Former president Almazbek Atambayev was released."
    assert code_of(nlp, kb, text, date(2023, 6, 1),
                   "Former president Almazbek Atambayev") == "KGZELI"


# -- role nouns without a modifier -------------------------------------------------------
def test_role_noun_takes_country_of_place_or_context(nlp: Language, kb: KnowledgeBase) -> None:
    found = mentions(nlp, kb, "Police in Tbilisi dispersed the rally.", date(2024, 12, 1))
    assert (found["Police"].actor.code, found["Police"].rule) == ("GEOCOP", "agent.located")
    text = "Georgia's parliament passed the law. Protesters gathered outside."
    found = mentions(nlp, kb, text, date(2024, 5, 14))
    assert (found["Protesters"].actor.code, found["Protesters"].rule) == (
        "GEOOPP", "agent.context")


def test_spokesman_of_a_metonym(nlp: Language, kb: KnowledgeBase) -> None:
    found = mentions(nlp, kb, "Kremlin spokesman Dmitry Peskov declined to comment.",
                     date(2023, 10, 11))
    assert found["Kremlin spokesman Dmitry Peskov"].actor.code == "RUSGOV"


def test_object_pronoun_is_not_its_own_clause_subject(nlp: Language, kb: KnowledgeBase) -> None:
    found = mentions(nlp, kb, "Putin called Erdogan to congratulate him on his victory.",
                     date(2023, 5, 29))
    assert (found["him"].actor.name, found["him"].rule) == (
        "Recep Tayyip Erdogan", "coref.pronoun.object")


def test_coordinated_demonyms_share_a_role_noun(nlp: Language, kb: KnowledgeBase) -> None:
    found = mentions(nlp, kb, "Armenian and Azerbaijani troops exchanged fire.",
                     date(2023, 9, 13))
    group = found["Armenian and Azerbaijani troops"]
    assert [m.code for m in group.members] == ["ARMMIL", "AZEMIL"]


def test_country_named_differently_is_still_the_state(nlp: Language, kb: KnowledgeBase) -> None:
    found = mentions(nlp, kb, "Turkey said it would host the talks.", date(2023, 5, 29))
    assert found["Turkey"].actor.code == "TUR" and found["it"].actor.code == "TUR"
    text = "The Collective Security Treaty Organisation met in Minsk."
    assert code_of(nlp, kb, text, date(2023, 5, 29),
                   "The Collective Security Treaty Organisation") == "CSTO"


def test_users_dictionary_wins_and_titles_add_a_sector(tmp_path: Path) -> None:
    path = tmp_path / "mine.actors.txt"
    path.write_text("BREE [BRE]\nROMENDACIL [BRE]\nINTERNATIONAL_CRIMINAL_COURT [IGOJUDICC]\n",
                    encoding="utf-8")
    kb = load_kb([path], defaults=False)
    nlp = load_nlp(kb)
    found = mentions(nlp, kb, "Bree President Romendacil thanked the International Criminal "
                     "Court.", date(1995, 1, 1))
    assert found["Bree President Romendacil"].actor.code == "BREGOV"
    court = next(m for t, m in found.items() if "Criminal Court" in t)
    assert court.actor.code == "IGOJUDICC" and court.rule == "actor.user"


# -- what the article states, and what its sentences are about -----------------------
def test_a_stated_office_beats_a_term_the_kb_does_not_have(tmp_path: Path) -> None:
    # the dictionary knows Nowak as prime minister until 2010 and elite after; in
    # 2024 the text says he is prime minister again, and the text is fresher
    path = tmp_path / "mine.actors.txt"
    path.write_text("JAN_NOWAK\n\t[POLGOV <20100101]\n\t[POLELI >20100101]\n",
                    encoding="utf-8")
    kb = load_kb([path], defaults=True)
    nlp = load_nlp(kb)
    found = mentions(nlp, kb, "Polish Prime Minister Jan Nowak met the farmers.",
                     date(2024, 3, 14))
    nowak = found["Polish Prime Minister Jan Nowak"]
    assert (nowak.actor.code, nowak.rule) == ("POLGOV", "person.stated")
    # without the stated title, the former office still makes him elite
    bare = mentions(nlp, kb, "Jan Nowak met the farmers.", date(2024, 3, 14))
    assert bare["Jan Nowak"].actor.code == "POLELI"


def test_a_stated_office_never_overrides_one_the_kb_holds(nlp: Language,
                                                          kb: KnowledgeBase) -> None:
    text = "French Prime Minister Emmanuel Macron met the farmers."
    assert code_of(nlp, kb, text, date(2019, 5, 1), text.split(" met")[0]) == "FRAGOV"


def test_he_after_a_report_is_the_subject_of_the_reported_clause(
        nlp: Language, kb: KnowledgeBase) -> None:
    text = ("German Chancellor Olaf Scholz will travel to Warsaw next week for talks with "
            "Polish Prime Minister Donald Tusk, his office said on Thursday, a day after he "
            "hosted French President Emmanuel Macron in Berlin.")
    found = mentions(nlp, kb, text, date(2024, 3, 14))
    assert found["he"].actor.name == "Olaf Scholz"
    assert found["his office"].actor.code == "DEUGOV"


def test_them_may_mean_the_plural_object_before_it(nlp: Language, kb: KnowledgeBase) -> None:
    text = ("Western troops might be sent to Ukraine. The German foreign ministry expelled "
            "two Russian diplomats, accusing them of spying.")
    assert code_of(nlp, kb, text, date(2024, 3, 14), "them") == "RUSGOV"
    # "they" is still a subject's: an object is not what a new clause's subject means
    text = "The protesters met two Russian diplomats. They demanded an apology."
    assert code_of(nlp, kb, text, date(2024, 3, 14), "They") != "RUSGOV"


def test_a_role_noun_in_a_locative_phrase_is_a_venue(nlp: Language, kb: KnowledgeBase) -> None:
    text = "Scholz and Macron met at the chancellery on Wednesday."
    found = mentions(nlp, kb, text, date(2024, 3, 14))
    assert (found["the chancellery"].actor.kind, found["the chancellery"].rule) == (
        "place", "agent.venue")


def test_an_unowned_role_noun_belongs_to_the_dateline_country_before_the_last_sentence(
        nlp: Language, kb: KnowledgeBase) -> None:
    text = ("Hungarian Prime Minister Viktor Orban will not attend the summit.\n\n"
            "Outside the chancellery, several hundred farmers protested on Wednesday.")
    doc = nlp(text)
    on = date(2024, 3, 14)
    farmers = {m.actor.text: m for m in resolve_mentions(doc, on, kb, home="DEU")}
    assert farmers["several hundred farmers"].actor.code == "DEUAGR"
    # with no dateline, the sentence before is the best guess left
    guess = {m.actor.text: m for m in resolve_mentions(doc, on, kb)}
    assert guess["several hundred farmers"].actor.code == "HUNAGR"
    # a country named in the farmers' own sentence beats the dateline
    own = {m.actor.text: m for m in resolve_mentions(
        nlp("In Poland, several hundred farmers protested on Wednesday."), on, kb, home="DEU")}
    assert own["several hundred farmers"].actor.code == "POLAGR"


def test_a_demonym_of_several_words_is_read_whole(nlp: Language, kb: KnowledgeBase) -> None:
    text = "U.S. President Donald Trump and North Korean leader Kim Jong Un met on Tuesday."
    found = mentions(nlp, kb, text, date(2018, 6, 12))
    assert found["North Korean leader Kim Jong Un"].actor.country == "PRK"
    found = mentions(nlp, kb, "South Sudanese troops clashed with Sudanese forces.",
                     date(2023, 4, 16))
    assert found["South Sudanese troops"].actor.code == "SSDMIL"
    assert found["Sudanese forces"].actor.code == "SDNMIL"
    # the tagger splits "British Columbia"; "British" alone would be Britain
    found = mentions(nlp, kb, "A British Columbia court granted her bail.", date(2018, 12, 11))
    assert found["A British Columbia court"].actor.code == "CANJUD"


def test_a_family_name_first_is_a_short_reference_too(nlp: Language, kb: KnowledgeBase) -> None:
    text = ("North Korean leader Kim Jong Un met Trump in Singapore. "
            "Kim left on Wednesday.")
    found = mentions(nlp, kb, text, date(2018, 6, 12))
    assert (found["Kim"].actor.country, found["Kim"].rule) == ("PRK", "coref.surname")


def test_people_in_a_locative_phrase_stay_actors(nlp: Language, kb: KnowledgeBase) -> None:
    text = "In Colombo, police fired tear gas at demonstrators near the residence."
    found = mentions(nlp, kb, text, date(2022, 7, 9))
    assert found["demonstrators"].actor.kind != "place"


def test_an_unowned_official_belongs_to_the_sentence_before_not_the_dateline(
        nlp: Language, kb: KnowledgeBase) -> None:
    text = ("Beijing lodged a strong protest on Saturday.\n\n"
            "Vice Foreign Minister Le Yucheng summoned the ambassador.")
    found = mentions(nlp, kb, text, date(2018, 12, 8), home="CAN")
    official = found["Vice Foreign Minister Le Yucheng"]
    assert (official.actor.country, official.rule) == ("CHN", "person.context")


def test_both_countries_are_not_the_one_urging_them(nlp: Language, kb: KnowledgeBase) -> None:
    text = ("Indian warplanes struck a camp inside Pakistan on Tuesday.\n\n"
            "China, which has close ties with Pakistan, urged both countries to exercise "
            "restraint.")
    found = mentions(nlp, kb, text, date(2019, 2, 26))
    # named by its warplanes, India is still one of "both countries", as the state
    assert [m.code for m in found["both countries"].members] == ["IND", "PAK"]


def test_both_sides_fall_back_to_the_two_countries_the_story_is_about(
        nlp: Language, kb: KnowledgeBase) -> None:
    text = ("India and China blamed each other for a clash on the border. Chinese troops "
            "attacked Indian positions, China said.\n\nIndia wants peace, Modi said.\n\n"
            "The United Nations was concerned and urged both sides to exercise restraint.")
    found = mentions(nlp, kb, text, date(2020, 6, 17))
    assert sorted(m.code for m in found["both sides"].members) == ["CHN", "IND"]


@pytest.mark.parametrize(("text", "phrase", "code"), [
    ("Hamas fired rockets at Israel.", "Hamas", "PSEREB"),
    ("The Houthis attacked a ship in the Red Sea.", "Houthis", "YEMREB"),
    # a role noun of a named group is the group's country's ("Hamas fighters")
    ("Fighters of the Wagner Group entered the town.", "Fighters of the Wagner Group",
     "RUSUAF"),
    ("Hamas fighters crossed the border.", "Hamas fighters", "PSEUAF"),
])
def test_named_armed_groups_belong_to_their_country(nlp: Language, kb: KnowledgeBase,
                                                    text: str, phrase: str, code: str) -> None:
    found = mentions(nlp, kb, text, date(2023, 11, 1))
    hit = next(m for t, m in found.items() if phrase.split()[-1] in t)
    assert hit.actor.code == code


def test_they_after_a_coordinated_subject_is_each_of_them(nlp: Language,
                                                         kb: KnowledgeBase) -> None:
    text = ("French President Emmanuel Macron, German Chancellor Angela Merkel and British "
            "Prime Minister Theresa May said in a joint statement that they regretted the "
            "American decision.")
    they = mentions(nlp, kb, text, date(2018, 5, 9))["they"]
    assert (they.rule, [m.code for m in they.members]) == (
        "coref.pronoun.joint", ["FRAGOV", "DEUGOV", "GBRGOV"])


def test_an_official_is_not_owned_by_the_city_someone_spoke_in(nlp: Language,
                                                               kb: KnowledgeBase) -> None:
    text = ("Niger closed its borders on Wednesday.\n\n"
            "Speaking in Wellington, the foreign minister called for calm.")
    found = mentions(nlp, kb, text, date(2023, 7, 27))
    minister = found["the foreign minister"]
    assert (minister.actor.country, minister.rule) == ("NER", "agent.context")


@pytest.mark.parametrize(("text", "phrase", "code"), [
    ("White House press secretary Karine Jean-Pierre said the talks failed.",
     "White House press secretary Karine Jean-Pierre", "USAGOV"),
    ("Turkish opposition challenger Kemal Kilicdaroglu conceded.",
     "Turkish opposition challenger Kemal Kilicdaroglu", "TUROPP"),
])
def test_titles_of_unknown_people(nlp: Language, kb: KnowledgeBase, text: str, phrase: str,
                                  code: str) -> None:
    assert code_of(nlp, kb, text, date(2023, 5, 29), phrase) == code


def test_the_spokesman_of_an_igo_head_is_the_igos(nlp: Language, kb: KnowledgeBase) -> None:
    text = ("Azerbaijani President Ilham Aliyev spoke on Monday. U.N. Secretary-General "
            "Antonio Guterres also condemned the attack, his spokesman said.")
    found = mentions(nlp, kb, text, date(2022, 9, 13))
    assert found["his spokesman"].actor.code == "UN"


@pytest.mark.parametrize(("on", "name"), [
    (date(2023, 6, 1), "Sergei Shoigu"),
    (date(2024, 6, 1), "Andrei Belousov"),
])
def test_the_defence_minister_by_date(nlp: Language, kb: KnowledgeBase, on: date,
                                      name: str) -> None:
    found = mentions(nlp, kb, "The Russian defence minister inspected the troops.", on)
    minister = found["The Russian defence minister"]
    assert (minister.actor.name, minister.rule) == (name, "title.holder")


def test_a_spokeswoman_known_by_name(nlp: Language, kb: KnowledgeBase) -> None:
    assert code_of(nlp, kb, "Maria Zakharova rejected the claim.", date(2022, 3, 1),
                   "Maria Zakharova") == "RUSGOV"


def test_the_chancellor_is_the_one_whose_title_it_is(nlp: Language, kb: KnowledgeBase) -> None:
    # both lead governments, but only Scholz's title is chancellor
    text = ("German Chancellor Olaf Scholz met Hungarian Prime Minister Viktor Orban on "
            "Monday. The chancellor left on Tuesday.")
    assert code_of(nlp, kb, text, date(2024, 3, 14), "The chancellor") == "DEUGOV"


def test_an_apposition_says_whose_an_unknown_person_is(nlp: Language,
                                                       kb: KnowledgeBase) -> None:
    found = mentions(nlp, kb, "Michael Kovrig, a former Canadian diplomat, was detained "
                     "in Beijing.", date(2018, 12, 11))
    kovrig = found["Michael Kovrig"]
    assert (kovrig.actor.country, kovrig.rule) == ("CAN", "person.apposition")


@pytest.mark.parametrize(("name", "iso3"), [
    ("Congo", "COD"), ("Republic of Congo", "COG"), ("Democratic Republic of Congo", "COD")])
def test_congo_as_wire_services_write_it(kb: KnowledgeBase, name: str, iso3: str) -> None:
    assert kb.state_code(name) == iso3


def test_a_crowd_at_a_foreign_mission_belongs_to_where_it_acts(
        nlp: Language, kb: KnowledgeBase) -> None:
    on = date(2023, 7, 20)
    text = ("Iraq recalled its charge d'affaires from Stockholm, hours after protesters "
            "stormed the Swedish embassy in Baghdad.")
    found = mentions(nlp, kb, text, on, home="SWE")
    assert (found["protesters"].actor.country, found["protesters"].rule) == (
        "IRQ", "agent.scene")
    # no place in the crowd's clause: the mission's country is still not its owner
    text = ("Iraq recalled its charge d'affaires from Stockholm, hours after protesters "
            "stormed the Swedish embassy.")
    found = mentions(nlp, kb, text, on, home="IRQ")
    assert found["protesters"].actor.country == "IRQ"


def test_a_person_named_as_an_offices_owner_is_a_later_surname(
        nlp: Language, kb: KnowledgeBase) -> None:
    text = ("A senior official in President Park Geun-hye's office said the broadcasts "
            "would resume. U.S. President Barack Obama spoke by telephone with Park on "
            "Thursday.")
    found = mentions(nlp, kb, text, date(2016, 1, 7))
    assert (found["Park"].actor.code, found["Park"].rule) == ("KORGOV", "coref.surname")


def test_an_unknown_official_is_the_dateline_countrys_unless_he_deals_with_it(
        nlp: Language, kb: KnowledgeBase) -> None:
    on = date(2024, 12, 31)
    text = ("The U.S. Attorney's office in Manhattan said he would appear before a judge.\n\n"
            "Justice Minister Bojan Bozovic approved the U.S. request last week.")
    found = mentions(nlp, kb, text, on, home="MNE")
    official = found["Justice Minister Bojan Bozovic"]
    assert (official.actor.code, official.rule) == ("MNEGOV", "person.context")
    # the dateline's country is whom he deals with: the sentence before decides
    text = ("Beijing lodged a strong protest on Saturday.\n\n"
            "Vice Foreign Minister Le Yucheng summoned Canada's ambassador.")
    found = mentions(nlp, kb, text, date(2018, 12, 8), home="CAN")
    assert found["Vice Foreign Minister Le Yucheng"].actor.country == "CHN"


def test_the_bloc_is_the_organisation_its_named_official_speaks_for(
        nlp: Language, kb: KnowledgeBase) -> None:
    text = ("TALLINN, Sept 19, 2025 (Test Wire) - EU foreign policy chief Kaja Kallas said the "
            "bloc could tighten sanctions.")
    assert code_of(nlp, kb, text, date(2025, 9, 19), "the bloc") == "EU"


def test_the_bloc_far_from_its_name_is_the_only_organisation_the_story_named(
        nlp: Language, kb: KnowledgeBase) -> None:
    text = ("JAKARTA, Oct 16, 2021 (Test Wire) - The African Union suspended Guinea on Friday. "
            "Guinea's junta took power in September. The coup leader promised elections. "
            "Guinea's foreign ministry said it regretted the move. The bloc's envoy left "
            "Conakry on Saturday.")
    assert code_of(nlp, kb, text, date(2021, 10, 16), "The bloc's envoy") == "AU"


def test_ministers_of_a_region_speak_for_its_organisation_not_the_dateline(
        nlp: Language, kb: KnowledgeBase) -> None:
    text = ("ADDIS ABABA, March 3, 2022 (Test Wire) - African foreign ministers agreed on "
            "Thursday to suspend Guinea from the African Union.")
    found = mentions(nlp, kb, text, date(2022, 3, 3), home="ETH")
    assert found["African foreign ministers"].actor.code == "AU"


def test_governments_of_a_region_are_no_one_state(nlp: Language, kb: KnowledgeBase) -> None:
    text = ("MINSK, March 3, 2022 (Test Wire) - Belarus expelled two diplomats. Western "
            "governments condemned the move, and several Latin American governments "
            "voiced concern.")
    found = mentions(nlp, kb, text, date(2022, 3, 3), home="BLR")
    assert found["Western governments"].actor.country is None
    assert found["several Latin American governments"].actor.country is None


def test_police_in_a_story_filed_from_elsewhere_are_the_lead_countrys(
        nlp: Language, kb: KnowledgeBase) -> None:
    text = ("GENEVA, March 3, 2022 (Test Wire) - U.N. experts criticised Sudan's military "
            "rulers on Thursday over a crackdown on protests in Khartoum. Switzerland hosted the "
            "meeting. "
            "Police have detained hundreds of people since October.")
    found = mentions(nlp, kb, text, date(2022, 3, 3), home="CHE")
    assert found["Police"].actor.country == "SDN"


def test_police_in_a_story_whose_lead_names_the_dateline_country_stay_home(
        nlp: Language, kb: KnowledgeBase) -> None:
    text = ("KHARTOUM, March 3, 2022 (Test Wire) - Sudan expelled a Chadian diplomat on "
            "Thursday. Chad protested. Police have detained hundreds of people since October.")
    found = mentions(nlp, kb, text, date(2022, 3, 3), home="SDN")
    assert found["Police"].actor.country == "SDN"


def test_those_an_opening_participle_addresses_are_not_the_last_sentences_country(
        nlp: Language, kb: KnowledgeBase) -> None:
    text = ("ANKARA, March 3, 2022 (Test Wire) - Turkey held naval drills. Greece sent an "
            "observer.\n\nAddressing soldiers at the port of Izmir, Erdogan said Turkey wanted "
            "peace.")
    found = mentions(nlp, kb, text, date(2022, 3, 3), home="TUR")
    assert found["soldiers"].actor.country != "GRC"


def test_he_after_a_pair_clause_is_still_the_subject_who_met_the_other(
        nlp: Language, kb: KnowledgeBase) -> None:
    text = ("Emmanuel Macron used the summit for a series of meetings. He met Joe Biden on "
            "Tuesday, and the two discussed deepening security and economic ties. On Monday "
            "he held talks with Olaf Scholz.")
    found = resolve_mentions(nlp(text), date(2022, 9, 27), kb)
    he = [m for m in found if m.actor.text == "he"]
    assert he and he[0].actor.country == "FRA"


def test_members_act_for_their_organisation_and_are_no_party_alone(
        nlp: Language, kb: KnowledgeBase) -> None:
    text = ("BRUSSELS, Sept 8, 2022 (Test Wire) - NATO said its members stood with Albania. EU "
            "member states backed the plan. Members of the crowd shouted.")
    found = mentions(nlp, kb, text, date(2022, 9, 8))
    assert found["its members"].actor.code == "NATO"
    assert found["EU member states"].actor.code == "EU"
    assert "Members" not in found


# -- organisations described, not named ---------------------------------------------------
@pytest.mark.parametrize(("text", "phrase", "code"), [
    ("The world body condemned the coup in Freedonia.", "The world body", "UN"),
    ("The 27-nation bloc imposed new sanctions on Freedonia.", "The 27-nation bloc", "EU"),
    ("The Western alliance promised more air defences to Freedonia.",
     "The Western alliance", "NATO"),
    ("The Southeast Asian bloc barred the general from its summit.",
     "The Southeast Asian bloc", "ASEAN"),
])
def test_an_organisation_by_its_description(nlp: Language, kb: KnowledgeBase, text: str,
                                            phrase: str, code: str) -> None:
    found = mentions(nlp, kb, text, date(2024, 5, 2))
    assert (found[phrase].actor.code, found[phrase].rule) == (code, "igo.described")


def test_a_nuclear_agency_is_no_un_party(nlp: Language, kb: KnowledgeBase) -> None:
    found = mentions(nlp, kb, "The U.N. nuclear agency said Freedonia had enriched uranium.",
                     date(2024, 5, 2))
    assert all(m.actor.code != "UN" for k, m in found.items() if "agency" in k)


def test_the_only_organisation_of_its_kind_named(nlp: Language, kb: KnowledgeBase) -> None:
    text = ("Europe's main election watchdog said it would not observe the vote in Freedonia. "
            "Officials there had limited the number of monitors. The vote is next month. "
            "Turnout is expected to be low. The OSCE had asked to send 400 people.")
    found = mentions(nlp, kb, text, date(2024, 5, 2))
    watchdog = found["Europe's main election watchdog"]
    assert (watchdog.actor.code, watchdog.rule) == ("OSCE", "coref.igo_sole")


def test_the_bloc_far_back_and_its_envoy(nlp: Language, kb: KnowledgeBase) -> None:
    text = ("Leaders of ASEAN met on Monday. The talks were long. Rain fell on the city. "
            "Markets were calm. The bloc's special envoy will travel to Freedonia.")
    found = mentions(nlp, kb, text, date(2024, 5, 2))
    assert found["The bloc's special envoy"].actor.code == "ASEAN"


def test_the_head_of_the_mission(nlp: Language, kb: KnowledgeBase) -> None:
    text = ("The U.N. Security Council renewed its peacekeeping mission in Freedonia. "
            "The head of the mission signed the plan with the foreign minister.")
    found = mentions(nlp, kb, text, date(2024, 5, 2))
    assert found["The head of the mission"].actor.code == "UN"


def test_officials_named_by_their_region(nlp: Language, kb: KnowledgeBase) -> None:
    # the region's organisation when the story names it, else no one state
    text = ("ASEAN held an emergency meeting on Friday. Southeast Asian foreign ministers "
            "agreed to invite a junta envoy.")
    assert code_of(nlp, kb, text, date(2024, 5, 2), "Southeast Asian foreign ministers") \
        == "ASEAN"


def test_the_court_after_a_states_court(nlp: Language, kb: KnowledgeBase) -> None:
    text = ("A Moscow court sentenced the reporter to 16 years. The court said he had "
            "passed secrets abroad.")
    assert code_of(nlp, kb, text, date(2024, 5, 2), "The court") == "RUSJUD"


def test_a_court_named_by_a_town_of_the_dateline(nlp: Language, kb: KnowledgeBase) -> None:
    text = ("NEW YORK, May 2 (Wire) - The trafficker appeared in a Brooklyn federal court "
            "on Friday.")
    found = mentions(nlp, kb, text, date(2024, 5, 2), home="USA")
    court = found["a Brooklyn federal court"]
    assert (court.actor.code, court.rule) == ("USAJUD", "agent.court_seat")


@pytest.mark.parametrize(("text", "phrase", "code"), [
    ("The U.N. Security Council voted on Friday. The resolution calls for a ceasefire in "
     "Freedonia.", "The resolution", "UN"),
    ("Chile said in a statement that talks had failed. The statement also accused "
     "Freedonia of bad faith.", "The statement", "CHL"),
])
def test_a_text_acts_for_whoever_issued_it(nlp: Language, kb: KnowledgeBase, text: str,
                                           phrase: str, code: str) -> None:
    found = mentions(nlp, kb, text, date(2024, 5, 2))
    assert (found[phrase].actor.code, found[phrase].rule) == (code, "coref.document")
