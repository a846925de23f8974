# corpus: vulnerable SEC401
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    database_host: str = "db"
    weather_api_key: str = "4c5ebc8ddac5dc8d3723a13ce3596f4a"
    request_timeout: float = 5.0


settings = Settings()
