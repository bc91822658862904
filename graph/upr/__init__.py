"""UPR recommendation data: the importers of each file layout, their conversion to N-Triples in a child
process, ingestion into the store, similarity links across cycles, reconciliation of sources that state the
same recommendations, and listing and removing ingested sources."""
