"""Write what extraction finds: reference data, article links, discovered bodies and figures.

The import calls ``ensure_reference_data()`` once and ``extract_articles()`` for
each page's articles inside the page's transaction (``metrics.receivers``);
``manage.py extract`` calls the same two to re-run extraction after the rules
improve.

The editor rules, in one place:

- a field listed in a record's ``edited_fields`` is never overwritten;
- a rejected figure stays rejected and its extraction key is never recreated;
  a verified figure, or one an editor edited, is never changed or removed;
- an editor-made link (source 编辑) is never removed; automatic links and
  figures that no longer occur in the text are removed; a link an editor
  removed (``DismissedLink``) is never made again;
- a unit or initiative an editor deleted (simple-history keeps a deletion
  record) or merged into another (its name became an alias) is not created
  again, neither from the gazetteer nor by discovery.
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from django.db import connection, transaction
from django.db.models import Count, Q

from metrics.extraction import (
    ArticleText,
    Catalogue,
    Gazetteer,
    InitiativeEntry,
    ReferenceRows,
    UnitEntry,
    extract_text,
)
from metrics.extraction.bodies import full_name
from metrics.extraction.levels import level_of
from metrics.extraction.reference import compile_catalogue, compile_gazetteer, load_catalogue, load_gazetteer
from metrics.models import Figure
from news.importers import publication_date
from news.models import Article, ArticleInitiative, ArticleUnit, DismissedLink, Initiative, Page, Photo, Unit
from news.parsing.records import ParsedPage
from pengjiang.bulk import insert_rows

COUNT_KEYS = ("units", "initiatives", "figures", "units_discovered", "initiatives_discovered")
FIGURE_FIELDS = (
    "text", "value", "value_max", "measure", "qualifier", "kind", "significance", "label", "action", "unit_id",
    "initiative_id", "sentence", "start", "end", "period", "period_label", "period_start", "period_end",
)
MENTION_FIELDS = ("sentence", "start", "end")


def ensure_reference_data() -> None:
    """Create or refresh the gazetteer's units and the catalogue's initiatives; safe to repeat.

    Fields an editor changed are left alone; records an editor deleted or merged
    away are not brought back.
    """
    with transaction.atomic():
        _ensure_units(load_gazetteer())
        _ensure_initiatives(load_catalogue())


def _ensure_units(entries: list[UnitEntry]) -> None:
    names = [entry.name for entry in entries]
    existing = {unit.name: unit for unit in Unit.objects.filter(name__in=names).select_related("parent")}
    retired = _retired_names(Unit, names)
    for entry in entries:
        parent = existing.get(entry.parent) if entry.parent else None
        wanted = {
            "short_name": entry.short_name,
            "aliases": list(entry.aliases),
            "kind": entry.kind,
            "in_pengjiang": entry.in_pengjiang,
            "parent": parent,
            "level": level_of(entry.name, entry.kind, parent.kind if parent else None, entry.in_pengjiang),
        }
        unit = existing.get(entry.name)
        if unit is None:
            if entry.name in retired:
                continue
            unit = Unit(name=entry.name, source=Unit.Source.GAZETTEER, **wanted)
            unit.save()
            existing[entry.name] = unit
            continue
        if unit.source == Unit.Source.DISCOVERED:
            # A body discovered before the gazetteer listed it is now known, not a guess.
            wanted.update(source=Unit.Source.GAZETTEER, needs_review=False)
        changed = [field for field, value in wanted.items() if not unit.is_locked(field) and getattr(unit, field) != value]
        if changed:
            for field in changed:
                setattr(unit, field, wanted[field])
            unit.save()


def _ensure_initiatives(entries: list[InitiativeEntry]) -> None:
    names = [entry.name for entry in entries]
    existing = {initiative.name: initiative for initiative in Initiative.objects.filter(name__in=names)}
    retired = _retired_names(Initiative, names)
    for entry in entries:
        wanted = {"aliases": list(entry.aliases), "kind": entry.kind}
        initiative = existing.get(entry.name)
        if initiative is None:
            if entry.name not in retired:
                Initiative(name=entry.name, source=Initiative.Source.GAZETTEER, **wanted).save()
            continue
        changed = [f for f, value in wanted.items() if not initiative.is_locked(f) and getattr(initiative, f) != value]
        if changed:
            for field in changed:
                setattr(initiative, field, wanted[field])
            initiative.save()


def _retired_names(model, names: Iterable[str]) -> set[str]:
    """Return which of ``names`` an editor deleted (per the history) or merged into another record's aliases."""
    names = set(names)
    deleted = set(model.history.filter(history_type="-", name__in=names).values_list("name", flat=True))
    merged = {alias for aliases in model.objects.values_list("aliases", flat=True) for alias in aliases or ()}
    present = set(model.objects.filter(name__in=names).values_list("name", flat=True))
    return (deleted | (merged & names)) - present


