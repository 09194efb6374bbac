"""The events stage on hand-built parses: who acts on whom, and with what status.

Each document is written out token by token (word, lemma, POS, tag, dependency,
head) so the tests pin the events stage itself, not whatever the statistical
parser does today; the actors are hand-made mentions, so the knowledge base is
not under test either. Patterns are small ones written here for the same reason.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.lang.en import English
from spacy.tokens import Doc

from eventwire.events.extract import extract_candidates
from eventwire.events.patterns import Pattern, PatternSet, PrepConstraint
from eventwire.model import Actor, ActorMention, EventCandidate

Row = tuple[str, str, str, str, str, int]
VOCAB = English().vocab  # lexical attributes ("lower_") need a language's vocab

ACTORS = {
    "Russia": Actor("Russia", "state:RUS", "Russia", "RUS", "RUS", "state"),
    "Moscow": Actor("Moscow", "gov:RUS", "Russia", "RUSGOV", "RUS", "government"),
    "Putin": Actor("Putin", "person:putin", "Vladimir Putin", "RUSGOV", "RUS", "person"),
    "Japarov": Actor("Japarov", "person:japarov", "Sadyr Japarov", "KGZGOV", "KGZ", "person"),
    "Kyrgyzstan": Actor("Kyrgyzstan", "state:KGZ", "Kyrgyzstan", "KGZ", "KGZ", "state"),
    "China": Actor("China", "state:CHN", "China", "CHN", "CHN", "state"),
    "Xi": Actor("Xi", "person:xi", "Xi Jinping", "CHNGOV", "CHN", "person"),
    "Ukraine": Actor("Ukraine", "state:UKR", "Ukraine", "UKR", "UKR", "state"),
    "Armenia": Actor("Armenia", "state:ARM", "Armenia", "ARM", "ARM", "state"),
    "Azerbaijan": Actor("Azerbaijan", "state:AZE", "Azerbaijan", "AZE", "AZE", "state"),
    "Baku": Actor("Baku", "gov:AZE", "Azerbaijan", "AZEGOV", "AZE", "government"),
    "Canada": Actor("Canada", "state:CAN", "Canada", "CAN", "CAN", "state"),
    "India": Actor("India", "state:IND", "India", "IND", "IND", "state"),
    "Modi": Actor("Modi", "person:modi", "Narendra Modi", "INDGOV", "IND", "person"),
    "Abe": Actor("Abe", "person:abe", "Shinzo Abe", "JPNGOV", "JPN", "person"),
    "EU": Actor("EU", "igo:EU", "European Union", "EU", None, "igo", org="EU"),
    "Ramaphosa": Actor("Ramaphosa", "person:ramaphosa", "Cyril Ramaphosa", "ZAFGOV", "ZAF",
                       "person"),
    "Tokayev": Actor("Tokayev", "person:tokayev", "Kassym-Jomart Tokayev", "KAZGOV", "KAZ",
                     "person"),
    "Germany": Actor("Germany", "state:DEU", "Germany", "DEU", "DEU", "state"),
    "Erdogan": Actor("Erdogan", "person:erdogan", "Tayyip Erdogan", "TURGOV", "TUR", "person"),
    "Ankara": Actor("Ankara", None, "Ankara", "TUR", "TUR", "place"),
    "Tehran": Actor("Tehran", None, "Tehran", "IRN", "IRN", "place"),
    "Iraq": Actor("Iraq", "state:IRQ", "Iraq", "IRQ", "IRQ", "state"),
    "Kremlin": Actor("Kremlin", "gov:RUS", "Russia", "RUSGOV", "RUS", "government"),
    "him": Actor("him", "person:putin", "Vladimir Putin", "RUSGOV", "RUS", "person"),
    "people": Actor("people", None, None, "GEOPPL", "GEO", "people"),
    "Georgia": Actor("Georgia", "state:GEO", "Georgia", "GEO", "GEO", "state"),
    "police": Actor("police", None, None, "GEOCOP", "GEO", "police"),
}

VISIT = Pattern("t.visit.v", "042", "visit", extras={"reverse_code": "043"})
VISIT_N = Pattern("t.visit.n", "042", "visit", pos="NOUN", target="pobj:to",
                  extras={"venue": True})
MEET = Pattern("t.meet", "040", "meet")
EXPEL = Pattern("t.expel", "161", "expel")
SIGN = Pattern("t.sign", "057", "sign", words=(frozenset({"declaration"}),), target="pobj:with")
TALKS = Pattern("t.talk.n", "046", "talk", pos="NOUN", target="pobj:with")
INVADE = Pattern("t.invade", "192", "invade")
ACCUSE = Pattern("t.accuse", "112", "accuse")
SHELL = Pattern("t.shell", "194", "shell")
ATTEND = Pattern("t.attend", "042", "attend")
IMPOSE = Pattern("t.impose", "163", "impose", words=(frozenset({"sanctions"}),),
                 target="pobj:on")
DENY = Pattern("t.deny", "016", "deny", target="none", extras={"answer": ["11"]})
EMERGENCY = Pattern("t.declare.emergency", "1724", "declare",
                    words=(frozenset({"emergency"}),), target="none",
                    extras={"self_target": True})
PHONE = Pattern("t.speak.phone", "041", "speak",
                preps=(PrepConstraint("by", (frozenset({"phone"}),)),), target="pobj:with")
CALL = Pattern("t.call", "041", "call", extras={"plain_object": True})
PRAISE = Pattern("t.praise", "051", "praise", extras={"reacts": ["057"]})
DETAIN = Pattern("t.detain", "173", "detain")
SEND_AID = Pattern("t.send.aid", "073", "send", words=(frozenset({"aid"}),), target="pobj:to")
CONGRATULATE = Pattern("t.congratulate", "051", "congratulate")
PATTERNS = PatternSet([VISIT, VISIT_N, MEET, EXPEL, SIGN, TALKS, INVADE, ACCUSE, SHELL,
                       ATTEND, IMPOSE, DENY, EMERGENCY, PHONE, CALL, PRAISE, DETAIN, SEND_AID,
                       CONGRATULATE])


def parse(rows: Sequence[Row]) -> Doc:
    """A Doc from (word, lemma, pos, tag, dep, head) rows; the head is the index
    of the governing token (its own index for the root)."""
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][2] != "PUNCT" and not r[0].endswith("'")
              for i, r in enumerate(rows)]
    return Doc(VOCAB, words=words, spaces=spaces, lemmas=[r[1] for r in rows],
               pos=[r[2] for r in rows], tags=[r[3] for r in rows],
               deps=[r[4] for r in rows], heads=[r[5] for r in rows])


CAPITALS = {"Ankara", "Tehran"}


def mentions(doc: Doc) -> list[ActorMention]:
    """One mention per token whose text names a test actor (capitals marked as
    the actors stage marks them)."""
    return [ActorMention(t.i, t.i + 1, t.i, t.idx, t.idx + len(t), ACTORS[t.text],
                         "place.capital" if t.text in CAPITALS else "test")
            for t in doc if t.text in ACTORS]


def events(rows: Sequence[Row], venue: Actor | None = None) -> list[EventCandidate]:
    doc = parse(rows)
    return extract_candidates(doc, mentions(doc), "a1", PATTERNS, venue=venue)


def dyads(found: Sequence[EventCandidate]) -> set[tuple[str | None, str | None, str, str]]:
    return {(c.source.party if c.source else None, c.target.party if c.target else None,
             c.code, c.status) for c in found}


# --- voice ---------------------------------------------------------------

def test_active_voice_subject_acts_on_object() -> None:
    found = events([
        ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
        ("expelled", "expel", "VERB", "VBD", "ROOT", 1),
        ("Germany", "Germany", "PROPN", "NNP", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    assert dyads(found) == {("RUS", "DEU", "161", "asserted")}


def test_passive_voice_takes_the_by_agent_as_source() -> None:
    found = events([
        ("Germany", "Germany", "PROPN", "NNP", "nsubjpass", 2),
        ("was", "be", "AUX", "VBD", "auxpass", 2),
        ("expelled", "expel", "VERB", "VBN", "ROOT", 2),
        ("by", "by", "ADP", "IN", "agent", 2),
        ("Russia", "Russia", "PROPN", "NNP", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    assert dyads(found) == {("RUS", "DEU", "161", "asserted")}


def test_passive_without_agent_is_no_event() -> None:
    found = events([
        ("Germany", "Germany", "PROPN", "NNP", "nsubjpass", 2),
        ("was", "be", "AUX", "VBD", "auxpass", 2),
        ("expelled", "expel", "VERB", "VBN", "ROOT", 2),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    assert found == []


# --- coordination ----------------------------------------------------------

def test_coordinated_subjects_sign_with_each_other() -> None:
    found = events([
        ("Putin", "Putin", "PROPN", "NNP", "nsubj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 0),
        ("Japarov", "Japarov", "PROPN", "NNP", "conj", 0),
        ("signed", "sign", "VERB", "VBD", "ROOT", 3),
        ("a", "a", "DET", "DT", "det", 5),
        ("declaration", "declaration", "NOUN", "NN", "dobj", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
    ])
    assert dyads(found) == {("RUS", "KGZ", "057", "asserted"), ("KGZ", "RUS", "057", "asserted")}


def test_coordinated_objects_give_one_event_each() -> None:
    found = events([
        ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
        ("expelled", "expel", "VERB", "VBD", "ROOT", 1),
        ("Germany", "Germany", "PROPN", "NNP", "dobj", 1),
        ("and", "and", "CCONJ", "CC", "cc", 2),
        ("Ukraine", "Ukraine", "PROPN", "NNP", "conj", 2),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    assert dyads(found) == {("RUS", "DEU", "161", "asserted"), ("RUS", "UKR", "161", "asserted")}


def test_a_conjunct_that_starts_a_clause_is_not_a_second_object() -> None:
    """The story's misparse: "Since Moscow invaded Ukraine and Armenia decided to
    submit ..." hangs Armenia under Ukraine; Armenia is the subject of "decided"."""
    found = events([
        ("Since", "since", "SCONJ", "IN", "mark", 2),
        ("Moscow", "Moscow", "PROPN", "NNP", "nsubj", 2),
        ("invaded", "invade", "VERB", "VBD", "advcl", 6),
        ("Ukraine", "Ukraine", "PROPN", "NNP", "dobj", 2),
        ("and", "and", "CCONJ", "CC", "cc", 3),
        ("Armenia", "Armenia", "PROPN", "NNP", "conj", 3),
        ("decided", "decide", "VERB", "VBD", "ROOT", 6),
        ("to", "to", "PART", "TO", "aux", 8),
        ("submit", "submit", "VERB", "VB", "xcomp", 6),
        (".", ".", "PUNCT", ".", "punct", 6),
    ])
    assert dyads(found) == {("RUS", "UKR", "192", "asserted")}


