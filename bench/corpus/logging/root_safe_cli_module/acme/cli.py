# corpus: safe REL112
"""An argparse entry point configures logging from a --verbose flag."""

import argparse
import logging


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)
