# corpus: vulnerable SEC112
from fastapi import APIRouter

from template_three_hop.campaigns import render_campaign

router = APIRouter()


@router.post("/campaigns/preview")
def campaign_preview(subject: str, greeting: str):
    return {"html": render_campaign(subject, greeting)}
