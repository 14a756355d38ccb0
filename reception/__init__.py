"""The front desk of an office: visitors, guesthouse, petitions, precedence."""

__version__ = "0.1.0"
