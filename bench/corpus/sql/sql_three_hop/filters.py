def customer_filter(customer: str) -> str:
    cleaned = customer.strip()
    return "customer_ref = '" + cleaned + "'"
