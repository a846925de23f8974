# corpus: safe SEC109
from flask import Flask, abort, request
from ldap3 import Connection, Server

app = Flask(__name__)
server = Server("ldaps://ldap.example.com")
DEPARTMENTS = {"engineering", "sales", "support"}


@app.get("/departments/members")
def department_members():
    department = request.args.get("department", "")
    if department not in DEPARTMENTS:
        abort(404)
    conn = Connection(server, "cn=reader,dc=example,dc=com", "secret", auto_bind=True)
    conn.search("dc=example,dc=com", f"(departmentNumber={department})", attributes=["uid"])
    return {"count": len(conn.entries)}
