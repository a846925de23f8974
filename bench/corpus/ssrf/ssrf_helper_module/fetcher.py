import requests


def fetch_title(url: str) -> str:
    html = requests.get(url, timeout=5).text
    start = html.find("<title>")
    end = html.find("</title>")
    return html[start + 7 : end] if start >= 0 and end > start else ""
