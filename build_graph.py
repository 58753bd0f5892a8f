#!/usr/bin/env python3
"""Build a knowledge graph from news articles: exactly what ``kg build`` does.

    python build_graph.py INPUT... --output FILE [--base IRI] [--store DIR]
"""
import sys

from kg.cli import main

if __name__ == "__main__":
    main(["build", *sys.argv[1:]])
