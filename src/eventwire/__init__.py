"""eventwire: news articles to explainable political event data."""

__version__ = "0.1.0"
