from django.db import models


class ImportRunQuerySet(models.QuerySet):
    def visible_to(self, user) -> "ImportRunQuerySet":
        """The one read policy for imports: people see their own; programme admins see all."""
        if user is None or not user.is_authenticated or not user.is_active:
            return self.none()
        if user.is_programme_admin:
            return self.all()
        return self.filter(uploaded_by=user)
