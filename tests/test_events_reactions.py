"""Reactions to an act the article tells in other words, or does not code at
all: "welcomed the vote" after "the Council authorised", "welcomed the
judgment" after "the court ruled", "condemned the attack" after "claimed a
drone attack". Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from eventwire.model import Event

from .support import extract_text


def _found(events: list[Event], code: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.party, e.target.party, e.status) for e in events
            if e.cameo == code and e.source and e.target}


def test_welcoming_the_vote_praises_the_body_that_authorised_it(pipeline) -> None:
    text = ("NEW YORK, May 6, 2024 (Test Wire) - The U.N. Security Council on Monday "
            "authorised a police mission to Haiti. The resolution was adopted with 12 votes. "
            "Kenya's foreign minister welcomed the vote.\n")
    assert _found(extract_text(pipeline, text, date(2024, 5, 6)), "051") == {
        ("KEN", "UN", "asserted")}


def test_welcoming_the_judgment_praises_the_court_that_ruled(pipeline) -> None:
    text = ("THE HAGUE, June 3, 2024 (Test Wire) - The International Court of Justice ruled on "
            "Monday that the disputed islands belong to Gabon. Gabon's president welcomed the "
            "judgment as fair.\n")
    assert ("GAB", "ICJ", "asserted") in _found(extract_text(pipeline, text, date(2024, 6, 3)),
                                                "051")


def test_a_ruling_by_a_court_names_whose_ruling_it_is(pipeline) -> None:
    text = ("NAIROBI, June 3, 2024 (Test Wire) - Uganda rejected a ruling by the International "
            "Court of Justice on its border.\n")
    assert ("UGA", "ICJ", "asserted") in _found(extract_text(pipeline, text, date(2024, 6, 3)),
                                                "120")


def test_condemning_the_attack_answers_who_claimed_it_not_the_last_strike(pipeline) -> None:
    text = ("DUBAI, Feb 2, 2024 (Test Wire) - Saudi jets bombed the Yemeni port of Hodeidah, "
            "killing 12 people, hours after the Houthis claimed a drone attack on Oman. "
            "France condemned the attack.\n")
    found = _found(extract_text(pipeline, text, date(2024, 2, 2)), "111")
    assert ("FRA", "YEM", "asserted") in found
    assert ("FRA", "SAU", "asserted") not in found


def test_a_decision_welcomed_is_that_of_the_state_named_by_its_nation_of(pipeline) -> None:
    text = ("SUVA, March 4, 2024 (Test Wire) - The island nation of Tuvalu said on Monday it "
            "was cutting diplomatic ties with Taiwan. China welcomed the decision. Australia "
            "called Tuvalu's decision disappointing.\n")
    events = extract_text(pipeline, text, date(2024, 3, 4))
    assert ("TUV", "TWN", "asserted") in _found(events, "161")
    assert ("CHN", "TUV", "asserted") in _found(events, "051")
    assert ("AUS", "TUV", "asserted") in _found(events, "111")


def test_disappointed_by_a_decision_just_told_criticises_who_took_it(pipeline) -> None:
    text = ("VIENNA, Oct 5, 2022 (Test Wire) - OPEC agreed on Wednesday to cut its output "
            "target. The White House said Biden was disappointed by a shortsighted decision.\n")
    assert _found(extract_text(pipeline, text, date(2022, 10, 5)), "111") == {
        ("USA", "OPEC", "asserted")}


def test_a_decision_not_taken_names_no_author(pipeline) -> None:
    text = ("ROME, Oct 5, 2022 (Test Wire) - Italy refused to approve the plan. Greece "
            "welcomed the decision.\n")
    assert ("GRC", "ITA", "asserted") not in _found(
        extract_text(pipeline, text, date(2022, 10, 5)), "051")


def test_an_opening_participle_is_not_the_subject_of_the_reaction(pipeline) -> None:
    text = ("LUSAKA, Sept 9, 2024 (Test Wire) - Zambia and Malawi signed a border agreement on "
            "Monday. Speaking in Lusaka, African Union Commission chairman Moussa Faki welcomed "
            "the agreement.\n")
    assert {("AU", "ZMB", "asserted"), ("AU", "MWI", "asserted")} <= _found(
        extract_text(pipeline, text, date(2024, 9, 9)), "051")


def test_a_comma_list_read_as_an_apposition_is_a_source_each(pipeline) -> None:
    text = ("CAIRO, Jan 5, 2021 (Test Wire) - Jordan, the UAE, Oman and Egypt agreed on Tuesday "
            "to restore full diplomatic relations with Qatar.\n")
    assert {s for s, t, _ in _found(extract_text(pipeline, text, date(2021, 1, 5)), "050")
            if t == "QAT"} == {"JOR", "ARE", "OMN", "EGY"}


def test_condemning_the_decision_answers_whose_order_it_was(pipeline) -> None:
    # "the decision" is the order told before, not the lead's subject's act
    text = ("HARARE, April 6 (Test Wire) - The European Union on Wednesday criticised "
            "Zimbabwe's order expelling two British journalists. Germany strongly condemned "
            "the decision on Thursday.\n")
    assert _found(extract_text(pipeline, text, date(2023, 4, 6)), "111") >= {
        ("DEU", "ZWE", "asserted")}


def test_condemning_the_decision_after_an_order_answers_who_issued_it(pipeline) -> None:
    # the lead's subject condemns; "the decision" is the order it condemned, whose
    # owner is the junta, not the one who condemned it first
    text = ("NIAMEY, June 3, 2024 (Test Wire) - U.N. Secretary-General Antonio Guterres on "
            "Monday condemned a Nigerien junta order barring foreign journalists from the "
            "north. The United States also strongly condemned the decision.\n")
    events = extract_text(pipeline, text, date(2024, 6, 3))
    assert ("USA", "NER", "asserted") in _found(events, "111")
    assert ("USA", "UN", "asserted") not in _found(events, "111")
    # the order's owner bars the journalists, not the one condemning the order
    assert not any(e.source and e.source.party == "UN" and e.cameo.startswith("17")
                   for e in events)


def test_a_decision_in_apposition_sums_up_the_clause_before_it(pipeline) -> None:
    text = ("LIMA, June 3, 2024 (Test Wire) - Peru on Monday expelled the head of the "
            "anti-corruption mission, a decision U.N. Secretary-General Antonio Guterres "
            "strongly rejected.\n")
    assert ("UN", "PER", "asserted") in _found(extract_text(pipeline, text, date(2024, 6, 3)),
                                               "120")
def test_a_threat_answering_no_act_told_answers_the_one_accused(pipeline) -> None:
    text = ("HANOI, May 6, 2024 (Test Wire) - Vietnam accused Cambodia on Monday of "
            "sabotage at a border dam. Prime Minister Pham Minh Chinh met Thai leaders "
            "in Bangkok. Chinh promised a firm response.\n")
    assert ("VNM", "KHM", "asserted") in _found(
        extract_text(pipeline, text, date(2024, 5, 6)), "130")


def test_a_warning_answering_no_act_told_is_no_threat_to_the_one_accused(pipeline) -> None:
    text = ("HANOI, May 6, 2024 (Test Wire) - Vietnam accused Cambodia on Monday of "
            "sabotage at a border dam. Chinh warned that farmers would suffer.\n")
    assert ("VNM", "KHM", "asserted") not in _found(
        extract_text(pipeline, text, date(2024, 5, 6)), "130")




def test_what_he_called_judges_the_doer_of_the_verb_it_is_object_of(pipeline) -> None:
    # the thing called is what another party put forward: that party is judged,
    # not whoever struck last in the story
    text = ("BAKU, June 3, 2024 (Test Wire) - Armenian forces shelled a border village on "
            "Sunday, the defence ministry said. Aliyev said officials in Tehran had spent a "
            "week spreading what he called absurd rumours.\n")
    found = _found(extract_text(pipeline, text, date(2024, 6, 3)), "111")
    assert ("AZE", "IRN", "asserted") in found, found
    assert ("AZE", "ARM", "asserted") not in found, found


def test_an_agreement_between_sides_of_one_country_is_praised_as_that_countrys(
        pipeline) -> None:
    text = ("LA PAZ, May 6, 2024 (Test Wire) - Bolivia's government and the opposition "
            "agreed in Lima on Monday on a timetable for new elections. Brazil's foreign "
            "minister welcomed the deal.\n")
    events = extract_text(pipeline, text, date(2024, 5, 6))
    assert ("BRA", "BOL", "asserted") in _found(events, "051")
    assert not any(e.target and e.target.party == "PER" for e in events)


def test_one_sides_promise_is_no_agreement_to_praise(pipeline) -> None:
    text = ("LA PAZ, May 6, 2024 (Test Wire) - Officials said Bolivia had agreed to free "
            "twenty prisoners. A Chilean senator denounced the deal.\n")
    assert not _found(extract_text(pipeline, text, date(2024, 5, 6)), "111")


def test_thanks_for_a_decision_are_not_the_decision(pipeline) -> None:
    text = ("PARIS, May 6, 2024 (Test Wire) - France will send Caesar howitzers to Armenia, "
            "the defence ministry said on Monday. Armenian Prime Minister Nikol Pashinyan "
            "thanked Macron in a telephone call. Azerbaijan's foreign ministry called the "
            "decision extremely dangerous.\n")
    found = _found(extract_text(pipeline, text, date(2024, 5, 6)), "111")
    assert ("AZE", "ARM", "asserted") not in found


def test_a_mediator_deals_with_both_sides_of_the_exchange_it_brokered(pipeline) -> None:
    text = ("YEREVAN, June 3, 2024 (Test Wire) - Armenia released twelve Azerbaijani soldiers "
            "on Friday under a swap brokered by Georgia.\n")
    assert {("GEO", "ARM", "asserted"), ("GEO", "AZE", "asserted")} <= _found(
        extract_text(pipeline, text, date(2024, 6, 3)), "045")


def test_a_mediator_is_no_party_to_one_sides_phone_call(pipeline) -> None:
    text = ("YEREVAN, June 3, 2024 (Test Wire) - Armenia's prime minister spoke to Macron by "
            "telephone on Monday. Moscow said it had brokered a ceasefire.\n")
    assert not [f for f in _found(extract_text(pipeline, text, date(2024, 6, 3)), "045")
                if f[1] == "FRA"]


def test_talks_mediated_by_a_third_party_are_mediated_between_their_sides(pipeline) -> None:
    text = ("DOHA, June 3, 2024 (Test Wire) - Sudan and Chad ended their feud on Monday after "
            "talks between them mediated by Qatar.\n")
    assert {("QAT", "SDN", "asserted"), ("QAT", "TCD", "asserted")} <= _found(
        extract_text(pipeline, text, date(2024, 6, 3)), "045")


def test_a_mediated_one_of_several_names_no_sides(pipeline) -> None:
    text = ("DOHA, June 3, 2024 (Test Wire) - Kenya welcomed Chad's decision. Two earlier "
            "truces, including one mediated by Qatar, collapsed within hours.\n")
    assert not _found(extract_text(pipeline, text, date(2024, 6, 3)), "045")


def test_the_decision_no_other_words_told_is_the_one_the_story_leads_with(pipeline) -> None:
    text = ("PARIS, June 3, 2024 (Test Wire) - France will send fighter jets to Ukraine, "
            "Macron said on Monday. Zelenskiy thanked Macron in a telephone call. Russia's "
            "ambassador called the decision extremely dangerous.\n")
    assert _found(extract_text(pipeline, text, date(2024, 6, 3)), "111") == {
        ("RUS", "FRA", "asserted")}


def test_co_authors_of_an_act_do_not_react_to_each_other(pipeline) -> None:
    events = extract_text(pipeline, "The United States, Canada and Britain imposed sanctions "
                          "on Nicaraguan officials on Monday in response to what they called "
                          "a sham election.\n", date(2021, 11, 16))
    parties = {"USA", "CAN", "GBR"}
    assert [e for e in events if e.cameo == "163" and e.target and e.target.party == "NIC"]
    assert not [e for e in events if e.source and e.target and e.source.party in parties
                and e.target.party in parties], [(e.cameo, e.source.party) for e in events]
