from ssrf_three_hop.client import get_json
from ssrf_three_hop.urls import company_url


def enrich_company(domain: str) -> dict:
    return get_json(company_url(domain))
