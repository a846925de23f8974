from ldap.filter import escape_filter_chars

import ldap


def members_of(group: str) -> list:
    conn = ldap.initialize("ldap://ldap.example.com")
    conn.simple_bind_s("cn=reader,dc=example,dc=com", "secret")
    safe_group = escape_filter_chars(group)
    return conn.search_s(
        "dc=example,dc=com",
        ldap.SCOPE_SUBTREE,
        f"(&(objectClass=person)(memberOf=cn={safe_group},ou=groups,dc=example,dc=com))",
    )
