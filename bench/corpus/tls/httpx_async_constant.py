# corpus: vulnerable SEC307
import httpx as http

TLS_VERIFY = False


async def fetch_rates():
    async with http.AsyncClient(verify=TLS_VERIFY) as client:
        response = await client.get("https://rates.example.com/latest")
        return response.json()
