"""`python -m scrutiny` runs the command line."""

from scrutiny.cli import main

main()
