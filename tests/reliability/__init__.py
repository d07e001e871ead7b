"""Reliability tests: the overlay against a real, scripted, misbehaving HTTP server."""
