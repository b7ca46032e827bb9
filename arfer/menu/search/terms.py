import re

# Words are runs of letters and digits (Unicode-aware, so Welsh ŵ ŷ â are letters). Everything
# else, including every operator of FTS5 and tsquery syntax, is a separator.
WORD = re.compile(r"[^\W_]+", re.UNICODE)
MAX_TERMS = 12
MAX_TERM_LENGTH = 60


def search_terms(raw_query: str | None, limit: int = MAX_TERMS) -> list[str]:
    """The distinct words of a user's query, lower-cased, in order, capped in number and length."""
    if not raw_query:
        return []
    terms: list[str] = []
    # Lower-cased before it is split, as a document's words are (document.words_of).
    for word in WORD.findall(raw_query[:2000].lower()):
        word = word[:MAX_TERM_LENGTH]
        if word not in terms:
            terms.append(word)
        if len(terms) == limit:
            break
    return terms


# Words too common to say what a practice is about, in either language.
STOPWORDS = frozenset(
    "a an and are as at be by for from has have in into is it its of on or our that the their "
    "this to was we were which with without more less new across through using service services "
    "ac am ar at gan gyda i o y yr yn ei eu mae oedd sy sydd ac neu er fel hefyd drwy wrth".split()
)


def significant_terms(text: str, limit: int = 8) -> list[str]:
    """The longest distinctive words of a text, used to find practices like it."""
    words = [w for w in search_terms(text, limit=200) if len(w) > 3 and w not in STOPWORDS]
    return sorted(words, key=len, reverse=True)[:limit]
