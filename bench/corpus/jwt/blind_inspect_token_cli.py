# corpus: safe SEC201
"""Developer CLI that pretty-prints a token (like jwt.io); nothing is authorized from it."""

import argparse
import json

import jwt


def main() -> None:
    parser = argparse.ArgumentParser(description="Show the header and claims of a JWT.")
    parser.add_argument("token")
    args = parser.parse_args()
    print(json.dumps(jwt.get_unverified_header(args.token), indent=2))
    claims = jwt.decode(args.token, options={"verify_signature": False})
    print(json.dumps(claims, indent=2, default=str))


if __name__ == "__main__":
    main()
