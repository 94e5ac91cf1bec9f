"""Crm over HTTP: thin routers, one module per resource."""
