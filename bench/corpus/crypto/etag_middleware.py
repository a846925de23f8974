# corpus: safe SEC208
import hashlib


class ETagMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        etag = hashlib.sha1(response.content).hexdigest()
        response["ETag"] = f'"{etag}"'
        return response
