from redirect_three_hop.responses import go_back
from redirect_three_hop.urls import with_status


def complete_payment(order: str, return_url: str):
    return go_back(with_status(return_url, "paid"))
