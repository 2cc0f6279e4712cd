"""Palvelutiski: the customer-service desk of a Finnish energy and water utility."""

__version__ = "0.1.0"
