"""Sales' SQL: SQLAlchemy Core statements over jxc.sales.tables."""
