"""The main window's pages, one per navigation action, on one base class."""
