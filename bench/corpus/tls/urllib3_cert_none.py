# corpus: vulnerable SEC307
import urllib3

urllib3.disable_warnings()
http = urllib3.PoolManager(cert_reqs="CERT_NONE", retries=3)


def health(host):
    return http.request("GET", f"https://{host}/health").status
