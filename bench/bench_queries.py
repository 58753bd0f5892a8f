"""Benchmark: every bundled query on the embedded Oxigraph store vs rdflib's in-memory engine.

Not a unit test. Generates a synthetic, contract-shaped graph of about a million triples
(``kg.synthetic``), loads it into an on-disk Oxigraph store (what ``kg build --store`` makes and
``kg query --store`` reads), into an in-memory Oxigraph store (what ``kg query --graph`` makes)
and into an rdflib ``Graph``, then times each query of ``queries/`` on all three, in one run,
and prints the medians and the rdflib / store ratio as a Markdown table.

Each rdflib run happens in a forked child (the loaded graph is shared copy-on-write), so that
a query slower than ``--timeout`` is stopped and reported as ``>N s``.

    python bench/bench_queries.py                       # 50,000 articles, about 1.04M triples
    python bench/bench_queries.py --articles 2000 --allow-small --json out/bench.json
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import statistics
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

MILLION = 1_000_000


@dataclass
class Timing:
    query: str
    rows_oxigraph: int
    oxigraph_s: float  # median
    memory_s: float  # median on an in-memory Oxigraph store (what kg query --graph uses)
    rows_rdflib: int | None  # None when rdflib timed out
    rdflib_s: float | None  # median; None when it timed out
    rdflib_timed_out: bool
    rdflib_floor: float = 0.0  # the timeout, when rdflib timed out

    def ratio(self) -> str:
        """How many times slower rdflib was (a lower bound after a timeout)."""
        if self.rdflib_timed_out:
            return f">{self.rdflib_floor / max(self.oxigraph_s, 1e-6):,.0f}x"
        return f"{self.rdflib_s / max(self.oxigraph_s, 1e-6):,.1f}x"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=50_000, help="synthetic articles (about 21 triples each)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeats", type=int, default=5, help="Oxigraph runs per query (median)")
    parser.add_argument("--rdflib-repeats", type=int, default=3, help="rdflib runs per query (median)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before an rdflib run is stopped")
    parser.add_argument("--queries", nargs="*", help="only these bundled queries")
    parser.add_argument("--workdir", type=Path, help="where the graph and store go (default: a temporary folder)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--allow-small", action="store_true", help="allow a graph under a million triples")
    return parser.parse_args(argv)


def timed(function, *args):
    started = time.perf_counter()
    value = function(*args)
    return value, time.perf_counter() - started


def oxigraph_runs(store, text: str, repeats: int) -> tuple[int, float]:
    """Row count and median seconds of a query on the Oxigraph store (the ``kg query --store`` path)."""
    from kg.query import query_oxigraph

    seconds = []
    rows = 0
    for _ in range(repeats):
        result, elapsed = timed(query_oxigraph, store, text)
        rows = len(result.rows)
        seconds.append(elapsed)
    return rows, statistics.median(seconds)


def _rdflib_child(graph, text: str, connection) -> None:
    started = time.perf_counter()
    try:
        rows = len(list(graph.query(text)))
    except Exception as exc:  # an rdflib bug must not end the benchmark
        connection.send((f"{type(exc).__name__}: {exc}", None))
    else:
        connection.send((rows, time.perf_counter() - started))
    connection.close()


def rdflib_runs(graph, text: str, repeats: int, timeout: float) -> tuple[int | None, float | None]:
    """Row count and median seconds on rdflib, each run in a forked child; (None, None) on a timeout."""
    context = multiprocessing.get_context("fork")
    seconds = []
    rows = None
    for _ in range(repeats):
        receive, send = context.Pipe(duplex=False)
        child = context.Process(target=_rdflib_child, args=(graph, text, send), daemon=True)
        child.start()
        send.close()
        if not receive.poll(timeout):
            child.terminate()
            child.join()
            return None, None
        rows, elapsed = receive.recv()
        child.join()
        if elapsed is None:
            raise RuntimeError(f"rdflib failed: {rows}")
        seconds.append(elapsed)
    return rows, statistics.median(seconds)


def markdown(timings: list[Timing], timeout: float) -> str:
    lines = ["| query | rows | Oxigraph store (--store), median s | Oxigraph in memory (--graph), median s "
             "| rdflib, median s | rdflib / Oxigraph store |",
             "|---|---:|---:|---:|---:|---:|"]
    for t in timings:
        rdflib = f">{timeout:g}" if t.rdflib_timed_out else f"{t.rdflib_s:.3f}"
        rows = f"{t.rows_oxigraph}" if t.rows_rdflib in (None, t.rows_oxigraph) else \
            f"{t.rows_oxigraph} (rdflib {t.rows_rdflib})"
        lines.append(f"| {t.query} | {rows} | {t.oxigraph_s:.3f} | {t.memory_s:.3f} | {rdflib} | {t.ratio()} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    import pyoxigraph
    import rdflib

    from kg.query import bundled_queries, prepare_query
    from kg.synthetic import synthetic_ntriples

    queries = [q for q in bundled_queries() if not args.queries or q.name in args.queries]
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as scratch:
        workdir = args.workdir or Path(scratch)
        workdir.mkdir(parents=True, exist_ok=True)
        graph_file = workdir / "synthetic.nt"
        triples, generate_s = timed(synthetic_ntriples, args.articles, graph_file)
        print(f"synthetic graph: {args.articles:,} articles, {triples:,} triples in {generate_s:.1f} s", flush=True)
        if triples < MILLION and not args.allow_small:
            print(f"fewer than {MILLION:,} triples: raise --articles (or pass --allow-small)", file=sys.stderr)
            return 2

        store_dir = workdir / "store"
        store = pyoxigraph.Store(str(store_dir))
        _, oxigraph_load = timed(lambda: store.bulk_load(path=str(graph_file),
                                                         format=pyoxigraph.RdfFormat.N_TRIPLES))
        store.flush()
        memory = pyoxigraph.Store()
        memory.bulk_load(path=str(graph_file), format=pyoxigraph.RdfFormat.N_TRIPLES)
        graph = rdflib.Graph()
        _, rdflib_load = timed(lambda: graph.parse(graph_file, format="nt"))
        print(f"load: Oxigraph store {oxigraph_load:.1f} s, rdflib Graph {rdflib_load:.1f} s", flush=True)

        timings = []
        for query in queries:
            _, text = prepare_query(query.name)
            rows_ox, ox_s = oxigraph_runs(store, text, args.repeats)
            _, memory_s = oxigraph_runs(memory, text, args.repeats)
            rows_rd, rd_s = rdflib_runs(graph, text, args.rdflib_repeats, args.timeout)
            timing = Timing(query.name, rows_ox, ox_s, memory_s, rows_rd, rd_s, rd_s is None,
                            rdflib_floor=args.timeout)
            timings.append(timing)
            print(f"  {query.name}: Oxigraph store {ox_s:.3f} s, in memory {memory_s:.3f} s, rdflib "
                  f"{'>' + format(args.timeout, 'g') if rd_s is None else format(rd_s, '.3f')} s "
                  f"({timing.ratio()})", flush=True)

    finished = [t for t in timings if not t.rdflib_timed_out]
    total_ox = sum(t.oxigraph_s for t in timings)
    print()
    print(f"{triples:,} triples; {len(queries)} bundled queries; Oxigraph {args.repeats} runs, "
          f"rdflib {args.rdflib_repeats} runs (timeout {args.timeout:g} s) per query; "
          f"Python {platform.python_version()}, pyoxigraph {pyoxigraph.__version__}, rdflib {rdflib.__version__}, "
          f"{os.cpu_count()} CPUs")
    print()
    print(markdown(timings, args.timeout))
    if finished:
        ratios = [t.rdflib_s / max(t.oxigraph_s, 1e-6) for t in finished]
        print(f"\nmedian ratio over the queries rdflib finished: {statistics.median(ratios):,.1f}x; "
              f"Oxigraph total {total_ox:.2f} s for all {len(timings)} queries; "
              f"{len(timings) - len(finished)} rdflib timeouts")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        document = {"triples": triples, "articles": args.articles, "load_s": {
            "oxigraph": oxigraph_load, "rdflib": rdflib_load}, "timeout_s": args.timeout,
            "queries": [asdict(t) for t in timings]}
        tmp = args.json.with_suffix(args.json.suffix + ".tmp")
        tmp.write_text(json.dumps(document, indent=2), encoding="utf-8")
        os.replace(tmp, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
