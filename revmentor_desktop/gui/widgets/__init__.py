"""Reusable widgets: charts and the skill tag editor."""
