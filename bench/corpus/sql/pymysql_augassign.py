# corpus: vulnerable SEC101
import pymysql
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/listings")
def listings():
    city = request.args.get("city")
    conn = pymysql.connect(host="db", user="app", database="realty")
    sql = "SELECT id, price FROM listings WHERE active = 1"
    if city:
        sql += " AND city = '" + city + "'"
    with conn.cursor() as cursor:
        cursor.execute(sql)
        return jsonify(cursor.fetchall())
