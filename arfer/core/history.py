"""The audit trail as people read it: django-simple-history records paired with what changed."""


def history_entries(records: list, excluded_fields: list[str]) -> list[dict]:
    """For history records listed newest first: each record with the changes it made since the
    record after it in the list (the one before it in time). The oldest listed shows none."""
    entries = []
    for record, previous in zip(records, [*records[1:], None], strict=True):
        changes = (
            record.diff_against(previous, excluded_fields=excluded_fields).changes
            if previous is not None
            else []
        )
        entries.append({"record": record, "changes": changes})
    return entries
