"""Tests of the generated client ``luma_api`` against the spec it is generated from."""
