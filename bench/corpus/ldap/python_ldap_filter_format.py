# corpus: safe SEC109
from django.http import JsonResponse
from ldap.filter import filter_format

import ldap


def find_by_mail(request):
    email = request.GET.get("email", "")
    conn = ldap.initialize("ldap://ldap.example.com")
    conn.simple_bind_s("cn=reader,dc=example,dc=com", "secret")
    results = conn.search_s(
        "dc=example,dc=com", ldap.SCOPE_SUBTREE, filter_format("(mail=%s)", [email]), ["cn"]
    )
    return JsonResponse({"count": len(results)})
