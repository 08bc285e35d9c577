"""Use-cases that the GUI and the CLI both call; each takes a Database and plain values."""
