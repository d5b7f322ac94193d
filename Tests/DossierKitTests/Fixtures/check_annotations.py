#!/usr/bin/env python3
"""Validate the hand annotations in annotations/*.json against their article files.

Checks that every "sentence", "quote" and date "expression" is an exact substring of the
article, that quotes start right after an opening quotation mark, that vocabularies
(stance, qualifier, unit_kind) are respected and that low/high follow the qualifier
rules of the annotation policy in the extraction brief. Run from anywhere:
    python3 Tests/DossierKitTests/Fixtures/check_annotations.py
Exit status 1 when anything is wrong.
"""
import json
import math
import re
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent
ROOT = FIXTURES.parents[2]  # package root: Tests/DossierKitTests/Fixtures -> ../../..

STANCES = {"asserted", "confirmed", "denied", "not confirmed", "hedged"}
QUALIFIERS = {None, "about", "nearly", "up to", "more than", "at least", "less than",
              "at most", "between", "exactly"}
UNIT_KINDS = {"people", "money", "percent", "things", "duration", "distance", "area",
              "weight", "volume", "speed"}
OPENING_MARKS = "\"“‘«„‚'"
DAY = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
KEYS = {"article", "published", "figures", "quotes", "statements", "dates", "notes"}


def expected_interval(q, v, high):
    """(low, high) the policy prescribes for qualifier q and value v."""
    if q in (None, "exactly"):
        return v, v
    if q == "about":
        return 0.9 * v, 1.1 * v
    if q == "nearly":
        return 0.9 * v, v
    if q in ("up to", "at most", "less than"):
        return 0, v
    if q in ("more than", "at least"):
        return v, None
    if q == "between":
        return v, high
    raise ValueError(q)


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def check(path):
    errors = []
    doc = json.loads(path.read_text(encoding="utf-8"))
    if set(doc) != KEYS:
        errors.append(f"keys {sorted(doc)} != {sorted(KEYS)}")
    article = ROOT / doc["article"]
    if not article.exists():
        return [f"article not found: {doc['article']}"], doc
    if article.stem != path.stem:
        errors.append(f"annotation name {path.stem} != article stem {article.stem}")
    text = article.read_text(encoding="utf-8")

    pub = doc["published"]
    if pub is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub):
        errors.append(f"published {pub!r} not YYYY-MM-DD")
    front = re.search(r"^published:\s*(\S+)\s*$", text, re.M) if text.startswith("---") else None
    if (front.group(1) if front else None) != pub:
        errors.append(f"published {pub!r} != front matter {front.group(1) if front else None!r}")

    def substring(s, what):
        if not isinstance(s, str) or s not in text:
            errors.append(f"{what} not in article: {s!r}")
            return False
        return True

    for f in doc["figures"]:
        s = f["sentence"]
        if substring(s, "figure sentence") and not 4 <= len(s.split()) <= 10:
            errors.append(f"figure sentence should be 4-10 words: {s!r}")
        if f["qualifier"] not in QUALIFIERS:
            errors.append(f"bad qualifier {f['qualifier']!r} in {s!r}")
            continue
        if f["unit_kind"] not in UNIT_KINDS:
            errors.append(f"bad unit_kind {f['unit_kind']!r} in {s!r}")
        if not f["unit"]:
            errors.append(f"empty unit in {s!r}")
        lo, hi = expected_interval(f["qualifier"], f["value"], f["high"])
        if not close(f["low"], lo) or not close(f["high"], hi):
            errors.append(f"interval [{f['low']}, {f['high']}] != [{lo}, {hi}] for {s!r}")

    uses = {}
    for q in doc["quotes"]:
        s = q["quote"]
        if not substring(s, "quote"):
            continue
        uses[s] = uses.get(s, 0) + 1
        starts = [m.start() for m in re.finditer(re.escape(s), text)]
        after_mark = [i for i in starts if i > 0 and text[i - 1] in OPENING_MARKS]
        if len(after_mark) < uses[s]:
            errors.append(f"quote {s!r} does not start right after an opening mark "
                          f"({len(after_mark)} such occurrence(s) for {uses[s]} annotation(s))")
        if not 1 <= len(s.split()) <= 8:
            errors.append(f"quote should be the first 1-8 words: {s!r}")
        if q["speaker"] is not None and not q["speaker"].strip():
            errors.append(f"blank speaker for {s!r}")
        if not isinstance(q["aliases"], list):
            errors.append(f"aliases must be a list for {s!r}")

    for st in doc["statements"]:
        s = st["sentence"]
        if substring(s, "statement sentence") and not 4 <= len(s.split()) <= 10:
            errors.append(f"statement sentence should be 4-10 words: {s!r}")
        if st["stance"] not in STANCES:
            errors.append(f"bad stance {st['stance']!r} for {s!r}")

    counts = {}
    for d in doc["dates"]:
        e = d["expression"]
        if substring(e, "date expression"):
            counts[e] = counts.get(e, 0) + 1
            if text.count(e) < counts[e]:
                errors.append(f"date {e!r} annotated {counts[e]}x but occurs {text.count(e)}x")
        r = d["resolved"]
        if r is not None and not DAY.match(r):
            errors.append(f"resolved {r!r} not YYYY[-MM[-DD]]")
    return errors, doc


def main():
    failed = False
    files = sorted((FIXTURES / "annotations").glob("*.json"))
    if not files:
        print("no annotation files found")
        return 1
    for path in files:
        errors, doc = check(path)
        n = {k: len(doc.get(k, [])) for k in ("figures", "quotes", "statements", "dates")}
        status = "ok" if not errors else f"{len(errors)} error(s)"
        print(f"{path.stem:28} F{n['figures']:3} Q{n['quotes']:3} S{n['statements']:3} D{n['dates']:3}  {status}")
        for e in errors:
            print("    -", e)
        failed |= bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
