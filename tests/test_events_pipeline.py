"""The events stage end to end, through the real parser and knowledge base:
status, date with its precision, and place, on sentences written for these tests.

The mechanisms are pinned on hand-built parses in test_events_extract.py; these
tests check that they survive the statistical parser on ordinary news prose.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.model import Article, Event

from .support import extract_text

ARTICLE = (
    "ANKARA, March 3, 2024 (Test Wire) - Russia expelled two Estonian diplomats.\n"
    "Poland could impose sanctions on Belarus if the border stays closed.\n"
    "Hungary did not attend the EU summit in Brussels.\n"
    "According to Lithuania, Belarus detained three Lithuanian citizens last month.\n"
    "Latvia's president will visit Armenia on Friday, the first visit by a Latvian leader "
    "to Armenia in seven years.\n"
)


@pytest.fixture(scope="module")
def found(pipeline) -> list[Event]:
    article = Article(id=Article.make_id(ARTICLE), text=ARTICLE, published=date(2024, 3, 3))
    return pipeline.extract(article)


def _one(events: list[Event], code: str, source: str, target: str) -> Event:
    hits = [e for e in events if e.cameo == code and e.source and e.target
            and e.source.party == source and e.target.party == target]
    assert len(hits) == 1, [(e.cameo, e.source and e.source.party,
                             e.target and e.target.party) for e in events]
    return hits[0]


def test_past_event_without_a_date_takes_the_article_date_marked_as_such(found) -> None:
    expelled = _one(found, "161", "RUS", "EST")
    assert expelled.status == "asserted"
    assert (expelled.date, expelled.date_precision) == ("2024-03-03", "article")


def test_hypothetical_is_kept_with_its_status_and_no_date(found) -> None:
    sanctions = _one(found, "163", "POL", "BLR")
    assert sanctions.status == "hypothetical"
    assert sanctions.date is None and sanctions.date_precision is None


def test_negated_attendance_is_negated(found) -> None:
    assert _one(found, "042", "HUN", "EU").status == "negated"


def test_according_to_is_reported_and_last_month_has_month_precision(found) -> None:
    detained = _one(found, "173", "BLR", "LTU")
    assert detained.status == "reported"
    assert (detained.date, detained.date_precision) == ("2024-02-01", "month")


def test_planned_visit_is_dated_to_the_day_and_placed_in_the_destination(found) -> None:
    visit = _one(found, "042", "LVA", "ARM")
    assert visit.status == "planned"
    # "the first visit ... in seven years" is a span looked back over, not 2031
    assert (visit.date, visit.date_precision) == ("2024-03-08", "day")
    assert visit.location is not None and visit.location.country == "ARM"
    host = _one(found, "043", "ARM", "LVA")  # the destination hosts the visit
    assert host.status == "planned"


def test_no_event_is_dated_by_a_span_of_years(found) -> None:
    assert all(not (e.date or "").startswith("2031") for e in found)


def test_a_place_before_a_trip_noun_is_the_destination_not_the_traveller(pipeline) -> None:
    text = "BERLIN, March 14, 2024 (Test Wire) - Scholz said the Warsaw trip went well.\n"
    events = extract_text(pipeline, text, date(2024, 3, 14))
    trips = [e for e in events if e.cameo == "042"]
    assert trips, [(e.cameo, e.source and e.source.party) for e in events]
    assert all(e.source is not None and e.source.party != "POL" for e in trips)
    assert any(e.target is not None and e.target.party == "POL" for e in trips)


THREATS = (
    "WASHINGTON, Jan 5, 2020 (Test Wire) - Trump threatened on Sunday to impose sanctions "
    "on Iraq. Iran vowed to strike American bases. China warned that it would expel "
    "Canadian diplomats. Belarus did not threaten to expel Polish diplomats.\n"
)


@pytest.fixture(scope="module")
def threats(pipeline) -> list[Event]:
    return extract_text(pipeline, THREATS, date(2020, 1, 5))


def test_a_threatened_act_is_coded_as_the_threat_of_it(threats) -> None:
    sanctions = _one(threats, "1312", "USA", "IRQ")
    assert sanctions.status == "asserted"  # the threat was made; the sanctions were not
    assert _one(threats, "1384", "IRN", "USA").status == "asserted"
    assert not [e for e in threats if e.cameo in {"163", "190", "195", "161"}]


def test_a_warning_about_an_act_is_one_threat_not_two(threats) -> None:
    expel = _one(threats, "1313", "CHN", "CAN")
    assert expel.status == "asserted"
    assert not [e for e in threats if e.cameo == "130" and e.source is not None
                and e.source.party == "CHN"]


def test_a_threat_that_was_not_made_is_negated(threats) -> None:
    assert _one(threats, "1313", "BLR", "POL").status == "negated"


REACTIONS = (
    "DAMASCUS, April 14, 2018 (Test Wire) - The United States, Britain and France launched "
    "air strikes on Syria on Saturday. Jordan cancelled a meeting with Egypt. Egypt "
    "condemned the attack. Protesters were pushed back by Syrian riot police using tear "
    "gas.\n"
)


@pytest.fixture(scope="module")
def reactions(pipeline) -> list[Event]:
    return extract_text(pipeline, REACTIONS, date(2018, 4, 14))


def test_condemning_an_attack_answers_every_attacker_not_the_last_act_on_me(
        reactions) -> None:
    condemned = {e.target.party for e in reactions if e.cameo == "111" and e.source
                 and e.source.party == "EGY" and e.target}
    assert condemned == {"USA", "GBR", "FRA"}


def test_a_participle_on_a_passive_is_done_by_its_agent(reactions) -> None:
    gas = [e for e in reactions if e.cameo == "175"]
    assert gas and all(e.source is not None and e.source.code == "SYRCOP" for e in gas)


def test_a_main_verb_misparsed_as_a_reduced_relative_is_still_active(pipeline) -> None:
    # the parser makes "strikes" the root and "killed" a participle on it; with an
    # object of its own the participle cannot be passive
    text = ("GAZA, May 21, 2021 (Test Wire) - A ceasefire between Israel and Hamas held "
            "on Friday.\n\nIsraeli air strikes killed at least 232 people in Gaza during "
            "the conflict, according to the territory's health ministry.\n")
    events = extract_text(pipeline, text, date(2021, 5, 21))
    killed = [e for e in events if e.cameo.startswith("19")]
    assert {(e.source.party, e.target.party) for e in killed
            if e.source and e.target} == {("ISR", "PSE")}


def test_a_noun_in_another_sense_of_a_verb_phrase_does_not_fire(pipeline) -> None:
    # "lodge a protest" is a diplomatic complaint (114), never a demonstration (141),
    # even when the lodging finds no party of its own
    text = ("BEIJING, Dec 9, 2018 (Test Wire) - Vice Foreign Minister Le Yucheng summoned the "
            "U.S. ambassador on Sunday to lodge a strong protest.\n")
    events = extract_text(pipeline, text, date(2018, 12, 9))
    assert [e.cameo for e in events] == ["114"]


def test_a_target_one_of_or_in_phrase_deeper(pipeline) -> None:
    text = ("WASHINGTON, March 16, 2022 (Test Wire) - Biden announced $800 million in security "
            "assistance for Ukraine on Wednesday. Xi sent a message of congratulations to "
            "Lukashenko.\n")
    events = extract_text(pipeline, text, date(2022, 3, 16))
    pairs = {(e.source.party, e.target.party) for e in events if e.source and e.target}
    assert {("USA", "UKR"), ("CHN", "BLR")} <= pairs


def test_calling_someone_names_one_target_and_a_date_is_no_call_on(pipeline) -> None:
    text = ("WASHINGTON, March 17, 2022 (Test Wire) - Biden called Russian President "
            "Vladimir Putin a war criminal on Wednesday.\n")
    events = extract_text(pipeline, text, date(2022, 3, 17))
    assert [(e.cameo, e.target.code if e.target else None) for e in events] == [
        ("1124", "RUSGOV")]


COUP = (
    "NIAMEY, July 27, 2023 (Test Wire) - Soldiers detained President Mohamed Bazoum on "
    "Wednesday.\n\nAfrican Union Commission chairman Moussa Faki Mahamat condemned what he "
    "called an attempted coup. France condemned any attempt to take power by force. "
    "France and Germany praised the restraint of the protesters.\n"
)


@pytest.fixture(scope="module")
def coup(pipeline) -> list[Event]:
    return extract_text(pipeline, COUP, date(2023, 7, 27))


def test_condemning_a_coup_is_aimed_at_the_country_it_happened_in(coup) -> None:
    condemned = {(e.source.party, e.target.party) for e in coup
                 if e.cameo == "111" and e.source and e.target}
    assert condemned == {("AU", "NER"), ("FRA", "NER")}


def test_praise_by_two_parties_is_not_praise_of_each_other(coup) -> None:
    assert not [e for e in coup if e.cameo.startswith("05") and e.source and e.target
                and {e.source.party, e.target.party} == {"FRA", "DEU"}]


def test_a_participle_on_a_statement_is_its_authors_act(pipeline) -> None:
    text = ("CARACAS, Jan 24, 2019 (Test Wire) - Trump issued a statement recognising "
            "Venezuela's National Assembly as the legitimate government on Wednesday. Maduro "
            "signed a decree expelling the US ambassador.\n")
    events = extract_text(pipeline, text, date(2019, 1, 24))
    pairs = {(e.cameo, e.source.party, e.target.party) for e in events if e.source and e.target}
    assert {("054", "USA", "VEN"), ("161", "VEN", "USA")} <= pairs


def test_a_state_acting_over_itself_and_a_call_its_caller_made(pipeline) -> None:
    text = ("KYIV, Nov 26, 2018 (Test Wire) - Ukraine imposed martial law on Monday. In a "
            "phone call with Erdogan, Putin discussed the crisis.\n")
    events = extract_text(pipeline, text, date(2018, 11, 26))
    found = {(e.cameo, e.source.party, e.target.party) for e in events if e.source and e.target}
    assert {("1724", "UKR", "UKR"), ("041", "RUS", "TUR")} <= found


def test_a_government_speaking_for_its_own_minister_asserts_it(pipeline) -> None:
    text = ("WASHINGTON, Sept 13, 2022 (Test Wire) - Blinken urged Azerbaijani President Ilham "
            "Aliyev in a call to end hostilities, the State Department said.\n")
    events = extract_text(pipeline, text, date(2022, 9, 13))
    urged = [e for e in events if e.source and e.source.party == "USA"]
    assert urged and all(e.status == "asserted" for e in urged)


def test_a_statement_that_judges_an_act_criticises_its_author(pipeline) -> None:
    text = ("KYIV, July 11, 2023 (Test Wire) - Russia shelled Kharkiv on Tuesday. Kyiv said "
            "the attack was a flagrant violation of international law. Kyiv said the talks "
            "were useful.\n")
    events = extract_text(pipeline, text, date(2023, 7, 11))
    judged = [(e.source.party, e.target.party, e.evidence[0].rule) for e in events
              if e.cameo == "111" and e.source and e.target]
    assert judged == [("UKR", "RUS", "core.say.judged.111")]


def test_welcoming_the_measures_praises_who_took_them(pipeline) -> None:
    text = ("BRUSSELS, March 14, 2024 (Test Wire) - The European Union imposed sanctions on "
            "Russia on Thursday. NATO Secretary-General Jens Stoltenberg welcomed the "
            "measures.\n")
    events = extract_text(pipeline, text, date(2024, 3, 14))
    assert ("NATO", "EU") in {(e.source.party, e.target.party) for e in events
                              if e.cameo == "051" and e.source and e.target}


def test_an_exchange_by_two_sides_is_with_each_other_not_a_guessed_third(pipeline) -> None:
    text = ("ISTANBUL, May 16, 2025 (Test Wire) - Russian and Ukrainian negotiators agreed on "
            "Friday to exchange 1,000 prisoners of war each.\n")
    events = extract_text(pipeline, text, date(2025, 5, 16))
    assert {(e.source.party, e.target.party) for e in events if e.source and e.target} == {
        ("RUS", "UKR"), ("UKR", "RUS")}


def test_an_appeal_hung_inside_what_was_said_is_the_speakers(pipeline) -> None:
    text = ("KHARTOUM, March 5, 2009 (Test Wire) - U.N. Secretary-General Ban Ki-moon said the "
            "expulsions would cause irrevocable damage and urged Sudan to reconsider. The "
            "United Nations was concerned and urged Sudan to act.\n")
    events = extract_text(pipeline, text, date(2009, 3, 5))
    urged = {(e.source.party, e.target.party) for e in events
             if e.evidence[0].trigger == "urged" and e.source and e.target}
    assert urged == {("UN", "SDN")}


def test_two_parties_discussing_a_topic_discuss_it_with_each_other(pipeline) -> None:
    text = ("NEW DELHI, March 20, 2023 (Test Wire) - Modi and Kishida discussed trade on "
            "Monday. Iran and Saudi Arabia resumed relations.\n")
    pairs = {(e.source.party, e.target.party) for e in extract_text(pipeline, text,
                                                                     date(2023, 3, 20))
             if e.source and e.target}
    assert pairs == {("IND", "JPN"), ("JPN", "IND"), ("IRN", "SAU"), ("SAU", "IRN")}


COORDINATION = (
    "DAKAR, June 4, 2023 (Test Wire) - French and German jets struck rebel positions in "
    "Libya on Saturday. The leaders of Guinea, Sierra Leone and Burkina Faso signed a "
    "trade pact on Sunday. The EU delegation in Senegal and the Japanese embassy condemned "
    "the attack, as did Brazil. The foreign ministers of the two countries, Antony "
    "Blinken and Wang Yi, met in Jakarta on Thursday.\n"
)


@pytest.fixture(scope="module")
def coordinated(pipeline) -> list[Event]:
    return extract_text(pipeline, COORDINATION, date(2023, 6, 4))


def _pairs(events: list[Event], code: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.party, e.target.party) for e in events
            if e.cameo.startswith(code) and e.source and e.target}


def test_coordinated_demonyms_on_one_noun_are_a_party_each(coordinated) -> None:
    assert {s for s, _ in _pairs(coordinated, "19")} == {"FRA", "DEU"}


def test_a_list_after_of_reads_multiword_countries_whole(coordinated) -> None:
    """"Burkina Faso" is one country, not an unknown "Faso"."""
    assert _pairs(coordinated, "057") == {
        (a, b) for a in ("GIN", "SLE", "BFA") for b in ("GIN", "SLE", "BFA") if a != b}


def test_as_did_and_a_subject_hung_on_a_place_are_co_subjects(coordinated) -> None:
    assert {s for s, _ in _pairs(coordinated, "111")} == {"EU", "JPN", "BRA"}


def test_parties_listed_in_apposition_meet_in_a_third_country(coordinated) -> None:
    assert _pairs(coordinated, "044") == {("USA", "CHN"), ("CHN", "USA")}
    assert _pairs(coordinated, "040") == set()


def test_troops_of_two_countries_fight_each_other_and_unowned_weapons_are_no_party(
        pipeline) -> None:
    text = ("BANGKOK, July 24, 2025 (Test Wire) - Laotian gunboats fired on Thai fishermen on "
            "Wednesday. Troops of the two countries clashed with each other on Thursday. A "
            "drone struck a market in northern Laos on Friday.\n")
    found = extract_text(pipeline, text, date(2025, 7, 24))
    clash = {(e.source.party, e.target.party) for e in found
             if e.evidence[0].trigger == "clashed" and e.source and e.target}
    assert clash == {("LAO", "THA"), ("THA", "LAO")}
    assert [e for e in found if e.evidence[0].trigger == "struck"] == []


def test_an_agreement_to_keep_negotiating_is_said_now(pipeline) -> None:
    text = ("CAIRO, July 22, 2020 (Test Wire) - Egypt and Ethiopia agreed on Tuesday to keep "
            "negotiating over the dam.\n")
    # talks agreed to are an intent to negotiate (036), voiced now
    talks = [e for e in extract_text(pipeline, text, date(2020, 7, 22)) if e.cameo == "036"]
    assert {(e.source.party, e.target.party) for e in talks} == {("EGY", "ETH"), ("ETH", "EGY")}
    assert {e.status for e in talks} == {"asserted"}


def test_talks_between_sides_named_in_a_relative_clause_and_an_apposition(pipeline) -> None:
    """"four days of talks that began on Monday between X's official, A, and Y's
    adviser B": two sides, not three, and the clause hangs on "days"."""
    text = ("DOHA, March 10, 2023 (Test Wire) - The deal followed four days of talks in Doha "
            "that began on Monday between Egypt's intelligence chief, Abbas Kamel, and a "
            "Turkish presidential adviser.\n")
    talks = {(e.source.party, e.target.party) for e in extract_text(pipeline, text,
                                                                     date(2023, 3, 10))
             if e.evidence[0].trigger == "talks" and e.source and e.target}
    assert talks == {("EGY", "TUR"), ("TUR", "EGY")}


