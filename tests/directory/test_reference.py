"""The reference directory holds real names and codes only (see the brief, section 5)."""

from arfer.directory import actions
from arfer.directory.models import Body
from arfer.directory.reference import AREAS, BODIES

LOCAL_AUTHORITY_CODES = {
    "W06000001": "Isle of Anglesey",
    "W06000002": "Gwynedd",
    "W06000003": "Conwy",
    "W06000004": "Denbighshire",
    "W06000005": "Flintshire",
    "W06000006": "Wrexham",
    "W06000023": "Powys",
    "W06000008": "Ceredigion",
    "W06000009": "Pembrokeshire",
    "W06000010": "Carmarthenshire",
    "W06000011": "Swansea",
    "W06000012": "Neath Port Talbot",
    "W06000013": "Bridgend",
    "W06000016": "Rhondda Cynon Taf",
    "W06000024": "Merthyr Tydfil",
    "W06000014": "Vale of Glamorgan",
    "W06000015": "Cardiff",
    "W06000018": "Caerphilly",
    "W06000019": "Blaenau Gwent",
    "W06000020": "Torfaen",
    "W06000021": "Monmouthshire",
    "W06000022": "Newport",
}
HEALTH_BOARDS = {
    "betsi-cadwaladr-university-health-board": ("W11000023", "7A1"),
    "hywel-dda-university-health-board": ("W11000025", "7A2"),
    "swansea-bay-university-health-board": ("W11000031", "7A3"),
    "cardiff-and-vale-university-health-board": ("W11000029", "7A4"),
    "cwm-taf-morgannwg-university-health-board": ("W11000030", "7A5"),
    "aneurin-bevan-university-health-board": ("W11000028", "7A6"),
    "powys-teaching-health-board": ("W11000024", "7A7"),
}


def test_the_22_local_authority_areas_and_their_codes():
    areas = {a["code"]: a["name_en"] for a in AREAS if a["kind"] == "local_authority"}
    assert areas == LOCAL_AUTHORITY_CODES
    assert "W06000007" not in areas and "W06000017" not in areas


def test_health_boards_carry_their_gss_and_ods_codes():
    bodies = {b["slug"]: (b["gss_code"], b["ods_code"]) for b in BODIES}
    for slug, codes in HEALTH_BOARDS.items():
        assert bodies[slug] == codes


def test_every_council_is_coded_with_its_area():
    councils = [b for b in BODIES if b["kind"] == "local_authority"]
    assert len(councils) == 22
    area_codes = {a["slug"]: a["code"] for a in AREAS}
    for council in councils:
        assert [area_codes[s] for s in council["areas"]] == [council["gss_code"]]


def test_each_local_authority_has_one_health_board_police_fire_and_rpb():
    local_authorities = {a["slug"] for a in AREAS if a["kind"] == "local_authority"}
    for kind in ("health_board", "police", "fire", "regional_partnership"):
        covered = [slug for a in AREAS if a["kind"] == kind for slug in a["covers"]]
        assert sorted(covered) == sorted(local_authorities), kind


def test_carmarthenshire_sits_with_hywel_dda_and_west_wales():
    covering = {a["slug"] for a in AREAS if "carmarthenshire" in a["covers"]}
    assert {
        "hywel-dda-health-board-area",
        "west-wales-rpb",
        "dyfed-powys-police-area",
        "mid-and-west-wales-fire-area",
    } <= covering


def test_bodies_of_every_sector_named_in_the_brief():
    sectors = {b["sector"] for b in BODIES}
    assert sectors == {
        "local_government",
        "nhs",
        "emergency_services",
        "national_parks",
        "government",
        "trade_unions",
        "third_sector",
    }
    slugs = {b["slug"] for b in BODIES}
    for slug in [
        "welsh-government",
        "welsh-local-government-association",
        "audit-wales",
        "wales-tuc",
        "wales-council-for-voluntary-action",
        "welsh-ambulance-services-university-nhs-trust",
        "velindre-university-nhs-trust",
        "public-health-wales-nhs-trust",
        "health-education-and-improvement-wales",
        "digital-health-and-care-wales",
        "north-wales-police",
        "dyfed-powys-police",
        "south-wales-police",
        "gwent-police",
        "north-wales-fire-and-rescue-service",
        "mid-and-west-wales-fire-and-rescue-service",
        "south-wales-fire-and-rescue-service",
        "eryri-national-park-authority",
        "bannau-brycheiniog-national-park-authority",
        "pembrokeshire-coast-national-park-authority",
    ]:
        assert slug in slugs


def test_slugs_are_unique_and_references_resolve():
    area_slugs = [a["slug"] for a in AREAS]
    body_slugs = [b["slug"] for b in BODIES]
    assert len(set(area_slugs)) == len(area_slugs)
    assert len(set(body_slugs)) == len(body_slugs)
    for body in BODIES:
        assert set(body["areas"]) <= set(area_slugs)


def test_every_reference_body_meets_the_rules_of_the_directory_s_pages(directory):
    """Codes well formed and held once, addresses free; and no closing date, so none shows as
    closed (the tag shows whenever a body has one)."""
    bodies = list(Body.objects.all())
    assert len(bodies) == len(BODIES)
    for body in bodies:
        actions.check_body(body, set(actions.BODY_FIELDS))
    assert [body.slug for body in bodies if body.active_from or body.active_to] == []
