"""The curated knowledge base: the curation model (record types and fields), the compiler of the YAML
files, the states table, and the SHACL shapes and validation derived from the model."""
