# corpus: vulnerable SEC101
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.patch("/profile/<int:user_id>")
def update_profile(user_id):
    changes = request.get_json()
    assignments = []
    values = []
    for column, value in changes.items():
        assignments.append(f"{column} = ?")
        values.append(value)
    conn = sqlite3.connect("users.db")
    conn.execute(f"UPDATE users SET {', '.join(assignments)} WHERE id = ?", (*values, user_id))
    conn.commit()
    return "", 204
