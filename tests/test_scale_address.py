"""``--dask`` values: a local cluster of N processes or a scheduler address (issue 8)."""

from __future__ import annotations

import pytest

from eventwire.errors import InputError
from eventwire.scale.cluster import ClusterAddress, default_local_workers, parse_address


def test_local_takes_one_worker_per_usable_core():
    address = parse_address("local")
    assert address == ClusterAddress(workers=default_local_workers())
    assert address.local and address.workers is not None and address.workers >= 1


@pytest.mark.parametrize("text, workers", [("local:1", 1), ("local:2", 2), (" local:16 ", 16)])
def test_local_with_a_count(text, workers):
    address = parse_address(text)
    assert address.local
    assert address.workers == workers
    assert str(address) == f"local:{workers}"


@pytest.mark.parametrize("text, url", [
    ("tcp://10.0.0.5:8786", "tcp://10.0.0.5:8786"),
    ("scheduler.lab:8786", "tcp://scheduler.lab:8786"),
    ("tls://sched:8786", "tls://sched:8786"),
    ("tcp://[::1]:8786", "tcp://[::1]:8786"),
])
def test_scheduler_addresses(text, url):
    address = parse_address(text)
    assert not address.local
    assert address.url == url
    assert address.workers is None


@pytest.mark.parametrize("text", [
    "local:0", "local:-1", "local:two", "local:", "http://host:8786", "tcp://host",
    "tcp://:8786", "tcp://host:99999", "host", "",
])
def test_bad_addresses_name_the_option(text):
    with pytest.raises(InputError) as info:
        parse_address(text)
    assert info.value.where == "--dask"
