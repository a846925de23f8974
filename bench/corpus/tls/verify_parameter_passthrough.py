# corpus: safe SEC307
import requests


def fetch(url, verify=True):
    return requests.get(url, verify=verify, timeout=10)
