# corpus: safe SEC401
from pydantic import SecretStr
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    database_host: str = "db"
    weather_api_key: SecretStr
    weather_api_key_header: str = "X-Api-Key"
    request_timeout: float = 5.0


settings = Settings()
