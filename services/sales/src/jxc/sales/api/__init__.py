"""Sales over HTTP: thin routers."""
