"""Candidate facts from news articles, English and Vietnamese, by rules and a gazetteer.

:mod:`.article` reads a file into an :class:`~.article.Article`; :mod:`.gazetteer` matches the names the
graph already knows (labels, alternative names, acronyms, in both languages, diacritics ignored);
:mod:`.rules` finds persons with their posts, sessions, cycles, terms, resolutions, legal acts, figures,
dates and events, each as a :class:`~.candidates.Candidate` with its evidence; :mod:`.candidates` turns
them into curated records and Web Annotations; :mod:`.reviews` keeps the editors' decisions in the
curated data; :mod:`.evaluate` scores the extractor against hand-labelled gold.
"""
