# corpus: vulnerable SEC109
from fastapi import FastAPI
from ldap3 import Connection, Server

app = FastAPI()
server = Server("ldaps://ldap.example.com")


@app.post("/login")
def login(username: str, password: str):
    conn = Connection(server, "cn=svc,dc=example,dc=com", "secret", auto_bind=True)
    conn.search(
        "ou=people,dc=example,dc=com",
        search_filter=f"(&(uid={username})(userPassword={password}))",
    )
    return {"authenticated": bool(conn.entries)}
