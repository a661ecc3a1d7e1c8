"""Test-only replica sites: the non-K2 CMS families and the fault sites (the wheel ships K2 only).

They plug into crawler.replica.ReplicaServer like the demo's K2 site.
"""