@dataclass(frozen=True)
class Reference:
    """Units and initiatives as they stand in the database, and their matchers.

    ``unit_ids`` and ``initiative_ids`` are this call's own copies: records
    created during the call are added to them, never to the cached original.
    """

    rows: ReferenceRows
    unit_ids: dict[str, int]
    initiative_ids: dict[str, int]

    # Compiled when first asked for, once per set of rows: an import's writer stores
    # extractions made ahead and needs the matchers only for the few it must redo, while
    # every unit it discovers changes the rows (docs/benchmarks.md, "Full import").
    @property
    def gazetteer(self) -> Gazetteer:
        return compile_gazetteer(self.rows.units)

    @property
    def catalogue(self) -> Catalogue:
        return compile_catalogue(self.rows.initiatives)

    def retired_units(self, names) -> set[str]:
        return _retired_names(Unit, names) if names else set()

    def retired_initiatives(self, names) -> set[str]:
        return _retired_names(Initiative, names) if names else set()


def load_reference(memo: dict | None = None) -> Reference:
    """Return the compiled reference data; with a ``memo``, rebuilt only when a unit or initiative changed.

    An import extracts page after page; rebuilding the matchers from every
    unit for each page would make a 2,000-page import quadratic in the units
    it discovers, so the import passes its run's memo. Every save or delete of
    a Unit or Initiative (admin and merges included) writes a history record,
    so the latest history entries stamp the data; a rolled-back transaction
    leaves the old stamp and the old data together.
    """
    stamp = _reference_stamp()
    reference = (memo or {}).get("metrics.reference")
    if reference is None or reference.rows.stamp != stamp:
        reference = _build_reference(stamp)
        if memo is not None:
            memo["metrics.reference"] = reference
        _remember_state(reference.rows, memo)
    return replace(reference, unit_ids=dict(reference.unit_ids), initiative_ids=dict(reference.initiative_ids))


# Named once: each ``Model.history`` builds a new manager class (about 0.1 ms), and the
# stamp is read for every file, twice (docs/benchmarks.md, "Full import").
HISTORY_TABLES = tuple(model.history.model._meta.db_table for model in (Unit, Initiative))


def _reference_stamp() -> tuple:
    """Return the latest history id and date of units and of initiatives, in one query.

    An import asks for every file, twice; one small statement instead of two
    ORM aggregates keeps that from costing more than the check is worth.
    """
    quote = connection.ops.quote_name
    tables = [quote(table) for table in HISTORY_TABLES]
    columns = ", ".join(
        f"(SELECT MAX({quote('history_id')}) FROM {table}), (SELECT MAX({quote('history_date')}) FROM {table})"
        for table in tables
    )
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {columns}")
        return tuple(cursor.fetchone())


