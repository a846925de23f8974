# corpus: safe REL114
import requests
from tenacity import retry, stop_after_attempt, wait_random_exponential


@retry(wait=wait_random_exponential(multiplier=0.5, max=30), stop=stop_after_attempt(5))
def fetch_rates(url):
    response = requests.get(url, timeout=5)
    response.raise_for_status()
    return response.json()
