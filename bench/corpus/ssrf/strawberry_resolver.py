# corpus: vulnerable SEC105
import requests
import strawberry


@strawberry.type
class Preview:
    status: int
    size: int


@strawberry.type
class Query:
    @strawberry.field
    def preview(self, url: str) -> Preview:
        response = requests.get(url, timeout=5)
        return Preview(status=response.status_code, size=len(response.content))


schema = strawberry.Schema(query=Query)
