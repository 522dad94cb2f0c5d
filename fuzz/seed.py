#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets from the golden scenarios, every run (they are
generated, not committed): fuzz/corpus/<target>/golden-<name>, plus one libFuzzer dictionary
(fuzz/fields.dict) of the field keys and codes the goldens use.

  json_entry    the scenario as JSON text
  form_decode   the scenario flattened to form fields (k␟v␞…, lists as `path.i` + `path.n`)
  query_decode  the same fields as a link (?p=<page>&l=ru&k=v…)
  evaluate      bytes that make the mutator pick golden i unchanged (then lightly mutated)
"""
import json
import pathlib
import re
import sys
import urllib.parse

root = pathlib.Path(__file__).resolve().parent
golden = sorted((root.parent / "engine" / "tests" / "golden").glob("*.json"))
if not golden:
    sys.exit("no golden scenarios in engine/tests/golden")

PAGE = {"ru-group-check": "ru-group", "se-late-interest": "se-deadlines"}
PREFIX = {"se-late-interest": "li."}


def flatten(v, path, out):
    if isinstance(v, dict):
        for k, x in v.items():
            flatten(x, f"{path}.{k}" if path else k, out)
    elif isinstance(v, list):
        out.append((f"{path}.n", str(len(v))))
        for i, x in enumerate(v):
            flatten(x, f"{path}.{i}", out)
    elif isinstance(v, bool):
        out.append((path, "yes" if v else "no"))
    elif v is not None:
        out.append((path, str(v)))


corpus = {t: root / "corpus" / t for t in ("json_entry", "form_decode", "query_decode", "evaluate")}
for d in corpus.values():
    d.mkdir(parents=True, exist_ok=True)

tokens = set()
for i, path in enumerate(golden):
    name = "golden-" + path.stem
    scenario = json.loads(path.read_text(encoding="utf-8"))["scenario"]
    calc = scenario.get("calculator", "")
    corpus["json_entry"].joinpath(name).write_text(json.dumps(scenario, ensure_ascii=False), encoding="utf-8")
    fields = []
    flatten({k: v for k, v in scenario.items() if k != "calculator"}, PREFIX.get(calc, "").rstrip("."), fields)
    corpus["form_decode"].joinpath(name).write_text(
        "".join(f"{k}\x1f{v}\x1e" for k, v in fields), encoding="utf-8")
    q = urllib.parse.urlencode([("p", PAGE.get(calc, calc)), ("l", "ru")] + fields,
                               quote_via=urllib.parse.quote, safe="-_.!~*'()")
    corpus["query_decode"].joinpath(name).write_text("?" + q, encoding="utf-8")
    corpus["evaluate"].joinpath(name).write_bytes(bytes([i % 256, 0]))
    corpus["evaluate"].joinpath(name + "-m").write_bytes(bytes([i % 256, 3]) + path.stem.encode())
    for k, v in fields:
        tokens.add(re.sub(r"\.\d+\.", ".0.", k))
        if not re.fullmatch(r"[-0-9.:T ]*", v):
            tokens.add(v)
    tokens.add(calc)

tokens |= {"\x1f", "\x1e", "yes", "no", "1", ".n", "%", "&", "="}
esc = lambda t: "".join(c if 0x20 <= ord(c) < 0x7f and c not in '"\\' else
                        "".join(f"\\x{b:02x}" for b in c.encode()) for c in t)
(root / "fields.dict").write_text("".join(f'"{esc(t)}"\n' for t in sorted(tokens) if t), encoding="utf-8")
print(f"seeded {len(golden)} golden scenarios into {', '.join(corpus)}; {len(tokens)} dictionary tokens")
