"""Purchasing's database tables: read models kept inline with the commands that change them."""
