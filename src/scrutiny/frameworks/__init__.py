"""Framework and library knowledge, as data: qualified names, argument positions, kinds.

Rules import these tables; they never spell out library APIs themselves. Adding a library is adding
rows here (and a fixture that proves them).
"""
