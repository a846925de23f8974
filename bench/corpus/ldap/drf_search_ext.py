# corpus: vulnerable SEC109
from rest_framework.response import Response
from rest_framework.views import APIView

import ldap


class PhoneBook(APIView):
    def get(self, request):
        name = request.query_params.get("name", "")
        conn = ldap.initialize("ldap://ldap.example.com")
        conn.simple_bind_s("", "")
        found = conn.search_ext_s(
            "ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, f"(cn=*{name}*)", ["telephoneNumber"]
        )
        return Response({"count": len(found)})
