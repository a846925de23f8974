# corpus: vulnerable SEC104
import os

from ariadne import QueryType

query = QueryType()
CHANGELOG_DIR = "/srv/app/changelogs"


@query.field("changelog")
def resolve_changelog(_, info, filename):
    with open(os.path.join(CHANGELOG_DIR, filename), encoding="utf-8") as fh:
        return fh.read()
