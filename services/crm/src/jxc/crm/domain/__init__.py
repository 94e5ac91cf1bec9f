"""Crm's pure domain: one package per aggregate."""
