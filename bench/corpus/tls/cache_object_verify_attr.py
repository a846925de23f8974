# corpus: safe SEC307
class ResultCache:
    def __init__(self):
        self.verify = True

    def get(self, key, verify=False):
        return key


def warm(cache):
    cache.verify = False
    return cache.get("front-page", verify=False)
