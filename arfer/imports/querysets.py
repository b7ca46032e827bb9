from django.db import models

from arfer.accounts.policy import is_programme_admin, is_signed_in


class ImportRunQuerySet(models.QuerySet):
    def visible_to(self, user) -> "ImportRunQuerySet":
        """The one read policy for imports: people see their own; programme admins see all."""
        if is_programme_admin(user):
            return self.all()
        if not is_signed_in(user):
            return self.none()
        return self.filter(uploaded_by=user)
