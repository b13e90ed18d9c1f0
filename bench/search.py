"""Patient search: latency and recall@10 of desk's index against two peers, same run.

Queries are FEBRL duplicates (a record's typo'd twin) looking for their originals, which
hide in a synthetic population of the given size. Each query is run name-only and with
the duplicate's birth date. Peers: rapidfuzz ``process.extract`` (WRatio) over every
patient's text, and a plain SQLite FTS5 trigram query (words OR'ed, top 200 by bm25,
re-ranked with WRatio).

Populations are built once and cached under ``--cache`` (default /tmp/desk-bench); they
hold FEBRL and synthetic data only.

    python -m bench.search                       # 100k patients, about three minutes
    python -m bench.search --sizes 100000,1000000 --json
    python -m bench.search --cipher                   # the same on an encrypted copy

Recall@10 is reported over all queries and over the recognisable ones: both name parts
of the duplicate are present, and each is within Jaro-Winkler 0.80 of the original's
(rapidfuzz) or shares a Double Metaphone code with it (:func:`bench.febrl.recognisable`,
defined apart from desk's matcher).
"""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

from rapidfuzz import fuzz, process
from sqlalchemy import Connection, create_engine

from bench.febrl import SearchCase, population, search_cases
from bench.report import emit, median, parser, percentile
from desk.frontdesk.model import Patient
from desk.frontdesk.normalize import fold
from desk.frontdesk.search import PatientIndex

DATA_VERSION = "7"


def _label(size: int) -> str:
    return f"{size // 1_000_000}m" if size >= 1_000_000 and size % 1_000_000 == 0 \
        else f"{size // 1000}k"


def _peer_text(p: Patient) -> str:
    birth = p.birth_date.isoformat() if p.birth_date else ""
    return fold(f"{p.given} {p.family} {birth}").strip()


def build(size: int, cache: Path, originals: list[Patient]) -> Path:
    """The cached database of ``size`` patients: desk's index and the peers' table."""
    path = cache / f"search-{size}-v{DATA_VERSION}.db"
    if path.exists():
        return path
    cache.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    t0 = time.perf_counter()
    pop = population(size, originals)
    engine = create_engine(f"sqlite:///{tmp}")
    with engine.begin() as c:
        index = PatientIndex(c)
        index.ensure_schema()
        index.rebuild(pop)
        c.exec_driver_sql("CREATE TABLE bench_peer (rid INTEGER PRIMARY KEY, id TEXT, text TEXT)")
        c.exec_driver_sql("CREATE VIRTUAL TABLE bench_fts USING fts5(text, tokenize='trigram')")
        rows = [(n, p.id, _peer_text(p)) for n, p in enumerate(pop, 1)]
        c.exec_driver_sql("INSERT INTO bench_peer VALUES (?, ?, ?)", rows)
        c.exec_driver_sql("INSERT INTO bench_fts (rowid, text) SELECT rid, text FROM bench_peer")
        c.exec_driver_sql("INSERT INTO bench_fts(bench_fts) VALUES ('optimize')")
    engine.dispose()
    os.replace(tmp, path)
    print(f"# built {path} in {time.perf_counter() - t0:.0f} s", flush=True)
    return path


def encrypted_copy(path: Path) -> Path:
    """A SQLCipher-encrypted copy of a cached population (key ``bench-key``)."""
    enc = path.with_name(path.stem + "-cipher.db")
    if enc.exists():
        return enc
    import sqlcipher3

    tmp = enc.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    con = sqlcipher3.connect(str(path))
    con.execute(f"ATTACH DATABASE '{tmp}' AS enc KEY 'bench-key'")
    con.execute("SELECT sqlcipher_export('enc')")
    con.execute("DETACH DATABASE enc")
    con.close()
    os.replace(tmp, enc)
    return enc


def _query(case: SearchCase, with_birth: bool) -> str:
    return f"{case.names} {case.birth}".strip() if with_birth else case.names


def run_desk(c: Connection, cases: list[SearchCase], with_birth: bool
             ) -> tuple[list[float], list[bool]]:
    """Latencies, and whether each query's original was in desk's top ten."""
    index = PatientIndex(c)
    times, found = [], []
    for case in cases:
        q = _query(case, with_birth)
        t = time.perf_counter()
        hits = index.search(q, limit=10)
        times.append((time.perf_counter() - t) * 1000)
        found.append(any(h.patient_id == case.target for h in hits))
    return times, found


def recall(cases: list[SearchCase], found: list[bool], *, subset: bool = False) -> float:
    """recall@10 over all ``cases``, or over the recognisable ones only."""
    picked = [ok for case, ok in zip(cases, found, strict=True)
              if case.recognisable or not subset]
    return sum(picked) / max(len(picked), 1)


def run_rapidfuzz(ids: list[str], texts: list[str], cases: list[SearchCase], with_birth: bool
                  ) -> tuple[list[float], list[bool]]:
    times, found = [], []
    for case in cases:
        q = fold(_query(case, with_birth))
        t = time.perf_counter()
        best = process.extract(q, texts, scorer=fuzz.WRatio, limit=10)
        times.append((time.perf_counter() - t) * 1000)
        found.append(any(ids[i] == case.target for _, _, i in best))
    return times, found


