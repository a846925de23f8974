# corpus: safe SEC213
"""flask-cors with an anchored, escaped subdomain regex and credentials."""

from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(
    app,
    origins=[r"^https://[a-z0-9-]+\.example\.com$", "https://example.com"],
    supports_credentials=True,
)