def test_a_deal_brokered_by_a_third_party_is_its_mediation_and_happened(pipeline) -> None:
    text = ("BAKU, Nov 10, 2020 (Test Wire) - Armenia and Azerbaijan agreed on Tuesday to halt "
            "the fighting under a deal brokered by Russia.\n")
    brokered = [e for e in extract_text(pipeline, text, date(2020, 11, 10)) if e.cameo == "045"]
    assert {(e.source.party, e.target.party) for e in brokered} == {("RUS", "ARM"),
                                                                    ("RUS", "AZE")}
    assert {e.status for e in brokered} == {"asserted"}


def test_criticism_of_no_act_found_is_aimed_at_the_storys_protagonist(pipeline) -> None:
    """The launch is no event (it has no target), but the criticism of it is."""
    text = ("TOKYO, July 4, 2017 (Test Wire) - North Korea fired a ballistic missile into the "
            "sea on Tuesday.\n\nJapanese Prime Minister Shinzo Abe called the launch a violent "
            "act. China expressed grave concern. Russia condemned the attack.\n")
    criticism = {(e.source.party, e.target.party) for e in extract_text(pipeline, text,
                                                                         date(2017, 7, 4))
                 if e.cameo == "111" and e.source and e.target}
    # "the attack" may be anyone's: it is not pinned on the protagonist
    assert criticism == {("JPN", "PRK"), ("CHN", "PRK")}


