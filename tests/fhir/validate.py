# SPDX-FileCopyrightText: 2026 The KnotMap developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks a KnotMap FHIR export: valid against the official FHIR R4 JSON schema, every
reference inside the bundle resolves, every code is one docs/EXPORT.md lists, and the
counts match the database it came from.

usage: validate.py SCHEMA BUNDLE CODES DATABASE [FROM TO]
"""
import json
import sqlite3
import sys

import jsonschema

schema_path, bundle_path, codes_path, db_path = sys.argv[1:5]
first, last = (sys.argv[5:7] + [None, None])[:2]
problems = []

schema = json.load(open(schema_path))
# The schema ships with Medplum's own backbone elements listed as resources; they carry no
# resourceType, so any resource would match them too and "oneOf" could never hold.
# Only true resources (with their resourceType fixed) stay in the list.
defs = schema["definitions"]
defs["ResourceList"]["oneOf"] = [
    r for r in defs["ResourceList"]["oneOf"]
    if "const" in defs[r["$ref"].split("/")[-1]].get("properties", {}).get("resourceType", {})
]
bundle = json.load(open(bundle_path))
validator = jsonschema.Draft6Validator(schema)
for error in validator.iter_errors(bundle):
    # The whole-bundle error says only "not valid under any"; say where, per resource.
    problems.append(f"schema: {error.message[:200]}")
if problems:
    for entry in bundle.get("entry", []):
        kind = entry["resource"]["resourceType"]
        one = jsonschema.Draft6Validator({"$ref": f"#/definitions/{kind}", "definitions": defs})
        for error in one.iter_errors(entry["resource"]):
            problems.append(f"{kind} {list(error.absolute_path)}: {error.message[:200]}")

if bundle.get("type") != "collection":
    problems.append("the bundle is not a collection")
urls = {e["fullUrl"] for e in bundle["entry"]}


def walk(node, path):
    if isinstance(node, dict):
        if "reference" in node and node["reference"] not in urls:
            problems.append(f"{path}: reference {node['reference']} names no entry")
        if "system" in node and "code" in node:
            yield node["system"], node["code"], path
        for key, value in node.items():
            yield from walk(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from walk(value, f"{path}[{i}]")


listed = set()
for line in open(codes_path):
    if line.startswith("| `http"):
        cells = [c.strip().strip("`") for c in line.strip().strip("|").split("|")]
        listed.add((cells[0], cells[1]))
own = "https://knotmap.org/fhir/CodeSystem/entry"
for system, code, path in walk(bundle, "Bundle"):
    if system == own:
        continue
    if (system, code) not in listed:
        problems.append(f"{path}: {system} {code} is not in the list of checked codes")

kinds = {}
for e in bundle["entry"]:
    kinds.setdefault(e["resource"]["resourceType"], []).append(e["resource"])
db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
where = ""
if first:
    where = f" WHERE day BETWEEN '{first}' AND '{last}'"
check_ins = db.execute("SELECT count(*) FROM check_in" + where).fetchone()[0]
now_scores = [o for o in kinds.get("Observation", []) if o["code"]["coding"][0]["code"] == "72514-3"]
if len(now_scores) != check_ins:
    problems.append(f"{len(now_scores)} pain-now observations for {check_ins} check-ins")
if not first:
    for table, kind in (("self_care_session", "Procedure"), ("knot", "BodyStructure")):
        n = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        if len(kinds.get(kind, [])) != n:
            problems.append(f"{len(kinds.get(kind, []))} {kind} for {n} rows of {table}")
    readings = db.execute("SELECT count(*) FROM knot_observation").fetchone()[0]
    knot_obs = [o for o in kinds.get("Observation", [])
                if o["code"]["coding"][0]["code"] == "knot-tenderness"]
    if len(knot_obs) != readings:
        problems.append(f"{len(knot_obs)} knot readings for {readings} rows")
    # Every pain mark, with each kind said of it and the worst one.
    marks = db.execute("SELECT kinds, worst FROM pain_area ORDER BY id").fetchall()
    felt = [o for o in kinds.get("Observation", [])
            if o["code"]["coding"][0]["code"] == "pain-felt-here"]
    if len(felt) != len(marks):
        problems.append(f"{len(felt)} pain places for {len(marks)} rows of pain_area")
    bits = {"aching": 1, "burning": 2, "tingling": 16, "numb": 32, "throbbing": 64, "stabbing": 128}
    for (mark_kinds, worst), o in zip(marks, felt):
        said = 0
        flagged = False
        for c in o.get("component", []):
            code = c["code"]["coding"][0]["code"]
            if code == "pain-quality":
                said |= bits[c["valueCodeableConcept"]["coding"][0]["code"].removeprefix("felt-as-")]
            elif code == "worst-pain":
                flagged = c["valueBoolean"]
        if said != mark_kinds or flagged != bool(worst):
            problems.append(f"pain place {o['bodySite']['text']}: kinds {said} worst {flagged}, "
                            f"stored {mark_kinds} {worst}")
    answers = db.execute("SELECT count(*) FROM red_flag_answer").fetchone()[0]
    items = sum(len(r["item"]) for r in kinds.get("QuestionnaireResponse", []))
    if items != answers:
        problems.append(f"{items} answered items for {answers} answers")

for p in problems[:40]:
    print("FAIL:", p, file=sys.stderr)
if problems:
    sys.exit(1)
print(f"ok: {len(bundle['entry'])} resources valid against FHIR R4 "
      f"({', '.join(f'{len(v)} {k}' for k, v in sorted(kinds.items()))})")
