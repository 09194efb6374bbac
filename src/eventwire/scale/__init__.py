"""Scale out: the same pipeline stages over Dask partitions.

The driver splits articles into partitions (``partitions``), workers extract
events with a pipeline loaded once per worker process and return each
partition's events as Parquet, the driver stages those files next to the store
(``staging``) and loads them into DuckDB, the one writer (``driver``).
``cluster`` turns ``--dask local:2`` or ``tcp://host:8786`` into a client.

    from eventwire.scale import ingest_on_cluster, open_client, parse_address
    with open_client(parse_address("local:2")) as client:
        summary = ingest_on_cluster(articles, "events.duckdb", options, client)
"""

from eventwire.scale.cluster import ClusterAddress, open_client, parse_address
from eventwire.scale.driver import ClusterSummary, PartitionOutcome, ingest_on_cluster
from eventwire.scale.partitions import ArticleFailure, Partition, split

__all__ = [
    "ArticleFailure",
    "ClusterAddress",
    "ClusterSummary",
    "Partition",
    "PartitionOutcome",
    "ingest_on_cluster",
    "open_client",
    "parse_address",
    "split",
]