EXPULSION = (
    "LIMA, Dec 21, 2022 (Test Wire) - Peru gave Mexico's ambassador 72 hours to leave the "
    "country on Tuesday and declared him persona non grata, after Mexico granted asylum to "
    "the family of Pedro Castillo. Colombia agreed to hand back two islands to Venezuela. "
    "Biden spoke by telephone with South Korea's president and with Japan's prime minister. "
    "Chile urged Bolivia to release the "
    "soldiers and hand them over to Chile.\n"
)


@pytest.fixture(scope="module")
def expulsion(pipeline) -> list[Event]:
    return extract_text(pipeline, EXPULSION, date(2022, 12, 21))


def test_one_event_per_dyad_code_and_sentence(expulsion) -> None:
    """Two wordings of the same expulsion in one sentence are one event."""
    assert len([e for e in expulsion if e.cameo == "166"]) == 1


def test_asylum_to_a_family_and_a_handover_to_a_state(expulsion) -> None:
    assert ("MEX", "PER") in _pairs(expulsion, "075")
    assert ("COL", "VEN") in _pairs(expulsion, "084")


def test_a_repeated_preposition_is_coordinated(expulsion) -> None:
    assert {t for s, t in _pairs(expulsion, "041") if s == "USA"} == {"KOR", "JPN"}


