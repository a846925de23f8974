# corpus: vulnerable SEC105
from fastapi import APIRouter

from ssrf_three_hop.enrich import enrich_company

router = APIRouter()


@router.get("/companies/enrich")
def enrich(domain: str):
    return enrich_company(domain)
