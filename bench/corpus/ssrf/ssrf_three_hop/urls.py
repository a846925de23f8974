def company_url(domain: str) -> str:
    return "https://" + domain.strip().lower() + "/.well-known/company.json"
