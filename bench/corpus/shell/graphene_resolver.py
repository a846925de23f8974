# corpus: vulnerable SEC102
import subprocess

import graphene


class Query(graphene.ObjectType):
    mx_records = graphene.String(domain=graphene.String(required=True))

    def resolve_mx_records(root, info, domain):
        return subprocess.check_output(f"dig +short MX {domain}", shell=True, text=True)


schema = graphene.Schema(query=Query)
