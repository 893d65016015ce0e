"""Unique Unicode slugs ("标题", "标题-2", …): one allocator for every record that has an address.

Articles, units and initiatives saved one at a time (admin, sheets) and the
importer's batches of new articles use the same base and the same suffix
rule, so a headline gets the address it would get whichever path wrote it.
"""

from collections import Counter

from django.db import models
from django.utils.text import slugify

MAX_LENGTH = 80
# Room for "-9999" behind the base in a SlugField of MAX_LENGTH.
SUFFIX_ROOM = 5
# Suffixes looked up per base in the first query; later rounds widen the window tenfold.
CANDIDATES = 5


# A plus sign names numeric-coded mechanisms ("3+2", "1+5+X"); slugify would drop it and "3+2" would get the
# address /initiatives/32/, which reads as a number. It is read out as the word it is.
SPOKEN = str.maketrans({"+": "加", "＋": "加"})


def slug_base(model: type[models.Model], text: str) -> str:
    return slugify(text.translate(SPOKEN), allow_unicode=True)[: MAX_LENGTH - SUFFIX_ROOM].strip("-") or model._meta.model_name


def candidate(base: str, n: int) -> str:
    return base if n == 1 else f"{base}-{n}"


class SlugAllocator:
    """Hand out unique slugs of ``model``, remembering per base the highest suffix it saw taken.

    Candidates are looked up by exact match on the unique index, a window of
    suffixes at a time; remembering what it saw lets a long import give a
    headline printed on hundreds of pages its next slug in one short look-up
    instead of a walk past every earlier copy.
    """

    def __init__(self, model: type[models.Model], *, exclude_pk=None) -> None:
        self.model = model
        self.exclude_pk = exclude_pk
        self._highest_taken: dict[str, int] = {}

    def forget(self) -> None:
        """Drop what was remembered (after another writer took slugs under our feet)."""
        self._highest_taken.clear()

    def allocate(self, texts: list[str]) -> list[str]:
        """Return one free slug per text, distinct from each other and from every stored one."""
        bases = [slug_base(self.model, text) for text in texts]
        needed = Counter(bases)
        start = {base: self._highest_taken.get(base, 0) + 1 for base in needed}
        free: dict[str, list[int]] = {base: [] for base in needed}
        pending, width = set(needed), CANDIDATES
        stored = self.model._default_manager.all()
        if self.exclude_pk is not None:
            stored = stored.exclude(pk=self.exclude_pk)
        while pending:
            windows = {base: range(start[base], start[base] + width) for base in pending}
            candidates = {candidate(base, n) for base, window in windows.items() for n in window}
            taken = set(stored.filter(slug__in=candidates).values_list("slug", flat=True))
            for base, window in windows.items():
                free[base].extend(n for n in window if candidate(base, n) not in taken)
                start[base] = window.stop
            pending = {base for base in pending if len(free[base]) < needed[base]}
            width = CANDIDATES * 10
        slugs = []
        for base in bases:
            n = free[base].pop(0)
            slugs.append(candidate(base, n))
            self._highest_taken[base] = n
        return slugs

    def assign(self, records: list, text=lambda record: record.title) -> None:
        """Give each of ``records`` (unsaved) a free slug made from ``text(record)``."""
        for record, slug in zip(records, self.allocate([text(record) for record in records]), strict=True):
            record.slug = slug


def unique_slug(model: type[models.Model], text: str, *, exclude_pk=None) -> str:
    """Return a slug of ``text`` not yet used by ``model`` (another record than ``exclude_pk``)."""
    [slug] = SlugAllocator(model, exclude_pk=exclude_pk).allocate([text])
    return slug
