def remember_tenant(session, tenant: str) -> None:
    session["tenant_id"] = tenant