def test_an_infinitive_coordinated_under_an_appeal_shares_its_status(expulsion) -> None:
    handover = [e for e in expulsion if e.cameo == "084" and e.source
                and e.source.party == "BOL"]
    assert handover and {e.status for e in handover} == {"hypothetical"}


def test_a_reaction_to_a_definite_act_goes_to_whoever_the_article_said_did_it(
        pipeline) -> None:
    """The lead's subject is South Korea, but "the test" was North Korea's."""
    text = ("SEOUL, Jan 7, 2016 (Test Wire) - South Korea said on Thursday it would resume "
            "broadcasts in retaliation for North Korea's fourth nuclear test.\n\nThe Security "
            "Council strongly condemned the test. Britain condemned Russia's support for the "
            "rebels.\n")
    condemned = {(e.source.party, e.target.party) for e in extract_text(pipeline, text,
                                                                         date(2016, 1, 7))
                 if e.cameo == "111" and e.source and e.target}
    assert condemned == {("UN", "PRK"), ("GBR", "RUS")}


def test_a_judgement_of_an_act_told_before_goes_to_its_author(pipeline) -> None:
    """"said the removal was reckless": the removal is Japan's, though China leads
    the story; protesters' "Russian law" is not Russia's act."""
    text = ("TOKYO, Aug 2, 2019 (Test Wire) - China urged calm on Friday after Japan's removal "
            "of South Korea from a list of trusted partners. Seoul said the removal was "
            "reckless.\n\nIn Tbilisi, crowds chanted against the Russian law. The EU said the law "
            "was illegal.\n")
    judged = {(e.source.party, e.target.party) for e in extract_text(pipeline, text,
                                                                      date(2019, 8, 2))
              if e.cameo == "111" and e.source and e.target}
    assert ("KOR", "JPN") in judged
    assert ("EU", "RUS") not in judged


