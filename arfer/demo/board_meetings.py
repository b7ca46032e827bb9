"""What the demo's summit and board meetings discussed, decided and asked for: the text of the
illustrative records that arfer/demo/board.py makes through the board's actions."""

import datetime
from typing import NamedTuple

from arfer.board.models import Rag

D = datetime.date


class ActionSpec(NamedTuple):
    owner_body: str
    owner_name: str
    text_en: str
    text_cy: str
    due: datetime.date
    rag: str
    # Closed actions: the day and what was done.
    closed_on: datetime.date | None = None
    note: str = ""
    # Open actions: the due date as last agreed, in days from today (negative when overdue),
    # and the status now.
    due_in_days: int = 0
    rag_now: str = ""


class MeetingSpec(NamedTuple):
    date: datetime.date
    place: str
    agenda: list[tuple[str, str]]
    papers: list[tuple[str, str]]
    decisions: list[tuple[str, str]]
    actions: list[ActionSpec]


PROGRAMME_DIRECTOR = "Programme Director, Efficiency and Innovation Programme"
WLGA_OWNER = "Head of Improvement and Efficiency"
WCVA_OWNER = "Director of Policy and Partnerships"
MINUTES = (
    "Minutes of the last meeting and the action log",
    "Cofnodion y cyfarfod diwethaf a'r log camau gweithredu",
)

