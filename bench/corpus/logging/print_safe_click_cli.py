# corpus: safe REL110
"""A click command-line tool prints its results."""

import click

from .client import ApiClient


@click.command()
@click.argument("project")
def status(project):
    for build in ApiClient().builds(project):
        print(build.number, build.state)
