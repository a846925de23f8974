# corpus: safe REL105
import argparse
import sys


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    args = parser.parse_args()
    try:
        process(args.path)
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        sys.exit(130)


def process(path):
    return path


if __name__ == "__main__":
    main()
