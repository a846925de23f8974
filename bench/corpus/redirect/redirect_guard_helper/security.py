from django.utils.http import url_has_allowed_host_and_scheme


def is_safe_next(request, url: str) -> bool:
    return url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
