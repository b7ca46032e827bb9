"""What tests of pages that search need to know of how search keeps up with writes."""

# Queries the first search after a write runs to make the search documents of the practices
# written (arfer/menu/search/indexing.py): the queue asked, then, in one savepoint, the queue
# read, the practices' words read (five queries), their documents replaced (two) and the queue
# emptied. The same however many practices were written, up to a batch.
MAKING_SEARCH_DOCUMENTS = 12
