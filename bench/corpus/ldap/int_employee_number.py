# corpus: safe SEC109
from django.http import JsonResponse

import ldap


def employee(request):
    number = int(request.GET["number"])
    conn = ldap.initialize("ldap://ldap.example.com")
    conn.simple_bind_s("", "")
    found = conn.search_s(
        "ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, f"(employeeNumber={number})"
    )
    return JsonResponse({"found": bool(found)})
