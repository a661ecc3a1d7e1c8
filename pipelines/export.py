"""Export stored articles as JSON lines, CSV or Parquet, one record per article."""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import IO, Any

from crawler.items import RECORD_FIELDS
from pipelines.store import JSON_FIELDS, from_row

FORMATS = ("jsonl", "csv", "parquet")
PARQUET_BATCH = 1000


class ExportError(Exception):
    """An export that cannot be done (a missing optional dependency, a bad format)."""


def export_sql(site: str | None, since: date | None, until: date | None) -> tuple[str, list[Any]]:
    """Return the SELECT of the records to export and its parameters; since/until inclusive.

    Its order (site, date, URL) is that of idx_articles_site_published: rows stream in index
    order, nothing is sorted first.
    """
    where, params = [], []
    if site:
        where.append("site = ?")
        params.append(site)
    if since:
        where.append("published_at >= ?")
        params.append(since.isoformat())
    if until:
        where.append("published_at < ?")
        params.append((until + timedelta(days=1)).isoformat())
    columns = ", ".join(RECORD_FIELDS)
    sql = f"SELECT {columns} FROM articles INDEXED BY idx_articles_site_published"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return sql + " ORDER BY site, published_at, url", params


def iter_records(
    conn: sqlite3.Connection,
    site: str | None = None,
    since: date | None = None,
    until: date | None = None,
) -> Iterator[dict[str, Any]]:
    """Yield stored records (lists as lists) by site, date and URL; since/until inclusive.

    One SELECT statement, so the rows come from one consistent snapshot even while a crawl writes.
    """
    sql, params = export_sql(site, since, until)
    for row in conn.execute(sql, params):
        yield from_row(dict(zip(RECORD_FIELDS, row, strict=True)))


def write_jsonl(records: Iterator[dict[str, Any]], out: IO[str]) -> int:
    """Write one JSON object per line (Thai kept readable); return the count."""
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(records: Iterator[dict[str, Any]], out: IO[str]) -> int:
    """Write CSV with a header; list columns as JSON text, None as empty; return the count."""
    writer = csv.DictWriter(out, fieldnames=list(RECORD_FIELDS), lineterminator="\n")
    writer.writeheader()
    count = 0
    for record in records:
        row = dict(record)
        for name in JSON_FIELDS:
            row[name] = json.dumps(row[name], ensure_ascii=False)
        writer.writerow(row)
        count += 1
    return count


def parquet_schema() -> Any:
    """Return the pyarrow schema of the record (lists as lists, attachments as structs)."""
    import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]

    types: dict[str, Any] = {name: pa.string() for name in RECORD_FIELDS}
    types["view_count"] = pa.int64()
    for name in ("images", "tags", "problems"):
        types[name] = pa.list_(pa.string())
    types["attachments"] = pa.list_(pa.struct([("url", pa.string()), ("name", pa.string())]))
    return pa.schema([(name, types[name]) for name in RECORD_FIELDS])


def write_parquet(records: Iterator[dict[str, Any]], path: Path) -> int:
    """Write a Parquet file in batches (needs pyarrow: pip install 'khaosan[parquet]')."""
    try:
        import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]
        import pyarrow.parquet as pq  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        raise ExportError("parquet export needs pyarrow: pip install 'khaosan[parquet]'") from None
    schema = parquet_schema()
    count = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        batch: list[dict[str, Any]] = []
        for record in records:
            record["attachments"] = [
                {"url": a.get("url"), "name": a.get("name")} for a in record["attachments"]
            ]
            batch.append(record)
            if len(batch) >= PARQUET_BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count
