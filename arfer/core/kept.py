"""A bounded store of values a process keeps between requests, least recently used given way
first. Each value has a size (1, or how many items it holds), and the sizes kept stay within a
bound; a value larger than the bound is not kept at all. Safe across a process's threads."""

import threading
from collections import OrderedDict
from collections.abc import Hashable
from typing import Any


class Kept:
    def __init__(self, most: int):
        self.most = most
        self._lock = threading.Lock()
        self._values: OrderedDict[Hashable, tuple[Any, int]] = OrderedDict()
        self._size = 0

    def get(self, key: Hashable) -> Any:
        """The value kept under `key`, or None."""
        with self._lock:
            kept = self._values.get(key)
            if kept is None:
                return None
            self._values.move_to_end(key)
            return kept[0]

    def put(self, key: Hashable, value: Any, size: int = 1) -> None:
        if size > self.most:
            return
        with self._lock:
            if key in self._values:
                return
            self._values[key] = (value, size)
            self._size += size
            while self._size > self.most:
                _, (_, dropped) = self._values.popitem(last=False)
                self._size -= dropped

    def clear(self) -> None:
        with self._lock:
            self._values.clear()
            self._size = 0
