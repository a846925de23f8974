# corpus: vulnerable SEC401
from os import getenv

OPENWEATHER_KEY = getenv("OPENWEATHER_API_KEY", "90cc2aad90d39787eda2685b6bd61679")


def forecast_url(city: str) -> str:
    return f"https://api.openweathermap.org/data/2.5/forecast?q={city}&appid={OPENWEATHER_KEY}"