def run_fts(c: Connection, cases: list[SearchCase], with_birth: bool
            ) -> tuple[list[float], list[bool]]:
    times, found = [], []
    for case in cases:
        q = fold(_query(case, with_birth))
        t = time.perf_counter()
        words = [w for w in q.replace('"', " ").split() if len(w) >= 3]
        top: list[str] = []
        if words:
            rows = c.exec_driver_sql(
                "SELECT p.id, p.text FROM bench_fts JOIN bench_peer AS p ON p.rid = bench_fts.rowid"
                " WHERE bench_fts MATCH ? ORDER BY rank LIMIT 200",
                (" OR ".join(f'"{w}"' for w in words),)).all()
            texts = [r[1] for r in rows]
            top = [rows[i][0] for _, _, i in
                   process.extract(q, texts, scorer=fuzz.WRatio, limit=10)]
        times.append((time.perf_counter() - t) * 1000)
        found.append(case.target in top)
    return times, found


def main(argv: list[str] | None = None) -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--sizes", default="100000", help="population sizes, comma-separated")
    p.add_argument("--queries", type=int, default=1000, help="FEBRL duplicates used as queries")
    p.add_argument("--peer-queries", type=int, default=200,
                   help="queries given to the rapidfuzz peer (it scans every patient)")
    p.add_argument("--cache", type=Path, default=Path("/tmp/desk-bench"))
    p.add_argument("--cipher", action="store_true",
                   help="search an SQLCipher-encrypted copy, as the application does")
    args = p.parse_args(argv)
    if args.smoke:
        args.sizes, args.queries, args.peer_queries = "12000", 20, 10

    originals, all_cases = search_cases()
    rnd = random.Random(7)
    cases = rnd.sample(all_cases, min(args.queries, len(all_cases)))
    peer_cases = cases[:args.peer_queries]
    figures: dict[str, float] = {
        "queries": len(cases), "peer_rapidfuzz_queries": len(peer_cases),
        "queries_recognisable": sum(case.recognisable for case in cases)}
    rows: list[list[object]] = []
    for size in (int(s) for s in args.sizes.split(",")):
        lab = _label(size)
        path = build(size, args.cache, originals)
        if args.cipher:
            engine = create_engine(f"sqlite+pysqlcipher://:bench-key@/{encrypted_copy(path)}")
        else:
            engine = create_engine(f"sqlite:///{path}")
        with engine.connect() as c:
            texts_rows = c.exec_driver_sql("SELECT id, text FROM bench_peer ORDER BY rid").all()
            ids = [r[0] for r in texts_rows]
            texts = [r[1] for r in texts_rows]
            run_desk(c, cases[:50], True)  # warm the page cache
            run_fts(c, cases[:50], True)
            all_times: dict[str, list[float]] = {"desk": [], "fts": [], "rapidfuzz": []}
            for with_birth, kind in ((True, "dob"), (False, "name")):
                dt, dfound = run_desk(c, cases, with_birth)
                ft, ffound = run_fts(c, cases, with_birth)
                rt, rfound = run_rapidfuzz(ids, texts, peer_cases, with_birth)
                all_times["desk"] += dt
                all_times["fts"] += ft
                all_times["rapidfuzz"] += rt
                for subset, part in ((False, ""), (True, "recognisable_")):
                    dr = recall(cases, dfound, subset=subset)
                    fr = recall(cases, ffound, subset=subset)
                    rr = recall(peer_cases, rfound, subset=subset)
                    figures[f"recall10_{kind}_{part}{lab}"] = dr
                    figures[f"peer_fts_recall10_{kind}_{part}{lab}"] = fr
                    figures[f"peer_rapidfuzz_recall10_{kind}_{part}{lab}"] = rr
                    rows.append([f"recall@10 {kind} {lab}" if not subset
                                 else "  recognisable names only", dr,
                                 f"fts {fr:.3f} / rf {rr:.3f}", ""])
                figures[f"p95_ms_{kind}_{lab}"] = percentile(dt, 95)
            for who, key in (("desk", ""), ("fts", "peer_fts_"), ("rapidfuzz", "peer_rapidfuzz_")):
                figures[f"{key}p50_ms_{lab}"] = median(all_times[who])
                figures[f"{key}p95_ms_{lab}"] = percentile(all_times[who], 95)
            for stat in ("p50", "p95"):
                d = figures[f"{stat}_ms_{lab}"]
                f = figures[f"peer_fts_{stat}_ms_{lab}"]
                r = figures[f"peer_rapidfuzz_{stat}_ms_{lab}"]
                figures[f"ratio_{stat}_{lab}_vs_fts"] = d / f
                figures[f"ratio_{stat}_{lab}_vs_rapidfuzz"] = d / r
                rows.append([f"{stat} ms {lab}", d, f"fts {f:.1f} / rf {r:.1f}",
                             f"{d / f:.2f} / {d / r:.3f}"])
        engine.dispose()
    figures["encrypted"] = int(args.cipher)
    emit(f"patient search: {len(cases)} FEBRL duplicate queries (rapidfuzz peer: "
         f"{len(peer_cases)}){' on SQLCipher' if args.cipher else ''}", rows, figures,
         as_json=args.json)


if __name__ == "__main__":
    main()
