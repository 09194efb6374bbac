"""The spaCy pipeline with the KB entity ruler (real model, loaded once)."""

from __future__ import annotations

from spacy.language import Language

from eventwire.actors.kb import default_kb
from eventwire.nlp.pipeline import RULER_NAME, kb_patterns


def test_ruler_before_ner_and_nothing_disabled(nlp: Language) -> None:
    names = nlp.pipe_names
    for needed in ("tagger", "parser", "lemmatizer", "ner"):
        assert needed in names
    assert names.index(RULER_NAME) < names.index("ner")


def _labels(nlp: Language, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in nlp(text).ents}


def test_town_is_not_a_person(nlp: Language) -> None:
    labels = _labels(nlp, "Putin will attend events at an air station in Kant.")
    assert labels.get("Kant") == "GPE"


def test_region_and_igo_labels(nlp: Language) -> None:
    labels = _labels(nlp, "Azerbaijan retook Nagorno-Karabakh and the International "
                          "Criminal Court issued a warrant.")
    assert labels.get("Nagorno-Karabakh") == "LOC"
    assert labels.get("International Criminal Court") == "ORG"


def test_possessive_person_stays_person(nlp: Language) -> None:
    labels = _labels(nlp, "Putin, according to Japarov's office, intended to attend.")
    assert labels.get("Japarov") == "PERSON"


def test_patterns_skip_short_words() -> None:
    texts = {p["pattern"] for p in kb_patterns(default_kb())}
    assert "Kremlin" in texts and "Kyrgyz" in texts
    assert not any(len(t) < 3 for t in texts - {"G7"})  # "US" is a word too; "G7" is not
    assert "G7" in texts and "US" not in texts


def test_a_name_the_model_cut_in_two_is_joined(nlp: Language) -> None:
    from spacy.tokens import Span

    from eventwire.nlp.whole_names import join_names

    doc = nlp.make_doc("Foreign Minister Ana Cecilia Gervasi said on Tuesday.")
    doc.ents = [Span(doc, 2, 4, label="PERSON"), Span(doc, 4, 5, label="PERSON")]
    assert [(e.text, e.label_) for e in join_names(doc).ents] == [
        ("Ana Cecilia Gervasi", "PERSON")]


def test_two_names_apart_stay_two(nlp: Language) -> None:
    from spacy.tokens import Span

    from eventwire.nlp.whole_names import join_names

    doc = nlp.make_doc("Putin, Xi met.")
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 2, 3, label="PERSON")]
    assert len(join_names(doc).ents) == 2


def test_a_name_the_knowledge_base_pinned_is_not_joined(nlp: Language) -> None:
    from spacy.tokens import Span

    from eventwire.nlp.whole_names import join_names

    doc = nlp.make_doc("Bree Romendacil arrived.")
    doc.ents = [Span(doc, 0, 1, label="PERSON", span_id="country:BRE"),
                Span(doc, 1, 2, label="PERSON")]
    assert len(join_names(doc).ents) == 2