def test_each_other_makes_the_subjects_each_others_targets() -> None:
    found = events([
        ("Canada", "Canada", "PROPN", "NNP", "nsubj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 0),
        ("India", "India", "PROPN", "NNP", "conj", 0),
        ("expelled", "expel", "VERB", "VBD", "ROOT", 3),
        ("each", "each", "DET", "DT", "det", 5),
        ("other", "other", "ADJ", "JJ", "poss", 7),
        ("'s", "'s", "PART", "POS", "case", 5),
        ("diplomats", "diplomat", "NOUN", "NNS", "dobj", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
    ])
    assert dyads(found) == {("CAN", "IND", "161", "asserted"), ("IND", "CAN", "161", "asserted")}


def test_talks_between_two_parties_go_both_ways() -> None:
    found = events([
        ("talks", "talk", "NOUN", "NNS", "ROOT", 0),
        ("between", "between", "ADP", "IN", "prep", 0),
        ("Modi", "Modi", "PROPN", "NNP", "pobj", 1),
        ("and", "and", "CCONJ", "CC", "cc", 2),
        ("Abe", "Abe", "PROPN", "NNP", "conj", 2),
    ])
    assert dyads(found) == {("IND", "JPN", "046", "asserted"), ("JPN", "IND", "046", "asserted")}


# --- control, nominal events, relative clauses --------------------------------

def test_raised_subject_of_is_scheduled_to_visit_is_the_visitor() -> None:
    found = events([
        ("Putin", "Putin", "PROPN", "NNP", "nsubjpass", 2),
        ("is", "be", "AUX", "VBZ", "auxpass", 2),
        ("scheduled", "schedule", "VERB", "VBN", "ROOT", 2),
        ("to", "to", "PART", "TO", "aux", 4),
        ("visit", "visit", "VERB", "VB", "xcomp", 2),
        ("China", "China", "PROPN", "NNP", "dobj", 4),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    # the visit, and China hosting it (TABARI's paired code), both planned
    assert dyads(found) == {("RUS", "CHN", "042", "planned"), ("CHN", "RUS", "043", "planned")}


def test_possessor_of_an_event_noun_is_its_source() -> None:
    found = events([
        ("Putin", "Putin", "PROPN", "NNP", "poss", 2),
        ("'s", "'s", "PART", "POS", "case", 0),
        ("visit", "visit", "NOUN", "NN", "ROOT", 2),
        ("to", "to", "ADP", "IN", "prep", 2),
        ("Kyrgyzstan", "Kyrgyzstan", "PROPN", "NNP", "pobj", 3),
    ])
    assert dyads(found) == {("RUS", "KGZ", "042", "asserted")}


def test_the_guest_of_a_hosting_verb_makes_the_visit() -> None:
    """"Xi was received by Ramaphosa for a state visit": Xi visits South Africa."""
    found = events([
        ("Xi", "Xi", "PROPN", "NNP", "nsubjpass", 2),
        ("was", "be", "AUX", "VBD", "auxpass", 2),
        ("received", "receive", "VERB", "VBN", "ROOT", 2),
        ("by", "by", "ADP", "IN", "agent", 2),
        ("Ramaphosa", "Ramaphosa", "PROPN", "NNP", "pobj", 3),
        ("for", "for", "ADP", "IN", "prep", 2),
        ("a", "a", "DET", "DT", "det", 8),
        ("state", "state", "NOUN", "NN", "compound", 8),
        ("visit", "visit", "NOUN", "NN", "pobj", 5),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    assert ("CHN", "ZAF", "042", "asserted") in dyads(found)


def test_a_visit_that_names_no_destination_goes_to_the_dateline_venue() -> None:
    rows = [
        ("Xi", "Xi", "PROPN", "NNP", "poss", 2),
        ("'s", "'s", "PART", "POS", "case", 0),
        ("visit", "visit", "NOUN", "NN", "ROOT", 2),
    ]
    britain = Actor("LONDON", "state:GBR", "United Kingdom", "GBR", "GBR", "state")
    assert dyads(events(rows, venue=britain)) == {("CHN", "GBR", "042", "asserted")}
    assert events(rows) == []  # no venue, no target, no event


def test_passive_relative_clause_takes_its_by_agent() -> None:
    """"a meeting with Japarov that was arranged by the EU" -> the EU arranged it;
    here the relative clause's verb is a visit so the agent is the visitor."""
    found = events([
        ("Kyrgyzstan", "Kyrgyzstan", "PROPN", "NNP", "ROOT", 0),
        (",", ",", "PUNCT", ",", "punct", 0),
        ("which", "which", "PRON", "WDT", "nsubjpass", 4),
        ("was", "be", "AUX", "VBD", "auxpass", 4),
        ("visited", "visit", "VERB", "VBN", "relcl", 0),
        ("by", "by", "ADP", "IN", "agent", 4),
        ("Putin", "Putin", "PROPN", "NNP", "pobj", 5),
    ])
    assert ("RUS", "KGZ", "042", "asserted") in dyads(found)


def test_accused_of_doing_makes_the_accused_the_doer_and_a_claim() -> None:
    """"Baku accused Armenia of shelling Azerbaijan": Armenia is the alleged
    shooter (object control), and the shelling is reported, not asserted."""
    found = events([
        ("Baku", "Baku", "PROPN", "NNP", "nsubj", 1),
        ("accused", "accuse", "VERB", "VBD", "ROOT", 1),
        ("Armenia", "Armenia", "PROPN", "NNP", "dobj", 1),
        ("of", "of", "ADP", "IN", "prep", 1),
        ("shelling", "shell", "VERB", "VBG", "pcomp", 3),
        ("Azerbaijan", "Azerbaijan", "PROPN", "NNP", "dobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    assert dyads(found) == {("AZE", "ARM", "112", "asserted"), ("ARM", "AZE", "194", "reported")}


# --- attribution ---------------------------------------------------------------

SAID_THAT = [
    ("Baku", "Baku", "PROPN", "NNP", "nsubj", 1),
    ("said", "say", "VERB", "VBD", "ROOT", 1),
    ("Russia", "Russia", "PROPN", "NNP", "nsubj", 3),
    ("invaded", "invade", "VERB", "VBD", "ccomp", 1),
    ("Ukraine", "Ukraine", "PROPN", "NNP", "dobj", 3),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_the_one_who_says_it_is_not_the_one_who_does_it() -> None:
    assert dyads(events(SAID_THAT)) == {("RUS", "UKR", "192", "reported")}


def test_according_to_marks_a_claim_as_reported() -> None:
    found = events([
        ("According", "according", "VERB", "VBG", "prep", 4),
        ("to", "to", "ADP", "IN", "prep", 0),
        ("Baku", "Baku", "PROPN", "NNP", "pobj", 1),
        ("Russia", "Russia", "PROPN", "NNP", "nsubj", 4),
        ("invaded", "invade", "VERB", "VBD", "ROOT", 4),
        ("Ukraine", "Ukraine", "PROPN", "NNP", "dobj", 4),
        (".", ".", "PUNCT", ".", "punct", 4),
    ])
    assert dyads(found) == {("RUS", "UKR", "192", "reported")}


def test_an_unresolved_pronoun_subject_of_a_report_is_the_speaker() -> None:
    """"Baku said it had accused Armenia": "it" is Baku, and Baku saying what
    Baku did is asserted, not reported."""
    found = events([
        ("Baku", "Baku", "PROPN", "NNP", "nsubj", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("it", "it", "PRON", "PRP", "nsubj", 4),
        ("had", "have", "AUX", "VBD", "aux", 4),
        ("accused", "accuse", "VERB", "VBN", "ccomp", 1),
        ("Armenia", "Armenia", "PROPN", "NNP", "dobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    assert dyads(found) == {("AZE", "ARM", "112", "asserted")}


# --- modality --------------------------------------------------------------------

def _visit(aux: Sequence[Row], verb_tag: str = "VB") -> list[EventCandidate]:
    """Putin <aux...> visit China ."""
    n = len(aux)
    rows: list[Row] = [("Putin", "Putin", "PROPN", "NNP", "nsubj", n + 1)]
    rows += [(w, lemma, pos, tag, dep, n + 1) for w, lemma, pos, tag, dep, _ in aux]
    rows += [("visit", "visit", "VERB", verb_tag, "ROOT", n + 1),
             ("China", "China", "PROPN", "NNP", "dobj", n + 1),
             (".", ".", "PUNCT", ".", "punct", n + 1)]
    return [c for c in events(rows) if c.code == "042"]


def test_each_status() -> None:
    assert [c.status for c in _visit([], "VBD")] == ["asserted"]
    assert [c.status for c in _visit([("will", "will", "AUX", "MD", "aux", 0)])] == ["planned"]
    assert [c.status for c in _visit([("did", "do", "AUX", "VBD", "aux", 0),
                                      ("not", "not", "PART", "RB", "neg", 0)])] == ["negated"]
    assert [c.status for c in _visit([("could", "could", "AUX", "MD", "aux", 0)])] == [
        "hypothetical"]
    assert [c.status for c in events(SAID_THAT)] == ["reported"]


def test_a_plan_in_the_past_perfect_fell_through() -> None:
    """"Putin had been due to visit China": news English for a cancelled plan."""
    found = events([
        ("Putin", "Putin", "PROPN", "NNP", "nsubj", 2),
        ("had", "have", "AUX", "VBD", "aux", 2),
        ("been", "be", "AUX", "VBN", "ROOT", 2),
        ("due", "due", "ADJ", "JJ", "acomp", 2),
        ("to", "to", "PART", "TO", "aux", 5),
        ("visit", "visit", "VERB", "VB", "xcomp", 3),
        ("China", "China", "PROPN", "NNP", "dobj", 5),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    assert {c.status for c in found} == {"negated"}


# --- targets the sentence implies --------------------------------------------------

def test_a_denial_answers_the_last_accusation_against_its_source() -> None:
    found = events([
        ("Baku", "Baku", "PROPN", "NNP", "nsubj", 1),
        ("accused", "accuse", "VERB", "VBD", "ROOT", 1),
        ("Russia", "Russia", "PROPN", "NNP", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
        ("Moscow", "Moscow", "PROPN", "NNP", "nsubj", 5),
        ("denied", "deny", "VERB", "VBD", "ROOT", 5),
        ("it", "it", "PRON", "PRP", "dobj", 5),
        (".", ".", "PUNCT", ".", "punct", 5),
    ])
    assert ("RUS", "AZE", "016", "asserted") in dyads(found)


def test_a_denial_that_answers_nothing_is_dropped() -> None:
    found = events([
        ("Moscow", "Moscow", "PROPN", "NNP", "nsubj", 1),
        ("denied", "deny", "VERB", "VBD", "ROOT", 1),
        ("it", "it", "PRON", "PRP", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    assert found == []


def test_a_state_of_emergency_is_declared_over_the_own_country() -> None:
    found = events([
        ("Tokayev", "Tokayev", "PROPN", "NNP", "nsubj", 1),
        ("declared", "declare", "VERB", "VBD", "ROOT", 1),
        ("an", "an", "DET", "DT", "det", 3),
        ("emergency", "emergency", "NOUN", "NN", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    assert dyads(found) == {("KAZ", "KAZ", "1724", "asserted")}


def test_phone_call_needs_the_phone_and_takes_the_with_party() -> None:
    found = events([
        ("Putin", "Putin", "PROPN", "NNP", "nsubj", 1),
        ("spoke", "speak", "VERB", "VBD", "ROOT", 1),
        ("by", "by", "ADP", "IN", "prep", 1),
        ("phone", "phone", "NOUN", "NN", "pobj", 2),
        ("with", "with", "ADP", "IN", "prep", 1),
        ("Xi", "Xi", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    assert dyads(found) == {("RUS", "CHN", "041", "asserted")}


# --- what the sentence implies --------------------------------------------------

def test_a_meeting_in_the_hosts_country_is_a_visit_there() -> None:
    """"Putin met Erdogan in Ankara": Putin visited Turkey, Turkey hosted him."""
    found = events([
        ("Putin", "Putin", "PROPN", "NNP", "nsubj", 1),
        ("met", "meet", "VERB", "VBD", "ROOT", 1),
        ("Erdogan", "Erdogan", "PROPN", "NNP", "dobj", 1),
        ("in", "in", "ADP", "IN", "prep", 1),
        ("Ankara", "Ankara", "PROPN", "NNP", "pobj", 3),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    assert dyads(found) == {("RUS", "TUR", "040", "asserted"), ("RUS", "TUR", "042", "asserted"),
                            ("TUR", "RUS", "043", "asserted")}


def test_a_visit_names_no_venue_when_its_clause_names_another_country() -> None:
    rows = [
        ("Xi", "Xi", "PROPN", "NNP", "poss", 2),
        ("'s", "'s", "PART", "POS", "case", 0),
        ("visit", "visit", "NOUN", "NN", "ROOT", 2),
        ("ahead", "ahead", "ADV", "RB", "advmod", 2),
        ("of", "of", "ADP", "IN", "prep", 3),
        ("talks", "talk", "NOUN", "NNS", "pobj", 4),
        ("in", "in", "ADP", "IN", "prep", 5),
        ("Tehran", "Tehran", "PROPN", "NNP", "pobj", 6),
    ]
    britain = Actor("LONDON", "state:GBR", "United Kingdom", "GBR", "GBR", "state")
    assert [c for c in events(rows, venue=britain) if c.code == "042"] == []


def test_a_capital_named_as_target_is_its_government() -> None:
    found = events([
        ("Iraq", "Iraq", "PROPN", "NNP", "nsubj", 1),
        ("expelled", "expel", "VERB", "VBD", "ROOT", 1),
        ("Tehran", "Tehran", "PROPN", "NNP", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    (event,) = found
    assert (event.target.code, event.target.kind) == ("IRNGOV", "government")


def test_an_object_pronoun_is_not_its_own_clauses_subject() -> None:
    """"Putin called Erdogan to congratulate him": even when "him" was resolved
    to Putin, the congratulated one is Erdogan."""
    found = events([
        ("Putin", "Putin", "PROPN", "NNP", "nsubj", 1),
        ("called", "call", "VERB", "VBD", "ROOT", 1),
        ("Erdogan", "Erdogan", "PROPN", "NNP", "dobj", 1),
        ("to", "to", "PART", "TO", "aux", 4),
        ("congratulate", "congratulate", "VERB", "VB", "advcl", 1),
        ("him", "he", "PRON", "PRP", "dobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    assert dyads(found) == {("RUS", "TUR", "041", "asserted"), ("RUS", "TUR", "051", "asserted")}


def test_calling_something_a_name_is_not_a_phone_call() -> None:
    found = events([
        ("Putin", "Putin", "PROPN", "NNP", "nsubj", 1),
        ("called", "call", "VERB", "VBD", "ROOT", 1),
        ("Erdogan", "Erdogan", "PROPN", "NNP", "dobj", 1),
        ("a", "a", "DET", "DT", "det", 4),
        ("traitor", "traitor", "NOUN", "NN", "oprd", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    assert found == []


def test_an_agentless_passive_borrows_the_agent_of_the_act_before_it() -> None:
    """"Police detained Kremlin critics. People were detained too." -- the second
    arrest is the police's (here: Georgian police, Georgian people)."""
    found = events([
        ("police", "police", "NOUN", "NNS", "nsubj", 1),
        ("detained", "detain", "VERB", "VBD", "ROOT", 1),
        ("Georgia", "Georgia", "PROPN", "NNP", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
        ("people", "people", "NOUN", "NNS", "nsubjpass", 6),
        ("were", "be", "AUX", "VBD", "auxpass", 6),
        ("detained", "detain", "VERB", "VBN", "ROOT", 6),
        (".", ".", "PUNCT", ".", "punct", 6),
    ])
    assert [(c.source.code if c.source else None, c.target.code if c.target else None)
            for c in found] == [("GEOCOP", "GEO"), ("GEOCOP", "GEOPPL")]


def reported_arrest(reporter: str) -> list[EventCandidate]:
    """"<reporter> said people were detained"."""
    return events([
        (reporter, reporter, "NOUN", "NNS", "nsubj", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("people", "people", "NOUN", "NNS", "nsubjpass", 4),
        ("were", "be", "AUX", "VBD", "auxpass", 4),
        ("detained", "detain", "VERB", "VBN", "ccomp", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])


def test_an_agentless_arrest_reported_by_an_authority_is_its_own() -> None:
    """"Police said people were detained": the police report their own arrests."""
    assert [(c.source.code if c.source else None, c.target.code if c.target else None,
             c.status) for c in reported_arrest("police")] == [("GEOCOP", "GEOPPL", "asserted")]


def test_an_agentless_arrest_reported_by_a_politician_has_no_agent() -> None:
    """"Modi said people were detained": a politician reporting arrests in
    Georgia did not make them, and with no act before it there is no agent."""
    assert reported_arrest("Modi") == []


def test_praise_of_the_agreement_goes_to_its_signer() -> None:
    found = events([
        ("Putin", "Putin", "PROPN", "NNP", "nsubj", 1),
        ("signed", "sign", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 3),
        ("declaration", "declaration", "NOUN", "NN", "dobj", 1),
        ("with", "with", "ADP", "IN", "prep", 1),
        ("Japarov", "Japarov", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 1),
        ("China", "China", "PROPN", "NNP", "nsubj", 8),
        ("praised", "praise", "VERB", "VBD", "ROOT", 8),
        ("the", "the", "DET", "DT", "det", 10),
        ("deal", "deal", "NOUN", "NN", "dobj", 8),
        (".", ".", "PUNCT", ".", "punct", 8),
    ])
    assert ("CHN", "RUS", "051", "asserted") in dyads(found)


def test_promised_aid_is_an_expressed_intent() -> None:
    """"China will send aid to Kyrgyzstan": the promise (0333) is the event, and
    it happened when it was said."""
    found = events([
        ("China", "China", "PROPN", "NNP", "nsubj", 2),
        ("will", "will", "AUX", "MD", "aux", 2),
        ("send", "send", "VERB", "VB", "ROOT", 2),
        ("aid", "aid", "NOUN", "NN", "dobj", 2),
        ("to", "to", "ADP", "IN", "prep", 2),
        ("Kyrgyzstan", "Kyrgyzstan", "PROPN", "NNP", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 2),
    ])
    assert dyads(found) == {("CHN", "KGZ", "0333", "asserted")}


def test_a_government_speaking_for_its_own_leader_asserts() -> None:
    """"Putin invaded Ukraine, the Kremlin said": the same party, so asserted."""
    found = events([
        ("Putin", "Putin", "PROPN", "NNP", "nsubj", 1),
        ("invaded", "invade", "VERB", "VBD", "ccomp", 5),
        ("Ukraine", "Ukraine", "PROPN", "NNP", "dobj", 1),
        (",", ",", "PUNCT", ",", "punct", 5),
        ("Kremlin", "Kremlin", "PROPN", "NNP", "nsubj", 5),
        ("said", "say", "VERB", "VBD", "ROOT", 5),
        (".", ".", "PUNCT", ".", "punct", 5),
    ])
    assert dyads(found) == {("RUS", "UKR", "192", "asserted")}


def test_a_summit_between_two_sides_targets_the_side_without_the_source() -> None:
    """"Russia expelled talks between Xi and the leaders of the Kremlin" (a
    stand-in for "cancelled a summit between ..."): the side Russia is on is
    not its target."""
    found = events([
        ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
        ("expelled", "expel", "VERB", "VBD", "ROOT", 1),
        ("talks", "talk", "NOUN", "NNS", "dobj", 1),
        ("between", "between", "ADP", "IN", "prep", 2),
        ("Xi", "Xi", "PROPN", "NNP", "pobj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 4),
        ("leaders", "leader", "NOUN", "NNS", "conj", 4),
        ("of", "of", "ADP", "IN", "prep", 6),
        ("Kremlin", "Kremlin", "PROPN", "NNP", "pobj", 7),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    expulsions = {d for d in dyads(found) if d[2] == "161"}
    assert expulsions == {("RUS", "CHN", "161", "asserted")}


def test_a_call_on_a_day_is_no_appeal() -> None:
    """"X called the move reckless in a call with Y on Monday": the parser hangs
    "on Monday" on "called", which is no "called on" making the call hypothetical."""
    from spacy.tokens import Span

    from eventwire.events.modality import modality_of

    doc = parse([
        ("Kerry", "Kerry", "PROPN", "NNP", "nsubj", 1),
        ("called", "call", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("move", "move", "NOUN", "NN", "dobj", 1),
        ("reckless", "reckless", "ADJ", "JJ", "oprd", 1),
        ("in", "in", "ADP", "IN", "prep", 1),
        ("a", "a", "DET", "DT", "det", 7),
        ("call", "call", "NOUN", "NN", "pobj", 5),
        ("with", "with", "ADP", "IN", "prep", 7),
        ("Wang", "Wang", "PROPN", "NNP", "pobj", 8),
        ("on", "on", "ADP", "IN", "prep", 1),
        ("Monday", "Monday", "PROPN", "NNP", "pobj", 10),
        (".", ".", "PUNCT", ".", "punct", 1),
    ])
    doc.ents = [Span(doc, 11, 12, label="DATE")]
    assert modality_of(doc[7]).status == "asserted"
