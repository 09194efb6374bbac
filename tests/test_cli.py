"""The eventwire command as a user meets it: real processes, real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, cwd: Path | None = None, stdin: str | None = None
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "eventwire.cli", *args], capture_output=True, text=True,
        cwd=cwd, input=stdin, timeout=300,
    )


@pytest.fixture(scope="module")
def story_events(story_path) -> tuple[str, list[dict]]:
    proc = run("extract", str(story_path), "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    return story_path.read_text(encoding="utf-8"), [
        json.loads(line) for line in proc.stdout.splitlines()
    ]


def test_story_has_putins_planned_visit_to_kyrgyzstan(story_events):
    _, events = story_events
    visits = [e for e in events if e["cameo"] == "042" and e["source"]["code"] == "RUSGOV"
              and e["target"] and e["target"]["country"] == "KGZ"]
    assert any(e["date"] == "2023-10-12" and e["date_precision"] == "day"
               and e["status"] == "planned" for e in visits), visits


def test_story_has_the_icc_warrant_in_march_2023(story_events):
    _, events = story_events
    warrants = [e for e in events if e["cameo"].startswith("17")
                and e["source"]["actor_id"] == "igo:ICC"]
    assert any(e["date"] == "2023-03-01" and e["date_precision"] == "month"
               for e in warrants), warrants


def test_evidence_offsets_slice_the_article(story_events):
    text, events = story_events
    assert events
    for event in events:
        for ev in event["evidence"]:
            assert text[ev["start"]:ev["end"]] == ev["sentence"]
            assert text[ev["trigger_start"]:ev["trigger_end"]] == ev["trigger"]
            assert ev["rule"]


def test_record_has_every_contract_field(story_events):
    _, events = story_events
    keys = {"event_id", "article_ids", "date", "date_precision", "source", "target", "cameo",
            "cameo_root", "cameo_name", "quad_class", "goldstein", "plover", "status",
            "location", "mentions", "sources", "evidence"}
    for event in events:
        assert set(event) == keys
        assert event["cameo_root"] == event["cameo"][:2]
        assert event["quad_class"] in (1, 2, 3, 4)
        assert event["status"] in ("asserted", "planned", "negated", "reported", "hypothetical")
        assert set(event["source"]) == {"text", "actor_id", "name", "code", "country", "kind",
                                         "role"}


def test_negated_attendance_is_kept_as_negated(story_events):
    _, events = story_events
    # "he would not be attending Friday's CIS meeting": kept, as negated, never as a visit
    attending = [e for e in events if e["source"]["code"] == "ARMGOV"
                 and e["cameo"].startswith("04") and (e["target"] or {}).get("code") == "CIS"]
    assert attending and all(e["status"] == "negated" for e in attending)
    # the phone call with Japarov did happen (reported by the Kyrgyz office)
    call = [e for e in events if e["source"]["code"] == "ARMGOV"
            and (e["target"] or {}).get("code") == "KGZGOV"]
    assert call and all(e["status"] in {"asserted", "reported"} for e in call)


def test_date_option_overrides_and_bad_date_is_one_line(story_path):
    proc = run("extract", str(story_path), "--format", "jsonl", "--date", "2023-99-01")
    assert proc.returncode != 0
    assert proc.stderr.strip().count("\n") == 0 and "--date" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_ingest_is_idempotent_and_reads_back(tmp_path, story_path):
    db = tmp_path / "s.duckdb"
    first = run("ingest", str(story_path), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "1 new, 0 already stored, 0 rejected" in first.stderr
    second = run("ingest", str(story_path), "--db", str(db))
    assert "0 new, 1 already stored" in second.stderr
    assert "events stored: 0" in second.stderr
    events = run("events", "--db", str(db), "--country", "KGZ", "--format", "jsonl")
    rows = [json.loads(line) for line in events.stdout.splitlines()]
    assert rows and all("KGZ" in (r["source"]["country"], (r["target"] or {}).get("country"))
                        for r in rows)
    out = tmp_path / "all.csv"
    export = run("export", str(out), "--db", str(db), "--format", "csv")
    assert export.returncode == 0, export.stderr
    assert out.read_text().startswith("event_id,")


def test_bad_inputs_give_one_line_each_and_keep_going(tmp_path, story_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "rows.jsonl").write_text('{"text": "Russia expelled two Polish diplomats."}\n'
                                         "{not json\n")
    proc = run("ingest", str(tmp_path / "missing.txt"), str(tmp_path),
               "--db", str(tmp_path / "s.duckdb"))
    assert proc.returncode == 0  # something was processed
    lines = proc.stderr.strip().splitlines()
    assert "Traceback" not in proc.stderr
    assert any("missing.txt" in line and "no such file" in line for line in lines)
    assert any("empty.txt" in line for line in lines)
    assert any("binary.txt" in line for line in lines)
    assert any("rows.jsonl:2" in line for line in lines)
    assert "1 new" in lines[-1]


def test_nothing_processable_exits_non_zero(tmp_path):
    proc = run("extract", str(tmp_path / "nope.txt"))
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        line for line in proc.stderr.strip().splitlines() if "nope.txt" in line
    ]


def test_stdin_is_read(story_path):
    proc = run("extract", "-", "--format", "jsonl", "--date", "2023-10-11",
               stdin=story_path.read_text(encoding="utf-8"))
    assert proc.returncode == 0, proc.stderr
    assert any(json.loads(line)["cameo"] == "042" for line in proc.stdout.splitlines())


def test_demo_prints_a_table():
    proc = run("demo")
    assert proc.returncode == 0, proc.stderr
    assert "events from the bundled example" in proc.stdout


def test_every_command_has_help_with_an_example():
    for command in ("extract", "ingest", "events", "export", "eval", "agreement"):
        proc = run(command, "--help")
        assert proc.returncode == 0
        assert "Example:" in proc.stdout, command
