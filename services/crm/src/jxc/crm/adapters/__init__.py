"""Crm's SQL: one module per table that commands write inline."""
