"""Tests of the demo generator (bufapp.demo): deterministic, synthetic, varied enough to show
every state of the program."""
