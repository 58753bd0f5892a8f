"""How long networks of a large synthetic corpus take to build and draw.

    python bench/bench_network.py                 # 10,000 articles, conferrals and full views
    python bench/bench_network.py --articles 2000 --view officials --out /tmp/bench

Prints one line per step (seconds); the pictures are left in --out for a look.
Target: under a minute for each picture of a 10,000-article corpus.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from kg.draw import draw_html, draw_png
from kg.network import VIEWS, network_view
from kg.synthetic import synthetic_graph


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--view", action="append", choices=VIEWS,
                        help="view to draw (repeatable; default: conferrals and full)")
    parser.add_argument("--out", type=Path, default=None, help="folder for the pictures (default: a temp dir)")
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="bench-network-"))
    out.mkdir(parents=True, exist_ok=True)

    t = time.perf_counter()
    graph = synthetic_graph(args.articles, seed=args.seed)
    print(f"synthetic graph  {args.articles:>7,} articles  {len(graph):>9,} triples  {time.perf_counter() - t:7.2f} s")
    for view in args.view or ["conferrals", "full"]:
        t = time.perf_counter()
        g = network_view(graph, view)
        print(f"{view:<11} view  {g.number_of_nodes():>7,} nodes  {g.number_of_edges():>11,} links  "
              f"{time.perf_counter() - t:7.2f} s")
        title = f"{view.capitalize()} network of {args.articles:,} synthetic articles"
        t = time.perf_counter()
        png = draw_png(g, out / f"{view}.png", title=title)
        print(f"{view:<11} PNG   {png.stat().st_size / 1e3:>10,.0f} kB  {'':>11}  {time.perf_counter() - t:7.2f} s  {png}")
        t = time.perf_counter()
        page = draw_html(g, out / f"{view}.html", title=title)
        print(f"{view:<11} HTML  {page.stat().st_size / 1e3:>10,.0f} kB  {'':>11}  {time.perf_counter() - t:7.2f} s  {page}")


if __name__ == "__main__":
    main()
