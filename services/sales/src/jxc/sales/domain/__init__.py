"""Sales' pure domain: one package per aggregate."""
