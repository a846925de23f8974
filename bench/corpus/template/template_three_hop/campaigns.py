from template_three_hop.layouts import campaign_layout
from template_three_hop.renderer import render_source


def render_campaign(subject: str, greeting: str) -> str:
    return render_source(campaign_layout(subject, greeting), {"unsubscribe": "/u"})