SUMMIT = MeetingSpec(
    date=D(2010, 2, 25),
    place="Cardiff",
    agenda=[
        ("Welcome and purpose of the summit", "Croeso a diben yr uwchgynhadledd"),
        (
            "The financial outlook for Welsh public services",
            "Y rhagolygon ariannol ar gyfer gwasanaethau cyhoeddus Cymru",
        ),
        (
            "Learning from what already works: examples from councils, health boards and the "
            "third sector",
            "Dysgu o'r hyn sydd eisoes yn gweithio: enghreifftiau gan gynghorau, byrddau iechyd "
            "a'r "
            "trydydd sector",
        ),
        (
            "Working across organisational boundaries: prevention and co-design with citizens",
            "Gweithio ar draws ffiniau sefydliadol: atal a chyd-ddylunio gyda dinasyddion",
        ),
        (
            "Workshops: what a national programme should do first",
            "Gweithdai: beth ddylai rhaglen genedlaethol ei wneud yn gyntaf",
        ),
        ("Agreeing the way forward", "Cytuno ar y ffordd ymlaen"),
    ],
    papers=[
        (
            "The financial outlook for Welsh public services, 2010-11 to 2013-14",
            "Y rhagolygon ariannol ar gyfer gwasanaethau cyhoeddus Cymru, 2010-11 i 2013-14",
        ),
        ("Better services for less: a discussion paper", "Gwell gwasanaethau am lai: papur trafod"),
    ],
    decisions=[
        (
            "To set up a national efficiency and innovation programme for the Welsh public sector, "
            "overseen by a programme board chaired by a minister, with leaders from local "
            "government, the NHS, the emergency services, the third sector and the trade unions.",
            "Sefydlu rhaglen effeithlonrwydd ac arloesi genedlaethol ar gyfer sector cyhoeddus "
            "Cymru, a bwrdd rhaglen dan gadeiryddiaeth gweinidog i'w goruchwylio, gydag arweinwyr "
            "o lywodraeth leol, y GIG, y gwasanaethau brys, y trydydd sector a'r undebau llafur.",
        ),
        (
            "To build a menu of good practice from every public body in Wales, each practice "
            "showing what it cost, what it saved and what another body needs to adopt it.",
            "Llunio dewislen o arferion da gan bob corff cyhoeddus yng Nghymru, gyda phob arfer yn "
            "dangos beth oedd y gost, beth a arbedwyd a beth sydd ei angen ar gorff arall i'w "
            "fabwysiadu.",
        ),
        (
            "To expect every public body to adopt what works from the menu or explain why not "
            "(“adopt or justify”), so that good practice spreads across the whole public sector.",
            "Disgwyl i bob corff cyhoeddus fabwysiadu'r hyn sy'n gweithio o'r ddewislen neu egluro "
            "pam na fydd yn gwneud hynny (“mabwysiadu neu gyfiawnhau”), fel bod arfer da yn "
            "lledaenu ar draws y sector cyhoeddus cyfan.",
        ),
        (
            "To put prevention, and services co-designed across organisational boundaries with "
            "the people who use them, at the heart of the programme.",
            "Rhoi atal, a gwasanaethau sydd wedi'u cyd-ddylunio ar draws ffiniau sefydliadol "
            "gyda'r "
            "bobl sy'n eu defnyddio, wrth galon y rhaglen.",
        ),
    ],
    actions=[
        ActionSpec(
            "welsh-government",
            "Director of Public Services",
            "Set up the programme board: agree its terms of reference with the Minister and "
            "invite a member from each sector.",
            "Sefydlu bwrdd y rhaglen: cytuno ar ei gylch gorchwyl gyda'r Gweinidog a gwahodd "
            "aelod o bob sector.",
            D(2010, 4, 23),
            Rag.GREEN,
            closed_on=D(2010, 4, 29),
            note="The board met for the first time on 29 April 2010 and agreed its terms of "
            "reference.",
        ),
        ActionSpec(
            "welsh-local-government-association",
            WLGA_OWNER,
            "Ask every council for two or three examples of good practice, with what each cost "
            "and saved, to start the menu.",
            "Gofyn i bob cyngor am ddwy neu dair enghraifft o arfer da, gyda chost ac arbedion "
            "pob un, i ddechrau'r ddewislen.",
            D(2010, 5, 28),
            Rag.AMBER,
            closed_on=D(2010, 6, 24),
            note="Fifty-two examples received from 20 councils; the first twenty are published "
            "on the menu.",
        ),
        ActionSpec(
            "wales-council-for-voluntary-action",
            WCVA_OWNER,
            "Set out how the third sector will contribute to the programme and who will "
            "represent it on the board.",
            "Nodi sut y bydd y trydydd sector yn cyfrannu at y rhaglen a phwy fydd yn ei "
            "gynrychioli ar y bwrdd.",
            D(2010, 4, 23),
            Rag.GREEN,
            closed_on=D(2010, 4, 29),
            note="Paper taken at the first board meeting; WCVA's chief executive joins the "
            "board for the third sector.",
        ),
        ActionSpec(
            "wales-tuc",
            "General Secretary",
            "Agree with the Welsh Government how the trade unions will take part in changes "
            "made through the programme.",
            "Cytuno â Llywodraeth Cymru sut y bydd yr undebau llafur yn cymryd rhan mewn "
            "newidiadau a wneir drwy'r rhaglen.",
            D(2010, 6, 25),
            Rag.AMBER,
            closed_on=D(2010, 9, 2),
            note="A workforce partnership statement was agreed and added to the board's terms "
            "of reference.",
        ),
    ],
)
SUMMIT_TITLE = ("Public Service Summit", "Uwchgynhadledd y Gwasanaethau Cyhoeddus")
SUMMIT_SUMMARY_EN = (
    "Leaders from across the Welsh public sector met in Cardiff on 25 February 2010 to agree how "
    "public services in Wales should respond to several years of tighter budgets. Councils, "
    "health boards, the police, the fire and rescue services, the national park authorities, "
    "the trade unions and the voluntary sector took part, with the Welsh Government and the "
    "Welsh Local Government Association.\n"
    "\n"
    "The summit agreed to launch the Efficiency and Innovation Programme, overseen by a "
    "programme board, to find what already works in Welsh public services and spread it: a "
    "menu of good practice that every body contributes to and draws on. Public bodies will be "
    "expected to adopt proven practice or explain why not. The programme puts prevention first, "
    "and services will be co-designed across organisational boundaries with the people who use "
    "them, working with the trade unions throughout."
)
SUMMIT_SUMMARY_CY = (
    "Daeth arweinwyr o bob rhan o sector cyhoeddus Cymru ynghyd yng Nghaerdydd ar 25 Chwefror "
    "2010 i gytuno sut y dylai gwasanaethau cyhoeddus yng Nghymru ymateb i sawl blwyddyn o "
    "gyllidebau tynnach. Roedd cynghorau, byrddau iechyd, yr heddlu, y gwasanaethau tân ac "
    "achub, awdurdodau'r parciau cenedlaethol, yr undebau llafur a'r sector gwirfoddol yn "
    "bresennol, ynghyd â Llywodraeth Cymru a Chymdeithas Llywodraeth Leol Cymru.\n"
    "\n"
    "Cytunodd yr uwchgynhadledd i lansio'r Rhaglen Effeithlonrwydd ac Arloesi, dan "
    "oruchwyliaeth bwrdd rhaglen, i ddod o hyd i'r hyn sydd eisoes yn gweithio yng "
    "ngwasanaethau cyhoeddus Cymru a'i ledaenu: dewislen o arferion da y mae pob corff yn "
    "cyfrannu ati ac yn tynnu arni. Disgwylir i gyrff cyhoeddus fabwysiadu arferion sydd wedi'u "
    "profi neu egluro pam na fyddant yn gwneud hynny. Mae'r rhaglen yn rhoi atal yn gyntaf, a "
    "chaiff gwasanaethau eu cyd-ddylunio ar draws ffiniau sefydliadol gyda'r bobl sy'n eu "
    "defnyddio, gan weithio gyda'r undebau llafur drwy gydol y gwaith."
)

