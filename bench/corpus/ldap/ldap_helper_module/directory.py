from ldap3 import Connection, Server

SERVER = Server("ldaps://ldap.example.com")


def members_of(group: str) -> list[str]:
    conn = Connection(SERVER, "cn=reader,dc=example,dc=com", "secret", auto_bind=True)
    conn.search(
        "dc=example,dc=com",
        "(&(objectClass=person)(memberOf=cn=" + group + ",ou=groups,dc=example,dc=com))",
        attributes=["uid"],
    )
    return [str(entry.uid) for entry in conn.entries]
