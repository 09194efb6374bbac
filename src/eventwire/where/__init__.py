"""WHERE stage: place names to locations with an offline gazetteer.

Public API: ``load_gazetteer()`` -> ``Gazetteer`` with ``lookup(name, country_hint)``,
``country(iso3)`` and ``capital(iso3)``.
"""

from eventwire.where.gazetteer import Gazetteer, load_gazetteer, normalize

__all__ = ["Gazetteer", "load_gazetteer", "normalize"]
