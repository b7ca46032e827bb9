"""Chart labels that fit: text broken into a few short lines, cut with "…" when it does not fit
(the chart gives the whole text in a <title>, and the table beside it in full)."""


def wrap_label(text: str, width: int, lines: int) -> tuple[list[str], bool]:
    """``text`` in at most ``lines`` lines of at most ``width`` characters, broken between
    words where it can; the last line ends in "…" when the text does not fit. Returns the
    lines and whether the text was cut."""
    width = max(width, 2)
    words, found = text.split(), []
    line = ""
    for word in words:
        while len(word) > width and not line:  # a word longer than a line is broken
            found.append(word[:width])
            word = word[width:]
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            found.append(line)
            line = word
    if line:
        found.append(line)
    if len(found) <= lines:
        return found or [""], False
    kept = found[:lines]
    kept[-1] = kept[-1][: width - 1].rstrip() + "…"
    return kept, True
