# corpus: vulnerable SEC109
from django.http import JsonResponse

import ldap


def find_by_mail(request):
    email = request.GET.get("email", "")
    conn = ldap.initialize("ldap://ldap.example.com")
    conn.simple_bind_s("cn=reader,dc=example,dc=com", "secret")
    results = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(mail=%s)" % email, ["cn"])
    return JsonResponse({"count": len(results)})
