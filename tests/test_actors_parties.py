"""Who a phrase is when the words around it say whose it is: an acronym owning a
body, a country a territory list also holds, a stance towards a country, the
subject a sentence continues about, a title naming an organisation (real model
and KB; sentences written for the tests)."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Span

from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.resolve import resolve_mentions
from eventwire.model import ActorMention

ON = date(2022, 3, 1)


def found(nlp: Language, kb: KnowledgeBase, text: str, on: date = ON
          ) -> dict[str, ActorMention]:
    return {m.actor.text: m for m in resolve_mentions(nlp(text), on, kb)}


def test_an_acronym_before_a_council_says_whose_council_it_is(
        nlp: Language, kb: KnowledgeBase) -> None:
    """"Security Council" alone is the UN's; the AU's own council is the AU."""
    council = found(nlp, kb, "The AU Peace and Security Council suspended Mali on Friday.")[
        "The AU Peace and Security Council"].actor
    assert (council.code, council.org) == ("AU", "AU")


def test_a_country_a_territory_list_also_holds_is_the_state(
        nlp: Language, kb: KnowledgeBase) -> None:
    taiwan = found(nlp, kb, "Taiwan urged Beijing to show restraint.")["Taiwan"].actor
    assert (taiwan.code, taiwan.kind) == ("TWN", "state")


def test_a_city_state_that_acts_is_the_state(nlp: Language, kb: KnowledgeBase) -> None:
    singapore = found(nlp, kb, "Singapore urged both sides to show restraint.")[
        "Singapore"].actor
    assert (singapore.code, singapore.kind) == ("SGP", "state")


def test_a_country_after_anti_owns_nothing(nlp: Language, kb: KnowledgeBase) -> None:
    """"anti-Chinese mobs" in Vietnam are not Chinese, nor is the crowd after
    "anti-Chinese rioting" owned by China."""
    mobs = found(nlp, kb, "Vietnam said anti-Chinese mobs burned three factories.")[
        "anti-Chinese mobs"].actor
    assert mobs.country == "VNM"
    after = found(nlp, kb, "Hanoi condemned the anti-Chinese rioting after crowds burned "
                           "three factories.")
    assert after["crowds"].actor.country != "CHN"


def test_he_opening_a_sentence_continues_the_subject_before(
        nlp: Language, kb: KnowledgeBase) -> None:
    """Not the last person named (Macron): the one the sentence before was about."""
    he = found(nlp, kb, "Lula has criticised Macron over the trade deal. "
                        "He is due to visit Paris on Tuesday.")["He"]
    assert (he.actor.country, he.rule) == ("BRA", "coref.pronoun.prior_subject")


def test_a_surname_tagged_as_an_organisation_is_the_person_named_before(
        nlp: Language, kb: KnowledgeBase) -> None:
    doc = nlp("Prime Minister Boris Johnson spoke on Monday. Johnson said Britain would act.")
    surname = next(t for t in doc if t.text == "Johnson" and t.i > 5)
    doc.ents = [e for e in doc.ents if not e.start <= surname.i < e.end] + [
        Span(doc, surname.i, surname.i + 1, label="ORG")]
    mentions = {m.actor.text: m for m in resolve_mentions(doc, date(2021, 5, 3), kb)}
    assert (mentions["Johnson"].actor.country, mentions["Johnson"].rule) == (
        "GBR", "coref.surname")


def test_an_unknown_person_with_an_organisations_title_speaks_for_it(
        nlp: Language, kb: KnowledgeBase) -> None:
    envoy = found(nlp, kb, "U.N. envoy Jorge Almaraz met rebel leaders in Sanaa.")[
        "U.N. envoy Jorge Almaraz"].actor
    assert (envoy.code, envoy.org, envoy.country) == ("UN", "UN", None)


def test_both_leaders_are_the_two_heads_of_government(nlp: Language,
                                                     kb: KnowledgeBase) -> None:
    """Neither the ministers, the envoy nor the one praising them (a relative
    clause's subject) is one of "both leaders"."""
    group = found(nlp, kb, "Prime Ministers Alexis Tsipras and Zoran Zaev watched as foreign "
                           "ministers Nikos Kotzias and Nikola Dimitrov signed, joined by U.N. "
                           "envoy Jorge Almaraz and EU foreign policy chief Federica "
                           "Mogherini, who praised both leaders for their courage.",
                  date(2018, 6, 17))["both leaders"]
    assert [m.country for m in group.members] == ["GRC", "MKD"]


def test_a_named_regional_community_is_no_countrys_civilians(
        nlp: Language, kb: KnowledgeBase) -> None:
    sadc = found(nlp, kb, "The Southern African Development Community approved a standby "
                          "force for Lesotho.")["The Southern African Development Community"]
    assert sadc.actor.code is None


def test_serb_is_a_demonym_and_a_located_compound_names_its_country(
        nlp: Language, kb: KnowledgeBase) -> None:
    mentions = found(nlp, kb, "Serb gunmen ambushed a patrol. Kosovo officials said two "
                              "attackers were arrested.")
    assert mentions["Serb gunmen"].actor.country == "SRB"
    assert mentions["Kosovo officials"].actor.code == "UNKGOV"


def test_a_named_regional_government_stays_a_role_noun(nlp: Language,
                                                       kb: KnowledgeBase) -> None:
    """Unlike a community, a government of a proper name is a state institution."""
    body = found(nlp, kb, "Somalia said on Monday that the Benadir Regional Government had "
                          "closed the port.")["the Benadir Regional Government"]
    assert body.actor.code == "SOMGOV"


ROW = ("Peru expelled Bolivia's ambassador on Friday. Bolivia said Peru had insulted its "
       "president, and Peru said Bolivia had meddled in its election. ")


def test_the_two_countries_are_the_pair_the_story_is_about_not_two_bystanders(
        nlp: Language, kb: KnowledgeBase) -> None:
    group = found(nlp, kb, ROW + "Lima recalled its envoy from La Paz. Chile criticised the "
                               "expulsion, and Argentina said the row was regrettable. Spain "
                               "urged the two countries to talk.")["the two countries"]
    assert {m.country for m in group.members} == {"PER", "BOL"}


def test_the_two_countries_just_named_together_are_those_two(nlp: Language,
                                                            kb: KnowledgeBase) -> None:
    group = found(nlp, kb, ROW + "Chile and Argentina clashed over fishing rights. Spain "
                               "urged the two countries to talk.")["the two countries"]
    assert {m.country for m in group.members} == {"CHL", "ARG"}


def test_un_missions_and_bodies_it_set_up_are_the_un(nlp: Language, kb: KnowledgeBase) -> None:
    mentions = found(nlp, kb, "MONUSCO said rebels had attacked a camp near Goma. The "
                              "International Commission against Impunity in Guatemala "
                              "(CICIG) charged a former minister.", date(2018, 5, 2))
    assert mentions["MONUSCO"].actor.org == "UN"
    assert mentions["The International Commission against Impunity in Guatemala"
                    ].actor.org == "UN"


def test_a_title_a_person_was_named_with_refers_back_to_that_person(
        nlp: Language, kb: KnowledgeBase) -> None:
    """"the crown prince" is the crown prince named before, not a role noun owned
    by whichever country the sentence before named; and "him" after it is the
    other person, whatever words named the subject."""
    mentions = found(nlp, kb, "Biden spoke by telephone with Crown Prince Mohammed bin "
                              "Salman on Saturday. The crown prince told him Riyadh would "
                              "respond.", date(2022, 9, 16))
    prince = mentions["The crown prince"]
    assert (prince.actor.country, prince.actor.kind, prince.rule) == (
        "SAU", "person", "coref.definite")
    assert mentions["him"].actor.country == "USA"


def test_the_authorities_a_foreign_state_urges_are_not_its_own(
        nlp: Language, kb: KnowledgeBase) -> None:
    mentions = found(nlp, kb, "Thailand's army seized power on Thursday. U.S. Secretary of "
                     "State John Kerry urged the junta to restore civilian rule.")
    assert mentions["the junta"].actor.country == "THA"


def test_the_protesters_a_government_urges_may_be_its_own(
        nlp: Language, kb: KnowledgeBase) -> None:
    mentions = found(nlp, kb, "Chinese foreign ministry spokesman Hong Lei called on "
                     "protesters to express their views in an orderly way.")
    assert mentions["protesters"].actor.country == "CHN"


def test_whose_aides_are_the_antecedents(nlp: Language, kb: KnowledgeBase) -> None:
    mentions = found(nlp, kb, "The remark drew a sharp reply from Argentine President Nestor "
                     "Kirchner, whose aides accused Mexico of speaking for Washington.")
    assert mentions["whose aides"].actor.country == "ARG"
