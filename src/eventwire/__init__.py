"""eventwire: news reports of political violence in, evidence-linked event records out."""

from eventwire.pipeline import extract, extract_article, extract_many
from eventwire.record import Actor, Article, Event, Evidence, Location, Source, Toll

__all__ = ["extract", "extract_article", "extract_many", "Actor", "Article", "Event", "Evidence",
           "Location", "Source", "Toll"]
__version__ = "0.1.0"
