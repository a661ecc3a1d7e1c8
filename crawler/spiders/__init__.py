"""Spiders: CMS family bases and one small declarative subclass per ministry site."""
