"""Who is calling: OAuth2 bearer JWTs (RS256), roles and warehouse scopes."""
