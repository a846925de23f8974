# corpus: safe SEC401
from os import getenv

OPENWEATHER_KEY = getenv("OPENWEATHER_API_KEY", "")
MAPS_KEY = getenv("MAPS_API_KEY", "changeme")
BACKUP_TOKEN = getenv("BACKUP_TOKEN") or "<set BACKUP_TOKEN>"


def forecast_url(city: str) -> str:
    return f"https://api.openweathermap.org/data/2.5/forecast?q={city}&appid={OPENWEATHER_KEY}"
