"""PDF documents (reportlab): agreements and reports, rendered to bytes."""
