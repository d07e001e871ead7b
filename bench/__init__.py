"""Benchmarks for luma-client (not tests: nothing here asserts on time).

``python -m bench`` runs every figure and writes ``bench/RESULTS.md``; ``python -m bench NAME``
runs one (see ``bench/README.md``). Every figure times the client against a baseline doing
the same work by hand, interleaved in the same process, and reports the ratio.
"""
