"""Imports from spreadsheets: reading tables, people, check-ins, and the plan they share."""
