"""Sales: projections."""
