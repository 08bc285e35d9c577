"""The demo organisation and programme: seed data for a first start, tests and benchmarks."""