def _build_reference(stamp: tuple) -> Reference:
    unit_rows = tuple(
        (pk, name, short_name, tuple(aliases or ()), kind, parent_name, in_pengjiang)
        for pk, name, short_name, aliases, kind, parent_name, in_pengjiang in Unit.objects.values_list(
            "pk", "name", "short_name", "aliases", "kind", "parent__name", "in_pengjiang"
        )
    )
    initiative_rows = tuple(
        (pk, name, tuple(aliases or ()), kind)
        for pk, name, aliases, kind in Initiative.objects.values_list("pk", "name", "aliases", "kind")
    )
    rows = ReferenceRows(
        stamp=stamp,
        units=tuple(row[1:] for row in unit_rows),
        initiatives=tuple(row[1:] for row in initiative_rows),
    )
    return Reference(
        rows=rows,
        unit_ids={row[1]: row[0] for row in unit_rows},
        initiative_ids={row[1]: row[0] for row in initiative_rows},
    )


@dataclass(frozen=True)
class ExtractionOutcome:
    counts: dict[str, int]
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class PreparedExtraction:
    """Extractions computed ahead of an import's transaction, by text, with the reference stamp they used."""

    stamp: tuple
    results: dict  # ArticleText → ExtractionResult


def prepare_extraction(parsed: ParsedPage, *, memo: dict) -> PreparedExtraction:
    """Extract the articles of a parsed page, before (and perhaps in another process than) their import.

    ``extract_articles`` uses a result only if its article's text is the same
    once stored and the reference data has not changed since: an editor's
    edit or a unit discovered meanwhile makes it extract again.
    """
    reference = load_reference(memo)
    texts = {
        ArticleText(
            body=article.body,
            title=article.title,
            kicker=article.kicker,
            subtitle=article.subtitle,
            issue_date=publication_date(article, parsed),
            captions=tuple(photo.caption for photo in article.photos),
        )
        for article in parsed.articles
    }
    gazetteer, catalogue = reference.gazetteer, reference.catalogue
    return PreparedExtraction(
        stamp=reference.rows.stamp,
        results={text: extract_text(text, gazetteer=gazetteer, catalogue=catalogue) for text in texts},
    )


# How many reference states of a run to remember, to judge extractions prepared a few files back.
STATES_REMEMBERED = 16


def _remember_state(rows: ReferenceRows, memo: dict | None) -> None:
    if memo is None:
        return
    states = memo.setdefault("metrics.reference_states", {})
    states[rows.stamp] = rows
    while len(states) > STATES_REMEMBERED:
        del states[next(iter(states))]


def _still_valid(prepared: PreparedExtraction | None, reference: Reference, memo: dict | None) -> dict:
    """Return the prepared extractions that equal what extracting now would give.

    All of them if the reference data is as it was when they were made.
    Otherwise, if units and initiatives were only added meanwhile (this run
    discovered them on the files in between), those whose texts name none of
    the added ones: a name a text does not hold cannot change its extraction.
    Any other change (an editor edited or removed a unit) voids them all.
    """
    if prepared is None:
        return {}
    if prepared.stamp == reference.rows.stamp:
        return prepared.results
    then = (memo or {}).get("metrics.reference_states", {}).get(prepared.stamp)
    if then is None:
        return {}
    units_now, initiatives_now = set(reference.rows.units), set(reference.rows.initiatives)
    if not (set(then.units) <= units_now and set(then.initiatives) <= initiatives_now):
        return {}
    added_words = set()
    for name, short_name, aliases, *_ in units_now.difference(then.units):
        added_words.update((name, short_name, *aliases))
    for name, aliases, *_ in initiatives_now.difference(then.initiatives):
        added_words.update((name, *aliases))
    added_words.discard("")
    return {
        text: result
        for text, result in prepared.results.items()
        if not any(word in part for part in (text.body, text.title, text.kicker, text.subtitle) for word in added_words)
    }


