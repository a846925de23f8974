# corpus: vulnerable SEC307
import json
import ssl
from urllib.request import urlopen


def feed(url):
    context = ssl._create_unverified_context()
    with urlopen(url, context=context, timeout=10) as response:
        return json.load(response)
