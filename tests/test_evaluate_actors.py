"""The actor-resolution scorer: its reader, its arithmetic on hand-made cases,
and one end-to-end run of the real actors stage on a few gold records."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import DataFileError
from eventwire.evaluate.actors import (
    ActorGoldRecord,
    GoldMention,
    align,
    format_report,
    person_key,
    predict_mentions,
    read_actor_gold,
    read_actor_gold_file,
    run_actor_eval,
    same_person,
    score_record,
    summarize,
)

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "eval" / "actors" / "mentions.jsonl"

TEXT = "The Russian president met Xi in Moscow on Tuesday."


def _line(**over: object) -> str:
    row: dict[str, object] = {
        "id": "t-1", "date": "2010-06-15", "text": TEXT,
        "mentions": [
            {"text": "The Russian president", "code": "RUSGOV", "country": "RUS",
             "person": "Dmitry Medvedev", "tag": "date"},
            {"text": "Xi", "code": "CHNGOV", "country": "CHN", "person": "Xi Jinping",
             "tag": "name"},
            {"text": "Moscow", "place": True, "tag": "place"},
        ],
    }
    row.update(over)
    return json.dumps(row)


def _record() -> ActorGoldRecord:
    return read_actor_gold(_line(), "gold.jsonl")[0]


# -- reader ------------------------------------------------------------------

def test_reader_locates_mentions_and_reads_alternatives() -> None:
    rec = _record()
    assert rec.date == date(2010, 6, 15)
    spans = [(m.text, m.start, m.end, m.place) for m in rec.mentions]
    assert spans == [("The Russian president", 0, 21, False), ("Xi", 26, 28, False),
                     ("Moscow", 32, 38, True)]
    alt = read_actor_gold(_line(mentions=[
        {"text": "Xi", "code": "CHNGOV", "alt_codes": ["CHN"], "country": "CHN", "tag": "name"}]),
        "g.jsonl")[0]
    assert alt.mentions[0].codes == ("CHNGOV", "CHN")


def test_occurrence_counts_whole_words_only() -> None:
    # "he" occurs inside "The" and "the": only the standalone word counts, so the
    # first whole-word "he" is at 26 and there is no second one.
    text = "The president said he would see the others."
    line = json.dumps({"id": "p", "date": "2020-01-01", "text": text, "mentions": [
        {"text": "he", "code": "USAGOV", "country": "USA", "tag": "coref"}]})
    assert read_actor_gold(line, "g")[0].mentions[0].start == 19
    bad = line.replace('"tag": "coref"', '"tag": "coref", "occurrence": 2')
    with pytest.raises(DataFileError, match="occurrence 2 but the text has 1"):
        read_actor_gold(bad, "g")


@pytest.mark.parametrize(("line", "problem"), [
    (_line(date="2010-13-01"), "bad date '2010-13-01'"),
    (_line(date=None), "record has no 'date'"),
    (_line(mentions=[{"text": "Kremlin", "code": "RUSGOV", "tag": "metonym"}]),
     "mention 'Kremlin' is not in the text"),
    (_line(mentions=[{"text": "Xi", "tag": "name"}]), "mention 'Xi' has no 'code'"),
    (_line(mentions=[{"text": "Xi", "code": "CHNGOV", "tag": "famous"}]), "unknown tag 'famous'"),
    (_line(mentions=[{"text": "Moscow", "place": True, "code": "RUSGOV", "tag": "place"}]),
     "must not have a code"),
    (_line(mentions=[{"text": "The Russian president", "code": "RUSGOV", "tag": "title"},
                     {"text": "Russian", "code": "RUS", "tag": "demonym"}]), "overlap"),
])
def test_reader_errors_name_the_line(line: str, problem: str) -> None:
    with pytest.raises(DataFileError) as err:
        read_actor_gold("\n" + line, "mentions.jsonl")
    assert err.value.where == "mentions.jsonl:2"
    assert problem in err.value.problem


def test_reader_rejects_a_repeated_id() -> None:
    with pytest.raises(DataFileError, match="used twice") as err:
        read_actor_gold(_line() + "\n" + _line(), "m.jsonl")
    assert err.value.where == "m.jsonl:2"


# -- scorer ------------------------------------------------------------------

def test_align_is_one_to_one_by_largest_overlap() -> None:
    gold = [GoldMention("a", 0, 10, "name", ("X",)), GoldMention("b", 12, 20, "name", ("Y",))]
    # p0 overlaps gold 0 by 3 and gold 1 by 6; p1 overlaps gold 0 by 10.
    # Largest first: (g0,p1)=10, then (g1,p0)=6; (g0,p0)=3 is left because both are taken.
    predicted = [(7, 18, "X", None, None), (0, 10, "X", None, None)]
    assert align(gold, predicted) == {0: 1, 1: 0}


def test_score_counts_codes_places_duplicates_and_false_positives() -> None:
    rec = _record()
    predicted = [
        (4, 21, "RUSGOV", "RUS", "Vladimir Putin"),  # right code, wrong person (2010 = Medvedev)
        (4, 11, "RUS", "RUS", None),                 # a second hit on the same gold: duplicate
        (32, 38, "RUSGOV", "RUS", None),             # "in Moscow" coded: place error
        (42, 49, "USAGOV", "USA", None),             # "Tuesday": overlaps nothing, false positive
        (26, 28, None, None, None),                  # "Xi" found but not coded: not a claim
    ]
    report = summarize([score_record(rec, predicted)])
    t = report.totals
    # gold actors: the president and Xi = 2; both detected; code right only for the president.
    assert (t.gold, t.detected, t.code, t.country) == (2, 2, 1, 1)
    # persons: both gold mentions name one; neither predicted name matches.
    assert (t.persons, t.person, t.correct) == (2, 0, 0)
    assert (report.places, report.places_coded) == (1, 1)
    assert (report.duplicates, report.false_positives) == (1, 1)
    # coded predictions = 4 (the uncoded "Xi" is left out); code precision = 1 / 4.
    assert report.coded_predictions == 4
    assert report.code_precision == pytest.approx(0.25)
    assert report.code_accuracy == pytest.approx(0.5)
    assert report.errors_by_kind == {"wrong person": 1, "found, not coded": 1,
                                     "place coded": 1, "false positive": 1}


def test_alternatives_count_as_right_and_missed_counts_as_wrong() -> None:
    rec = read_actor_gold(_line(mentions=[
        {"text": "The Russian president", "code": "RUSMED", "alt_codes": ["RUSGOV"],
         "country": "RUS", "tag": "demonym"},
        {"text": "Xi", "code": "CHNGOV", "country": "CHN", "tag": "name"}]), "g")[0]
    report = summarize([score_record(rec, [(0, 21, "RUSGOV", "RUS", None)])])
    # 2 gold actors: one right through its alternative, Xi missed -> accuracy 1 / 2.
    assert report.accuracy == pytest.approx(0.5)
    assert report.by_tag["name"].detected == 0
    assert report.by_tag["demonym"].correct == 1
    assert report.errors_by_kind == {"missed": 1}


def test_igo_needs_no_country_and_person_names_fold_accents() -> None:
    assert person_key("Recep Tayyip Erdoğan") == person_key("recep tayyip  erdogan")
    assert same_person("Sergei Lavrov", "Sergey Lavrov")
    assert same_person("S. Jaishankar", "Subrahmanyam Jaishankar")
    assert not same_person("Heydar Aliyev", "Ilham Aliyev")
    assert not same_person("Kim Jong Il", "Kim Jong Un")
    text = "The ICC said Erdoğan spoke."
    rec = read_actor_gold(json.dumps({"id": "i", "date": "2020-01-01", "text": text, "mentions": [
        {"text": "The ICC", "code": "ICC", "tag": "igo"},
        {"text": "Erdoğan", "code": "TURGOV", "country": "TUR",
         "person": "Recep Tayyip Erdogan", "tag": "name"}]}), "g")[0]
    report = summarize([score_record(rec, [(4, 7, "ICC", None, None),
                                           (13, 20, "TURGOV", "TUR", "Recep Tayyip Erdoğan")])])
    assert report.totals.correct == 2


def test_format_report_lists_totals_tags_and_each_error() -> None:
    report = summarize([score_record(_record(), [(0, 21, "RUSGOV", "RUS", "Vladimir Putin"),
                                                 (32, 38, "RUSGOV", "RUS", None)])])
    text = format_report(report)
    assert "2 gold actors" in text
    assert text.count("\ndate ") == 1 and "\nplace " in text
    assert 't-1  "The Russian president"  [date]  gold=RUSGOV/RUS/Dmitry Medvedev' in text
    assert "got=RUSGOV/RUS/Vladimir Putin" in text
    assert 't-1  "Xi"  [name]  gold=CHNGOV/CHN/Xi Jinping  got=(missed)' in text
    assert 't-1  "Moscow"  gold=place  got=RUSGOV/RUS' in text


# -- the shipped gold and the real pipeline ----------------------------------

def test_shipped_gold_meets_its_quotas() -> None:
    records = read_actor_gold_file(GOLD)
    tags = [m.tag for r in records for m in r.mentions]
    assert sum(1 for t in tags if t != "place") >= 200
    for tag in ("date", "metonym", "demonym", "igo", "coref", "unknown"):
        assert tags.count(tag) >= 15, tag
    assert tags.count("place") >= 5


def test_end_to_end_on_real_pipeline(pipeline, tmp_path: Path) -> None:
    wanted = {"act-027", "act-028", "act-034"}
    lines = [ln for ln in GOLD.read_text(encoding="utf-8").splitlines()
             if json.loads(ln)["id"] in wanted]
    path = tmp_path / "few.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = run_actor_eval([path], pipeline)
    assert report.records == 3 and report.totals.gold == 12
    # "Putin" on 2023-09-01 is the sitting president.
    putin = [j for j in report.judgements if j.record_id == "act-028" and j.gold.text == "Putin"]
    assert putin and putin[0].predicted is not None and putin[0].predicted[2] == "RUSGOV"
    # A place is reported exactly when the stage coded one: feed it a coded "New Delhi".
    rec = next(r for r in read_actor_gold_file(path) if r.id == "act-028")
    predicted = predict_mentions(pipeline, rec.text, rec.date)
    delhi = rec.text.index("New Delhi")
    forced = [*predicted, (delhi, delhi + 9, "INDGOV", "IND", None)]
    assert summarize([score_record(rec, forced)]).places_coded == 1
    assert 'gold=place' in format_report(summarize([score_record(rec, forced)]))