def extract_articles(
    articles: Iterable[Article],
    *,
    created: Iterable[int] = (),
    memo: dict | None = None,
    prepared: PreparedExtraction | None = None,
) -> ExtractionOutcome:
    """Find and store the units, initiatives and figures of ``articles`` (already saved).

    Creates discovered units and initiatives flagged for review, links each
    article to what it names with the evidence sentence, and writes figures as
    ``auto``, following the editor rules of this module. Runs a fixed number of
    queries however many articles are passed, plus one save for each unit or
    initiative seen for the first time. Returns counts by kind.

    ``created`` names articles created in the current transaction: nothing can
    point at them yet, so their existing links and figures are not looked up
    (an import of new pages skips those queries altogether).

    ``memo`` keeps the compiled reference data between calls of one run
    (see ``load_reference``); ``prepared`` holds extractions made ahead
    (``prepare_extraction``), used where still valid. Numbers too large to be a figure are passed over
    with a warning naming the article and the sentence.
    """
    articles = [article for article in articles if article.pk]
    counts = dict.fromkeys(COUNT_KEYS, 0)
    if not articles:
        return ExtractionOutcome(counts)
    reference = load_reference(memo)
    ready = _still_valid(prepared, reference, memo)
    captions = photo_captions(articles)
    results = {}
    for article in articles:
        text = article_text(article, captions.get(article.pk, ()))
        results[article.pk] = ready.get(text) or extract_text(
            text, gazetteer=reference.gazetteer, catalogue=reference.catalogue
        )
    titles = {article.pk: article.title for article in articles}
    warnings = tuple(f"《{titles[pk]}》：{warning}" for pk, result in results.items() for warning in result.warnings)
    # Only articles that existed before this transaction can have links or figures already.
    created = set(created)
    earlier = [pk for pk in results if pk not in created]
    with transaction.atomic():
        counts["units_discovered"] = _create_discovered_units(results, reference)
        counts["initiatives_discovered"] = _create_discovered_initiatives(results, reference)
        counts["units"] = _write_links(
            ArticleUnit, "unit_id", reference.unit_ids, {pk: r.units for pk, r in results.items()}, earlier
        )
        counts["initiatives"] = _write_links(
            ArticleInitiative,
            "initiative_id",
            reference.initiative_ids,
            {pk: r.initiatives for pk, r in results.items()},
            earlier,
        )
        counts["figures"] = _write_figures(results, reference, earlier)
        _link_changes(results)
    return ExtractionOutcome(counts, warnings)


def article_text(article: Article, captions: tuple[str, ...] = ()) -> ArticleText:
    """Return what extraction reads of ``article``, given its photos' captions in their order."""
    return ArticleText(
        body=article.body,
        title=article.title,
        kicker=article.kicker,
        subtitle=article.subtitle,
        issue_date=article.published_on or article.page.issue_date,
        captions=captions,
    )


def photo_captions(articles: Iterable[Article]) -> dict[int, tuple[str, ...]]:
    """Return the captions of each article's photos in their order, in one query for all the articles."""
    captions: dict[int, list[str]] = {}
    rows = Photo.objects.filter(article__in=[a.pk for a in articles]).order_by("article_id", "position")
    for article_id, caption in rows.values_list("article_id", "caption"):
        captions.setdefault(article_id, []).append(caption)
    return {article_id: tuple(texts) for article_id, texts in captions.items()}


VILLAGE_KINDS = {"village", "community"}
TOWN_KINDS = {"town", "subdistrict"}


def _create_discovered_units(results, reference: Reference) -> int:
    discovered = {}
    for result in results.values():
        towns = {m.name for m in result.units if m.kind in TOWN_KINDS}
        for mention in result.units:
            if mention.discovered and mention.name not in reference.unit_ids:
                if mention.kind in VILLAGE_KINDS and not mention.parent and mention.in_pengjiang and len(towns) == 1:
                    # 在上巷村 in an article about 杜阮镇: a village printed bare is the town's the article names.
                    mention = replace(mention, parent=next(iter(towns)), level=Unit.Level.VILLAGE)
                discovered.setdefault(mention.name, mention)
    printed_bare = _bare_villages(discovered, reference)
    printed_bare.update(_short_forms(discovered, reference))
    retired = reference.retired_units(list(discovered))
    known_parents = {reference.unit_ids[m.parent] for m in discovered.values() if m.parent in reference.unit_ids}
    parents = Unit.objects.in_bulk(known_parents)
    created = 0
    # A body whose parent is discovered in the same import (石头村党委 of 石头村) is created after it, so
    # that it hangs under its village instead of at the top of the tree.
    for name, mention in sorted(discovered.items(), key=lambda item: item[1].parent in discovered or item[1].parent in printed_bare):
        if name in retired:
            continue
        unit = Unit(
            name=name[:100],
            kind=mention.kind,
            parent=parents.get(reference.unit_ids.get(mention.parent)),
            in_pengjiang=mention.in_pengjiang,
            level=mention.level or Unit.Level.DISTRICT,
            needs_review=True,
            source=Unit.Source.DISCOVERED,
        )
        unit.save()  # one by one: the tree path needs the primary key, and history records the creation
        reference.unit_ids[name] = unit.pk
        parents[unit.pk] = unit
        for bare, full in printed_bare.items():
            if full == name:
                reference.unit_ids[bare] = unit.pk
        created += 1
    return created


