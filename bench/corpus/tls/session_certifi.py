# corpus: safe SEC307
import certifi
import requests


def make_session(token):
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    session.verify = certifi.where()
    return session
