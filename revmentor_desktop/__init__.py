"""RevMentor Desktop: run a reverse-mentoring programme on one computer."""

__version__ = "0.1.0"
APP_NAME = "RevMentor"
