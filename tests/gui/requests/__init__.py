"""GUI tests of the request workflow and printing."""
