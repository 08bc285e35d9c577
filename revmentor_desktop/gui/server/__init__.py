"""Working with a database on a PostgreSQL server: moving there, a local copy, its password."""
