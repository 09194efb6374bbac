"""The merge rule on hand-built events: what merges, the near misses that must not,
and independence from the order events arrive in (issue 6)."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from eventwire.model import Actor, Event, Evidence, Location, Plover, content_hash
from eventwire.store.merge import (
    Member,
    build_fact,
    cluster,
    code_ancestors,
    compatible,
    member_from_record,
    merge,
    outlet_of,
    span_of,
)

PUTIN = Actor("Putin", "person:vladimir-putin", "Vladimir Putin", "RUSGOV", "RUS", "person",
              "head of state")
LAVROV = Actor("Lavrov", "person:sergey-lavrov", "Sergey Lavrov", "RUSGOV", "RUS", "person",
               "foreign minister")
KREMLIN = Actor("the Kremlin", "gov:RUS", "Russia", "RUSGOV", "RUS", "government")
KGZ = Actor("Kyrgyzstan", "state:KGZ", "Kyrgyzstan", "KGZ", "KGZ", "state")
JAPAROV = Actor("Japarov", "person:sadyr-japarov", "Sadyr Japarov", "KGZGOV", "KGZ", "person",
                "head of state")
BISHKEK = Location("Bishkek", "KGZ", 42.87, 74.59)


def make_event(article_id: str, code: str = "042", *, source: Actor | None = PUTIN,
               target: Actor | None = KGZ, day: str | None = "2023-10-12",
               precision: str | None = "day", status: str = "asserted",
               location: Location | None = BISHKEK, n: int = 0,
               sentence: str = "Putin visited Kyrgyzstan.") -> Event:
    """A per-article event as the pipeline would store it."""
    return Event(
        event_id=content_hash(article_id, code, str(n)),
        article_ids=(article_id,), source=source, target=target,
        cameo=code, cameo_root=code[:2], cameo_name=None, quad_class=1, goldstein=1.9,
        plover=Plover("CONSULT", "visit"), status=status,  # type: ignore[arg-type]
        evidence=(Evidence(article_id, sentence, 10 * n, 10 * n + len(sentence), "visited",
                           "test.rule", 10 * n + 6, 10 * n + 13),),
        date=day, date_precision=precision,  # type: ignore[arg-type]
        location=location,
    )


def member(article_id: str = "a1", code: str = "042", *, article_date: date | None = None,
           outlet: str | None = None, **kw) -> Member:
    ev = make_event(article_id, code, **kw)
    return member_from_record(ev.to_record(), article_id, article_date or date(2023, 10, 12),
                              outlet or f"outlet-{article_id}")


def test_reports_of_one_visit_in_different_words_merge():
    planned = member("a1", status="planned", article_date=date(2023, 10, 10))
    arrived = member("a2", sentence="Putin arrived in Bishkek on Thursday.")
    by_kremlin = member("a3", source=KREMLIN, status="reported", day="2023-10-12",
                        sentence="The Kremlin said the president was in Kyrgyzstan.")
    late = member("a4", day="2023-10-13", precision="article", location=None,
                  article_date=date(2023, 10, 13))
    facts = merge([planned, arrived, by_kremlin, late])
    assert len(facts) == 1
    r = facts[0].record
    assert (r["mentions"], r["sources"], r["articles"]) == (4, 4, 4)
    assert r["status"] == "asserted"  # the plan was confirmed by later reports
    assert r["date"] == "2023-10-12" and r["date_precision"] == "day"
    assert r["status_history"][0]["note"].startswith("planned on 2023-10-10 from outlet-a1")
    assert sorted(r["members"]) == sorted(m.event_id for m in (planned, arrived, by_kremlin,
                                                               late))


@pytest.mark.parametrize("other, why", [
    (dict(code="036"), "same dyad, different root"),
    (dict(day="2023-10-26"), "same code, two weeks apart at day precision"),
    (dict(day="2023-10-13"), "the next day at day precision"),
    (dict(source=KGZ, target=PUTIN), "reversed dyad of a directed code"),
    (dict(source=LAVROV), "another known person of the same country"),
    (dict(location=Location("Astana", "KAZ")), "another place"),
    (dict(status="negated"), "a denial does not confirm the visit"),
    (dict(code="043"), "two different specific codes"),
    (dict(day=None, precision=None, status="asserted"), "undated and not planned"),
])
def test_near_misses_do_not_merge(other, why):
    base = member("a1")
    miss = member("a2", **other)
    assert not compatible(base, miss), why
    assert len(merge([base, miss])) == 2, why


def test_compatible_variants_merge():
    base = member("a1")
    assert compatible(base, member("a2", code="040"))  # generic parent
    assert compatible(base, member("a2", location=None))  # unknown place
    assert compatible(base, member("a2", source=KREMLIN))  # person and his government
    assert compatible(base, member("a2", day="2023-10-01", precision="month"))
    assert compatible(base, member("a2", day="2023-10-09", precision="week"))
    assert not compatible(base, member("a2", day="2023-10-16", precision="week"))


def test_undirected_codes_merge_reversed():
    a = member("a1", "044", source=PUTIN, target=JAPAROV)
    b = member("a2", "044", source=JAPAROV, target=PUTIN)
    assert compatible(a, b)
    assert len(merge([a, b])) == 1


def test_undated_plan_merges_within_its_window_and_same_code_only():
    dated = member("a1", article_date=date(2023, 10, 12))
    plan = member("a2", day=None, precision=None, status="planned",
                  article_date=date(2023, 10, 1))
    stale = member("a3", day=None, precision=None, status="planned",
                   article_date=date(2023, 8, 1))
    generic = member("a4", "040", day=None, precision=None, status="planned",
                     article_date=date(2023, 10, 1))
    assert compatible(dated, plan)
    assert not compatible(dated, stale)  # 31-day window ended in September
    assert not compatible(dated, generic)  # undated events need the very same code


def test_month_report_cannot_chain_two_days():
    first = member("a1", day="2023-10-02")
    month = member("a2", day="2023-10-01", precision="month")
    last = member("a3", day="2023-10-30")
    groups = cluster([month, last, first])
    assert sorted(len(g) for g in groups) == [1, 2]
    assert not any({first.event_id, last.event_id} <= {m.event_id for m in g} for g in groups)


def test_merge_is_independent_of_order():
    members = [
        member("a1"), member("a2", day="2023-10-01", precision="month"),
        member("a3", day="2023-10-30"), member("a4", "040"),
        member("a5", status="planned", day=None, precision=None, article_date=date(2023, 10, 2)),
        member("a6", source=KGZ, target=PUTIN, code="043"),
    ]
    expected = [f.record for f in merge(members)]
    for perm in itertools.permutations(members):
        assert [f.record for f in merge(perm)] == expected


def test_fact_id_depends_on_members_only():
    a, b = member("a1"), member("a2")
    assert build_fact([a, b]).fact_id == build_fact([b, a]).fact_id
    assert build_fact([a]).fact_id != build_fact([a, b]).fact_id


def test_outlet_of():
    assert outlet_of("Wire ", "https://x.example/a", "id1") == "Wire"
    assert outlet_of(None, "https://www.News.example/a/b", "id1") == "news.example"
    assert outlet_of("", "news.example/a", "id1") == "news.example"
    assert outlet_of(None, None, "id1") == "id1"


def test_spans_and_code_family():
    assert span_of("2023-10-09", "week", "asserted", None) == (date(2023, 10, 9),
                                                               date(2023, 10, 15))
    assert span_of("2024-02-01", "month", "asserted", None) == (date(2024, 2, 1),
                                                                date(2024, 2, 29))
    assert span_of(None, None, "planned", date(2023, 1, 1)) == (date(2023, 1, 1),
                                                                 date(2023, 2, 1))
    assert span_of(None, None, "asserted", date(2023, 1, 1)) is None
    assert code_ancestors("0421") == {"042", "040", "04"}
    assert code_ancestors("040") == {"04"}