def test_fighting_an_act_is_no_force_against_whom_it_involves(pipeline) -> None:
    text = ("PODGORICA, March 24, 2025 (Test Wire) - Montenegro's justice minister approved "
            "the request. Her lawyers had fought extradition to the United States, where she "
            "faces fraud charges.\n")
    assert [e for e in extract_text(pipeline, text, date(2025, 3, 24))
            if e.cameo.startswith("19")] == []


def test_praise_of_an_agreement_goes_to_both_its_sides(pipeline) -> None:
    """The PP hangs on the particle ("hand back to Azerbaijan"), and welcoming
    the agreement that did it praises both sides, not only the one handing back."""
    text = ("YEREVAN, April 20, 2024 (Test Wire) - Armenia agreed on Friday to hand back to "
            "Azerbaijan four border villages. The United States welcomed the agreement.\n")
    found = extract_text(pipeline, text, date(2024, 4, 20))
    assert ("ARM", "AZE") in _pairs(found, "084")
    assert _pairs(found, "051") == {("USA", "ARM"), ("USA", "AZE")}


def test_a_group_led_by_named_parties_is_each_of_them(pipeline) -> None:
    text = ("PARIS, June 23, 2023 (Test Wire) - Ghana has reached a deal with its government "
            "creditors, led by China and France, to restructure its debt.\n")
    assert _pairs(extract_text(pipeline, text, date(2023, 6, 23)), "057") >= {
        ("GHA", "CHN"), ("GHA", "FRA")}


