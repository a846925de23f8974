# corpus: safe SEC401
REQUEST_ID = "333cba85f0fd9339becc89fba451822b"
client_id = "482406627196-yrtuftatlyvhdw6rg57meux5g16dclap.apps.googleusercontent.com"
public_key = "O9ZlKX9Q_fMtYolFH093868vIAl-Szcxg2psp9Tl_-w"
session_cookie_name = "shop_sessionid"
credentials_file = "/run/secrets/gcp.json"
secret_name = "prod/shop/stripe"
