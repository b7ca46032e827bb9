from django.conf import settings
from django.core.management.base import BaseCommand

from arfer.accounts.actions import BODY_ROLES, ROLE_NAMES, create_account
from arfer.accounts.models import User
from arfer.core.actors import SYSTEM
from arfer.demo.board import load_demo_board
from arfer.demo.loader import load_demo_practices, load_demo_welsh_requests
from arfer.demo.practices import PRACTICES
from arfer.demo.rollout import load_demo_rollout
from arfer.directory.actions import load_reference_directory
from arfer.directory.models import Body
from arfer.directory.reference import AREAS, BODIES
from arfer.menu.actions import load_service_areas
from arfer.menu.models import Practice
from arfer.menu.taxonomy import SERVICE_AREAS

DEMO_ACCOUNTS_BODY = "carmarthenshire-county-council"


class Command(BaseCommand):
    help = (
        "Load the directory of Welsh public bodies, the service-area taxonomy and the "
        "illustrative demo menu. Safe to run again: nothing is duplicated or lost."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Only load what is missing: the directory if there are no bodies, the demo "
            "menu if there are no practices.",
        )

    def handle(self, *args, if_empty: bool, **options):
        if not (if_empty and Body.objects.exists()):
            areas, bodies = load_reference_directory(AREAS, BODIES)
            service_areas = load_service_areas(SERVICE_AREAS)
            self.stdout.write(
                f"Directory: {areas} areas, {bodies} bodies, {service_areas} service areas."
            )
        if not (if_empty and Practice.objects.exists()):
            count = load_demo_practices(PRACTICES)
            self.stdout.write(f"Demo menu: {count} illustrative practices.")
        elif if_empty:
            self.stdout.write("The database already holds data; nothing loaded.")
        adoptions, entries, targets = load_demo_rollout()
        if adoptions:
            self.stdout.write(
                f"Demo rollout: {adoptions} illustrative adoptions, {entries} "
                f"ledger entries, {targets} yearly targets."
            )
        workstreams, meetings, board_actions = load_demo_board()
        if meetings:
            self.stdout.write(
                f"Demo board: {workstreams} illustrative workstreams, {meetings} "
                f"meetings, {board_actions} actions."
            )
        if settings.ARFER_DEMO_MODE:
            self.create_demo_accounts()
        # The moderator's requests once their account exists; the system's without accounts.
        moderator = User.objects.filter(email="demo-moderator@example.org").first()
        requests = load_demo_welsh_requests(requested_by=moderator or SYSTEM)
        if requests:
            self.stdout.write(f"Demo translation queue: {requests} requests for Welsh text.")

    def create_demo_accounts(self):
        """One account per role, printed once: when it is created, never again."""
        body = Body.objects.get(slug=DEMO_ACCOUNTS_BODY)
        created = []
        for role in ROLE_NAMES:
            email = f"demo-{role}@example.org"
            if User.objects.filter(email=email).exists():
                continue
            _user, password = create_account(
                email, role=role, body=body if role in BODY_ROLES else None, actor=SYSTEM
            )
            created.append((role, email, password))
        if created:
            self.stdout.write("Demo accounts (passwords shown once; demo mode only):")
            for role, email, password in created:
                self.stdout.write(f"  {role:16} {email:36} {password}")