def _short_forms(discovered: dict, reference: Reference) -> dict[str, str]:
    """Return {printed name: full name} of bodies printed by a short form (团区委, 区城管局, 市福彩中心) and take
    them out of ``discovered``: the paper prints one body under several forms, the directory holds one record,
    the gazetteer's where it lists the full name. The first form's mention creates the record if none exists."""
    short_forms = {}
    for name, mention in list(discovered.items()):
        full = full_name(name)
        if full.startswith("区") and mention.level == Unit.Level.DISTRICT:
            full = "蓬江" + full  # 区城管局 left bare by a list or a second name: the district's
        if full == name:
            continue  # most names: the matchers are compiled only for a short form
        surfaces = reference.gazetteer.surfaces
        full = surfaces.get(full) or surfaces.get("江门市" + full) or full
        short_forms[name] = full
        del discovered[name]
        if full in reference.unit_ids:
            reference.unit_ids[name] = reference.unit_ids[full]
        else:
            discovered.setdefault(full, replace(mention, name=full))
    return short_forms


def _bare_villages(discovered: dict, reference: Reference) -> dict[str, str]:
    """Return {bare name: full name} of the villages printed bare (石头村) whose one record of that name
    under a town (棠下镇石头村) is known or found in this import, and take them out of ``discovered``: one
    village, one record. With none or two such records a village stays as printed, for an editor to place."""
    full_names = [name for name, mention in discovered.items() if mention.kind in VILLAGE_KINDS]
    full_names += list(reference.unit_ids)
    printed_bare = {}
    for name, mention in list(discovered.items()):
        if mention.kind not in VILLAGE_KINDS or not mention.in_pengjiang:
            continue
        placed = {full for full in full_names if full.endswith(name) and full[: -len(name)].endswith(("镇", "街道"))}
        if len(placed) == 1:
            printed_bare[name] = full = placed.pop()
            del discovered[name]
            if full in reference.unit_ids:
                reference.unit_ids[name] = reference.unit_ids[full]
    return printed_bare


def _create_discovered_initiatives(results, reference: Reference) -> int:
    discovered = {}
    for result in results.values():
        for mention in result.initiatives:
            if mention.name not in reference.initiative_ids:
                discovered.setdefault(mention.name, mention)
    retired = reference.retired_initiatives(list(discovered))
    new = [
        Initiative(
            name=name[:100],
            kind=mention.kind,
            aliases=list(mention.aliases),
            needs_review=True,
            source=Initiative.Source.DISCOVERED,
        )
        for name, mention in discovered.items()
        if name not in retired
    ]
    for initiative in new:
        initiative.save()  # one by one: the slug must be unique and history recorded
        reference.initiative_ids[initiative.name] = initiative.pk
    return len(new)


