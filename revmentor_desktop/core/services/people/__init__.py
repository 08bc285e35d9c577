"""People: the people list with its search and filters, and one person's record."""