def test_a_hostile_act_its_author_would_do_on_a_condition_is_a_threat_now(pipeline) -> None:
    text = ("BEIRUT, Nov 27, 2024 (Test Wire) - Israel would strike Lebanon if Hezbollah broke "
            "the truce, Netanyahu said on Wednesday. Analysts said Syria could attack Jordan if "
            "the talks failed. He urged Britain to impose sanctions on Iran if it refused.\n")
    found = extract_text(pipeline, text, date(2024, 11, 27))
    threats = {(e.source.party, e.target.party, e.status) for e in found
               if e.cameo.startswith("13") and e.source and e.target}
    assert threats == {("ISR", "LBN", "asserted")}
    assert {e.status for e in found if e.cameo == "195"} <= {"planned", "hypothetical"}


def test_force_against_an_unnamed_place_lands_in_the_dateline_country(pipeline) -> None:
    text = ("BAGHDAD, July 21, 2022 (Test Wire) - Turkish forces shelled a resort near the border "
            "on Wednesday, killing nine tourists.\n")
    assert ("TUR", "IRQ") in _pairs(extract_text(pipeline, text, date(2022, 7, 21)), "19")


def test_in_what_x_called_a_provocation_criticises_the_doer_of_the_clause(pipeline) -> None:
    text = ("TALLINN, Sept 19, 2025 (Test Wire) - Estonia asked for consultations after three "
            "Russian fighter jets flew into its airspace, in what the European Union called an "
            "extremely dangerous provocation.\n")
    assert ("EU", "RUS") in _pairs(extract_text(pipeline, text, date(2025, 9, 19)), "111")