def _write_links(model, target_field: str, ids: dict[str, int], mentions_by_article, earlier: list[int]) -> int:
    """Make the automatic links of each article match its mentions; editor links stay as they are."""
    wanted: dict[tuple[int, int], dict] = {}
    for article_id, mentions in mentions_by_article.items():
        for mention in mentions:
            target = ids.get(mention.name)
            if target is None:
                continue
            key = (article_id, target)
            evidence = {
                "sentence": mention.sentence,
                "start": None if mention.in_title or mention.in_caption else mention.start,
                "end": None if mention.in_title or mention.in_caption else mention.end,
            }
            # The first body mention is the evidence; a headline or a caption only when the body never names it.
            if key not in wanted or (wanted[key]["start"] is None and evidence["start"] is not None):
                wanted[key] = evidence
    existing = {}
    if earlier:
        dismissed = DismissedLink.objects.filter(article_id__in=earlier, **{f"{target_field}__isnull": False})
        for key in dismissed.values_list("article_id", target_field):
            wanted.pop(key, None)
        existing = {
            (link.article_id, getattr(link, target_field)): link
            for link in model.objects.filter(article_id__in=earlier)
        }
    to_create, to_update, to_delete = [], [], []
    for key, evidence in wanted.items():
        link = existing.get(key)
        if link is None:
            to_create.append({"article_id": key[0], target_field: key[1], "source": "auto", **evidence})
        elif link.source == "auto" and any(getattr(link, f) != evidence[f] for f in MENTION_FIELDS):
            for field in MENTION_FIELDS:
                setattr(link, field, evidence[field])
            to_update.append(link)
    for key, link in existing.items():
        if key not in wanted and link.source == "auto":
            to_delete.append(link.pk)
    insert_rows(model, to_create)
    if to_update:
        model.objects.bulk_update(to_update, MENTION_FIELDS)
    if to_delete:
        model.objects.filter(pk__in=to_delete).delete()
    return len(wanted)


ANCHOR_FIELDS = ("extraction_key", "sentence", "start", "end")


def _write_figures(results, reference: Reference, earlier: list[int]) -> int:
    """Create, refresh or remove automatic figures; leave editors' decisions alone.

    A figure whose sentence was reworded is the same figure: a stored figure
    no longer found is matched, by the number as printed, to a new one of its
    article and keeps its row (and its id, which an editor's open page
    holds), taking the new sentence and offsets. Only a figure nobody
    reviewed or edited also takes the new value, label, unit and initiative;
    one nobody decided on and that is no longer in the text is removed.

    An editor may verify, edit or reject a figure while an import runs: the
    figures to change or remove are read again under a row lock at write time,
    and what an editor decided meanwhile wins.
    """
    existing = {}
    if earlier:
        existing = {
            (figure.article_id, figure.extraction_key): figure
            for figure in Figure.objects.filter(article_id__in=earlier).exclude(extraction_key="")
        }
    found_values, wanted_keys = {}, set()
    for article_id, result in results.items():
        for found in result.figures:
            key = (article_id, found.extraction_key)
            if key not in wanted_keys:
                wanted_keys.add(key)
                found_values[key] = _figure_values(found, reference)
    unmatched_old = [figure for key, figure in existing.items() if key not in wanted_keys]
    new_keys = [key for key in found_values if key not in existing]
    # Reworded sentences: pair an old figure with a new one of the same article and printed text.
    moved = {}  # old figure pk → new key
    for figure in unmatched_old:
        for key in new_keys:
            if key[0] == figure.article_id and found_values[key]["text"] == figure.text and key not in moved.values():
                moved[figure.pk] = key
                break
    to_create = [
        {"article_id": key[0], "extraction_key": key[1], **found_values[key]} for key in new_keys if key not in moved.values()
    ]
    to_update = {
        figure.pk: found_values[key]
        for key, figure in existing.items()
        if key in found_values and any(getattr(figure, f) != v for f, v in found_values[key].items())
    }
    for figure in unmatched_old:
        if figure.pk in moved:
            to_update[figure.pk] = {**found_values[moved[figure.pk]], "extraction_key": moved[figure.pk][1]}
    stale = [figure.pk for figure in unmatched_old if figure.pk not in moved]

    insert_rows(Figure, to_create)
    if to_update or stale:
        current = Figure.objects.select_for_update().in_bulk([*to_update, *stale])
        updated = []
        for pk, values in to_update.items():
            figure = current.get(pk)
            if figure is None:
                continue
            # What an editor decided stays; where the figure stands in the text follows the text.
            fields = values if figure.is_automatic else {f: v for f, v in values.items() if f in ANCHOR_FIELDS}
            for field, value in fields.items():
                setattr(figure, field, value)
            updated.append(figure)
        if updated:
            Figure.objects.bulk_update(updated, [*FIGURE_FIELDS, "extraction_key"])
        removable = [pk for pk in stale if pk in current and current[pk].is_automatic]
        if removable:
            Figure.objects.filter(pk__in=removable).delete()
    return len(wanted_keys)


