# corpus: vulnerable SEC307
import ssl
import urllib.request

# "Fixes" certificate errors for the whole process.
ssl._create_default_https_context = ssl._create_unverified_context


def fetch(url):
    return urllib.request.urlopen(url, timeout=10).read()