# The first year of board meetings, about every two months. A few Welsh fields are left blank,
# as happens in real records, so the demo also shows the notice for missing Welsh.
BOARD_MEETINGS = [
    MeetingSpec(
        date=D(2010, 4, 29),
        place="Cardiff",
        agenda=[
            ("Welcome, membership and terms of reference", "Croeso, aelodaeth a chylch gorchwyl"),
            (
                "Actions from the Public Service Summit",
                "Camau gweithredu o Uwchgynhadledd y Gwasanaethau Cyhoeddus",
            ),
            ("Programme plan for 2010-11", "Cynllun y rhaglen ar gyfer 2010-11"),
            (
                "Setting up the workstreams and their sponsors",
                "Sefydlu'r ffrydiau gwaith a'u noddwyr",
            ),
        ],
        papers=[
            ("Terms of reference for the programme board", "Cylch gorchwyl bwrdd y rhaglen"),
            ("Programme plan 2010-11", "Cynllun y rhaglen 2010-11"),
        ],
        decisions=[
            (
                "To agree the terms of reference: the board meets every two months, chaired by "
                "the Minister, with members from every sector and the trade unions.",
                "Cytuno ar y cylch gorchwyl: bydd y bwrdd yn cyfarfod bob deufis, dan "
                "gadeiryddiaeth y Gweinidog, gydag aelodau o bob sector a'r undebau llafur.",
            ),
            (
                "To set up five workstreams, each sponsored by one body, and to give each its "
                "practices and savings targets.",
                "Sefydlu pum ffrwd waith, pob un wedi'i noddi gan un corff, a rhoi ei harferion "
                "a'i "
                "thargedau arbedion i bob un.",
            ),
        ],
        actions=[
            ActionSpec(
                "welsh-government",
                PROGRAMME_DIRECTOR,
                "Propose savings targets for each workstream for 2010-11.",
                "Cynnig targedau arbedion ar gyfer pob ffrwd waith ar gyfer 2010-11.",
                D(2010, 6, 18),
                Rag.GREEN,
                closed_on=D(2010, 6, 24),
                note="Targets agreed by the board on 24 June 2010.",
            ),
            ActionSpec(
                "hywel-dda-university-health-board",
                "Director of Planning",
                "Scope the integrated health and social care workstream with Carmarthenshire, "
                "Ceredigion and Pembrokeshire councils.",
                "Cwmpasu'r ffrwd waith iechyd a gofal cymdeithasol integredig gyda chynghorau "
                "Sir Gaerfyrddin, Ceredigion a Sir Benfro.",
                D(2010, 7, 30),
                Rag.AMBER,
                closed_on=D(2010, 9, 2),
                note="Scope agreed by the three councils and the health board: community "
                "services in three localities come first.",
            ),
            ActionSpec(
                "welsh-local-government-association",
                WLGA_OWNER,
                "Design the template for a practice on the menu: the problem, what was done, "
                "what it cost and saved, and what another body needs to adopt it.",
                "Dylunio'r templed ar gyfer arfer ar y ddewislen: y broblem, beth a wnaed, beth "
                "oedd y gost a'r arbedion, a beth sydd ei angen ar gorff arall i'w fabwysiadu.",
                D(2010, 6, 11),
                Rag.GREEN,
                closed_on=D(2010, 6, 24),
                note="Template agreed and used for the first twenty practices.",
            ),
        ],
    ),
    MeetingSpec(
        date=D(2010, 6, 24),
        place="Llandrindod Wells",
        agenda=[
            MINUTES,
            (
                "Workstream savings targets for 2010-11",
                "Targedau arbedion y ffrydiau gwaith ar gyfer 2010-11",
            ),
            ("The first practices on the menu", "Yr arferion cyntaf ar y ddewislen"),
            (
                "Working with the workforce and the trade unions",
                "Gweithio gyda'r gweithlu a'r undebau llafur",
            ),
        ],
        papers=[
            ("Workstream savings targets, 2010-11", "Targedau arbedion y ffrydiau gwaith, 2010-11"),
        ],
        decisions=[
            (
                "To agree the workstream savings targets for 2010-11 and to review them every "
                "year.",
                "Cytuno ar dargedau arbedion y ffrydiau gwaith ar gyfer 2010-11 a'u hadolygu bob "
                "blwyddyn.",
            ),
            (
                "To publish the first twenty practices on the menu.",
                "Cyhoeddi'r ugain arfer cyntaf ar y ddewislen.",
            ),
        ],
        actions=[
            ActionSpec(
                "neath-port-talbot-council",
                "Head of Financial Services",
                "Prepare an outline business case for a shared payroll and accounts payable "
                "service for neighbouring councils.",
                "Paratoi achos busnes amlinellol ar gyfer gwasanaeth cyflogres a thaliadau i "
                "gyflenwyr a rennir rhwng cynghorau cyfagos.",
                D(2010, 10, 22),
                Rag.AMBER,
                due_in_days=-38,
                rag_now=Rag.RED,
                note="Paused while two of the councils replaced their payroll systems. The "
                "revised case has slipped again; the board has asked for it at the next "
                "meeting.",
            ),
            ActionSpec(
                "welsh-government",
                PROGRAMME_DIRECTOR,
                "Agree with Audit Wales how savings claimed through the programme will be "
                "verified.",
                "Cytuno ag Archwilio Cymru sut y bydd arbedion a hawlir drwy'r rhaglen yn cael "
                "eu dilysu.",
                D(2010, 9, 30),
                Rag.GREEN,
                closed_on=D(2010, 10, 28),
                note="Agreed: savings are checked against a stated baseline, and a sample is "
                "audited every year.",
            ),
            ActionSpec(
                "unison-cymru-wales",
                "Head of Bargaining and Campaigns",
                "Ask members in councils and health boards for front-line staff's ideas for "
                "the menu.",
                "Gofyn i aelodau mewn cynghorau a byrddau iechyd am syniadau staff rheng flaen "
                "ar gyfer y ddewislen.",
                D(2010, 9, 30),
                Rag.GREEN,
                closed_on=D(2010, 10, 28),
                note="Thirty-four ideas received; six are being written up as practices.",
            ),
        ],
    ),
    MeetingSpec(
        date=D(2010, 9, 2),
        place="Aberystwyth",
        agenda=[
            MINUTES,
            ("Workstream highlight reports", "Adroddiadau uchafbwyntiau'r ffrydiau gwaith"),
            ("Measuring and verifying savings", "Mesur a dilysu arbedion"),
            (
                "Publishing the menu in Welsh and English",
                "Cyhoeddi'r ddewislen yn Gymraeg ac yn Saesneg",
            ),
        ],
        papers=[
            (
                "Framework for measuring and verifying savings",
                "Fframwaith ar gyfer mesur a dilysu arbedion",
            ),
            ("Workstream highlight reports, August 2010", ""),
        ],
        decisions=[
            (
                "To adopt the savings framework: cashable and non-cashable savings are recorded "
                "separately, each against a stated baseline.",
                "Mabwysiadu'r fframwaith arbedion: caiff arbedion arian parod ac arbedion nad "
                "ydynt yn arian parod eu cofnodi ar wahân, pob un yn erbyn llinell sylfaen a "
                "nodir.",
            ),
        ],
        actions=[
            ActionSpec(
                "public-health-wales-nhs-trust",
                "Director of Health and Wellbeing",
                "Bring together the evidence on falls prevention for the menu.",
                "Casglu'r dystiolaeth ar atal cwympiadau ar gyfer y ddewislen.",
                D(2010, 11, 30),
                Rag.GREEN,
                closed_on=D(2010, 12, 16),
                note="Evidence summary published, with three falls practices on the menu.",
            ),
            ActionSpec(
                "south-wales-fire-and-rescue-service",
                "Assistant Chief Fire Officer",
                "Scope a shared fire control room with Mid and West Wales Fire and Rescue Service.",
                "Cwmpasu ystafell reoli tân a rennir gyda Gwasanaeth Tân ac Achub Canolbarth a "
                "Gorllewin Cymru.",
                D(2010, 12, 17),
                Rag.AMBER,
                due_in_days=-12,
                rag_now=Rag.AMBER,
                note="Both services have agreed the design; the move date depends on the new "
                "call-handling system, which is running late.",
            ),
            ActionSpec(
                "welsh-government",
                PROGRAMME_DIRECTOR,
                "Publish the menu online in Welsh and English.",
                "Cyhoeddi'r ddewislen ar-lein yn Gymraeg ac yn Saesneg.",
                D(2010, 12, 17),
                Rag.AMBER,
                closed_on=D(2011, 3, 10),
                note="The menu is online in both languages.",
            ),
        ],
    ),
    MeetingSpec(
        date=D(2010, 10, 28),
        place="Swansea",
        agenda=[
            MINUTES,
            (
                "The draft budget for 2011-12 and what it means for the programme",
                "Cyllideb ddrafft 2011-12 a'r hyn y mae'n ei olygu i'r rhaglen",
            ),
            (
                "“Adopt or justify”: how bodies respond to the menu",
                "“Mabwysiadu neu gyfiawnhau”: sut y mae cyrff yn ymateb i'r ddewislen",
            ),
            ("The third sector's part in prevention", "Rhan y trydydd sector mewn atal"),
        ],
        papers=[
            (
                "“Adopt or justify”: guidance for public bodies",
                "“Mabwysiadu neu gyfiawnhau”: canllawiau i gyrff cyhoeddus",
            ),
        ],
        decisions=[
            (
                "To ask every body to record, for each practice on the menu in its service areas, "
                "whether it will adopt it or why not.",
                "Gofyn i bob corff gofnodi, ar gyfer pob arfer ar y ddewislen yn ei feysydd "
                "gwasanaeth, a fydd yn ei fabwysiadu neu pam na fydd.",
            ),
            (
                "To give the prevention and early help workstream priority in the light of the "
                "draft budget.",
                "Rhoi blaenoriaeth i'r ffrwd waith atal a chymorth cynnar yng ngoleuni'r gyllideb "
                "ddrafft.",
            ),
        ],
        actions=[
            ActionSpec(
                "welsh-local-government-association",
                WLGA_OWNER,
                "Write to every council chief executive explaining “adopt or justify” and when "
                "responses are due.",
                "Ysgrifennu at brif weithredwr pob cyngor i egluro “mabwysiadu neu "
                "gyfiawnhau” a phryd y mae angen ymateb.",
                D(2010, 11, 26),
                Rag.GREEN,
                closed_on=D(2010, 12, 16),
                note="Letters sent on 12 November 2010; responses are due by the end of March.",
            ),
            ActionSpec(
                "wales-council-for-voluntary-action",
                WCVA_OWNER,
                "Map the community prevention services run with the county voluntary councils.",
                "Mapio'r gwasanaethau atal cymunedol a gynhelir gyda'r cynghorau gwirfoddol sirol.",
                D(2011, 2, 25),
                Rag.AMBER,
                closed_on=D(2011, 3, 10),
                note="Mapped for 19 of the 22 council areas; the other three follow in April.",
            ),
            ActionSpec(
                "betsi-cadwaladr-university-health-board",
                "Director of Workforce and Organisational Development",
                "Propose a common approach to reducing sickness absence across the health "
                "boards, with the trade unions.",
                "Cynnig dull cyffredin o leihau absenoldeb salwch ar draws y byrddau iechyd, "
                "gyda'r undebau llafur.",
                D(2011, 1, 28),
                Rag.RED,
                due_in_days=-53,
                rag_now=Rag.RED,
                note="The draft approach is not yet agreed with the trade unions; a joint "
                "workshop is being arranged.",
            ),
        ],
    ),
    MeetingSpec(
        date=D(2010, 12, 16),
        place="Llandudno",
        agenda=[
            MINUTES,
            ("Savings to date against the targets", "Arbedion hyd yma yn erbyn y targedau"),
            ("Risks to the programme", "Risgiau i'r rhaglen"),
            ("Planning for 2011-12", "Cynllunio ar gyfer 2011-12"),
        ],
        papers=[
            (
                "Savings report, April to November 2010",
                "Adroddiad arbedion, Ebrill i Dachwedd 2010",
            ),
            ("Programme risk register", "Cofrestr risgiau'r rhaglen"),
        ],
        decisions=[
            (
                "To keep the five workstreams and their sponsors for 2011-12.",
                "Cadw'r pum ffrwd waith a'u noddwyr ar gyfer 2011-12.",
            ),
            (
                "To report savings to the board every quarter, with verified figures shown apart "
                "from forecasts.",
                "Adrodd ar arbedion i'r bwrdd bob chwarter, gan ddangos ffigurau wedi'u dilysu ar "
                "wahân i'r rhagolygon.",
            ),
        ],
        actions=[
            ActionSpec(
                "welsh-government",
                PROGRAMME_DIRECTOR,
                "Draft the programme plan and workstream targets for 2011-12.",
                "Drafftio cynllun y rhaglen a thargedau'r ffrydiau gwaith ar gyfer 2011-12.",
                D(2011, 2, 25),
                Rag.GREEN,
                closed_on=D(2011, 3, 10),
                note="Plan and targets agreed by the board on 10 March 2011.",
            ),
            ActionSpec(
                "north-wales-police",
                "Assistant Chief Constable",
                "Report on joint working between the police and mental health services for "
                "people in crisis.",
                "Adrodd ar gydweithio rhwng yr heddlu a gwasanaethau iechyd meddwl ar gyfer "
                "pobl mewn argyfwng.",
                D(2011, 3, 31),
                Rag.AMBER,
                due_in_days=75,
                rag_now=Rag.AMBER,
                note="Widened to all four forces and the health boards; the joint report is now "
                "due after the next meeting.",
            ),
            ActionSpec(
                "caerphilly-county-borough-council",
                "Head of Customer Services",
                "Share the business case for online self-service for council tax and benefits "
                "with other councils.",
                "",
                D(2011, 2, 28),
                Rag.GREEN,
                closed_on=D(2011, 3, 10),
                note="Business case shared with every council and added to the menu as a practice.",
            ),
        ],
    ),
    MeetingSpec(
        date=D(2011, 3, 10),
        place="Carmarthen",
        agenda=[
            MINUTES,
            ("The programme's first year", "Blwyddyn gyntaf y rhaglen"),
            (
                "Programme plan and targets for 2011-12",
                "Cynllun a thargedau'r rhaglen ar gyfer 2011-12",
            ),
            (
                "Integrated community services in west Wales",
                "Gwasanaethau cymunedol integredig yng ngorllewin Cymru",
            ),
            ("Any other business", "Unrhyw fater arall"),
        ],
        papers=[
            ("The programme's first year: a review", "Blwyddyn gyntaf y rhaglen: adolygiad"),
            ("Programme plan 2011-12", "Cynllun y rhaglen 2011-12"),
        ],
        decisions=[
            (
                "To agree the programme plan and workstream targets for 2011-12.",
                "Cytuno ar gynllun y rhaglen a thargedau'r ffrydiau gwaith ar gyfer 2011-12.",
            ),
            (
                "To publish a short report on the programme's first year.",
                "Cyhoeddi adroddiad byr ar flwyddyn gyntaf y rhaglen.",
            ),
        ],
        actions=[
            ActionSpec(
                "welsh-government",
                PROGRAMME_DIRECTOR,
                "Publish an annual report of savings verified against the programme's targets.",
                "Cyhoeddi adroddiad blynyddol ar arbedion wedi'u dilysu yn erbyn targedau'r "
                "rhaglen.",
                D(2011, 6, 30),
                Rag.GREEN,
                due_in_days=120,
                rag_now=Rag.GREEN,
                note="Kept open as a standing action: a report is published every year, and "
                "this year's is being drafted for the board.",
            ),
            ActionSpec(
                "hywel-dda-university-health-board",
                "Director of Planning",
                "Share the evaluation of the integrated community services with the other "
                "health boards.",
                "Rhannu gwerthusiad y gwasanaethau cymunedol integredig gyda'r byrddau iechyd "
                "eraill.",
                D(2011, 6, 30),
                Rag.GREEN,
                closed_on=D(2011, 6, 30),
                note="Evaluation presented to the all-Wales directors of planning.",
            ),
            ActionSpec(
                "carmarthenshire-county-council",
                "Head of Adult Social Care",
                "Agree a pooled budget for community equipment with Hywel Dda University Health "
                "Board.",
                "Cytuno ar gyllideb gyfun ar gyfer offer cymunedol gyda Bwrdd Iechyd Prifysgol "
                "Hywel Dda.",
                D(2011, 6, 30),
                Rag.AMBER,
                due_in_days=150,
                rag_now=Rag.AMBER,
                note="In place for Carmarthenshire; extending it to Ceredigion and "
                "Pembrokeshire is being agreed with the two councils.",
            ),
        ],
    ),
]
BOARD_TITLE = (
    "Efficiency and Innovation Programme Board",
    "Bwrdd y Rhaglen Effeithlonrwydd ac Arloesi",
)
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTHS_CY = [
    "Ionawr",
    "Chwefror",
    "Mawrth",
    "Ebrill",
    "Mai",
    "Mehefin",
    "Gorffennaf",
    "Awst",
    "Medi",
    "Hydref",
    "Tachwedd",
    "Rhagfyr",
]

# Who sits on the board every time; others come in turn (see _board_attendance).
BOARD_MEMBERS = [
    "welsh-government",
    "welsh-local-government-association",
    "wales-tuc",
    "unison-cymru-wales",
    "wales-council-for-voluntary-action",
    "audit-wales",
]
# Bodies set up since (in 2018 and 2021), so not at the summit.
LATER_BODIES = ["health-education-and-improvement-wales", "digital-health-and-care-wales"]