def test_a_reaction_to_an_act_said_to_be_done_by_someone_goes_to_them(pipeline) -> None:
    """The earlier "attack" names its author only through a passive's "by"."""
    text = ("TIRANA, Sept 8, 2022 (Test Wire) - Rama said the July attack on government servers "
            "had been orchestrated by the Islamic Republic. The White House condemned the "
            "attack.\n")
    assert ("USA", "IRN") in _pairs(extract_text(pipeline, text, date(2022, 9, 8)), "111")


def test_an_organisation_acting_on_itself_is_no_event(pipeline) -> None:
    text = ("BRUSSELS, Nov 8, 2021 (Test Wire) - The European Union imposed sanctions on Belarus. "
            "The bloc's foreign policy chief called on member states to approve more.\n")
    assert [e for e in extract_text(pipeline, text, date(2021, 11, 8))
            if e.source and e.target and e.source.party == e.target.party == "EU"] == []


def test_a_refusal_targets_whom_the_refused_act_was_with(pipeline) -> None:
    text = ("KYIV, Jan 1, 2025 (Test Wire) - Gas stopped flowing after Kyiv refused to extend a "
            "transit deal with Moscow.\n")
    assert ("UKR", "RUS") in _pairs(extract_text(pipeline, text, date(2025, 1, 1)), "12")


def test_a_pledge_not_to_use_force_is_an_intent_to_de_escalate(pipeline) -> None:
    text = ("KINGSTOWN, Dec 15, 2023 (Test Wire) - Venezuela and Guyana pledged on Thursday not "
            "to use force against each other.\n")
    found = extract_text(pipeline, text, date(2023, 12, 15))
    assert _pairs(found, "0356") == {("VEN", "GUY"), ("GUY", "VEN")}
    assert {e.status for e in found if e.cameo.startswith("19")} == {"negated"}


def test_ties_announced_are_an_intent_and_ties_agreed_the_cooperation(pipeline) -> None:
    day = date(2016, 6, 27)
    announced = ("ANKARA, June 27, 2016 (Test Wire) - Israel and Turkey announced on Monday "
                 "that they would restore diplomatic relations.\n")
    agreed = ("ANKARA, June 27, 2016 (Test Wire) - Israel and Turkey agreed on Monday to "
              "restore diplomatic relations.\n")
    assert ("ISR", "TUR") in _pairs(extract_text(pipeline, announced, day), "032")
    assert ("ISR", "TUR") in _pairs(extract_text(pipeline, agreed, day), "050")


def test_a_move_condemned_in_a_relative_clause_is_the_clauses_doers(pipeline) -> None:
    text = ("CARACAS, Dec 15, 2023 (Test Wire) - Guyana said on Friday it would buy helicopters."
            "\n\nBrazil held air drills with Guyana last week, a move Venezuela condemned as a "
            "provocation.\n")
    assert ("VEN", "BRA") in _pairs(extract_text(pipeline, text, date(2023, 12, 15)), "111")


def test_a_plan_then_postponed_is_negated(pipeline) -> None:
    text = ("BEIJING, April 14, 2023 (Test Wire) - Lula's trip to China was originally scheduled "
            "for late March but was postponed after he fell ill.\n")
    trips = [e for e in extract_text(pipeline, text, date(2023, 4, 14)) if e.cameo == "042"]
    assert trips and {e.status for e in trips} == {"negated"}


