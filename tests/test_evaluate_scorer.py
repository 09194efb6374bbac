"""The scorer on tiny hand-computed cases: each comment shows the arithmetic."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.errors import DateError
from eventwire.evaluate.gold import GoldEvent, GoldRecord
from eventwire.evaluate.metrics import Counts
from eventwire.evaluate.scorer import (
    Prediction,
    predicted_interval,
    predictions_from_events,
    score_record,
)
from eventwire.model import Actor, Event

D = date.fromisoformat


def sent(*triples: tuple[str | None, str | None, str]) -> GoldRecord:
    events = tuple(GoldEvent(s, t, (c,), prefix=False) for s, t, c in triples)
    return GoldRecord(id="s", shape="sentence", text="x", events=events)


def gev(source: str, target: str, *codes: str, dates: tuple[str, str] | None = None,
        status: str | None = None, core: bool = True) -> GoldEvent:
    span = (D(dates[0]), D(dates[1])) if dates else None
    return GoldEvent(source, target, codes, prefix=True, dates=span, status=status, core=core)


def art(*events: GoldEvent) -> GoldRecord:
    return GoldRecord(id="a", shape="article", text="x", events=events, date=D("2023-10-11"))


def pred(source: str | None, target: str | None, code: str, day: str | None = None,
         precision: str | None = None, status: str = "asserted") -> Prediction:
    return Prediction(source, target, code, D(day) if day else None, precision, status)


def prf(counts: Counts) -> tuple[float, float, float]:
    return counts.precision, counts.recall, counts.f1


# --- code level, perfect / wrong / partial --------------------------------------------------


def test_perfect() -> None:
    # gold {ARN>GON 064, GON>ARN 051}, both predicted: TP 2, FP 0, FN 0 -> P = R = F1 = 1.
    score = score_record(sent(("ARN", "GON", "064"), ("GON", "ARN", "051")),
                         [pred("ARN", "GON", "064"), pred("GON", "ARN", "051")])
    assert score.code == Counts(tp=2)
    assert prf(score.code) == (1.0, 1.0, 1.0)
    assert score.fully_right and not score.nothing_coded


def test_all_wrong() -> None:
    # wrong code, then wrong direction: TP 0, FP 2, FN 1; P = 0/2 = 0, R = 0/1 = 0, F1 = 0.
    score = score_record(sent(("ARN", "GON", "064")),
                         [pred("ARN", "GON", "065"), pred("GON", "ARN", "064")])
    assert score.code == Counts(tp=0, fp=2, fn=1)
    assert prf(score.code) == (0.0, 0.0, 0.0)
    assert not score.fully_right and score.errors == 3


def test_partial() -> None:
    # gold 3, predicted 4 of which 2 right: TP 2, FP 2, FN 1.
    # P = 2/4 = 1/2, R = 2/3, F1 = 2 * 1/2 * 2/3 / (1/2 + 2/3) = (2/3) / (7/6) = 4/7.
    gold = sent(("A", "B", "010"), ("A", "B", "020"), ("B", "A", "030"))
    score = score_record(gold, [pred("A", "B", "010"), pred("A", "B", "020"),
                                pred("A", "B", "030"), pred("C", "B", "010")])
    assert score.code == Counts(tp=2, fp=2, fn=1)
    assert score.code.precision == pytest.approx(0.5)
    assert score.code.recall == pytest.approx(2 / 3)
    assert score.code.f1 == pytest.approx(4 / 7)


def test_sentence_code_is_exact_not_prefix() -> None:
    # sentence gold "064": a prediction "0641" is a different code -> FP 1, FN 1.
    score = score_record(sent(("A", "B", "064")), [pred("A", "B", "0641")])
    assert score.code == Counts(fp=1, fn=1)


def test_article_code_is_prefix() -> None:
    # accepted prefixes ["04"]: "042" starts with "04" -> TP 1; "0312" does not -> FP 1.
    score = score_record(art(gev("RUS", "KGZ", "04")),
                         [pred("RUS", "KGZ", "042"), pred("RUS", "KGZ", "0312")])
    assert score.code == Counts(tp=1, fp=1)


# --- 0/0 conventions ------------------------------------------------------------------------


def test_nothing_expected_nothing_found() -> None:
    # TP+FP = 0 -> P = 1; TP+FN = 0 -> R = 1; F1 = 2*1*1/2 = 1.
    score = score_record(sent(), [])
    assert score.code == Counts()
    assert prf(score.code) == (1.0, 1.0, 1.0)
    assert score.fully_right and score.nothing_coded


def test_nothing_expected_something_found() -> None:
    # TP 0, FP 1 -> P = 0/1 = 0; TP+FN = 0 -> R = 1; F1 = 2*0*1/(0+1) = 0.
    score = score_record(sent(), [pred("A", "B", "010")])
    assert prf(score.code) == (0.0, 1.0, 0.0)


def test_something_expected_nothing_found() -> None:
    # TP+FP = 0 -> P = 1; R = 0/1 = 0; F1 = 0.
    score = score_record(sent(("A", "B", "010")), [])
    assert prf(score.code) == (1.0, 0.0, 0.0)
    assert score.nothing_coded


# --- optional, negated, hypothetical, status filter -----------------------------------------


def test_optional_match_is_neutral() -> None:
    # core RUS>KGZ 042 + optional KGZ>RUS 043, both predicted: TP 1, neutral 1, FP 0, FN 0.
    gold = art(gev("RUS", "KGZ", "042"), gev("KGZ", "RUS", "043", core=False))
    both = score_record(gold, [pred("RUS", "KGZ", "042"), pred("KGZ", "RUS", "043")])
    assert both.code == Counts(tp=1, neutral=1)
    assert prf(both.code) == (1.0, 1.0, 1.0)
    # optional not predicted: still TP 1, FP 0, FN 0 (missing an optional is no error).
    one = score_record(gold, [pred("RUS", "KGZ", "042")])
    assert one.code == Counts(tp=1)
    assert [line.outcome for line in one.expected] == ["tp", "optional-missed"]


def test_negated_gold_predicted_as_asserted_is_fp() -> None:
    # gold: RUS>UKR 190 negated (optional). Predicted as asserted -> FP 1, TP 0, FN 0.
    # P = 0/1 = 0, R = 1 (0/0), F1 = 0.
    gold = art(gev("RUS", "UKR", "19", status="negated", core=False))
    score = score_record(gold, [pred("RUS", "UKR", "190", status="asserted")])
    assert score.code == Counts(fp=1)
    assert prf(score.code) == (0.0, 1.0, 0.0)
    assert score.negated_hits == 1
    assert [line.outcome for line in score.expected] == ["must-not-coded"]
    # the same prediction with status negated is ignored: nothing counted, status right.
    ok = score_record(gold, [pred("RUS", "UKR", "190", status="negated")])
    assert ok.code == Counts() and ok.ignored == 1 and ok.negated_hits == 0
    assert (ok.status_checked, ok.status_ok) == (1, 1)
    assert [line.outcome for line in ok.expected] == ["must-not"]


def test_hypothetical_gold_even_if_core_is_never_a_false_negative() -> None:
    # core true but hypothetical: not predicted -> FN 0; predicted as planned -> FP 1.
    gold = art(gev("EU", "RUS", "163", status="hypothetical", core=True))
    assert score_record(gold, []).code == Counts()
    assert score_record(gold, [pred("EU", "RUS", "163", status="planned")]).code == Counts(fp=1)


def test_prediction_fitting_negated_and_asserted_gold_goes_to_asserted() -> None:
    # "visited in May, will not visit in October": same triple twice. One prediction
    # -> paired with the asserted core event: TP 1, FP 0, FN 0, no negated hit.
    gold = art(gev("RUS", "KGZ", "042", status="asserted"),
               gev("RUS", "KGZ", "042", status="negated", core=False))
    score = score_record(gold, [pred("RUS", "KGZ", "042")])
    assert score.code == Counts(tp=1) and score.negated_hits == 0


def test_negated_and_hypothetical_predictions_are_ignored() -> None:
    # core gold RUS>KGZ 042; only a negated and a hypothetical prediction:
    # counted predictions = 0 -> TP 0, FP 0, FN 1; ignored 2; nothing coded.
    gold = art(gev("RUS", "KGZ", "042"))
    score = score_record(gold, [pred("RUS", "KGZ", "042", status="negated"),
                                pred("RUS", "KGZ", "042", status="hypothetical")])
    assert score.code == Counts(fn=1)
    assert score.ignored == 2 and score.nothing_coded


def test_planned_and_reported_predictions_count() -> None:
    gold = art(gev("RUS", "KGZ", "042"), gev("KGZ", "RUS", "036"))
    score = score_record(gold, [pred("RUS", "KGZ", "042", status="planned"),
                                pred("KGZ", "RUS", "036", status="reported")])
    assert score.code == Counts(tp=2)


# --- dedup and one-to-one matching ---------------------------------------------------------


def test_dedup_on_triple() -> None:
    # three copies of RUS>KGZ 042 collapse to one: TP 1, FP 0 (not FP 2).
    # two copies of a wrong triple collapse to one FP.
    gold = art(gev("RUS", "KGZ", "042"))
    score = score_record(gold, [pred("RUS", "KGZ", "042"),
                                pred("RUS", "KGZ", "042", status="reported"),
                                pred("RUS", "KGZ", "042", "2023-10-12", "day"),
                                pred("KGZ", "RUS", "111"), pred("KGZ", "RUS", "111")])
    assert score.code == Counts(tp=1, fp=1)
    assert len(score.found) == 2
    assert score.found[0].event == "RUS>KGZ 042 2023-10-12 asserted/reported"


def test_two_identical_gold_events_one_prediction() -> None:
    # gold has RUS>KGZ 042 twice; one prediction can pair with only one of them:
    # TP 1, FP 0, FN 1; P = 1, R = 1/2, F1 = 2 * 1 * 1/2 / (3/2) = 2/3.
    gold = art(gev("RUS", "KGZ", "042"), gev("RUS", "KGZ", "042"))
    score = score_record(gold, [pred("RUS", "KGZ", "042")])
    assert score.code == Counts(tp=1, fn=1)
    assert score.code.f1 == pytest.approx(2 / 3)


def test_matching_is_maximum_not_greedy() -> None:
    # gold G1 accepts "04", G2 accepts "042". Predictions 042 then 045.
    # Greedy in file order would give 042 -> G1, leaving 045 unmatched (TP 1, FP 1, FN 1).
    # The maximum matching is 042 -> G2, 045 -> G1: TP 2, FP 0, FN 0.
    gold = art(gev("RUS", "KGZ", "04"), gev("RUS", "KGZ", "042"))
    score = score_record(gold, [pred("RUS", "KGZ", "042"), pred("RUS", "KGZ", "045")])
    assert score.code == Counts(tp=2)


def test_matching_reroutes_a_date_preferred_pair() -> None:
    # G1 accepts "04" in May, G2 accepts "042" in October (both core).
    # P1 = 042 dated May fits G1 (dates fit) and G2 (code only) and prefers G1.
    # P2 = 045 dated October fits only G1. A greedy pass gives P1 -> G1 and leaves P2:
    # TP 1, FP 1, FN 1. The maximum matching moves P1 to G2: TP 2, FP 0, FN 0.
    # Dated level: P1 fits G1 only, P2 fits nothing (October not in May): TP 1, FP 1, FN 1.
    gold = art(gev("RUS", "KGZ", "04", dates=("2023-05-01", "2023-05-31")),
               gev("RUS", "KGZ", "042", dates=("2023-10-01", "2023-10-31")))
    score = score_record(gold, [pred("RUS", "KGZ", "042", "2023-05-20", "day"),
                                pred("RUS", "KGZ", "045", "2023-10-12", "day")])
    assert score.code == Counts(tp=2)
    assert score.dated == Counts(tp=1, fp=1, fn=1)
    # date accuracy on the code-level pairs: P1-G2 (May vs Oct: no), P2-G1 (Oct vs May: no).
    assert (score.date_checked, score.date_ok) == (2, 0)


def test_core_gold_is_preferred_over_optional() -> None:
    # core G1 "04", optional G2 "042". One prediction 042 fits both -> it must take G1 (TP).
    gold = art(gev("RUS", "KGZ", "04"), gev("RUS", "KGZ", "042", core=False))
    assert score_record(gold, [pred("RUS", "KGZ", "042")]).code == Counts(tp=1)
    # add 046 (fits G1 only): 046 -> G1 (TP), 042 -> G2 (neutral): TP 1, neutral 1, FP 0.
    two = score_record(gold, [pred("RUS", "KGZ", "042"), pred("RUS", "KGZ", "046")])
    assert two.code == Counts(tp=1, neutral=1)


def test_unknown_parties() -> None:
    # gold target None (read from "---"): predicted None or "---" both match; "GON" does not.
    gold = sent(("---GOV", None, "023"))
    assert score_record(gold, [pred("---GOV", None, "023")]).code == Counts(tp=1)
    assert score_record(gold, [pred("---GOV", "---", "023")]).code == Counts(tp=1)
    assert score_record(gold, [pred("---GOV", "GON", "023")]).code == Counts(fp=1, fn=1)
    # "---GOV" needs the exact code: unknown (None) source does not match it.
    assert score_record(gold, [pred(None, None, "023")]).code == Counts(fp=1, fn=1)


# --- root level ----------------------------------------------------------------------------


def test_root_level() -> None:
    # gold ARN>GON 064, predicted 061: code level TP 0, FP 1, FN 1; root 06 = 06: TP 1.
    score = score_record(sent(("ARN", "GON", "064")), [pred("ARN", "GON", "061")])
    assert score.code == Counts(fp=1, fn=1)
    assert score.root == Counts(tp=1)


def test_root_level_article_prefixes() -> None:
    # accepted ["042", "043"], predicted 040: code FP 1 FN 1; root 04 in {04}: TP 1.
    score = score_record(art(gev("RUS", "KGZ", "042", "043")), [pred("RUS", "KGZ", "040")])
    assert (score.code, score.root) == (Counts(fp=1, fn=1), Counts(tp=1))


def test_root_level_does_not_merge_distinct_codes() -> None:
    # gold 042 and 043, predicted 042 and 043: dedup is on the full code, so at root
    # level there are still two predictions for two gold events: TP 2 (not TP 1, FN 1).
    gold = art(gev("RUS", "KGZ", "042"), gev("RUS", "KGZ", "043"))
    score = score_record(gold, [pred("RUS", "KGZ", "042"), pred("RUS", "KGZ", "043")])
    assert score.root == Counts(tp=2)


# --- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "precision", "interval"), [
    ("2023-10-12", "day", ("2023-10-12", "2023-10-12")),
    ("2023-10-12", "week", ("2023-10-12", "2023-10-18")),  # 7 days: 12..18
    ("2023-12-29", "week", ("2023-12-29", "2024-01-04")),  # across the year end
    ("2024-02-10", "month", ("2024-02-01", "2024-02-29")),  # leap year
    ("2023-02-10", "month", ("2023-02-01", "2023-02-28")),
    ("2023-06-15", "year", ("2023-01-01", "2023-12-31")),
])
def test_predicted_interval(value: str, precision: str, interval: tuple[str, str]) -> None:
    assert predicted_interval(D(value), precision) == (D(interval[0]), D(interval[1]))


def test_predicted_interval_without_date() -> None:
    assert predicted_interval(D("2023-10-11"), "article") is None
    assert predicted_interval(D("2023-10-11"), None) is None
    assert predicted_interval(None, "day") is None
    with pytest.raises(ValueError, match="fortnight"):
        predicted_interval(D("2023-10-11"), "fortnight")


@pytest.mark.parametrize(("gold_dates", "day", "precision", "inside"), [
    # day: 12 in [12, 12] yes; 13 not.
    (("2023-10-12", "2023-10-12"), "2023-10-12", "day", True),
    (("2023-10-12", "2023-10-12"), "2023-10-13", "day", False),
    # week: [9, 15] in [9, 15] yes; [10, 16] not (16 > 15).
    (("2023-10-09", "2023-10-15"), "2023-10-09", "week", True),
    (("2023-10-09", "2023-10-15"), "2023-10-10", "week", False),
    # month: October = [1, 31] in [1, 31] yes; not in [1, 30].
    (("2023-10-01", "2023-10-31"), "2023-10-17", "month", True),
    (("2023-10-01", "2023-10-30"), "2023-10-17", "month", False),
    # a month is never inside a single day of it.
    (("2023-10-12", "2023-10-12"), "2023-10-12", "month", False),
    # year: 2023 in [2023-01-01, 2023-12-31] yes; not in [2023-03-01, 2023-12-31].
    (("2023-01-01", "2023-12-31"), "2023-06-01", "year", True),
    (("2023-03-01", "2023-12-31"), "2023-06-01", "year", False),
    # no predicted date (article precision / none) never fits a dated gold event.
    (("2023-10-11", "2023-10-11"), "2023-10-11", "article", False),
    (("2023-10-11", "2023-10-11"), None, None, False),
])
def test_dated_level(gold_dates: tuple[str, str], day: str | None, precision: str | None,
                     inside: bool) -> None:
    # code level always TP 1. dated: inside -> TP 1; outside -> TP 0, FP 1, FN 1.
    # date accuracy: 1 checked, 1 or 0 right.
    gold = art(gev("RUS", "KGZ", "042", dates=gold_dates))
    score = score_record(gold, [pred("RUS", "KGZ", "042", day, precision)])
    assert score.code == Counts(tp=1)
    assert score.dated == (Counts(tp=1) if inside else Counts(fp=1, fn=1))
    assert (score.date_checked, score.date_ok) == (1, int(inside))


def test_undated_gold_matches_on_triple_alone() -> None:
    # gold dates null: any prediction date (or none) matches at dated level; no date check.
    gold = art(gev("RUS", "KGZ", "042"))
    for day, precision in (("2019-01-01", "day"), (None, None), ("2023-10-11", "article")):
        score = score_record(gold, [pred("RUS", "KGZ", "042", day, precision)])
        assert score.dated == Counts(tp=1)
        assert score.date_checked == 0


def test_date_ties_prefer_the_gold_event_whose_dates_fit() -> None:
    # two RUS>KGZ 04x gold events, May and October; one prediction dated in October.
    # code level pairs it with the October event: TP 1, FN 1; date accuracy 1/1.
    gold = art(gev("RUS", "KGZ", "04", dates=("2023-05-01", "2023-05-31")),
               gev("RUS", "KGZ", "04", dates=("2023-10-01", "2023-10-31")))
    score = score_record(gold, [pred("RUS", "KGZ", "042", "2023-10-12", "day")])
    assert score.code == Counts(tp=1, fn=1) and score.dated == Counts(tp=1, fn=1)
    assert (score.date_checked, score.date_ok) == (1, 1)
    assert [line.outcome for line in score.expected] == ["fn", "tp"]


def test_dedup_keeps_every_date() -> None:
    # copies dated 5 Oct and 12 Oct merge into one prediction; gold is 12 Oct: dated TP 1.
    gold = art(gev("RUS", "KGZ", "042", dates=("2023-10-12", "2023-10-12")))
    score = score_record(gold, [pred("RUS", "KGZ", "042", "2023-10-05", "day"),
                                pred("RUS", "KGZ", "042", "2023-10-12", "day")])
    assert score.dated == Counts(tp=1)


# --- per-root, status ----------------------------------------------------------------------


def test_roots_breakdown() -> None:
    # gold 064 (hit) and 173 (missed); predicted 064 and 190 (wrong):
    # 06: TP 1 (predicted root); 17: FN 1 (gold root); 19: FP 1 (predicted root).
    gold = sent(("ARN", "GON", "064"), ("ARN", "GON", "173"))
    score = score_record(gold, [pred("ARN", "GON", "064"), pred("ARN", "GON", "190")])
    assert dict(score.roots) == {"06": Counts(tp=1), "17": Counts(fn=1), "19": Counts(fp=1)}


def test_missed_gold_with_several_prefixes_files_under_the_first() -> None:
    score = score_record(art(gev("TUR", "AZE", "036", "04")), [])
    assert dict(score.roots) == {"03": Counts(fn=1)}


def test_optional_match_is_not_in_the_roots_table() -> None:
    gold = art(gev("RUS", "KGZ", "042", core=False))
    assert score_record(gold, [pred("RUS", "KGZ", "042")]).roots == ()


@pytest.mark.parametrize(("statuses", "ok"), [
    (["planned"], 1),  # the one prediction says planned: right
    (["asserted"], 0),  # says asserted: wrong (still a TP at code level)
    (["planned", "asserted"], 0),  # disagreeing copies: wrong
    (["planned", "planned"], 1),
])
def test_status_accuracy(statuses: list[str], ok: int) -> None:
    gold = art(gev("RUS", "KGZ", "042", status="planned"))
    score = score_record(gold, [pred("RUS", "KGZ", "042", status=s) for s in statuses])
    assert score.code == Counts(tp=1)
    assert (score.status_checked, score.status_ok) == (1, ok)


def test_status_not_checked_without_gold_status_or_prediction() -> None:
    assert score_record(art(gev("RUS", "KGZ", "042")),
                        [pred("RUS", "KGZ", "042")]).status_checked == 0
    assert score_record(art(gev("RUS", "KGZ", "042", status="planned")),
                        []).status_checked == 0


# --- adapter from pipeline events -------------------------------------------------------------


def event(source: Actor | None, target: Actor | None, cameo: str, day: str | None = None,
          precision: str | None = None, status: str = "asserted") -> Event:
    return Event(event_id="e", article_ids=("a",), source=source, target=target, cameo=cameo,
                 cameo_root=cameo[:2], cameo_name=None, quad_class=None, goldstein=None,
                 plover=None, status=status, evidence=(), date=day,  # type: ignore[arg-type]
                 date_precision=precision)  # type: ignore[arg-type]


KREMLIN = Actor(text="the Kremlin", code="RUSGOV", country="RUS")
NATO = Actor(text="NATO", code="IGOWSTNAT", org="NATO")


def test_predictions_from_events_by_shape() -> None:
    events = [event(KREMLIN, NATO, "112", "2023-10-12", "day", "reported"),
              event(None, KREMLIN, "0251")]
    assert predictions_from_events(events, "sentence") == [
        Prediction("RUSGOV", "IGOWSTNAT", "112", D("2023-10-12"), "day", "reported"),
        Prediction(None, "RUSGOV", "0251", None, None, "asserted")]
    assert predictions_from_events(events, "article") == [
        Prediction("RUS", "NATO", "112", D("2023-10-12"), "day", "reported"),
        Prediction(None, "RUS", "0251", None, None, "asserted")]


def test_predictions_from_events_dates() -> None:
    [month] = predictions_from_events([event(KREMLIN, NATO, "112", "2023-10", "month")],
                                      "article")
    assert month.interval == (D("2023-10-01"), D("2023-10-31"))
    with pytest.raises(DateError, match="not ISO"):
        predictions_from_events([event(KREMLIN, NATO, "112", "12 Oct", "day")], "article")
    with pytest.raises(ValueError, match="shape"):
        predictions_from_events([], "paragraph")
