"""Pure-Python parsing of newspaper page texts: no Django imports here.

Page text in, frozen dataclasses out (see ``records``), so that every step can
be tested and benchmarked on its own.
"""
