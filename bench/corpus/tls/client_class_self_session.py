# corpus: vulnerable SEC307
import requests


class CrmClient:
    def __init__(self, base_url):
        self.base_url = base_url
        self.session = requests.Session()
        self.session.verify = False

    def contact(self, contact_id):
        return self.session.get(f"{self.base_url}/contacts/{contact_id}", timeout=5).json()