def test_rejecting_a_ruling_by_a_court_is_aimed_at_the_court(pipeline) -> None:
    text = ("NAIROBI, Oct 13, 2021 (Test Wire) - Kenya rejected a ruling by the International "
            "Court of Justice on Tuesday.\n")
    assert ("KEN", "ICJ") in _pairs(extract_text(pipeline, text, date(2021, 10, 13)), "12")


def test_a_call_in_which_something_was_called_provocative_happened(pipeline) -> None:
    # "called X provocative ... on Monday" names and dates; it appeals to no one
    text = ("BEIJING, May 13, 2014 (Test Wire) - British Foreign Secretary David Cameron called "
            "the deployment provocative in a telephone call with Chinese Foreign Minister Wang "
            "Yi on Monday.\n")
    events = extract_text(pipeline, text, date(2014, 5, 13))
    calls = [e for e in events if e.cameo == "041" and e.source and e.source.party == "GBR"]
    assert calls and all(e.status == "asserted" for e in calls)


def test_a_joint_act_done_with_another_party_is_done_by_both(pipeline) -> None:
    text = ("KATHMANDU, March 3, 2024 (Test Wire) - Bhutan signed a trade agreement with Nepal "
            "on Monday.\n")
    events = extract_text(pipeline, text, date(2024, 3, 3))
    pairs = {(e.cameo, e.source.party, e.target.party) for e in events if e.source and e.target}
    assert {("057", "BTN", "NPL"), ("057", "NPL", "BTN")} <= pairs


def test_what_a_party_is_appealed_to_do_has_not_happened(pipeline) -> None:
    text = ("COLOMBO, Feb 6, 2018 (Test Wire) - The opposition leader appealed to India to send "
            "an envoy to Male.\n")
    events = extract_text(pipeline, text, date(2018, 2, 6))
    sent = [e for e in events if e.evidence[0].trigger == "send"]
    assert sent and all(e.status == "hypothetical" for e in sent), sent


def test_rebels_striking_an_unnamed_town_are_not_in_the_dateline_country(pipeline) -> None:
    # filed from a neighbour: the insurgents' town is their own country's
    text = ("NAIROBI, March 3, 2024 (Test Wire) - Somali insurgents overran a coastal town "
            "in March, killing dozens of people.\n")
    events = extract_text(pipeline, text, date(2024, 3, 3))
    assert not [e for e in events if e.target and e.target.party == "KEN"], events


def test_a_verb_repeated_by_ellipsis_gives_its_subject_the_same_act(pipeline) -> None:
    # "and so did X", "as have X and Y", "and X did too", "and X followed suit"
    text = ("VIENNA, June 4, 2023 (Test Wire) - Austria expelled two Russian diplomats, and "
            "so did Hungary. Chile recognised Palestine, as have Peru and Bolivia. Kenya "
            "condemned Sudan's offensive, and Ghana followed suit. Japan imposed sanctions on "
            "Iran, and Canada did too.\n")
    events = extract_text(pipeline, text, date(2023, 6, 4))
    assert ("HUN", "RUS") in _pairs(events, "16")
    assert {("PER", "PSE"), ("BOL", "PSE")} <= _pairs(events, "054")
    assert ("GHA", "SDN") in _pairs(events, "11")
    assert ("CAN", "IRN") in _pairs(events, "163")


def test_an_echo_on_the_verb_that_carries_the_act_repeats_it(pipeline) -> None:
    # "issued a statement recognising X, and Y quickly followed"
    text = ("LIMA, June 4, 2023 (Test Wire) - Peru issued a statement recognising Kosovo, and "
            "Chile and Uruguay quickly followed.\n")
    events = extract_text(pipeline, text, date(2023, 6, 4))
    assert {("CHL", "UNK"), ("URY", "UNK")} <= _pairs(events, "054")


def test_what_is_said_by_telephone_is_also_a_call(pipeline) -> None:
    text = ("ANKARA, June 4, 2023 (Test Wire) - Erdogan congratulated Mitsotakis by telephone "
            "on Monday. Scholz spoke to Macron on Tuesday.\n")
    events = extract_text(pipeline, text, date(2023, 6, 4))
    assert ("TUR", "GRC") in _pairs(events, "041")
    assert ("TUR", "GRC") in _pairs(events, "05")
