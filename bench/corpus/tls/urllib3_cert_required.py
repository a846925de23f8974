# corpus: safe SEC307
import certifi
import urllib3

http = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where(), retries=3)


def health(host):
    return http.request("GET", f"https://{host}/health").status
