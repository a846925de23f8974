# corpus: vulnerable SEC307
import requests


def fetch(url, verify=False):
    return requests.get(url, verify=verify, timeout=10)


def report():
    return fetch("https://reports.internal/daily").json()
