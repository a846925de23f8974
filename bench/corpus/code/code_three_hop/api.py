# corpus: vulnerable SEC103
from fastapi import APIRouter

from code_three_hop.reports import build_report

router = APIRouter()


@router.get("/reports/custom")
def custom_report(metric: str):
    return build_report(metric)