def _figure_values(found, reference: Reference) -> dict:
    return {
        "text": found.text[:100],
        "value": found.value,
        "value_max": found.value_max,
        "measure": found.measure,
        "qualifier": found.qualifier,
        "kind": found.kind,
        "significance": found.significance,
        "label": found.label[:200],
        "action": found.action[:20],
        "unit_id": reference.unit_ids.get(found.unit) if found.unit else None,
        "initiative_id": reference.initiative_ids.get(found.initiative) if found.initiative else None,
        "sentence": found.sentence,
        "start": found.start,
        "end": found.end,
        "period": found.period,
        "period_label": found.period_label[:40],
        "period_start": found.period_start,
        "period_end": found.period_end,
    }


def _link_changes(results) -> None:
    """Point each change (同比增长8.3%) at the figure it qualifies, both by their stable extraction keys."""
    wanted = {
        (article_id, found.extraction_key): found.qualifies
        for article_id, result in results.items()
        for found in result.figures
        if found.qualifies
    }
    if not wanted:
        return
    keys = {key for _, key in wanted} | set(wanted.values())
    ids = {
        (article_id, key): pk
        for pk, article_id, key in Figure.objects.filter(
            article_id__in={article_id for article_id, _ in wanted}, extraction_key__in=keys
        ).values_list("pk", "article_id", "extraction_key")
    }
    changes = []
    for (article_id, key), qualified in wanted.items():
        change, target = ids.get((article_id, key)), ids.get((article_id, qualified))
        if change and target:
            changes.append(Figure(pk=change, qualifies_id=target))
    Figure.objects.bulk_update(changes, ["qualifies"])


def extraction_report() -> dict:
    """Return, per page and in total, what extraction found and what is left for editors to review."""
    figure_counts = {
        row["article__page"]: row
        for row in Figure.objects.values("article__page").annotate(
            figures=Count("pk"),
            auto=Count("pk", filter=Q(status=Figure.Status.AUTO)),
            verified=Count("pk", filter=Q(status=Figure.Status.VERIFIED)),
            rejected=Count("pk", filter=Q(status=Figure.Status.REJECTED)),
        )
    }
    unit_counts = dict(ArticleUnit.objects.values("article__page").annotate(n=Count("pk")).values_list("article__page", "n"))
    initiative_counts = dict(
        ArticleInitiative.objects.values("article__page").annotate(n=Count("pk")).values_list("article__page", "n")
    )
    pages = []
    total = Counter()
    for page_id, file_name in Page.objects.order_by("file_name").values_list("pk", "file_name"):
        figures = figure_counts.get(page_id, {})
        row = {
            "file_name": file_name,
            "units": unit_counts.get(page_id, 0),
            "initiatives": initiative_counts.get(page_id, 0),
            "figures": figures.get("figures", 0),
            "auto": figures.get("auto", 0),
            "verified": figures.get("verified", 0),
            "rejected": figures.get("rejected", 0),
        }
        pages.append(row)
        total.update({key: value for key, value in row.items() if key != "file_name"})
    totals = {key: total[key] for key in ("units", "initiatives", "figures", "auto", "verified", "rejected")}
    totals["units_to_review"] = Unit.objects.filter(needs_review=True).count()
    totals["initiatives_to_review"] = Initiative.objects.filter(needs_review=True).count()
    return {"pages": pages, "total": totals}
