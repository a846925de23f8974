# corpus: safe REL110
"""An argparse CLI that prints, with its entry point in a separate console-script setup."""

import argparse

from .migrate import plan


def cli():
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", default="default")
    args = parser.parse_args()
    for step in plan(args.database):
        print(step)
