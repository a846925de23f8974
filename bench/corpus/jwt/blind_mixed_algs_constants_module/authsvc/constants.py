# Both families accepted "during the migration to RS256".
ACCEPTED_ALGORITHMS = ["HS256", "RS256"]
