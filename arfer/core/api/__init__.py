"""What every app's API router shares: error answers, field types, pagination and
the conditional-request rules. The routers live in their apps; arfer.api assembles them."""
