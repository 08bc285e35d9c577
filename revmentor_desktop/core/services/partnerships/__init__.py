"""Partnerships: set-up, agreement, validation, choosing partners, life after set-up, meetings."""
