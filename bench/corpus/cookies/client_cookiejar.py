# corpus: safe SEC211
import http.cookiejar

import requests


def client(token):
    session = requests.Session()
    session.cookies.set("sessionid", token, domain="api.example.com")
    jar = http.cookiejar.CookieJar()
    cookie = http.cookiejar.Cookie(
        0,
        "sessionid",
        token,
        None,
        False,
        "",
        False,
        False,
        "/",
        True,
        True,
        None,
        False,
        None,
        None,
        {},
    )
    jar.set_cookie(cookie)
    return session, jar
