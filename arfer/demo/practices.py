"""Illustrative demonstration practices for the menu of good practice.

These are illustrative examples, not real projects. The bodies named are real public bodies
in Wales, but the initiatives, partnerships, figures, dates and contacts below are invented
for demonstration: no body has reported these results. Every figure is illustrative, and the
demo loader must flag each practice as illustrative wherever it is shown.

Each entry is a plain dict (see ``PRACTICES``). Money is in whole pounds; the loader converts
it to pence. ``areas`` of ``None`` means "the areas of the lead and its partners". Roughly
half of the entries carry a full Welsh text; the rest leave every ``*_cy`` field empty.
"""

PRACTICES: list[dict] = [
    {
        "slug": "integrated-community-services-between-health-board-and-council-in-carmarthenshire",
        "title_en": (
            "Integrated community services between health board and council in Carmarthenshire"
        ),
        "title_cy": (
            "Integreiddio gwasanaethau cymunedol rhwng y bwrdd iechyd a'r cyngor yn Sir Gaerfyrddin"
        ),
        "summary_en": (
            "District nurses, therapists, social workers and home-care staff work as one locality "
            "team with a single point of contact, so people get care at home sooner and leave "
            "hospital without waiting for separate assessments."
        ),
        "summary_cy": (
            "Mae nyrsys ardal, therapyddion, gweithwyr cymdeithasol a staff gofal cartref yn "
            "gweithio fel un tîm lleol gydag un pwynt cyswllt, fel bod pobl yn cael gofal gartref "
            "yn gynt ac yn gadael yr ysbyty heb aros am asesiadau ar wahân."
        ),
        "problem_en": (
            "People leaving hospital in Carmarthenshire were assessed separately by health and "
            "social care staff, often more than once, and waited in hospital while teams arranged "
            "care. Referrals went to different offices, records were duplicated and nobody owned "
            "the whole journey, so delays lengthened hospital stays and reduced people's "
            "independence."
        ),
        "problem_cy": (
            "Roedd pobl a oedd yn gadael yr ysbyty yn Sir Gaerfyrddin yn cael eu hasesu ar wahân "
            "gan staff iechyd a staff gofal cymdeithasol, yn aml fwy nag unwaith, ac yn aros yn yr "
            "ysbyty tra oedd timau'n trefnu gofal. Roedd atgyfeiriadau'n mynd i swyddfeydd "
            "gwahanol, roedd cofnodion yn cael eu dyblygu ac nid oedd neb yn gyfrifol am y daith "
            "gyfan, felly roedd oedi'n ymestyn arosiadau yn yr ysbyty ac yn lleihau annibyniaeth "
            "pobl."
        ),
        "approach_en": (
            "The health board and the council agreed a pooled budget and a shared management "
            "structure for community services in three localities.\n"
            "\n"
            "- One integrated team per locality: district nurses, occupational therapists, "
            "physiotherapists, social workers and reablement workers.\n"
            "- A single point of contact taking referrals from GPs, hospital wards and the public "
            "seven days a week.\n"
            "- Trusted assessment: one assessment accepted by both organisations.\n"
            "- Daily huddles with hospital wards to plan discharge from the day of admission.\n"
            "- A joint workforce agreement negotiated with the recognised trade unions."
        ),
        "approach_cy": (
            "Cytunodd y bwrdd iechyd a'r cyngor ar gyllideb gyfun a strwythur rheoli ar y cyd ar "
            "gyfer gwasanaethau cymunedol mewn tair ardal leol.\n"
            "\n"
            "- Un tîm integredig ym mhob ardal: nyrsys ardal, therapyddion galwedigaethol, "
            "ffisiotherapyddion, gweithwyr cymdeithasol a gweithwyr ailalluogi.\n"
            "- Un pwynt cyswllt sy'n derbyn atgyfeiriadau gan feddygon teulu, wardiau ysbyty a'r "
            "cyhoedd saith diwrnod yr wythnos.\n"
            "- Asesu dibynadwy: un asesiad sy'n cael ei dderbyn gan y ddau sefydliad.\n"
            "- Cyfarfodydd byr bob dydd gyda wardiau ysbyty i gynllunio rhyddhau cleifion o'r "
            "diwrnod y cânt eu derbyn.\n"
            "- Cytundeb gweithlu ar y cyd a negodwyd gyda'r undebau llafur cydnabyddedig."
        ),
        "outcomes_en": (
            "- Average time from being medically ready to leave to leaving hospital fell from 9 "
            "days to 4 days.\n"
            "- About 3,100 hospital bed days a year freed.\n"
            "- 18% fewer people needed long-term home care six weeks after discharge.\n"
            "- £1.45 million a year cashable savings from buying less care case by case and using "
            "fewer agency staff.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": (
            "- Gostyngodd yr amser cyfartalog rhwng bod yn barod yn feddygol i adael a gadael yr "
            "ysbyty o 9 diwrnod i 4 diwrnod.\n"
            "- Tua 3,100 o ddiwrnodau gwely ysbyty y flwyddyn wedi'u rhyddhau.\n"
            "- Roedd 18% yn llai o bobl angen gofal cartref hirdymor chwe wythnos ar ôl cael eu "
            "rhyddhau.\n"
            "- £1.45 miliwn y flwyddyn o arbedion arian parod drwy brynu llai o ofal fesul achos a "
            "defnyddio llai o staff asiantaeth.\n"
            "\n"
            "*Ffigurau enghreifftiol at ddibenion arddangos yn unig.*"
        ),
        "adoption_needs_en": (
            "- **Staff:** a joint locality manager for each area and agreement to work across "
            "employers; 6 to 9 months of change support.\n"
            "- **Data:** a shared referral list and read access to both health and social care "
            "records.\n"
            "- **Money:** about £650,000 set-up for premises, IT and backfill; a pooled fund under "
            "Part 9 of the Social Services and Well-being (Wales) Act 2014.\n"
            "- **Governance:** sign-off by the Regional Partnership Board, a joint workforce "
            "agreement with the trade unions, and an information-sharing protocol."
        ),
        "adoption_needs_cy": (
            "- **Staff:** rheolwr ardal ar y cyd ym mhob ardal a chytundeb i weithio ar draws "
            "cyflogwyr; 6 i 9 mis o gymorth i reoli newid.\n"
            "- **Data:** rhestr atgyfeirio a rennir a mynediad darllen at gofnodion iechyd a gofal "
            "cymdeithasol.\n"
            "- **Arian:** tua £650,000 o gostau sefydlu ar gyfer adeiladau, TG a staff llenwi; "
            "cronfa gyfun o dan Ran 9 o Ddeddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014.\n"
            "- **Llywodraethu:** cymeradwyaeth gan y Bwrdd Partneriaeth Rhanbarthol, cytundeb "
            "gweithlu ar y cyd gyda'r undebau llafur, a phrotocol rhannu gwybodaeth."
        ),
        "lead": "hywel-dda-university-health-board",
        "partners": [
            ("carmarthenshire-county-council", "joint_lead"),
            ("carmarthenshire-association-of-voluntary-services", "community"),
            ("unison-cymru-wales", "workforce"),
            ("royal-college-of-nursing-wales", "workforce"),
        ],
        "service_areas": ["community-health", "care-at-home", "hospital-discharge"],
        "areas": None,
        "prevention_tier": "secondary",
        "evidence_level": 3,
        "setup_cost": 650_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 1_450_000,
        "annual_non_cashable": 1_050_000,
        "non_cashable_note_en": "About 3,100 bed days a year freed",
        "non_cashable_note_cy": "Tua 3,100 o ddiwrnodau gwely y flwyddyn wedi'u rhyddhau",
        "start_date": "2018-04-01",
        "contact_name": "Integrated Community Services team",
        "contact_email": "community-services@example.org",
    },
    {
        "slug": "automated-invoice-processing-in-accounts-payable",
        "title_en": "Automated invoice processing in accounts payable",
        "title_cy": "",
        "summary_en": (
            "Supplier invoices are read automatically, matched to purchase orders and paid without "
            "rekeying, so the exchequer team handles only exceptions."
        ),
        "summary_cy": "",
        "problem_en": (
            "The accounts payable team keyed in about 140,000 paper and PDF invoices a year. "
            "Errors and late payments were common, small local suppliers complained about waiting, "
            "and the council missed early-payment discounts."
        ),
        "problem_cy": "",
        "approach_en": (
            "- Optical character recognition and three-way matching of invoice, purchase order and "
            "goods receipt.\n"
            "- Suppliers asked to send invoices by email to one address, or through an e-invoicing "
            "portal.\n"
            "- Staff retrained to handle exceptions and supplier queries rather than data entry.\n"
            "- Roles redesigned with the recognised trade union, with no compulsory redundancies."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- 78% of invoices now processed with no manual keying.\n"
            "- Average time to pay fell from 27 to 9 days; 96% of local small suppliers paid "
            "within 10 days.\n"
            "- £140,000 a year cashable savings from vacant posts not refilled and early-payment "
            "discounts.\n"
            "- About 6,000 staff hours a year freed.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** a project lead for 9 months; finance system administrators; support for "
            "staff changing roles.\n"
            "- **Data:** clean supplier master data and consistent use of purchase orders.\n"
            "- **Money:** about £180,000 set-up for software and integration; £30,000 a year "
            "licences.\n"
            "- **Governance:** section 151 officer sponsorship, internal audit review of controls, "
            "and consultation with the trade union."
        ),
        "adoption_needs_cy": "",
        "lead": "neath-port-talbot-council",
        "partners": [
            ("unison-cymru-wales", "workforce"),
        ],
        "service_areas": ["finance-back-office", "digital-data"],
        "areas": None,
        "prevention_tier": "acute",
        "evidence_level": 2,
        "setup_cost": 180_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 140_000,
        "annual_non_cashable": 90_000,
        "non_cashable_note_en": "About 6,000 staff hours a year freed from manual keying",
        "non_cashable_note_cy": "",
        "start_date": "2020-04-01",
        "contact_name": "Exchequer Services",
        "contact_email": "exchequer@example.org",
    },
    {
        "slug": "fire-service-safe-and-well-visits-with-falls-risk-referrals",
        "title_en": "Fire service safe and well visits with falls risk referrals",
        "title_cy": (
            "Ymweliadau diogel ac iach gan y gwasanaeth tân gydag atgyfeiriadau risg cwympo"
        ),
        "summary_en": (
            "Firefighters on home fire safety visits also screen older people for falls risk and "
            "refer them directly to community falls services."
        ),
        "summary_cy": (
            "Mae diffoddwyr tân sy'n cynnal ymweliadau diogelwch tân yn y cartref hefyd yn sgrinio "
            "pobl hŷn am risg cwympo ac yn eu hatgyfeirio'n uniongyrchol at wasanaethau cwympiadau "
            "cymunedol."
        ),
        "problem_en": (
            "Falls are the commonest reason for older people to call an ambulance, and many of the "
            "people who fall are also at high risk of a house fire. Fire crews were already "
            "visiting these homes but had no route to pass on concerns about frailty, trip hazards "
            "or medication."
        ),
        "problem_cy": (
            "Cwympiadau yw'r rheswm mwyaf cyffredin i bobl hŷn ffonio am ambiwlans, ac mae llawer "
            "o'r bobl sy'n cwympo hefyd mewn perygl mawr o dân yn y cartref. Roedd criwiau tân "
            "eisoes yn ymweld â'r cartrefi hyn ond nid oedd ganddynt ffordd o rannu pryderon am "
            "eiddilwch, peryglon baglu neu feddyginiaeth."
        ),
        "approach_en": (
            "The service added a short, validated falls screening to its safe and well visit, "
            "agreed with the three health boards in its area.\n"
            "\n"
            "- Training for crews and community safety staff (half a day each).\n"
            "- Five screening questions and a simple check of hazards in the home.\n"
            "- Direct electronic referral to each health board's community falls team, with "
            "feedback on the outcome.\n"
            "- Grab rails and night lights fitted free by a partner handyperson scheme."
        ),
        "approach_cy": (
            "Ychwanegodd y gwasanaeth sgrinio cwympiadau byr a dilys at ei ymweliad diogel ac "
            "iach, a hynny wedi'i gytuno gyda'r tri bwrdd iechyd yn ei ardal.\n"
            "\n"
            "- Hyfforddiant i griwiau a staff diogelwch cymunedol (hanner diwrnod yr un).\n"
            "- Pum cwestiwn sgrinio a gwiriad syml o beryglon yn y cartref.\n"
            "- Atgyfeirio electronig uniongyrchol at dîm cwympiadau cymunedol pob bwrdd iechyd, "
            "gydag adborth ar y canlyniad.\n"
            "- Canllawiau gafael a goleuadau nos yn cael eu gosod am ddim gan gynllun tasgmon "
            "partner."
        ),
        "outcomes_en": (
            "- 4,800 falls screenings in the first year; 1,150 referrals accepted by falls teams.\n"
            "- 22% fewer repeat ambulance call-outs for falls among people referred, compared with "
            "similar households not yet visited.\n"
            "- About 2,600 ambulance hours and 700 bed days a year freed.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": (
            "- 4,800 o sgriniadau cwympiadau yn y flwyddyn gyntaf; 1,150 o atgyfeiriadau wedi'u "
            "derbyn gan dimau cwympiadau.\n"
            "- 22% yn llai o alwadau ambiwlans dro ar ôl tro am gwympiadau ymhlith y bobl a "
            "atgyfeiriwyd, o'u cymharu ag aelwydydd tebyg nad oeddent wedi cael ymweliad eto.\n"
            "- Tua 2,600 o oriau ambiwlans a 700 o ddiwrnodau gwely y flwyddyn wedi'u rhyddhau.\n"
            "\n"
            "*Ffigurau enghreifftiol at ddibenion arddangos yn unig.*"
        ),
        "adoption_needs_en": (
            "- **Staff:** half a day's training for each firefighter; a falls lead in each health "
            "board.\n"
            "- **Data:** an agreed referral form and secure email or referral portal; consent "
            "recorded at the visit.\n"
            "- **Money:** about £40,000 for training and equipment; a small budget for aids and "
            "adaptations.\n"
            "- **Governance:** a data-sharing agreement with each health board and agreement with "
            "the Fire Brigades Union on the scope of the role."
        ),
        "adoption_needs_cy": (
            "- **Staff:** hanner diwrnod o hyfforddiant i bob diffoddwr tân; arweinydd cwympiadau "
            "ym mhob bwrdd iechyd.\n"
            "- **Data:** ffurflen atgyfeirio y cytunwyd arni ac e-bost diogel neu borth "
            "atgyfeirio; caniatâd wedi'i gofnodi yn ystod yr ymweliad.\n"
            "- **Arian:** tua £40,000 ar gyfer hyfforddiant ac offer; cyllideb fach ar gyfer "
            "cymhorthion ac addasiadau.\n"
            "- **Llywodraethu:** cytundeb rhannu data gyda phob bwrdd iechyd a chytundeb gydag "
            "Undeb y Brigadau Tân ar gwmpas y rôl."
        ),
        "lead": "mid-and-west-wales-fire-and-rescue-service",
        "partners": [
            ("hywel-dda-university-health-board", "delivery"),
            ("swansea-bay-university-health-board", "delivery"),
            ("powys-teaching-health-board", "delivery"),
            ("fire-brigades-union-wales", "workforce"),
        ],
        "service_areas": ["fire-safety", "falls-prevention"],
        "areas": None,
        "prevention_tier": "secondary",
        "evidence_level": 3,
        "setup_cost": 40_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 0,
        "annual_non_cashable": 480_000,
        "non_cashable_note_en": "About 2,600 ambulance hours and 700 bed days a year freed",
        "non_cashable_note_cy": (
            "Tua 2,600 o oriau ambiwlans a 700 o ddiwrnodau gwely y flwyddyn wedi'u rhyddhau"
        ),
        "start_date": "2016-10-03",
        "contact_name": "Community Safety team",
        "contact_email": "community-safety@example.org",
    },
    {
        "slug": "family-support-hub-co-located-with-health-visitors",
        "title_en": "Family support hub co-located with health visitors",
        "title_cy": "",
        "summary_en": (
            "Early help workers, health visitors and voluntary sector family projects share one "
            "building and one referral meeting, so families get the right help from the first "
            "contact."
        ),
        "summary_cy": "",
        "problem_en": (
            "Families with young children were referred to several services that each assessed "
            "them separately, and many waited until problems became serious enough for children's "
            "services. Health visitors had no quick route to practical family support."
        ),
        "problem_cy": "",
        "approach_en": (
            "- One hub in each of three areas, housing early help, health visiting, parenting and "
            "debt advice.\n"
            "- A weekly joint allocation meeting for all new requests for help.\n"
            "- One family plan and a named lead worker for each family.\n"
            "- Drop-in sessions run by voluntary groups in the hub."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- 1,900 families supported a year.\n"
            "- 23% fewer referrals from the hub areas to statutory children's services over three "
            "years.\n"
            "- £210,000 a year cashable savings from fewer children's services assessments and "
            "care proceedings.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** an early help manager in each hub; agreement from the health board to "
            "base health visitors there.\n"
            "- **Data:** a shared case list and consent-based information sharing.\n"
            "- **Money:** about £150,000 set-up for building adaptations; running costs from "
            "existing budgets.\n"
            "- **Governance:** a joint agreement between the council and the health board, "
            "overseen by the regional partnership board."
        ),
        "adoption_needs_cy": "",
        "lead": "bridgend-county-borough-council",
        "partners": [
            ("cwm-taf-morgannwg-university-health-board", "delivery"),
            ("bridgend-association-of-voluntary-organisations", "community"),
        ],
        "service_areas": ["family-support", "early-years"],
        "areas": None,
        "prevention_tier": "secondary",
        "evidence_level": 2,
        "setup_cost": 150_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 210_000,
        "annual_non_cashable": 120_000,
        "non_cashable_note_en": "About 3,000 social worker hours a year freed",
        "non_cashable_note_cy": "",
        "start_date": "2016-09-05",
        "contact_name": "Early Help service",
        "contact_email": "early-help@example.org",
    },
    {
        "slug": "mental-health-triage-in-the-police-control-room",
        "title_en": "Mental health triage in the police control room",
        "title_cy": "Brysbennu iechyd meddwl yn ystafell reoli'r heddlu",
        "summary_en": (
            "Mental health nurses from the health board work in the police control room and advise "
            "officers on calls involving a mental health crisis, so fewer people are detained "
            "under section 136 or taken to emergency departments."
        ),
        "summary_cy": (
            "Mae nyrsys iechyd meddwl o'r bwrdd iechyd yn gweithio yn ystafell reoli'r heddlu ac "
            "yn cynghori swyddogion ar alwadau sy'n ymwneud ag argyfwng iechyd meddwl, fel bod "
            "llai o bobl yn cael eu cadw o dan adran 136 neu'n cael eu cludo i adrannau achosion "
            "brys."
        ),
        "problem_en": (
            "A growing share of police calls involved people in mental distress. Without clinical "
            "advice, officers often used section 136 of the Mental Health Act or waited for hours "
            "with people in emergency departments, which was distressing for the person and took "
            "officers off patrol."
        ),
        "problem_cy": (
            "Roedd cyfran gynyddol o alwadau i'r heddlu yn ymwneud â phobl mewn trallod meddwl. "
            "Heb gyngor clinigol, roedd swyddogion yn aml yn defnyddio adran 136 o'r Ddeddf Iechyd "
            "Meddwl neu'n aros am oriau gyda phobl mewn adrannau achosion brys, a oedd yn peri "
            "gofid i'r unigolyn ac yn tynnu swyddogion oddi ar eu patrôl."
        ),
        "approach_en": (
            "- Two mental health nurses on every shift from midday to 2am in the control room, "
            "with access to health records.\n"
            "- Nurses speak to the caller or to the officer at the scene, and can arrange an "
            "urgent assessment or an appointment the next day.\n"
            "- A shared pathway with the ambulance service for people who also need physical "
            "care.\n"
            "- Monthly joint case reviews to learn from difficult incidents."
        ),
        "approach_cy": (
            "- Dwy nyrs iechyd meddwl ar bob shifft rhwng hanner dydd a 2 o'r gloch y bore yn yr "
            "ystafell reoli, gyda mynediad at gofnodion iechyd.\n"
            "- Mae'r nyrsys yn siarad â'r galwr neu â'r swyddog yn y fan a'r lle, a gallant drefnu "
            "asesiad brys neu apwyntiad y diwrnod wedyn.\n"
            "- Llwybr ar y cyd gyda'r gwasanaeth ambiwlans ar gyfer pobl sydd hefyd angen gofal "
            "corfforol.\n"
            "- Adolygiadau achos misol ar y cyd i ddysgu o ddigwyddiadau anodd."
        ),
        "outcomes_en": (
            "- Section 136 detentions fell by 38% over two years, against 9% in a neighbouring "
            "force area used for comparison.\n"
            "- About 9,000 officer hours a year released back to neighbourhood policing.\n"
            "- 1,400 fewer emergency department attendances a year.\n"
            "- £220,000 a year cashable savings from fewer assessments in health-based places of "
            "safety and less overtime.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": (
            "- Gostyngodd nifer y bobl a gadwyd o dan adran 136 38% dros ddwy flynedd, o'i gymharu "
            "â 9% mewn ardal heddlu gyfagos a ddefnyddiwyd i gymharu.\n"
            "- Tua 9,000 o oriau swyddogion y flwyddyn wedi'u rhyddhau ar gyfer plismona yn y "
            "gymdogaeth.\n"
            "- 1,400 yn llai o ymweliadau ag adrannau achosion brys bob blwyddyn.\n"
            "- £220,000 y flwyddyn o arbedion arian parod drwy gynnal llai o asesiadau mewn mannau "
            "diogel iechyd a llai o oramser.\n"
            "\n"
            "*Ffigurau enghreifftiol at ddibenion arddangos yn unig.*"
        ),
        "adoption_needs_en": (
            "- **Staff:** about 8 whole-time-equivalent mental health nurses for a force of this "
            "size, with clinical supervision from the health board.\n"
            "- **Data:** read access to mental health records from the control room and a shared "
            "incident log.\n"
            "- **Money:** about £480,000 a year, shared between the police and the health board; "
            "£30,000 set-up for IT.\n"
            "- **Governance:** a joint protocol for mental health crisis care, a data-sharing "
            "agreement and quarterly review by both boards."
        ),
        "adoption_needs_cy": (
            "- **Staff:** tua 8 nyrs iechyd meddwl cyfwerth ag amser llawn ar gyfer heddlu o'r "
            "maint hwn, gyda goruchwyliaeth glinigol gan y bwrdd iechyd.\n"
            "- **Data:** mynediad darllen at gofnodion iechyd meddwl o'r ystafell reoli a log "
            "digwyddiadau a rennir.\n"
            "- **Arian:** tua £480,000 y flwyddyn, wedi'i rannu rhwng yr heddlu a'r bwrdd iechyd; "
            "£30,000 o gostau sefydlu ar gyfer TG.\n"
            "- **Llywodraethu:** protocol ar y cyd ar gyfer gofal mewn argyfwng iechyd meddwl, "
            "cytundeb rhannu data ac adolygiad chwarterol gan y ddau fwrdd."
        ),
        "lead": "south-wales-police",
        "partners": [
            ("cardiff-and-vale-university-health-board", "joint_lead"),
            ("welsh-ambulance-services-university-nhs-trust", "delivery"),
        ],
        "service_areas": ["mental-health", "neighbourhood-policing"],
        "areas": ["cardiff", "vale-of-glamorgan"],
        "prevention_tier": "secondary",
        "evidence_level": 3,
        "setup_cost": 30_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 220_000,
        "annual_non_cashable": 640_000,
        "non_cashable_note_en": "About 9,000 officer hours a year freed",
        "non_cashable_note_cy": "Tua 9,000 o oriau swyddogion y flwyddyn wedi'u rhyddhau",
        "start_date": "2017-06-01",
        "contact_name": "Control Room Mental Health Triage team",
        "contact_email": "mh-triage@example.org",
    },
    {
        "slug": "edge-of-care-intensive-family-intervention",
        "title_en": "Edge-of-care intensive family intervention",
        "title_cy": "",
        "summary_en": (
            "A small team works intensively with families where older children are at imminent "
            "risk of coming into care, offering support at home seven days a week for up to 16 "
            "weeks."
        ),
        "summary_cy": "",
        "problem_en": (
            "The number of teenagers entering care was rising, and many placements were in costly "
            "residential care far from home. Once in care, few young people returned home."
        ),
        "problem_cy": "",
        "approach_en": (
            "- Multi-skilled team: social workers, family support workers, a clinical psychologist "
            "and a youth worker.\n"
            "- Caseloads of no more than 5 families per worker, with evening and weekend visits.\n"
            "- Family group conferences to draw on wider family and friends.\n"
            "- Step-down support for six months after the intensive period."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- 74% of young people worked with remained at home 12 months later, against 45% in a "
            "comparison group.\n"
            "- 31 fewer young people entered care in two years.\n"
            "- £1.2 million a year cashable savings on placements, net of the team's cost.\n"
            "- Similar results when a neighbouring council repeated the model with an independent "
            "evaluation.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** about 10 staff for a council of this size, with access to psychology.\n"
            "- **Data:** tracking of placement costs and outcomes for a comparison group.\n"
            "- **Money:** about £650,000 a year running costs; £50,000 set-up.\n"
            "- **Governance:** clear entry criteria agreed with the safeguarding board; monthly "
            "review of every case."
        ),
        "adoption_needs_cy": "",
        "lead": "swansea-council",
        "partners": [
            ("swansea-bay-university-health-board", "delivery"),
        ],
        "service_areas": ["looked-after-children", "family-support"],
        "areas": None,
        "prevention_tier": "tertiary",
        "evidence_level": 4,
        "setup_cost": 50_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 1_200_000,
        "annual_non_cashable": 0,
        "non_cashable_note_en": "",
        "non_cashable_note_cy": "",
        "start_date": "2015-01-05",
        "contact_name": "Family Intervention team",
        "contact_email": "family-intervention@example.org",
    },
    {
        "slug": "social-prescribing-through-community-connectors-in-gp-clusters",
        "title_en": "Social prescribing through community connectors in GP clusters",
        "title_cy": (
            "Presgripsiynu cymdeithasol drwy gysylltwyr cymunedol mewn clystyrau meddygon teulu"
        ),
        "summary_en": (
            "Community connectors employed by the county voluntary council take referrals from GP "
            "practices and link people with local groups, advice and activities that address the "
            "non-medical causes of poor health."
        ),
        "summary_cy": (
            "Mae cysylltwyr cymunedol a gyflogir gan y cyngor gwirfoddol sirol yn derbyn "
            "atgyfeiriadau gan feddygfeydd ac yn cysylltu pobl â grwpiau, cyngor a gweithgareddau "
            "lleol sy'n mynd i'r afael ag achosion anfeddygol iechyd gwael."
        ),
        "problem_en": (
            "GPs estimated that one appointment in five was mainly about loneliness, debt, housing "
            "or stress rather than a medical problem. Patients came back repeatedly because the "
            "underlying cause was not addressed, and surgeries knew little about the local "
            "voluntary groups that could help."
        ),
        "problem_cy": (
            "Amcangyfrifodd meddygon teulu fod un apwyntiad o bob pump yn ymwneud yn bennaf ag "
            "unigrwydd, dyled, tai neu straen yn hytrach na phroblem feddygol. Roedd cleifion yn "
            "dod yn ôl dro ar ôl tro am nad oedd yr achos sylfaenol yn cael sylw, ac ychydig a "
            "wyddai meddygfeydd am y grwpiau gwirfoddol lleol a allai helpu."
        ),
        "approach_en": (
            "- Eight community connectors, each attached to a GP cluster, funded jointly by the "
            "health board and the council.\n"
            "- A simple referral from any member of practice staff, and self-referral.\n"
            "- Up to six sessions with a connector to agree what matters to the person and link "
            "them with groups.\n"
            "- A shared online directory of local groups kept up to date by the county voluntary "
            "council.\n"
            "- Small grants for community groups that take on referrals."
        ),
        "approach_cy": (
            "- Wyth cysylltydd cymunedol, pob un yn gysylltiedig â chlwstwr meddygon teulu, wedi'u "
            "hariannu ar y cyd gan y bwrdd iechyd a'r cyngor.\n"
            "- Atgyfeirio syml gan unrhyw aelod o staff y feddygfa, a hunanatgyfeirio.\n"
            "- Hyd at chwe sesiwn gyda chysylltydd i gytuno beth sy'n bwysig i'r unigolyn a'i "
            "gysylltu â grwpiau.\n"
            "- Cyfeiriadur ar-lein a rennir o grwpiau lleol, sy'n cael ei gadw'n gyfredol gan y "
            "cyngor gwirfoddol sirol.\n"
            "- Grantiau bach i grwpiau cymunedol sy'n derbyn atgyfeiriadau."
        ),
        "outcomes_en": (
            "- 2,300 people supported in the first two years.\n"
            "- GP appointments among people supported fell by an average of 28% in the six months "
            "after referral.\n"
            "- 71% reported improved well-being on the Warwick-Edinburgh Mental Wellbeing Scale.\n"
            "- About 5,200 GP appointments a year freed.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": (
            "- Cefnogwyd 2,300 o bobl yn y ddwy flynedd gyntaf.\n"
            "- Gostyngodd apwyntiadau meddyg teulu ymhlith y bobl a gefnogwyd 28% ar gyfartaledd "
            "yn y chwe mis ar ôl eu hatgyfeirio.\n"
            "- Dywedodd 71% fod eu llesiant wedi gwella ar Raddfa Llesiant Meddyliol "
            "Warwick-Caeredin.\n"
            "- Tua 5,200 o apwyntiadau meddyg teulu y flwyddyn wedi'u rhyddhau.\n"
            "\n"
            "*Ffigurau enghreifftiol at ddibenion arddangos yn unig.*"
        ),
        "adoption_needs_en": (
            "- **Staff:** one connector for each GP cluster (about 30,000 patients), with "
            "supervision from the voluntary council.\n"
            "- **Data:** a referral form in the GP system and outcome measures recorded at the "
            "start and the end.\n"
            "- **Money:** about £38,000 a year for each connector, plus £20,000 a year for small "
            "grants.\n"
            "- **Governance:** a partnership agreement between the health board, the council and "
            "the county voluntary council; GP cluster leads on the steering group."
        ),
        "adoption_needs_cy": (
            "- **Staff:** un cysylltydd ar gyfer pob clwstwr meddygon teulu (tua 30,000 o "
            "gleifion), gyda goruchwyliaeth gan y cyngor gwirfoddol.\n"
            "- **Data:** ffurflen atgyfeirio yn system y feddygfa a mesurau canlyniadau wedi'u "
            "cofnodi ar y dechrau ac ar y diwedd.\n"
            "- **Arian:** tua £38,000 y flwyddyn ar gyfer pob cysylltydd, ynghyd â £20,000 y "
            "flwyddyn ar gyfer grantiau bach.\n"
            "- **Llywodraethu:** cytundeb partneriaeth rhwng y bwrdd iechyd, y cyngor a'r cyngor "
            "gwirfoddol sirol; arweinwyr clystyrau meddygon teulu ar y grŵp llywio."
        ),
        "lead": "swansea-council-for-voluntary-service",
        "partners": [
            ("swansea-bay-university-health-board", "funder"),
            ("swansea-council", "funder"),
        ],
        "service_areas": ["primary-care", "healthy-lifestyles", "mental-health"],
        "areas": ["swansea"],
        "prevention_tier": "primary",
        "evidence_level": 2,
        "setup_cost": 25_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 0,
        "annual_non_cashable": 180_000,
        "non_cashable_note_en": "About 5,200 GP appointments a year freed",
        "non_cashable_note_cy": "Tua 5,200 o apwyntiadau meddyg teulu y flwyddyn wedi'u rhyddhau",
        "start_date": "2018-09-03",
        "contact_name": "Community Connectors team",
        "contact_email": "connectors@example.org",
    },
    {
        "slug": "online-self-service-for-council-tax-and-benefits",
        "title_en": "Online self-service for council tax and benefits",
        "title_cy": "",
        "summary_en": (
            "Residents can view bills, set up direct debits, report changes and apply for "
            "reductions online, in Welsh or English, with automatic updates to the back-office "
            "system."
        ),
        "summary_cy": "",
        "problem_en": (
            "Most council tax and benefits contacts were phone calls or letters about simple "
            "changes, such as moving home. Call waiting times were long at billing time each March "
            "and errors in rekeying led to repeat contact."
        ),
        "problem_cy": "",
        "approach_en": (
            "- An online account integrated with the council tax and benefits system.\n"
            "- Electronic forms that update records directly, with checks for missing "
            "information.\n"
            "- Paperless billing offered to all account holders.\n"
            "- Assisted digital help in libraries for residents who need it."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- 62% of changes of address and 48% of reduction claims now made online.\n"
            "- Calls to the council tax line down by 35%.\n"
            "- £180,000 a year cashable savings from reduced printing, postage and staffing.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** a digital project team for 12 months and engagement with front-line "
            "staff.\n"
            "- **Data:** integration with the revenues and benefits system; customer identity "
            "checks.\n"
            "- **Money:** about £240,000 set-up; £40,000 a year licences.\n"
            "- **Governance:** a digital inclusion plan and a Welsh Language Standards check on "
            "every form."
        ),
        "adoption_needs_cy": "",
        "lead": "caerphilly-county-borough-council",
        "partners": [],
        "service_areas": ["customer-services", "digital-data"],
        "areas": None,
        "prevention_tier": "acute",
        "evidence_level": 2,
        "setup_cost": 240_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 180_000,
        "annual_non_cashable": 70_000,
        "non_cashable_note_en": "About 30,000 calls a year avoided",
        "non_cashable_note_cy": "",
        "start_date": "2018-02-01",
        "contact_name": "Customer Services and Revenues",
        "contact_email": "revenues@example.org",
    },
    {
        "slug": "digital-reablement-with-video-check-ins-and-home-sensors",
        "title_en": "Digital reablement with video check-ins and home sensors",
        "title_cy": "Ailalluogi digidol gyda galwadau fideo a synwyryddion yn y cartref",
        "summary_en": (
            "Reablement workers combine home visits with short video check-ins and simple activity "
            "sensors, so each worker can support more people and visits focus on the tasks that "
            "need someone there in person."
        ),
        "summary_cy": (
            "Mae gweithwyr ailalluogi'n cyfuno ymweliadau cartref â galwadau fideo byr a "
            "synwyryddion gweithgarwch syml, fel bod pob gweithiwr yn gallu cefnogi mwy o bobl a "
            "bod ymweliadau'n canolbwyntio ar y tasgau sydd angen rhywun yno wyneb yn wyneb."
        ),
        "problem_en": (
            "Demand for reablement after a hospital stay outstripped the number of workers, "
            "particularly in rural areas where travel took up to a third of each shift. People "
            "waited in hospital or were given long-term home care instead, which reduced their "
            "independence."
        ),
        "problem_cy": (
            "Roedd y galw am ailalluogi ar ôl arhosiad yn yr ysbyty yn fwy na nifer y gweithwyr, "
            "yn enwedig mewn ardaloedd gwledig lle'r oedd teithio'n cymryd hyd at draean o bob "
            "shifft. Roedd pobl yn aros yn yr ysbyty neu'n cael gofal cartref hirdymor yn lle "
            "hynny, a oedd yn lleihau eu hannibyniaeth."
        ),
        "approach_en": (
            "- Tablets with one-button video calling lent to people starting reablement, set up by "
            "a digital inclusion worker.\n"
            "- Reminders for medication and exercises replaced some checking visits.\n"
            "- Door and kettle sensors gave the team a daily picture of activity.\n"
            "- Visits kept for personal care, practising tasks and therapy goals.\n"
            "- Workers and their trade union helped design the rota and the limits on remote "
            "contact."
        ),
        "approach_cy": (
            "- Benthyg llechen gyda galwadau fideo un botwm i bobl sy'n dechrau ailalluogi, wedi'i "
            "gosod gan weithiwr cynhwysiant digidol.\n"
            "- Negeseuon atgoffa am feddyginiaeth ac ymarferion yn lle rhai ymweliadau gwirio.\n"
            "- Synwyryddion ar ddrysau a thegelli'n rhoi darlun dyddiol o weithgarwch i'r tîm.\n"
            "- Ymweliadau wedi'u cadw ar gyfer gofal personol, ymarfer tasgau a nodau therapi.\n"
            "- Helpodd y gweithwyr a'u hundeb llafur i lunio'r rota a'r terfynau ar gyswllt o bell."
        ),
        "outcomes_en": (
            "- Each worker supported 1.4 times as many people a week.\n"
            "- The waiting list for reablement fell from 46 people to 12.\n"
            "- 64% of people finished reablement needing no ongoing care, up from 55%.\n"
            "- £310,000 a year cashable savings on commissioned home care; about 1,100 bed days a "
            "year freed.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": (
            "- Roedd pob gweithiwr yn cefnogi 1.4 gwaith cymaint o bobl bob wythnos.\n"
            "- Gostyngodd y rhestr aros am ailalluogi o 46 o bobl i 12.\n"
            "- Gorffennodd 64% o bobl eu cyfnod ailalluogi heb fod angen gofal parhaus, i fyny o "
            "55%.\n"
            "- £310,000 y flwyddyn o arbedion arian parod ar ofal cartref a gomisiynir; tua 1,100 "
            "o ddiwrnodau gwely y flwyddyn wedi'u rhyddhau.\n"
            "\n"
            "*Ffigurau enghreifftiol at ddibenion arddangos yn unig.*"
        ),
        "adoption_needs_en": (
            "- **Staff:** a digital inclusion worker and two days' training for reablement staff.\n"
            "- **Data:** a secure video platform approved by the council and a dashboard of sensor "
            "alerts.\n"
            "- **Money:** about £95,000 set-up for devices and sensors; £25,000 a year for "
            "connectivity and replacements.\n"
            "- **Governance:** a data protection impact assessment, consent from each person, and "
            "agreement with the trade union on remote contact."
        ),
        "adoption_needs_cy": (
            "- **Staff:** gweithiwr cynhwysiant digidol a deuddydd o hyfforddiant i staff "
            "ailalluogi.\n"
            "- **Data:** platfform fideo diogel wedi'i gymeradwyo gan y cyngor a dangosfwrdd o "
            "rybuddion gan y synwyryddion.\n"
            "- **Arian:** tua £95,000 o gostau sefydlu ar gyfer dyfeisiau a synwyryddion; £25,000 "
            "y flwyddyn ar gyfer cysylltedd ac offer newydd.\n"
            "- **Llywodraethu:** asesiad o'r effaith ar ddiogelu data, caniatâd gan bob unigolyn, "
            "a chytundeb gyda'r undeb llafur ar gyswllt o bell."
        ),
        "lead": "conwy-county-borough-council",
        "partners": [
            ("betsi-cadwaladr-university-health-board", "delivery"),
            ("unison-cymru-wales", "workforce"),
            ("conwy-voluntary-services-council", "community"),
        ],
        "service_areas": ["reablement", "digital-data"],
        "areas": None,
        "prevention_tier": "tertiary",
        "evidence_level": 2,
        "setup_cost": 95_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 310_000,
        "annual_non_cashable": 370_000,
        "non_cashable_note_en": "About 1,100 bed days a year freed",
        "non_cashable_note_cy": "Tua 1,100 o ddiwrnodau gwely y flwyddyn wedi'u rhyddhau",
        "start_date": "2021-01-11",
        "contact_name": "Reablement service",
        "contact_email": "reablement@example.org",
    },
    {
        "slug": "route-optimisation-for-food-waste-and-recycling-collections",
        "title_en": "Route optimisation for food waste and recycling collections",
        "title_cy": "",
        "summary_en": (
            "Collection rounds were redesigned with routing software and in-cab technology, "
            "cutting mileage and balancing workloads across crews."
        ),
        "summary_cy": "",
        "problem_en": (
            "Collection rounds had grown piecemeal over years as new estates were built. Some "
            "crews regularly worked overtime while others finished early, vehicles crossed the "
            "borough repeatedly, and missed collections were reported by phone."
        ),
        "problem_cy": "",
        "approach_en": (
            "- Routing software used to redesign all rounds, tested with crews before launch.\n"
            "- In-cab tablets showing the round, reporting missed bins and contamination in real "
            "time.\n"
            "- Crews and their trade union involved in round design and in agreeing the new "
            "working pattern.\n"
            "- Residents told of any change of day by letter and online."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- Vehicle mileage down 14%; one vehicle and crew released.\n"
            "- Missed collections down 40%.\n"
            "- £95,000 a year cashable savings in fuel, vehicle costs and overtime.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** a project officer, crew supervisors' time and engagement with crews.\n"
            "- **Data:** accurate property and collection point data; vehicle tracking data.\n"
            "- **Money:** about £70,000 set-up for software and tablets.\n"
            "- **Governance:** agreement with the trade union on working patterns; communications "
            "plan for residents."
        ),
        "adoption_needs_cy": "",
        "lead": "torfaen-county-borough-council",
        "partners": [
            ("unite-wales", "workforce"),
        ],
        "service_areas": ["recycling", "transport-highways"],
        "areas": None,
        "prevention_tier": "acute",
        "evidence_level": 2,
        "setup_cost": 70_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 95_000,
        "annual_non_cashable": 15_000,
        "non_cashable_note_en": "About 120 tonnes of CO2 a year avoided",
        "non_cashable_note_cy": "",
        "start_date": "2019-05-07",
        "contact_name": "Waste and Recycling service",
        "contact_email": "waste@example.org",
    },
    {
        "slug": "reducing-food-waste-from-school-meals",
        "title_en": "Reducing food waste from school meals",
        "title_cy": "Lleihau gwastraff bwyd o brydau ysgol",
        "summary_en": (
            "Pupils choose their meal in the morning on a simple tablet, kitchens cook to the "
            "numbers, and leftovers are weighed and sent for anaerobic digestion, cutting food "
            "waste and ingredient costs."
        ),
        "summary_cy": (
            "Mae disgyblion yn dewis eu pryd bwyd yn y bore ar lechen syml, mae ceginau'n coginio "
            "yn ôl y niferoedd, ac mae bwyd dros ben yn cael ei bwyso a'i anfon i'w dreulio'n "
            "anaerobig, gan leihau gwastraff bwyd a chostau cynhwysion."
        ),
        "problem_en": (
            "When free school meals were extended to all primary pupils, kitchens cooked for the "
            "maximum number every day. Audits found that about a quarter of the food prepared was "
            "thrown away, at a cost to the catering budget and to the environment."
        ),
        "problem_cy": (
            "Pan estynnwyd prydau ysgol am ddim i bob disgybl cynradd, roedd ceginau'n coginio ar "
            "gyfer yr uchafswm bob dydd. Canfu archwiliadau fod tua chwarter y bwyd a baratowyd yn "
            "cael ei daflu, ar gost i'r gyllideb arlwyo ac i'r amgylchedd."
        ),
        "approach_en": (
            "- Pupils record their meal choice in the morning on a classroom tablet, sent to the "
            "kitchen by 10am.\n"
            "- Smaller portions for younger pupils, with second helpings available.\n"
            "- Plate and kitchen waste weighed every week and the results shared with school "
            "councils.\n"
            "- Menus changed to drop the least popular dishes, after tasting sessions with "
            "pupils.\n"
            "- Remaining food waste collected separately for anaerobic digestion."
        ),
        "approach_cy": (
            "- Disgyblion yn cofnodi eu dewis o bryd bwyd yn y bore ar lechen yn yr ystafell "
            "ddosbarth, ac mae'n cael ei anfon i'r gegin erbyn 10am.\n"
            "- Dognau llai i ddisgyblion iau, gydag ail blatiad ar gael.\n"
            "- Gwastraff platiau a gwastraff y gegin yn cael eu pwyso bob wythnos a'r "
            "canlyniadau'n cael eu rhannu â chynghorau ysgol.\n"
            "- Bwydlenni wedi'u newid i gael gwared ar y prydau lleiaf poblogaidd, ar ôl sesiynau "
            "blasu gyda disgyblion.\n"
            "- Gweddill y gwastraff bwyd yn cael ei gasglu ar wahân i'w dreulio'n anaerobig."
        ),
        "outcomes_en": (
            "- Food waste per meal fell by 41% in 60 pilot schools.\n"
            "- £86,000 a year saved on ingredients.\n"
            "- About 120 tonnes of food waste a year avoided.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": (
            "- Gostyngodd gwastraff bwyd fesul pryd 41% mewn 60 o ysgolion peilot.\n"
            "- £86,000 y flwyddyn wedi'i arbed ar gynhwysion.\n"
            "- Tua 120 tunnell o wastraff bwyd y flwyddyn wedi'i osgoi.\n"
            "\n"
            "*Ffigurau enghreifftiol at ddibenion arddangos yn unig.*"
        ),
        "adoption_needs_en": (
            "- **Staff:** a catering manager to lead, and 15 minutes a week of a kitchen "
            "assistant's time in each school for weighing.\n"
            "- **Data:** a meal-ordering app or spreadsheet linked to kitchen orders; a simple "
            "waste log.\n"
            "- **Money:** about £55,000 for tablets and scales across 60 schools.\n"
            "- **Governance:** agreement from head teachers and school councils; nutrition "
            "standards checked by a dietitian."
        ),
        "adoption_needs_cy": (
            "- **Staff:** rheolwr arlwyo i arwain, a 15 munud yr wythnos o amser cynorthwyydd "
            "cegin ym mhob ysgol ar gyfer pwyso.\n"
            "- **Data:** ap archebu prydau neu daenlen sy'n gysylltiedig ag archebion y gegin; log "
            "gwastraff syml.\n"
            "- **Arian:** tua £55,000 ar gyfer llechi a chloriannau ar draws 60 o ysgolion.\n"
            "- **Llywodraethu:** cytundeb penaethiaid a chynghorau ysgol; safonau maeth wedi'u "
            "gwirio gan ddeietegydd."
        ),
        "lead": "cardiff-council",
        "partners": [
            ("cardiff-third-sector-council", "community"),
            ("gmb-wales-and-south-west", "workforce"),
        ],
        "service_areas": ["education-skills", "recycling"],
        "areas": None,
        "prevention_tier": "primary",
        "evidence_level": 2,
        "setup_cost": 55_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 86_000,
        "annual_non_cashable": 12_000,
        "non_cashable_note_en": "About 120 tonnes of food waste a year avoided",
        "non_cashable_note_cy": "Tua 120 tunnell o wastraff bwyd y flwyddyn wedi'i osgoi",
        "start_date": "2023-09-04",
        "contact_name": "School Catering service",
        "contact_email": "school-catering@example.org",
    },
    {
        "slug": "shared-legal-services-between-two-neighbouring-councils",
        "title_en": "Shared legal services between two neighbouring councils",
        "title_cy": "",
        "summary_en": (
            "Two councils merged their legal teams into one service hosted by the larger council, "
            "with a shared case management system and pooled specialist expertise."
        ),
        "summary_cy": "",
        "problem_en": (
            "The smaller council struggled to recruit and keep specialist lawyers, especially in "
            "child care and planning law, and relied on external firms at high hourly rates."
        ),
        "problem_cy": "",
        "approach_en": (
            "- One legal service hosted by the larger council under a formal agreement.\n"
            "- Staff transferred under TUPE, with protected terms.\n"
            "- One case management and time recording system.\n"
            "- Specialist teams for social care, planning, property and litigation serving both "
            "councils."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- External legal spend down 55% across the two councils.\n"
            "- £160,000 a year cashable savings.\n"
            "- Vacancy rate in the legal service fell from 18% to 5%.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** agreement to transfer staff; a head of legal for the combined service.\n"
            "- **Data:** case and time recording data from both councils to set the charging "
            "basis.\n"
            "- **Money:** about £60,000 set-up for IT and transition.\n"
            "- **Governance:** a legal agreement between the councils, a joint board, and "
            "consultation with the trade unions."
        ),
        "adoption_needs_cy": "",
        "lead": "merthyr-tydfil-county-borough-council",
        "partners": [
            ("rhondda-cynon-taf-county-borough-council", "joint_lead"),
            ("unison-cymru-wales", "workforce"),
        ],
        "service_areas": ["finance-back-office"],
        "areas": None,
        "prevention_tier": "acute",
        "evidence_level": 1,
        "setup_cost": 60_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 160_000,
        "annual_non_cashable": 0,
        "non_cashable_note_en": "",
        "non_cashable_note_cy": "",
        "start_date": "2014-10-01",
        "contact_name": "Shared Legal Service",
        "contact_email": "legal-services@example.org",
    },
    {
        "slug": "volunteer-ranger-programme-in-the-national-park",
        "title_en": "Volunteer ranger programme in the national park",
        "title_cy": "Rhaglen wardeiniaid gwirfoddol yn y parc cenedlaethol",
        "summary_en": (
            "Trained volunteers patrol busy paths and car parks, repair paths and talk to "
            "visitors, extending the reach of a small warden team at the busiest times."
        ),
        "summary_cy": (
            "Mae gwirfoddolwyr hyfforddedig yn patrolio llwybrau a meysydd parcio prysur, yn "
            "trwsio llwybrau ac yn siarad ag ymwelwyr, gan ymestyn cyrhaeddiad tîm bach o "
            "wardeiniaid ar yr adegau prysuraf."
        ),
        "problem_en": (
            "Visitor numbers at the busiest sites rose sharply, bringing path erosion, litter, "
            "unsafe parking and more mountain rescue call-outs. The authority's paid warden team "
            "could not be present every busy weekend without cutting back on other conservation "
            "work."
        ),
        "problem_cy": (
            "Cynyddodd nifer yr ymwelwyr yn sylweddol yn y safleoedd prysuraf, gan arwain at erydu "
            "llwybrau, sbwriel, parcio anniogel a mwy o alwadau i dimau achub mynydd. Nid oedd tîm "
            "wardeiniaid cyflogedig yr awdurdod yn gallu bod yno bob penwythnos prysur heb dorri'n "
            "ôl ar waith cadwraeth arall."
        ),
        "approach_en": (
            "- Recruitment through the local county voluntary council, with a focus on local and "
            "Welsh-speaking volunteers.\n"
            "- Six days of training: first aid, talking with visitors, path repair and safety.\n"
            "- Volunteers paired with a warden for their first five shifts.\n"
            "- A rota for busy weekends and school holidays, booked online.\n"
            "- Expenses paid and a uniform provided."
        ),
        "approach_cy": (
            "- Recriwtio drwy'r cyngor gwirfoddol sirol lleol, gan ganolbwyntio ar wirfoddolwyr "
            "lleol a gwirfoddolwyr sy'n siarad Cymraeg.\n"
            "- Chwe diwrnod o hyfforddiant: cymorth cyntaf, siarad ag ymwelwyr, trwsio llwybrau a "
            "diogelwch.\n"
            "- Gwirfoddolwyr yn gweithio ochr yn ochr â warden ar eu pum shifft gyntaf.\n"
            "- Rota ar gyfer penwythnosau prysur a gwyliau ysgol, sy'n cael ei harchebu ar-lein.\n"
            "- Talu treuliau a darparu gwisg."
        ),
        "outcomes_en": (
            "- 85 active volunteers giving about 12,000 hours a year.\n"
            "- 3.5 km of path repaired each year.\n"
            "- Litter collected at the busiest car park fell by a third after volunteers began "
            "greeting visitors on arrival.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": (
            "- 85 o wirfoddolwyr gweithredol yn rhoi tua 12,000 o oriau y flwyddyn.\n"
            "- 3.5 km o lwybrau wedi'u trwsio bob blwyddyn.\n"
            "- Gostyngodd y sbwriel a gasglwyd yn y maes parcio prysuraf o draean ar ôl i "
            "wirfoddolwyr ddechrau croesawu ymwelwyr wrth iddynt gyrraedd.\n"
            "\n"
            "*Ffigurau enghreifftiol at ddibenion arddangos yn unig.*"
        ),
        "adoption_needs_en": (
            "- **Staff:** a volunteer coordinator (one post) and time from wardens for mentoring.\n"
            "- **Data:** an online rota and simple records of hours and tasks.\n"
            "- **Money:** about £30,000 set-up for uniforms, tools and training; £45,000 a year "
            "for the coordinator and expenses.\n"
            "- **Governance:** a volunteering policy agreed with staff and their unions so that "
            "volunteers add to paid roles rather than replace them."
        ),
        "adoption_needs_cy": (
            "- **Staff:** cydlynydd gwirfoddolwyr (un swydd) ac amser gan wardeiniaid ar gyfer "
            "mentora.\n"
            "- **Data:** rota ar-lein a chofnodion syml o oriau a thasgau.\n"
            "- **Arian:** tua £30,000 o gostau sefydlu ar gyfer gwisgoedd, offer a hyfforddiant; "
            "£45,000 y flwyddyn ar gyfer y cydlynydd a threuliau.\n"
            "- **Llywodraethu:** polisi gwirfoddoli y cytunwyd arno gyda staff a'u hundebau, fel "
            "bod gwirfoddolwyr yn ychwanegu at swyddi cyflogedig yn hytrach na'u disodli."
        ),
        "lead": "eryri-national-park-authority",
        "partners": [
            ("mantell-gwynedd", "community"),
            ("gwynedd-council", "delivery"),
            ("unison-cymru-wales", "workforce"),
        ],
        "service_areas": ["culture-leisure", "environment-waste"],
        "areas": ["eryri"],
        "prevention_tier": "primary",
        "evidence_level": 1,
        "setup_cost": 30_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 0,
        "annual_non_cashable": 150_000,
        "non_cashable_note_en": "About 12,000 volunteer hours a year",
        "non_cashable_note_cy": "Tua 12,000 o oriau gwirfoddoli y flwyddyn",
        "start_date": "2014-04-01",
        "contact_name": "Warden Service",
        "contact_email": "wardens@example.org",
    },
    {
        "slug": "trusted-assessors-for-minor-home-adaptations",
        "title_en": "Trusted assessors for minor home adaptations",
        "title_cy": "",
        "summary_en": (
            "Care and repair workers and occupational therapy assistants are trained as trusted "
            "assessors for simple adaptations such as rails and bath seats, so people no longer "
            "wait for a full occupational therapy assessment."
        ),
        "summary_cy": "",
        "problem_en": (
            "People waited up to 20 weeks for an occupational therapist to assess them for simple "
            "equipment. Some fell or were admitted to hospital while waiting."
        ),
        "problem_cy": "",
        "approach_en": (
            "- Accredited training for trusted assessors, with occupational therapists "
            "supervising.\n"
            "- A clear list of adaptations that trusted assessors can approve.\n"
            "- Fitting within 7 days by the handyperson service.\n"
            "- Complex cases still go to an occupational therapist."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- Average wait for minor adaptations fell from 16 weeks to 3.\n"
            "- Occupational therapy waiting list reduced by 40%.\n"
            "- About 1,400 occupational therapist hours a year freed.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** trusted assessors (about 6 for a county) and occupational therapist "
            "supervision.\n"
            "- **Data:** a shared referral and equipment record across the council and the health "
            "board.\n"
            "- **Money:** about £25,000 for training; adaptations from existing budgets.\n"
            "- **Governance:** clinical governance agreed with the health board and professional "
            "bodies."
        ),
        "adoption_needs_cy": "",
        "lead": "denbighshire-county-council",
        "partners": [
            ("betsi-cadwaladr-university-health-board", "delivery"),
            ("chartered-society-of-physiotherapy-wales", "workforce"),
            ("denbighshire-voluntary-services-council", "community"),
        ],
        "service_areas": ["home-adaptations", "therapies", "falls-prevention"],
        "areas": None,
        "prevention_tier": "secondary",
        "evidence_level": 2,
        "setup_cost": 25_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 45_000,
        "annual_non_cashable": 70_000,
        "non_cashable_note_en": "About 1,400 occupational therapist hours a year freed",
        "non_cashable_note_cy": "",
        "start_date": "2016-05-03",
        "contact_name": "Independent Living service",
        "contact_email": "independent-living@example.org",
    },
    {
        "slug": "national-collaborative-procurement-frameworks-for-councils",
        "title_en": "National collaborative procurement frameworks for councils",
        "title_cy": "Fframweithiau caffael cydweithredol cenedlaethol i gynghorau",
        "summary_en": (
            "Councils buy common goods and services (energy, vehicles, IT hardware, temporary "
            "staff) through shared frameworks let once for Wales, saving on prices and on the cost "
            "of running tenders."
        ),
        "summary_cy": (
            "Mae cynghorau'n prynu nwyddau a gwasanaethau cyffredin (ynni, cerbydau, caledwedd TG, "
            "staff dros dro) drwy fframweithiau a rennir sy'n cael eu gosod unwaith i Gymru gyfan, "
            "gan arbed ar brisiau ac ar gost cynnal tendrau."
        ),
        "problem_en": (
            "Each of the 22 councils ran its own tenders for the same common goods, paying "
            "different prices and duplicating legal and procurement work. Smaller councils lacked "
            "the buying power and specialist staff to get the best terms."
        ),
        "problem_cy": (
            "Roedd pob un o'r 22 cyngor yn cynnal ei dendrau ei hun ar gyfer yr un nwyddau "
            "cyffredin, gan dalu prisiau gwahanol a dyblygu gwaith cyfreithiol a chaffael. Nid "
            "oedd gan y cynghorau llai y grym prynu na'r staff arbenigol i gael y telerau gorau."
        ),
        "approach_en": (
            "- A category plan agreed by council heads of procurement, starting with the ten "
            "largest areas of common spend.\n"
            "- Frameworks let once, with lots sized so that small and medium-sized Welsh "
            "businesses can bid.\n"
            "- Community benefit clauses (local jobs, apprenticeships) in every framework.\n"
            "- Quarterly spend analysis shared with every council to track the prices paid."
        ),
        "approach_cy": (
            "- Cynllun categorïau y cytunwyd arno gan benaethiaid caffael y cynghorau, gan "
            "ddechrau gyda'r deg maes gwariant cyffredin mwyaf.\n"
            "- Fframweithiau'n cael eu gosod unwaith, gyda lotiau o faint sy'n galluogi busnesau "
            "bach a chanolig yng Nghymru i wneud cais.\n"
            "- Cymalau budd cymunedol (swyddi lleol, prentisiaethau) ym mhob fframwaith.\n"
            "- Dadansoddiad gwariant chwarterol yn cael ei rannu â phob cyngor i olrhain y prisiau "
            "a dalwyd."
        ),
        "outcomes_en": (
            "- £3.9 million a year cashable savings across the participating councils, against "
            "previous prices.\n"
            "- About 140 tenders a year no longer needed, freeing procurement and legal staff "
            "time.\n"
            "- 38% of framework spend with suppliers based in Wales.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": (
            "- £3.9 miliwn y flwyddyn o arbedion arian parod ar draws y cynghorau sy'n cymryd "
            "rhan, o'i gymharu â'r prisiau blaenorol.\n"
            "- Tua 140 o dendrau y flwyddyn nad oes eu hangen mwyach, gan ryddhau amser staff "
            "caffael a chyfreithiol.\n"
            "- 38% o'r gwariant drwy'r fframweithiau gyda chyflenwyr sydd wedi'u lleoli yng "
            "Nghymru.\n"
            "\n"
            "*Ffigurau enghreifftiol at ddibenion arddangos yn unig.*"
        ),
        "adoption_needs_en": (
            "- **Staff:** a named procurement lead in each council and a small central category "
            "team.\n"
            "- **Data:** spend data by supplier and category from each council's finance system.\n"
            "- **Money:** a subscription from each council to fund the central team (about £1.1 "
            "million a year in total).\n"
            "- **Governance:** an access agreement for each framework and a board of heads of "
            "procurement reporting to council chief executives; independent review of savings "
            "claims."
        ),
        "adoption_needs_cy": (
            "- **Staff:** arweinydd caffael penodol ym mhob cyngor a thîm categorïau canolog "
            "bach.\n"
            "- **Data:** data gwariant yn ôl cyflenwr a chategori o system gyllid pob cyngor.\n"
            "- **Arian:** tanysgrifiad gan bob cyngor i ariannu'r tîm canolog (tua £1.1 miliwn y "
            "flwyddyn i gyd).\n"
            "- **Llywodraethu:** cytundeb mynediad ar gyfer pob fframwaith a bwrdd o benaethiaid "
            "caffael sy'n adrodd i brif weithredwyr y cynghorau; adolygiad annibynnol o'r arbedion "
            "a hawlir."
        ),
        "lead": "welsh-local-government-association",
        "partners": [
            ("welsh-government", "funder"),
            ("audit-wales", "evaluation"),
        ],
        "service_areas": ["procurement-assets", "finance-back-office"],
        "areas": ["wales"],
        "prevention_tier": "acute",
        "evidence_level": 2,
        "setup_cost": 400_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 3_900_000,
        "annual_non_cashable": 350_000,
        "non_cashable_note_en": "About 140 tenders a year avoided",
        "non_cashable_note_cy": "Tua 140 o dendrau y flwyddyn wedi'u hosgoi",
        "start_date": "2013-04-01",
        "contact_name": "Procurement Collaboration team",
        "contact_email": "procurement@example.org",
    },
    {
        "slug": "community-micro-enterprises-providing-care-at-home",
        "title_en": "Community micro-enterprises providing care at home",
        "title_cy": "",
        "summary_en": (
            "Local people are supported to set up very small care businesses that provide personal "
            "care and help at home in communities where agencies struggle to recruit."
        ),
        "summary_cy": "",
        "problem_en": (
            "In rural parts of the county, care agencies could not staff packages of care, leaving "
            "people waiting in hospital or relying on family. Travel time made rural rounds "
            "uneconomic for larger providers."
        ),
        "problem_cy": "",
        "approach_en": (
            "- A micro-enterprise coordinator helps local people set up, register and find "
            "customers.\n"
            "- Training, insurance advice and peer support for new micro-providers.\n"
            "- People can buy support with a direct payment.\n"
            "- Quality checked through a local accreditation scheme."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- 46 micro-enterprises set up in three years, providing about 2,200 hours of care a "
            "week.\n"
            "- Unmet hours of care in rural areas down 60%.\n"
            "- About 900 bed days a year freed from delayed discharges.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** a micro-enterprise coordinator and support from the direct payments "
            "team.\n"
            "- **Data:** records of unmet care hours by area.\n"
            "- **Money:** about £55,000 a year for the coordinator and training.\n"
            "- **Governance:** a proportionate accreditation scheme and safeguarding arrangements."
        ),
        "adoption_needs_cy": "",
        "lead": "flintshire-county-council",
        "partners": [
            ("flintshire-local-voluntary-council", "delivery"),
        ],
        "service_areas": ["care-at-home"],
        "areas": None,
        "prevention_tier": "tertiary",
        "evidence_level": 1,
        "setup_cost": 20_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 0,
        "annual_non_cashable": 300_000,
        "non_cashable_note_en": "About 900 bed days a year freed",
        "non_cashable_note_cy": "",
        "start_date": "2019-04-01",
        "contact_name": "Commissioning team",
        "contact_email": "commissioning@example.org",
    },
    {
        "slug": "union-led-workplace-wellbeing-partnership-to-reduce-sickness-absence",
        "title_en": "Union-led workplace wellbeing partnership to reduce sickness absence",
        "title_cy": (
            "Partneriaeth llesiant yn y gweithle dan arweiniad undebau i leihau absenoldeb salwch"
        ),
        "summary_en": (
            "Trade union wellbeing representatives work with managers to spot the causes of stress "
            "and musculoskeletal injury early and agree practical changes in frontline council "
            "services."
        ),
        "summary_cy": (
            "Mae cynrychiolwyr llesiant undebau llafur yn gweithio gyda rheolwyr i nodi achosion "
            "straen ac anafiadau cyhyrysgerbydol yn gynnar ac i gytuno ar newidiadau ymarferol "
            "mewn gwasanaethau rheng flaen y cyngor."
        ),
        "problem_en": (
            "Sickness absence in frontline council services (waste, care and cleaning) averaged "
            "more than 14 days a year for each employee, mainly from stress and back and joint "
            "injuries. Staff were reluctant to raise problems with managers until they were "
            "already off sick."
        ),
        "problem_cy": (
            "Roedd absenoldeb salwch mewn gwasanaethau rheng flaen y cyngor (gwastraff, gofal a "
            "glanhau) yn fwy na 14 diwrnod y flwyddyn ar gyfartaledd i bob gweithiwr, yn bennaf "
            "oherwydd straen ac anafiadau i'r cefn a'r cymalau. Roedd staff yn amharod i godi "
            "problemau gyda rheolwyr nes eu bod eisoes yn absennol yn sâl."
        ),
        "approach_en": (
            "- 40 wellbeing representatives trained over five days, drawn from UNISON, GMB and "
            "Unite members.\n"
            "- A joint union and management wellbeing group in each service, meeting monthly.\n"
            "- Stress risk assessments carried out with whole teams, not just individuals.\n"
            "- Quick access to physiotherapy and counselling through occupational health.\n"
            "- Changes agreed jointly, such as rotating heavy tasks and buying new lifting "
            "equipment."
        ),
        "approach_cy": (
            "- 40 o gynrychiolwyr llesiant wedi'u hyfforddi dros bum diwrnod, o blith aelodau "
            "UNSAIN, GMB ac Unite.\n"
            "- Grŵp llesiant ar y cyd rhwng yr undebau a'r rheolwyr ym mhob gwasanaeth, sy'n "
            "cyfarfod bob mis.\n"
            "- Asesiadau risg straen yn cael eu cynnal gyda thimau cyfan, nid gydag unigolion yn "
            "unig.\n"
            "- Mynediad cyflym at ffisiotherapi a chwnsela drwy'r gwasanaeth iechyd "
            "galwedigaethol.\n"
            "- Newidiadau y cytunwyd arnynt ar y cyd, fel cylchdroi tasgau trwm a phrynu offer "
            "codi newydd."
        ),
        "outcomes_en": (
            "- Average sickness absence in the three services fell from 14.2 to 11.1 days a year "
            "for each employee.\n"
            "- £310,000 a year cashable savings on agency cover and overtime.\n"
            "- About 2,900 working days a year regained.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": (
            "- Gostyngodd absenoldeb salwch cyfartalog yn y tri gwasanaeth o 14.2 i 11.1 diwrnod y "
            "flwyddyn i bob gweithiwr.\n"
            "- £310,000 y flwyddyn o arbedion arian parod ar staff asiantaeth a goramser.\n"
            "- Tua 2,900 o ddiwrnodau gwaith y flwyddyn wedi'u hadennill.\n"
            "\n"
            "*Ffigurau enghreifftiol at ddibenion arddangos yn unig.*"
        ),
        "adoption_needs_en": (
            "- **Staff:** facility time for wellbeing representatives (about half a day a week "
            "each) and a committed senior manager.\n"
            "- **Data:** monthly sickness absence data by service and cause, shared with the joint "
            "group.\n"
            "- **Money:** about £45,000 for training and equipment; enough occupational health "
            "capacity.\n"
            "- **Governance:** a partnership agreement between the employer and the recognised "
            "unions, reviewed every year by the joint consultative committee."
        ),
        "adoption_needs_cy": (
            "- **Staff:** amser cyfleuster i gynrychiolwyr llesiant (tua hanner diwrnod yr wythnos "
            "yr un) ac uwch-reolwr ymroddedig.\n"
            "- **Data:** data misol am absenoldeb salwch yn ôl gwasanaeth ac achos, wedi'i rannu "
            "â'r grŵp ar y cyd.\n"
            "- **Arian:** tua £45,000 ar gyfer hyfforddiant ac offer; digon o gapasiti iechyd "
            "galwedigaethol.\n"
            "- **Llywodraethu:** cytundeb partneriaeth rhwng y cyflogwr a'r undebau cydnabyddedig, "
            "wedi'i adolygu bob blwyddyn gan y cyd-bwyllgor ymgynghorol."
        ),
        "lead": "wales-tuc",
        "partners": [
            ("newport-city-council", "joint_lead"),
            ("unison-cymru-wales", "delivery"),
            ("gmb-wales-and-south-west", "delivery"),
            ("unite-wales", "delivery"),
        ],
        "service_areas": ["workforce"],
        "areas": ["newport"],
        "prevention_tier": "primary",
        "evidence_level": 2,
        "setup_cost": 45_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 310_000,
        "annual_non_cashable": 390_000,
        "non_cashable_note_en": "About 2,900 working days a year regained",
        "non_cashable_note_cy": "Tua 2,900 o ddiwrnodau gwaith y flwyddyn wedi'u hadennill",
        "start_date": "2020-01-06",
        "contact_name": "Workplace Wellbeing project",
        "contact_email": "wellbeing-project@example.org",
    },
    {
        "slug": "island-wide-community-transport-booking-hub",
        "title_en": "Island-wide community transport booking hub",
        "title_cy": "",
        "summary_en": (
            "One booking line coordinates volunteer car schemes, dial-a-ride and community buses, "
            "so people without a car can get to appointments, shops and activities."
        ),
        "summary_cy": "",
        "problem_en": (
            "Several small community transport schemes ran independently, with separate phone "
            "numbers and vehicles often idle. Missed hospital appointments because of transport "
            "problems were common."
        ),
        "problem_cy": "",
        "approach_en": (
            "- One phone line and booking system for all community transport schemes on the "
            "island.\n"
            "- Shared vehicle pool and volunteer driver register.\n"
            "- Priority bookings for health appointments, agreed with the health board."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- 14,500 journeys a year, up 35%.\n"
            "- Missed outpatient appointments among users fell by an estimated 600 a year.\n"
            "- £9,000 a year cashable savings in council-funded taxi journeys.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** a booking coordinator and volunteer drivers.\n"
            "- **Data:** shared booking software.\n"
            "- **Money:** about £20,000 set-up; £40,000 a year running costs.\n"
            "- **Governance:** a partnership agreement between the schemes, the council and the "
            "county voluntary council."
        ),
        "adoption_needs_cy": "",
        "lead": "isle-of-anglesey-county-council",
        "partners": [
            ("medrwn-mon", "delivery"),
        ],
        "service_areas": ["transport-highways"],
        "areas": None,
        "prevention_tier": "primary",
        "evidence_level": 1,
        "setup_cost": 20_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 9_000,
        "annual_non_cashable": 60_000,
        "non_cashable_note_en": "About 600 missed outpatient appointments a year avoided",
        "non_cashable_note_cy": "",
        "start_date": "2017-10-02",
        "contact_name": "Community Transport hub",
        "contact_email": "community-transport@example.org",
    },
    {
        "slug": "falls-response-team-with-a-paramedic-and-an-occupational-therapist",
        "title_en": "Falls response team with a paramedic and an occupational therapist",
        "title_cy": "Tîm ymateb i gwympiadau gyda pharafeddyg a therapydd galwedigaethol",
        "summary_en": (
            "A paramedic and an occupational therapist respond together to 999 calls for people "
            "who have fallen at home, treat them where they are and arrange support, so fewer "
            "people are taken to hospital."
        ),
        "summary_cy": (
            "Mae parafeddyg a therapydd galwedigaethol yn ymateb gyda'i gilydd i alwadau 999 am "
            "bobl sydd wedi cwympo gartref, yn eu trin yn y fan a'r lle ac yn trefnu cymorth, fel "
            "bod llai o bobl yn cael eu cludo i'r ysbyty."
        ),
        "problem_en": (
            "Older people who fell but were not badly hurt often waited many hours for an "
            "ambulance and were then taken to an emergency department, where many were admitted "
            "for lack of an alternative. A long wait on the floor itself causes harm."
        ),
        "problem_cy": (
            "Roedd pobl hŷn a oedd wedi cwympo heb gael anaf difrifol yn aml yn aros am oriau "
            "lawer am ambiwlans ac yna'n cael eu cludo i adran achosion brys, lle'r oedd llawer yn "
            "cael eu derbyn i'r ysbyty am nad oedd dewis arall. Mae aros yn hir ar y llawr ynddo'i "
            "hun yn achosi niwed."
        ),
        "approach_en": (
            "- A dedicated vehicle crewed by a paramedic and an occupational therapist from the "
            "health board, 8am to 10pm.\n"
            "- Clinicians in the ambulance control room pick out suitable falls calls.\n"
            "- Assessment and treatment at home, with lifting equipment and simple aids carried on "
            "the vehicle.\n"
            "- Same-day referral to reablement, falls clinics or the GP."
        ),
        "approach_cy": (
            "- Cerbyd penodol gyda pharafeddyg a therapydd galwedigaethol o'r bwrdd iechyd, rhwng "
            "8am a 10pm.\n"
            "- Clinigwyr yn ystafell reoli'r gwasanaeth ambiwlans yn dewis galwadau addas am "
            "gwympiadau.\n"
            "- Asesu a thrin yn y cartref, gydag offer codi a chymhorthion syml yn y cerbyd.\n"
            "- Atgyfeirio ar yr un diwrnod at ailalluogi, clinigau cwympiadau neu'r meddyg teulu."
        ),
        "outcomes_en": (
            "- 78% of patients seen by the team stayed at home, against 41% for comparable calls "
            "answered by a standard ambulance.\n"
            "- Average response time for these calls fell from 3 hours 40 minutes to 1 hour 10 "
            "minutes.\n"
            "- About 1,900 bed days and 3,000 ambulance hours a year freed; £260,000 a year "
            "cashable savings from fewer admissions.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": (
            "- Arhosodd 78% o'r cleifion a welwyd gan y tîm gartref, o'i gymharu â 41% ar gyfer "
            "galwadau tebyg a atebwyd gan ambiwlans arferol.\n"
            "- Gostyngodd yr amser ymateb cyfartalog ar gyfer y galwadau hyn o 3 awr 40 munud i 1 "
            "awr 10 munud.\n"
            "- Tua 1,900 o ddiwrnodau gwely a 3,000 o oriau ambiwlans y flwyddyn wedi'u rhyddhau; "
            "£260,000 y flwyddyn o arbedion arian parod drwy dderbyn llai o gleifion i'r ysbyty.\n"
            "\n"
            "*Ffigurau enghreifftiol at ddibenion arddangos yn unig.*"
        ),
        "adoption_needs_en": (
            "- **Staff:** about 5 paramedics and 5 occupational therapists (whole-time equivalent) "
            "for each vehicle running 14 hours a day.\n"
            "- **Data:** call categorisation rules and access to the shared clinical record.\n"
            "- **Money:** about £520,000 a year for each vehicle, shared between the ambulance "
            "service and the health board; £60,000 set-up for vehicle and equipment.\n"
            "- **Governance:** joint clinical governance, honorary contracts for therapists and "
            "agreement with the trade unions on new ways of working."
        ),
        "adoption_needs_cy": (
            "- **Staff:** tua 5 parafeddyg a 5 therapydd galwedigaethol (cyfwerth ag amser llawn) "
            "ar gyfer pob cerbyd sy'n gweithio 14 awr y dydd.\n"
            "- **Data:** rheolau categoreiddio galwadau a mynediad at y cofnod clinigol a rennir.\n"
            "- **Arian:** tua £520,000 y flwyddyn ar gyfer pob cerbyd, wedi'i rannu rhwng y "
            "gwasanaeth ambiwlans a'r bwrdd iechyd; £60,000 o gostau sefydlu ar gyfer cerbyd ac "
            "offer.\n"
            "- **Llywodraethu:** llywodraethu clinigol ar y cyd, contractau anrhydeddus i "
            "therapyddion a chytundeb gyda'r undebau llafur ar ffyrdd newydd o weithio."
        ),
        "lead": "welsh-ambulance-services-university-nhs-trust",
        "partners": [
            ("aneurin-bevan-university-health-board", "joint_lead"),
            ("unite-wales", "workforce"),
            ("gmb-wales-and-south-west", "workforce"),
        ],
        "service_areas": ["falls-prevention", "emergency-response"],
        "areas": ["caerphilly", "blaenau-gwent", "torfaen", "monmouthshire", "newport"],
        "prevention_tier": "acute",
        "evidence_level": 3,
        "setup_cost": 60_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 260_000,
        "annual_non_cashable": 720_000,
        "non_cashable_note_en": "About 1,900 bed days and 3,000 ambulance hours a year freed",
        "non_cashable_note_cy": (
            "Tua 1,900 o ddiwrnodau gwely a 3,000 o oriau ambiwlans y flwyddyn wedi'u rhyddhau"
        ),
        "start_date": "2019-11-04",
        "contact_name": "Falls Response service",
        "contact_email": "falls-response@example.org",
    },
    {
        "slug": "bringing-empty-homes-back-into-use-as-temporary-accommodation",
        "title_en": "Bringing empty homes back into use as temporary accommodation",
        "title_cy": "",
        "summary_en": (
            "The council leases long-term empty homes from owners, repairs them with a recoverable "
            "loan and uses them as temporary accommodation instead of bed and breakfast."
        ),
        "summary_cy": "",
        "problem_en": (
            "Spending on bed and breakfast accommodation for homeless households had risen "
            "sharply, while hundreds of homes in the county stood empty for more than a year."
        ),
        "problem_cy": "",
        "approach_en": (
            "- Owners of empty homes offered a five-year lease and a repair loan repaid from "
            "rent.\n"
            "- Repairs managed by the council's housing team.\n"
            "- Tenancy support for households placed, through a voluntary sector partner."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- 58 homes brought back into use in two years.\n"
            "- Average stay in bed and breakfast down from 9 weeks to 3.\n"
            "- £340,000 a year cashable savings on bed and breakfast costs.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** an empty homes officer and a surveyor.\n"
            "- **Data:** a register of empty homes from council tax records.\n"
            "- **Money:** a recyclable loan fund of about £1 million.\n"
            "- **Governance:** cabinet approval of lease terms and the loan scheme."
        ),
        "adoption_needs_cy": "",
        "lead": "pembrokeshire-county-council",
        "partners": [
            ("pembrokeshire-association-of-voluntary-services", "community"),
        ],
        "service_areas": ["homelessness"],
        "areas": None,
        "prevention_tier": "secondary",
        "evidence_level": 2,
        "setup_cost": 1_000_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 340_000,
        "annual_non_cashable": 0,
        "non_cashable_note_en": "",
        "non_cashable_note_cy": "",
        "start_date": "2022-07-01",
        "contact_name": "Housing Options team",
        "contact_email": "housing-options@example.org",
    },
    {
        "slug": "shared-data-matching-to-target-single-person-discount-reviews",
        "title_en": "Shared data matching to target single person discount reviews",
        "title_cy": "Paru data ar y cyd i dargedu adolygiadau o'r gostyngiad person sengl",
        "summary_en": (
            "Councils match council tax single person discount records against the electoral "
            "register and other data they hold, so that review letters and visits go to the "
            "accounts most likely to be wrong."
        ),
        "summary_cy": (
            "Mae cynghorau'n paru cofnodion gostyngiad person sengl y dreth gyngor â'r gofrestr "
            "etholiadol a data arall sydd ganddynt, fel bod llythyrau ac ymweliadau adolygu'n mynd "
            "at y cyfrifon sydd fwyaf tebygol o fod yn anghywir."
        ),
        "problem_en": (
            "About a third of households receive the 25% single person discount. Councils reviewed "
            "these by writing to everyone every few years, which was costly, annoyed residents who "
            "were entitled to the discount, and found few errors."
        ),
        "problem_cy": (
            "Mae tua thraean o aelwydydd yn cael y gostyngiad person sengl o 25%. Roedd "
            "cynghorau'n adolygu'r rhain drwy ysgrifennu at bawb bob ychydig flynyddoedd, a oedd "
            "yn gostus, yn cythruddo preswylwyr a oedd â hawl i'r gostyngiad, ac yn dod o hyd i "
            "ychydig iawn o wallau."
        ),
        "approach_en": (
            "- A common matching method developed with three councils, using data they already "
            "hold lawfully.\n"
            "- Each match scored by risk so that staff work on the strongest cases first.\n"
            "- A standard letter and online form in Welsh and English for residents to confirm "
            "their circumstances.\n"
            "- Results fed back each year to refine the scoring."
        ),
        "approach_cy": (
            "- Dull paru cyffredin a ddatblygwyd gyda thri chyngor, gan ddefnyddio data sydd "
            "ganddynt eisoes yn gyfreithlon.\n"
            "- Sgôr risg i bob achos o baru fel bod staff yn delio â'r achosion cryfaf yn gyntaf.\n"
            "- Llythyr safonol a ffurflen ar-lein yn Gymraeg ac yn Saesneg i breswylwyr gadarnhau "
            "eu hamgylchiadau.\n"
            "- Y canlyniadau'n cael eu defnyddio bob blwyddyn i wella'r sgorio."
        ),
        "outcomes_en": (
            "- 5,400 letters sent instead of 61,000.\n"
            "- 1,250 incorrect discounts ended across the three councils.\n"
            "- £470,000 a year of additional council tax collected (cashable); a one-off £280,000 "
            "of past discounts recovered.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": (
            "- Anfonwyd 5,400 o lythyrau yn lle 61,000.\n"
            "- Daethpwyd â 1,250 o ostyngiadau anghywir i ben ar draws y tri chyngor.\n"
            "- £470,000 y flwyddyn o dreth gyngor ychwanegol wedi'i chasglu (arian parod); "
            "adenillwyd £280,000 untro o ostyngiadau blaenorol.\n"
            "\n"
            "*Ffigurau enghreifftiol at ddibenion arddangos yn unig.*"
        ),
        "adoption_needs_en": (
            "- **Staff:** a data analyst for about 20 days a year and council tax staff to handle "
            "the follow-up.\n"
            "- **Data:** council tax records, the electoral register and other records the council "
            "holds, matched on a documented lawful basis.\n"
            "- **Money:** about £15,000 set-up; low running costs.\n"
            "- **Governance:** a data protection impact assessment, updated privacy notices and "
            "sign-off by each council's section 151 officer."
        ),
        "adoption_needs_cy": (
            "- **Staff:** dadansoddwr data am tua 20 diwrnod y flwyddyn a staff y dreth gyngor i "
            "ddelio â'r gwaith dilynol.\n"
            "- **Data:** cofnodion y dreth gyngor, y gofrestr etholiadol a chofnodion eraill sydd "
            "gan y cyngor, wedi'u paru ar sail gyfreithlon sydd wedi'i dogfennu.\n"
            "- **Arian:** tua £15,000 o gostau sefydlu; costau rhedeg isel.\n"
            "- **Llywodraethu:** asesiad o'r effaith ar ddiogelu data, hysbysiadau preifatrwydd "
            "wedi'u diweddaru a chymeradwyaeth gan swyddog adran 151 pob cyngor."
        ),
        "lead": "audit-wales",
        "partners": [
            ("denbighshire-county-council", "delivery"),
            ("flintshire-county-council", "delivery"),
            ("wrexham-county-borough-council", "delivery"),
        ],
        "service_areas": ["finance-back-office", "digital-data"],
        "areas": ["denbighshire", "flintshire", "wrexham"],
        "prevention_tier": "acute",
        "evidence_level": 2,
        "setup_cost": 15_000,
        "one_off_cashable": 280_000,
        "one_off_non_cashable": 0,
        "annual_cashable": 470_000,
        "annual_non_cashable": 60_000,
        "non_cashable_note_en": "About 55,000 unnecessary review letters a year avoided",
        "non_cashable_note_cy": "Tua 55,000 o lythyrau adolygu diangen y flwyddyn wedi'u hosgoi",
        "start_date": "2022-05-03",
        "contact_name": "Data Analytics team",
        "contact_email": "data-analytics@example.org",
    },
    {
        "slug": "mental-health-practitioners-in-secondary-schools",
        "title_en": "Mental health practitioners in secondary schools",
        "title_cy": "",
        "summary_en": (
            "Children's mental health practitioners from the health board spend a day a week in "
            "each secondary school, offering consultation to staff and short interventions for "
            "pupils."
        ),
        "summary_cy": "",
        "problem_en": (
            "Referrals to specialist child and adolescent mental health services rose year on "
            "year, with many turned down as not meeting the threshold, and young people waiting "
            "months for help."
        ),
        "problem_cy": "",
        "approach_en": (
            "- One practitioner linked to every secondary school cluster.\n"
            "- Consultation for teachers, and group and individual sessions for pupils with mild "
            "to moderate needs.\n"
            "- Joint planning with school wellbeing leads and youth services."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- 1,100 pupils supported a year.\n"
            "- Referrals to specialist services from participating schools down 27%.\n"
            "- About 2,000 specialist clinician hours a year freed.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** practitioners employed by the health board, with clinical supervision.\n"
            "- **Data:** agreed outcome measures and a shared referral record.\n"
            "- **Money:** about £55,000 a year per practitioner.\n"
            "- **Governance:** a joint agreement between the council's education service and the "
            "health board."
        ),
        "adoption_needs_cy": "",
        "lead": "newport-city-council",
        "partners": [
            ("aneurin-bevan-university-health-board", "joint_lead"),
        ],
        "service_areas": ["mental-health", "education-skills", "childrens-services"],
        "areas": None,
        "prevention_tier": "secondary",
        "evidence_level": 2,
        "setup_cost": 15_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 0,
        "annual_non_cashable": 160_000,
        "non_cashable_note_en": "About 2,000 specialist clinician hours a year freed",
        "non_cashable_note_cy": "",
        "start_date": "2021-09-06",
        "contact_name": "Education Wellbeing team",
        "contact_email": "school-wellbeing@example.org",
    },
    {
        "slug": "single-national-referral-route-for-home-energy-efficiency-help",
        "title_en": "Single national referral route for home energy efficiency help",
        "title_cy": (
            "Un llwybr atgyfeirio cenedlaethol ar gyfer cymorth effeithlonrwydd ynni yn y cartref"
        ),
        "summary_en": (
            "Frontline staff in councils, the NHS and the fire service refer households in fuel "
            "poverty to one advice service, which checks eligibility for insulation, heating "
            "upgrades and benefits in a single contact."
        ),
        "summary_cy": (
            "Mae staff rheng flaen mewn cynghorau, y GIG a'r gwasanaeth tân yn atgyfeirio "
            "aelwydydd sy'n byw mewn tlodi tanwydd at un gwasanaeth cyngor, sy'n gwirio a ydynt yn "
            "gymwys i gael inswleiddio, gwell system wresogi a budd-daliadau mewn un cyswllt."
        ),
        "problem_en": (
            "People living in cold, damp homes are more likely to be admitted to hospital in "
            "winter. Help was spread across many schemes with different rules, and frontline "
            "workers who saw the problem did not know where to refer people."
        ),
        "problem_cy": (
            "Mae pobl sy'n byw mewn cartrefi oer a llaith yn fwy tebygol o gael eu derbyn i'r "
            "ysbyty yn y gaeaf. Roedd cymorth wedi'i wasgaru ar draws llawer o gynlluniau â "
            "rheolau gwahanol, ac nid oedd gweithwyr rheng flaen a oedd yn gweld y broblem yn "
            "gwybod i ble i atgyfeirio pobl."
        ),
        "approach_en": (
            "- One phone number and one online referral form for any frontline worker, with "
            "consent captured once.\n"
            "- Advisers check eligibility for every available scheme and for unclaimed benefits.\n"
            "- Priority for households where someone has a health condition made worse by the "
            "cold.\n"
            "- Monthly reports to each referring organisation on what happened to its referrals."
        ),
        "approach_cy": (
            "- Un rhif ffôn ac un ffurflen atgyfeirio ar-lein i unrhyw weithiwr rheng flaen, gyda "
            "chaniatâd yn cael ei gofnodi unwaith.\n"
            "- Cynghorwyr yn gwirio a yw'r aelwyd yn gymwys ar gyfer pob cynllun sydd ar gael ac "
            "ar gyfer budd-daliadau sydd heb eu hawlio.\n"
            "- Blaenoriaeth i aelwydydd lle mae gan rywun gyflwr iechyd sy'n gwaethygu oherwydd yr "
            "oerfel.\n"
            "- Adroddiadau misol i bob sefydliad sy'n atgyfeirio am yr hyn a ddigwyddodd i'w "
            "atgyfeiriadau."
        ),
        "outcomes_en": (
            "- 9,600 referrals in the first year, 38% of them from health and fire staff.\n"
            "- 2,100 homes insulated or given new heating; household bills down by £410 a year on "
            "average.\n"
            "- £3.1 million a year of additional benefits claimed by households.\n"
            "- Savings to public bodies are mainly non-cashable: an estimated 850 fewer winter bed "
            "days a year.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": (
            "- 9,600 o atgyfeiriadau yn y flwyddyn gyntaf, 38% ohonynt gan staff iechyd a staff "
            "tân.\n"
            "- 2,100 o gartrefi wedi'u hinswleiddio neu wedi cael system wresogi newydd; biliau "
            "aelwydydd wedi gostwng £410 y flwyddyn ar gyfartaledd.\n"
            "- £3.1 miliwn y flwyddyn o fudd-daliadau ychwanegol wedi'u hawlio gan aelwydydd.\n"
            "- Arbedion nad ydynt yn arian parod yw'r rhan fwyaf o'r arbedion i gyrff cyhoeddus: "
            "amcangyfrif o 850 yn llai o ddiwrnodau gwely yn y gaeaf bob blwyddyn.\n"
            "\n"
            "*Ffigurau enghreifftiol at ddibenion arddangos yn unig.*"
        ),
        "adoption_needs_en": (
            "- **Staff:** a team of advisers (about 12 for Wales) and a named referral champion in "
            "each partner.\n"
            "- **Data:** a shared referral form and a secure case management system; consent to "
            "share.\n"
            "- **Money:** about £900,000 a year for the advice service; insulation schemes funded "
            "separately.\n"
            "- **Governance:** a national steering group and a data-sharing agreement signed by "
            "each referring body."
        ),
        "adoption_needs_cy": (
            "- **Staff:** tîm o gynghorwyr (tua 12 ar gyfer Cymru) a hyrwyddwr atgyfeirio penodol "
            "ym mhob partner.\n"
            "- **Data:** ffurflen atgyfeirio a rennir a system rheoli achosion ddiogel; caniatâd i "
            "rannu.\n"
            "- **Arian:** tua £900,000 y flwyddyn ar gyfer y gwasanaeth cyngor; cynlluniau "
            "inswleiddio'n cael eu hariannu ar wahân.\n"
            "- **Llywodraethu:** grŵp llywio cenedlaethol a chytundeb rhannu data wedi'i lofnodi "
            "gan bob corff sy'n atgyfeirio."
        ),
        "lead": "welsh-government",
        "partners": [
            ("public-health-wales-nhs-trust", "evaluation"),
            ("south-wales-fire-and-rescue-service", "delivery"),
            ("wales-council-for-voluntary-action", "community"),
        ],
        "service_areas": ["energy-efficiency", "housing", "healthy-lifestyles"],
        "areas": ["wales"],
        "prevention_tier": "primary",
        "evidence_level": 2,
        "setup_cost": 150_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 0,
        "annual_non_cashable": 290_000,
        "non_cashable_note_en": "About 850 winter bed days a year avoided",
        "non_cashable_note_cy": "Tua 850 o ddiwrnodau gwely yn y gaeaf y flwyddyn wedi'u hosgoi",
        "start_date": "2024-04-01",
        "contact_name": "Warm Homes policy team",
        "contact_email": "warm-homes@example.org",
    },
    {
        "slug": "same-day-emergency-care-unit",
        "title_en": "Same day emergency care unit",
        "title_cy": "",
        "summary_en": (
            "Patients who need urgent tests and treatment but not an overnight stay are assessed, "
            "treated and sent home the same day, without passing through the emergency department."
        ),
        "summary_cy": "",
        "problem_en": (
            "The emergency department was regularly crowded, and many medical patients were "
            "admitted overnight only to wait for a scan or a blood test that could have been done "
            "the same day. Escalation beds were opened most winters at high cost in agency staff."
        ),
        "problem_cy": "",
        "approach_en": (
            "A dedicated unit next to the acute medical unit, open 8am to 8pm seven days a week.\n"
            "\n"
            "- Direct referral from GPs, ambulance crews and emergency department triage, with "
            "agreed criteria.\n"
            "- Protocols for common conditions such as chest pain, suspected blood clots, "
            "cellulitis and headache.\n"
            "- Protected slots for scans and rapid blood test results.\n"
            "- Follow-up through hot clinics or virtual review instead of admission."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- 42% of medical take managed without an overnight stay, up from 18%.\n"
            "- About 9,000 bed days a year freed.\n"
            "- £900,000 a year cashable savings from closing 16 escalation beds.\n"
            "- Four-hour performance in the emergency department improved by 6 percentage points.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** a consultant-led team with advanced clinical practitioners and nurses; "
            "12 hours a day cover.\n"
            "- **Data:** daily activity, conversion to admission and return rates.\n"
            "- **Money:** about £400,000 set-up for space and equipment; staffing largely "
            "redeployed.\n"
            "- **Governance:** referral pathways agreed with the emergency department, GPs and the "
            "ambulance service."
        ),
        "adoption_needs_cy": "",
        "lead": "cardiff-and-vale-university-health-board",
        "partners": [
            ("welsh-ambulance-services-university-nhs-trust", "delivery"),
            ("royal-college-of-nursing-wales", "workforce"),
        ],
        "service_areas": ["emergency-departments"],
        "areas": None,
        "prevention_tier": "acute",
        "evidence_level": 3,
        "setup_cost": 400_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 900_000,
        "annual_non_cashable": 2_100_000,
        "non_cashable_note_en": "About 9,000 bed days a year freed",
        "non_cashable_note_cy": "",
        "start_date": "2019-01-07",
        "contact_name": "Same Day Emergency Care unit",
        "contact_email": "sdec@example.org",
    },
    {
        "slug": "shared-public-rights-of-way-team-with-the-county-council",
        "title_en": "Shared public rights of way team with the county council",
        "title_cy": "Tîm hawliau tramwy cyhoeddus ar y cyd gyda'r cyngor sir",
        "summary_en": (
            "The national park authority and the county council run one team for public rights of "
            "way and the coast path, with one system for reporting faults and shared tools and "
            "vehicles."
        ),
        "summary_cy": (
            "Mae awdurdod y parc cenedlaethol a'r cyngor sir yn rhedeg un tîm ar gyfer hawliau "
            "tramwy cyhoeddus a llwybr yr arfordir, gydag un system ar gyfer rhoi gwybod am "
            "ddiffygion ac offer a cherbydau a rennir."
        ),
        "problem_en": (
            "Two small teams maintained paths on either side of the national park boundary, with "
            "separate depots, vehicles and reporting systems. Walkers did not know whom to tell "
            "about a broken stile, and repairs near the boundary were sometimes done twice or not "
            "at all."
        ),
        "problem_cy": (
            "Roedd dau dîm bach yn cynnal llwybrau bob ochr i ffin y parc cenedlaethol, gyda "
            "depos, cerbydau a systemau adrodd ar wahân. Nid oedd cerddwyr yn gwybod wrth bwy i "
            "ddweud am gamfa wedi torri, ac weithiau roedd gwaith atgyweirio ger y ffin yn cael ei "
            "wneud ddwywaith neu ddim o gwbl."
        ),
        "approach_en": (
            "- One team hosted by the national park authority under a service agreement, with "
            "staff transferring on their existing terms.\n"
            "- One online map for reporting faults, in Welsh and English.\n"
            "- A shared depot, vehicles and tools; a single work programme agreed each spring.\n"
            "- Volunteer path groups supported through the county voluntary council."
        ),
        "approach_cy": (
            "- Un tîm wedi'i letya gan awdurdod y parc cenedlaethol o dan gytundeb gwasanaeth, "
            "gyda staff yn trosglwyddo ar eu telerau presennol.\n"
            "- Un map ar-lein ar gyfer rhoi gwybod am ddiffygion, yn Gymraeg ac yn Saesneg.\n"
            "- Depo, cerbydau ac offer a rennir; un rhaglen waith y cytunir arni bob gwanwyn.\n"
            "- Grwpiau llwybrau gwirfoddol yn cael eu cefnogi drwy'r cyngor gwirfoddol sirol."
        ),
        "outcomes_en": (
            "- £48,000 a year cashable savings from running one depot and two fewer vehicles.\n"
            "- Average time to fix a reported fault fell from 74 to 31 days.\n"
            "- 96% of the coast path open and in good condition at the annual survey, up from "
            "89%.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": (
            "- £48,000 y flwyddyn o arbedion arian parod drwy redeg un depo a dau gerbyd yn llai.\n"
            "- Gostyngodd yr amser cyfartalog i drwsio diffyg o 74 i 31 diwrnod.\n"
            "- 96% o lwybr yr arfordir ar agor ac mewn cyflwr da yn yr arolwg blynyddol, i fyny o "
            "89%.\n"
            "\n"
            "*Ffigurau enghreifftiol at ddibenion arddangos yn unig.*"
        ),
        "adoption_needs_en": (
            "- **Staff:** agreement to transfer or second staff; a team leader for the combined "
            "service.\n"
            "- **Data:** a shared asset register of paths, stiles, gates and bridges.\n"
            "- **Money:** about £20,000 set-up for the reporting map and vehicle livery.\n"
            "- **Governance:** a service agreement between the two authorities with a joint annual "
            "report; consultation with staff and their trade unions."
        ),
        "adoption_needs_cy": (
            "- **Staff:** cytundeb i drosglwyddo neu secondio staff; arweinydd tîm ar gyfer y "
            "gwasanaeth cyfun.\n"
            "- **Data:** cofrestr asedau a rennir o lwybrau, camfeydd, giatiau a phontydd.\n"
            "- **Arian:** tua £20,000 o gostau sefydlu ar gyfer y map adrodd ac arwyddion ar y "
            "cerbydau.\n"
            "- **Llywodraethu:** cytundeb gwasanaeth rhwng y ddau awdurdod gydag adroddiad "
            "blynyddol ar y cyd; ymgynghori â staff a'u hundebau llafur."
        ),
        "lead": "pembrokeshire-coast-national-park-authority",
        "partners": [
            ("pembrokeshire-county-council", "joint_lead"),
            ("pembrokeshire-association-of-voluntary-services", "community"),
        ],
        "service_areas": ["transport-highways", "culture-leisure"],
        "areas": ["pembrokeshire", "pembrokeshire-coast"],
        "prevention_tier": "primary",
        "evidence_level": 2,
        "setup_cost": 20_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 48_000,
        "annual_non_cashable": 25_000,
        "non_cashable_note_en": "About 900 staff hours a year freed from duplicated inspections",
        "non_cashable_note_cy": (
            "Tua 900 o oriau staff y flwyddyn wedi'u rhyddhau o archwiliadau dyblyg"
        ),
        "start_date": "2012-04-02",
        "contact_name": "Rights of Way team",
        "contact_email": "rights-of-way@example.org",
    },
    {
        "slug": "patient-initiated-follow-up-for-outpatients-with-stable-conditions",
        "title_en": "Patient-initiated follow-up for outpatients with stable conditions",
        "title_cy": "",
        "summary_en": (
            "Patients with stable long-term conditions book a follow-up appointment when they need "
            "one, instead of attending routine appointments at fixed intervals."
        ),
        "summary_cy": "",
        "problem_en": (
            "Outpatient clinics in rheumatology, dermatology and gastroenterology were filled with "
            "routine follow-ups for patients who were well, while new patients waited many months "
            "for a first appointment."
        ),
        "problem_cy": "",
        "approach_en": (
            "- Clinically agreed criteria in each specialty for who can move to patient-initiated "
            "follow-up.\n"
            "- Written information and a direct phone line or online form to book an appointment "
            "when symptoms change.\n"
            "- Automatic clinical review if a patient has not been in touch by the end of the "
            "agreed period.\n"
            "- Monthly audit of patients who return with worse symptoms."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- About 14,000 routine follow-up appointments a year avoided across six specialties.\n"
            "- Waits for a first outpatient appointment in those specialties fell by 6 weeks.\n"
            "- No increase in emergency admissions among patients on the pathway.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** a clinical lead in each specialty and booking staff trained in the new "
            "process.\n"
            "- **Data:** a patient administration system that can flag and track patients on the "
            "pathway.\n"
            "- **Money:** low set-up costs (about £10,000 for patient information and system "
            "changes).\n"
            "- **Governance:** approval by clinical boards, safety-net review rules and patient "
            "representatives involved in design."
        ),
        "adoption_needs_cy": "",
        "lead": "aneurin-bevan-university-health-board",
        "partners": [],
        "service_areas": ["outpatients"],
        "areas": None,
        "prevention_tier": "tertiary",
        "evidence_level": 2,
        "setup_cost": 10_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 0,
        "annual_non_cashable": 1_100_000,
        "non_cashable_note_en": "About 14,000 follow-up appointments a year freed",
        "non_cashable_note_cy": "",
        "start_date": "2021-04-01",
        "contact_name": "Outpatient Transformation team",
        "contact_email": "outpatients@example.org",
    },
    {
        "slug": "virtual-ward-for-frail-older-people-in-rural-communities",
        "title_en": "Virtual ward for frail older people in rural communities",
        "title_cy": "Ward rithwir i bobl hŷn eiddil mewn cymunedau gwledig",
        "summary_en": (
            "A multidisciplinary team looks after frail older people at home with daily reviews, "
            "remote monitoring and rapid visits, instead of admitting them to a distant district "
            "general hospital."
        ),
        "summary_cy": (
            "Mae tîm amlddisgyblaethol yn gofalu am bobl hŷn eiddil gartref gydag adolygiadau "
            "dyddiol, monitro o bell ac ymweliadau cyflym, yn hytrach na'u derbyn i ysbyty "
            "cyffredinol dosbarth sydd ymhell i ffwrdd."
        ),
        "problem_en": (
            "There is no district general hospital in the county, so frail residents who become "
            "unwell are often admitted to hospitals over the border, far from family. Many stay "
            "longer than they need to while community care is arranged back home."
        ),
        "problem_cy": (
            "Nid oes ysbyty cyffredinol dosbarth yn y sir, felly mae preswylwyr eiddil sy'n mynd "
            "yn sâl yn aml yn cael eu derbyn i ysbytai dros y ffin, ymhell oddi wrth eu teuluoedd. "
            "Mae llawer yn aros yn hirach nag sydd angen tra bo gofal cymunedol yn cael ei drefnu "
            "gartref."
        ),
        "approach_en": (
            "- A virtual ward of up to 25 people in each locality, led by a GP with a special "
            "interest and an advanced nurse practitioner.\n"
            "- A daily virtual ward round with district nurses, therapists, social workers and a "
            "community pharmacist.\n"
            "- Remote monitoring of oxygen levels and blood pressure for people who need it.\n"
            "- Step-up beds in community hospitals for people who cannot be cared for safely at "
            "home."
        ),
        "approach_cy": (
            "- Ward rithwir o hyd at 25 o bobl ym mhob ardal leol, dan arweiniad meddyg teulu â "
            "diddordeb arbennig ac ymarferydd nyrsio uwch.\n"
            "- Rownd ward rithwir bob dydd gyda nyrsys ardal, therapyddion, gweithwyr cymdeithasol "
            "a fferyllydd cymunedol.\n"
            "- Monitro lefelau ocsigen a phwysedd gwaed o bell i bobl sydd ei angen.\n"
            "- Gwelyau camu i fyny mewn ysbytai cymunedol i bobl na ellir gofalu amdanynt yn "
            "ddiogel gartref."
        ),
        "outcomes_en": (
            "- 1,050 people cared for on the virtual ward in its first year.\n"
            "- Emergency admissions of people over 80 fell by 17% compared with the year before.\n"
            "- About 4,200 out-of-county bed days a year avoided, with £1.2 million a year "
            "cashable savings on commissioned hospital care.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": (
            "- 1,050 o bobl wedi derbyn gofal ar y ward rithwir yn ei blwyddyn gyntaf.\n"
            "- Gostyngodd nifer y bobl dros 80 oed a dderbyniwyd i'r ysbyty fel achosion brys 17% "
            "o'i gymharu â'r flwyddyn flaenorol.\n"
            "- Tua 4,200 o ddiwrnodau gwely y tu allan i'r sir y flwyddyn wedi'u hosgoi, gyda £1.2 "
            "miliwn y flwyddyn o arbedion arian parod ar ofal ysbyty a gomisiynir.\n"
            "\n"
            "*Ffigurau enghreifftiol at ddibenion arddangos yn unig.*"
        ),
        "adoption_needs_en": (
            "- **Staff:** about 14 whole-time-equivalent clinical staff in each locality, mostly "
            "redeployed from existing community teams.\n"
            "- **Data:** a shared caseload list, a remote monitoring platform and read access to "
            "GP records.\n"
            "- **Money:** about £180,000 set-up for equipment and training; recurring costs funded "
            "from reduced commissioned activity.\n"
            "- **Governance:** clinical governance through the health board, a joint working "
            "agreement with the council, and agreement with commissioned hospital providers."
        ),
        "adoption_needs_cy": (
            "- **Staff:** tua 14 aelod o staff clinigol cyfwerth ag amser llawn ym mhob ardal "
            "leol, y rhan fwyaf wedi'u hadleoli o dimau cymunedol presennol.\n"
            "- **Data:** rhestr achosion a rennir, platfform monitro o bell a mynediad darllen at "
            "gofnodion meddygon teulu.\n"
            "- **Arian:** tua £180,000 o gostau sefydlu ar gyfer offer a hyfforddiant; costau "
            "rheolaidd wedi'u hariannu o'r gostyngiad mewn gweithgarwch a gomisiynir.\n"
            "- **Llywodraethu:** llywodraethu clinigol drwy'r bwrdd iechyd, cytundeb cydweithio "
            "gyda'r cyngor, a chytundeb gyda darparwyr ysbyty a gomisiynir."
        ),
        "lead": "powys-teaching-health-board",
        "partners": [
            ("powys-county-council", "delivery"),
            ("royal-college-of-nursing-wales", "workforce"),
            ("powys-association-of-voluntary-organisations", "community"),
        ],
        "service_areas": ["district-nursing", "community-hospitals", "primary-care"],
        "areas": None,
        "prevention_tier": "secondary",
        "evidence_level": 2,
        "setup_cost": 180_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 1_200_000,
        "annual_non_cashable": 650_000,
        "non_cashable_note_en": "About 4,200 out-of-county bed days a year avoided",
        "non_cashable_note_cy": (
            "Tua 4,200 o ddiwrnodau gwely y tu allan i'r sir y flwyddyn wedi'u hosgoi"
        ),
        "start_date": "2022-10-03",
        "contact_name": "Virtual Ward team",
        "contact_email": "virtual-ward@example.org",
    },
    {
        "slug": "community-pharmacy-common-ailments-service",
        "title_en": "Community pharmacy common ailments service",
        "title_cy": "",
        "summary_en": (
            "Patients with minor illnesses are directed to community pharmacies, where pharmacists "
            "can advise and supply treatment free of charge, freeing GP appointments for more "
            "complex needs."
        ),
        "summary_cy": "",
        "problem_en": (
            "GP practices estimated that up to one appointment in eight was for a minor illness, "
            "such as a sore throat, conjunctivitis or hay fever, that a pharmacist could safely "
            "manage. Patients often chose the GP because pharmacy treatment cost money."
        ),
        "problem_cy": "",
        "approach_en": (
            "- A list of common ailments that pharmacists can assess and treat at no charge to the "
            "patient.\n"
            "- GP receptionists trained to offer the pharmacy option when patients call.\n"
            "- A short consultation record sent to the patient's GP practice.\n"
            "- A public campaign in Welsh and English on when to use the pharmacy first."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- About 36,000 pharmacy consultations a year.\n"
            "- About 30,000 GP appointments a year freed.\n"
            "- 94% of patients treated without needing to see a GP afterwards.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** pharmacists trained in the ailment protocols; receptionist training in "
            "every practice.\n"
            "- **Data:** a consultation recording system that shares a summary with the GP "
            "record.\n"
            "- **Money:** a consultation fee for pharmacies and the cost of medicines (about "
            "£350,000 a year for a health board area).\n"
            "- **Governance:** a service specification agreed with community pharmacy "
            "representatives and clinical protocols approved by the health board."
        ),
        "adoption_needs_cy": "",
        "lead": "betsi-cadwaladr-university-health-board",
        "partners": [],
        "service_areas": ["primary-care"],
        "areas": None,
        "prevention_tier": "secondary",
        "evidence_level": 3,
        "setup_cost": 30_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 0,
        "annual_non_cashable": 900_000,
        "non_cashable_note_en": "About 30,000 GP appointments a year freed",
        "non_cashable_note_cy": "",
        "start_date": "2013-07-01",
        "contact_name": "Primary Care team",
        "contact_email": "primary-care@example.org",
    },
    {
        "slug": "chemotherapy-closer-to-home-through-mobile-treatment-units",
        "title_en": "Chemotherapy closer to home through mobile treatment units",
        "title_cy": "Cemotherapi'n nes at adref drwy unedau triniaeth symudol",
        "summary_en": (
            "Nurse-led mobile units give suitable chemotherapy and supportive treatments at "
            "community sites, reducing travel for patients and freeing treatment chairs in the "
            "main cancer centre."
        ),
        "summary_cy": (
            "Mae unedau symudol dan arweiniad nyrsys yn rhoi cemotherapi addas a thriniaethau "
            "cefnogol mewn safleoedd cymunedol, gan leihau teithio i gleifion a rhyddhau cadeiriau "
            "triniaeth yn y brif ganolfan ganser."
        ),
        "problem_en": (
            "Demand for chemotherapy chairs at the cancer centre grew by about 8% a year. Patients "
            "travelled up to two hours each way for short treatments, and waits in the day unit "
            "grew."
        ),
        "problem_cy": (
            "Roedd y galw am gadeiriau cemotherapi yn y ganolfan ganser yn cynyddu tua 8% y "
            "flwyddyn. Roedd cleifion yn teithio hyd at ddwy awr bob ffordd ar gyfer triniaethau "
            "byr, ac roedd amseroedd aros yn yr uned ddydd yn cynyddu."
        ),
        "approach_en": (
            "- Two mobile units, each with four treatment chairs, visiting community sites on a "
            "fixed weekly timetable.\n"
            "- Clear criteria for which treatment regimens are suitable outside the centre.\n"
            "- Chemotherapy nurses trained to work independently, with telephone access to the "
            "on-call oncologist.\n"
            "- Appointments booked through the existing scheduling system."
        ),
        "approach_cy": (
            "- Dwy uned symudol, gyda phedair cadair driniaeth yr un, yn ymweld â safleoedd "
            "cymunedol yn ôl amserlen wythnosol sefydlog.\n"
            "- Meini prawf clir ynghylch pa driniaethau sy'n addas y tu allan i'r ganolfan.\n"
            "- Nyrsys cemotherapi wedi'u hyfforddi i weithio'n annibynnol, gyda mynediad dros y "
            "ffôn at yr oncolegydd ar alwad.\n"
            "- Apwyntiadau'n cael eu trefnu drwy'r system amserlennu bresennol."
        ),
        "outcomes_en": (
            "- 6,200 treatments a year given in the community.\n"
            "- Average patient round trip cut from 94 to 22 miles.\n"
            "- About 6,000 chair-hours a year freed in the centre, deferring a planned expansion "
            "that would have cost £2.5 million (one-off).\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": (
            "- 6,200 o driniaethau y flwyddyn wedi'u rhoi yn y gymuned.\n"
            "- Gostyngodd taith gron gyfartalog cleifion o 94 i 22 milltir.\n"
            "- Tua 6,000 o oriau cadair y flwyddyn wedi'u rhyddhau yn y ganolfan, gan ohirio "
            "gwaith ehangu arfaethedig a fyddai wedi costio £2.5 miliwn (untro).\n"
            "\n"
            "*Ffigurau enghreifftiol at ddibenion arddangos yn unig.*"
        ),
        "adoption_needs_en": (
            "- **Staff:** 6 specialist chemotherapy nurses and a unit coordinator; pharmacy "
            "capacity to prepare treatments for transport.\n"
            "- **Data:** electronic prescribing and scheduling available on the units.\n"
            "- **Money:** about £750,000 for two units; £480,000 a year running costs.\n"
            "- **Governance:** clinical protocols approved by the cancer centre, infection control "
            "and cold-chain procedures, and agreements with host sites."
        ),
        "adoption_needs_cy": (
            "- **Staff:** 6 nyrs cemotherapi arbenigol a chydlynydd uned; capasiti fferyllfa i "
            "baratoi triniaethau i'w cludo.\n"
            "- **Data:** rhagnodi ac amserlennu electronig ar gael ar yr unedau.\n"
            "- **Arian:** tua £750,000 ar gyfer dwy uned; £480,000 y flwyddyn o gostau rhedeg.\n"
            "- **Llywodraethu:** protocolau clinigol wedi'u cymeradwyo gan y ganolfan ganser, "
            "gweithdrefnau rheoli heintiau a chadwyn oer, a chytundebau gyda'r safleoedd sy'n "
            "lletya'r unedau."
        ),
        "lead": "velindre-university-nhs-trust",
        "partners": [
            ("aneurin-bevan-university-health-board", "delivery"),
            ("royal-college-of-nursing-wales", "workforce"),
        ],
        "service_areas": ["outpatients"],
        "areas": None,
        "prevention_tier": "tertiary",
        "evidence_level": 2,
        "setup_cost": 750_000,
        "one_off_cashable": 2_500_000,
        "one_off_non_cashable": 0,
        "annual_cashable": 0,
        "annual_non_cashable": 540_000,
        "non_cashable_note_en": "About 6,000 treatment chair-hours a year freed",
        "non_cashable_note_cy": "Tua 6,000 o oriau cadair driniaeth y flwyddyn wedi'u rhyddhau",
        "start_date": "2015-03-02",
        "contact_name": "Cancer Centre Outreach team",
        "contact_email": "outreach@example.org",
    },
    {
        "slug": "prehabilitation-before-major-surgery",
        "title_en": "Prehabilitation before major surgery",
        "title_cy": "",
        "summary_en": (
            "Patients waiting for major surgery follow a tailored programme of exercise, nutrition "
            "and psychological support so that they are fitter for their operation and recover "
            "faster."
        ),
        "summary_cy": "",
        "problem_en": (
            "Many patients became less fit while waiting for surgery, which led to more "
            "complications and longer hospital stays. Waiting lists were long, but the waiting "
            "time was not being used."
        ),
        "problem_cy": "",
        "approach_en": (
            "- Screening for fitness, nutrition, smoking and mood when a patient is listed for "
            "surgery.\n"
            "- Personalised exercise plans, including supervised group classes in council leisure "
            "centres.\n"
            "- Nutritional advice from dietitians and support to stop smoking.\n"
            "- Short psychological support sessions for anxious patients."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- Average length of stay after major surgery down 1.8 days.\n"
            "- Post-operative complications down 20%, compared with a matched group treated before "
            "the programme.\n"
            "- About 2,500 bed days a year freed; £150,000 a year cashable savings from fewer "
            "critical care stays.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** physiotherapists, dietitians and exercise instructors; a programme "
            "coordinator.\n"
            "- **Data:** outcome tracking against a comparison group; referral from the waiting "
            "list system.\n"
            "- **Money:** about £200,000 a year for a health board area; £50,000 set-up.\n"
            "- **Governance:** a joint agreement with the council's leisure service and clear "
            "clinical criteria."
        ),
        "adoption_needs_cy": "",
        "lead": "swansea-bay-university-health-board",
        "partners": [
            ("swansea-council", "delivery"),
            ("chartered-society-of-physiotherapy-wales", "workforce"),
        ],
        "service_areas": ["hospital-care", "healthy-lifestyles"],
        "areas": None,
        "prevention_tier": "secondary",
        "evidence_level": 3,
        "setup_cost": 50_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 150_000,
        "annual_non_cashable": 850_000,
        "non_cashable_note_en": "About 2,500 bed days a year freed",
        "non_cashable_note_cy": "",
        "start_date": "2020-02-03",
        "contact_name": "Perioperative Care team",
        "contact_email": "prehab@example.org",
    },
    {
        "slug": "flu-vaccination-of-care-home-staff-and-residents-by-community-pharmacists",
        "title_en": "Flu vaccination of care home staff and residents by community pharmacists",
        "title_cy": (
            "Brechu staff a phreswylwyr cartrefi gofal rhag y ffliw gan fferyllwyr cymunedol"
        ),
        "summary_en": (
            "Community pharmacists visit care homes to vaccinate residents and staff in one "
            "session, with a shared tracker showing vaccine uptake in every home."
        ),
        "summary_cy": (
            "Mae fferyllwyr cymunedol yn ymweld â chartrefi gofal i frechu preswylwyr a staff mewn "
            "un sesiwn, gydag offeryn olrhain a rennir sy'n dangos faint sydd wedi'u brechu ym "
            "mhob cartref."
        ),
        "problem_en": (
            "Flu outbreaks in care homes lead to deaths, hospital admissions and homes closing to "
            "new residents, which then delays hospital discharge. Vaccine uptake among care home "
            "staff was low, partly because staff had to arrange vaccination in their own time."
        ),
        "problem_cy": (
            "Mae achosion o'r ffliw mewn cartrefi gofal yn arwain at farwolaethau, derbyniadau i'r "
            "ysbyty a chartrefi'n cau i breswylwyr newydd, sydd wedyn yn oedi rhyddhau cleifion "
            "o'r ysbyty. Ychydig o staff cartrefi gofal a oedd yn cael eu brechu, yn rhannol am "
            "fod yn rhaid iddynt drefnu brechiad yn eu hamser eu hunain."
        ),
        "approach_en": (
            "- Each care home matched with a local community pharmacy for the season.\n"
            "- Residents and staff on all shifts vaccinated on site, with a return visit for "
            "anyone missed.\n"
            "- A weekly uptake tracker shared between the health board, the council and care home "
            "managers.\n"
            "- Short sessions for staff, led by infection prevention nurses, to answer concerns "
            "about the vaccine."
        ),
        "approach_cy": (
            "- Pob cartref gofal yn cael ei baru â fferyllfa gymunedol leol ar gyfer y tymor.\n"
            "- Preswylwyr a staff ar bob shifft yn cael eu brechu ar y safle, gydag ail ymweliad "
            "i'r rhai a fethodd y tro cyntaf.\n"
            "- Offeryn olrhain wythnosol yn cael ei rannu rhwng y bwrdd iechyd, y cyngor a "
            "rheolwyr cartrefi gofal.\n"
            "- Sesiynau byr i staff, dan arweiniad nyrsys atal heintiau, i ateb pryderon am y "
            "brechlyn."
        ),
        "outcomes_en": (
            "- Staff flu vaccine uptake rose from 31% to 58% across 140 homes.\n"
            "- Care home flu outbreaks fell to 9 in the season, against an average of 23 in the "
            "previous three seasons.\n"
            "- About 600 bed days a year saved through fewer admissions and fewer homes closed to "
            "discharges.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": (
            "- Cododd cyfran y staff a gafodd eu brechu rhag y ffliw o 31% i 58% ar draws 140 o "
            "gartrefi.\n"
            "- Gostyngodd nifer yr achosion o'r ffliw mewn cartrefi gofal i 9 yn ystod y tymor, "
            "o'i gymharu â chyfartaledd o 23 yn y tri thymor blaenorol.\n"
            "- Tua 600 o ddiwrnodau gwely y flwyddyn wedi'u harbed drwy lai o dderbyniadau a llai "
            "o gartrefi'n cau i gleifion sy'n cael eu rhyddhau o'r ysbyty.\n"
            "\n"
            "*Ffigurau enghreifftiol at ddibenion arddangos yn unig.*"
        ),
        "adoption_needs_en": (
            "- **Staff:** community pharmacists willing to visit; a care home liaison lead in the "
            "health board.\n"
            "- **Data:** lists of care homes with staff numbers; vaccinations entered in the "
            "national immunisation system.\n"
            "- **Money:** pharmacy fees for each vaccination plus a visit fee (about £60,000 a "
            "season for a health board area).\n"
            "- **Governance:** patient group directions for pharmacists, consent processes for "
            "residents who lack capacity, and agreement with care home providers."
        ),
        "adoption_needs_cy": (
            "- **Staff:** fferyllwyr cymunedol sy'n barod i ymweld; arweinydd cyswllt cartrefi "
            "gofal yn y bwrdd iechyd.\n"
            "- **Data:** rhestrau o gartrefi gofal gyda nifer y staff; brechiadau wedi'u cofnodi "
            "yn y system imiwneiddio genedlaethol.\n"
            "- **Arian:** ffioedd fferyllfa ar gyfer pob brechiad ynghyd â ffi ymweld (tua £60,000 "
            "y tymor ar gyfer ardal bwrdd iechyd).\n"
            "- **Llywodraethu:** cyfarwyddiadau grŵp cleifion ar gyfer fferyllwyr, prosesau "
            "caniatâd ar gyfer preswylwyr nad oes ganddynt alluedd, a chytundeb gyda darparwyr "
            "cartrefi gofal."
        ),
        "lead": "public-health-wales-nhs-trust",
        "partners": [
            ("betsi-cadwaladr-university-health-board", "delivery"),
            ("isle-of-anglesey-county-council", "delivery"),
        ],
        "service_areas": ["immunisation", "care-homes"],
        "areas": ["isle-of-anglesey", "gwynedd"],
        "prevention_tier": "primary",
        "evidence_level": 3,
        "setup_cost": 10_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 0,
        "annual_non_cashable": 210_000,
        "non_cashable_note_en": "About 600 bed days a year saved",
        "non_cashable_note_cy": "Tua 600 o ddiwrnodau gwely y flwyddyn wedi'u harbed",
        "start_date": "2019-09-16",
        "contact_name": "Vaccine Preventable Disease Programme",
        "contact_email": "immunisation@example.org",
    },
    {
        "slug": "video-physiotherapy-consultations-for-rural-patients",
        "title_en": "Video physiotherapy consultations for rural patients",
        "title_cy": "",
        "summary_en": (
            "Physiotherapists offer first and follow-up appointments by video where suitable, "
            "reducing long journeys for patients and for staff."
        ),
        "summary_cy": "",
        "problem_en": (
            "Patients in remote areas travelled up to an hour each way for a 30-minute "
            "physiotherapy appointment, and many missed appointments in bad weather. "
            "Physiotherapists spent a large part of the week driving between clinics."
        ),
        "problem_cy": "",
        "approach_en": (
            "- Video consultations offered as standard for suitable patients, with a telephone "
            "option.\n"
            "- Exercise programmes sent through an app with video demonstrations.\n"
            "- Face-to-face appointments kept for patients who need hands-on treatment.\n"
            "- Support for patients to test their equipment before the first call."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- 35% of appointments now held by video.\n"
            "- Missed appointments down from 11% to 5%.\n"
            "- About 40,000 miles of staff travel and 1,500 clinician hours a year saved.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** half a day's training for each physiotherapist; an administrator to help "
            "patients set up.\n"
            "- **Data:** a secure video platform approved for NHS use.\n"
            "- **Money:** about £15,000 set-up for equipment and training.\n"
            "- **Governance:** clinical guidance on which patients are suitable and how to "
            "escalate concerns."
        ),
        "adoption_needs_cy": "",
        "lead": "powys-teaching-health-board",
        "partners": [
            ("chartered-society-of-physiotherapy-wales", "workforce"),
        ],
        "service_areas": ["therapies", "digital-data"],
        "areas": None,
        "prevention_tier": "tertiary",
        "evidence_level": 2,
        "setup_cost": 15_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 25_000,
        "annual_non_cashable": 60_000,
        "non_cashable_note_en": "About 1,500 clinician hours a year freed from travel",
        "non_cashable_note_cy": "",
        "start_date": "2020-06-01",
        "contact_name": "Physiotherapy service",
        "contact_email": "physiotherapy@example.org",
    },
    {
        "slug": "early-help-for-families-after-a-first-domestic-abuse-incident",
        "title_en": "Early help for families after a first domestic abuse incident",
        "title_cy": "Cymorth cynnar i deuluoedd ar ôl y digwyddiad cyntaf o gam-drin domestig",
        "summary_en": (
            "After a first police call-out for domestic abuse in a home where children live, a "
            "specialist worker contacts the family within 48 hours and offers support before harm "
            "escalates."
        ),
        "summary_cy": (
            "Ar ôl i'r heddlu gael eu galw am y tro cyntaf at ddigwyddiad o gam-drin domestig mewn "
            "cartref lle mae plant yn byw, mae gweithiwr arbenigol yn cysylltu â'r teulu o fewn 48 "
            "awr ac yn cynnig cymorth cyn i'r niwed waethygu."
        ),
        "problem_en": (
            "Most families where domestic abuse was reported for the first time were assessed as "
            "standard risk and received a letter at most. Many came back to police attention "
            "within a year, by which time children's services were more often involved."
        ),
        "problem_cy": (
            "Roedd y rhan fwyaf o deuluoedd lle rhoddwyd gwybod am gam-drin domestig am y tro "
            "cyntaf yn cael eu hasesu fel risg safonol ac yn cael llythyr ar y mwyaf. Roedd llawer "
            "yn dod i sylw'r heddlu eto o fewn blwyddyn, ac erbyn hynny roedd y gwasanaethau plant "
            "yn fwy tebygol o fod yn rhan o'r achos."
        ),
        "approach_en": (
            "- Daily joint screening of overnight domestic abuse reports by the police, children's "
            "services and a specialist domestic abuse service.\n"
            "- Contact within 48 hours by a specialist worker for the adult victim and, where "
            "safe, for the person causing harm.\n"
            "- The school told the next morning so that staff can support the child.\n"
            "- Up to 12 weeks of support, with a step up to statutory services if risk rises."
        ),
        "approach_cy": (
            "- Sgrinio ar y cyd bob dydd o adroddiadau cam-drin domestig dros nos gan yr heddlu, y "
            "gwasanaethau plant a gwasanaeth cam-drin domestig arbenigol.\n"
            "- Gweithiwr arbenigol yn cysylltu â'r dioddefwr sy'n oedolyn o fewn 48 awr ac, os "
            "yw'n ddiogel, â'r sawl sy'n achosi niwed.\n"
            "- Yr ysgol yn cael gwybod y bore wedyn fel bod staff yn gallu cefnogi'r plentyn.\n"
            "- Hyd at 12 wythnos o gymorth, gyda chamu i fyny at wasanaethau statudol os yw'r risg "
            "yn cynyddu."
        ),
        "outcomes_en": (
            "- 820 families offered support in the first year; 64% took it up.\n"
            "- Repeat incidents within 12 months fell from 41% to 27% among families supported, "
            "compared with a matched group from the year before.\n"
            "- £140,000 a year cashable savings in children's services and about 3,500 officer "
            "hours a year freed.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": (
            "- Cynigiwyd cymorth i 820 o deuluoedd yn y flwyddyn gyntaf; derbyniodd 64% ohonynt y "
            "cymorth.\n"
            "- Gostyngodd cyfran y teuluoedd a gafodd ddigwyddiad arall o fewn 12 mis o 41% i 27% "
            "ymhlith y teuluoedd a gefnogwyd, o'i gymharu â grŵp cyfatebol o'r flwyddyn "
            "flaenorol.\n"
            "- £140,000 y flwyddyn o arbedion arian parod yn y gwasanaethau plant a thua 3,500 o "
            "oriau swyddogion y flwyddyn wedi'u rhyddhau.\n"
            "\n"
            "*Ffigurau enghreifftiol at ddibenion arddangos yn unig.*"
        ),
        "adoption_needs_en": (
            "- **Staff:** 4 specialist domestic abuse workers and an hour a day from the police "
            "and children's services for screening.\n"
            "- **Data:** overnight police incident data shared each morning; a shared case "
            "record.\n"
            "- **Money:** about £190,000 a year, funded jointly by the council, the police and the "
            "Police and Crime Commissioner.\n"
            "- **Governance:** an information-sharing agreement and oversight by the regional "
            "Violence against Women, Domestic Abuse and Sexual Violence board."
        ),
        "adoption_needs_cy": (
            "- **Staff:** 4 gweithiwr cam-drin domestig arbenigol ac awr y dydd gan yr heddlu a'r "
            "gwasanaethau plant ar gyfer sgrinio.\n"
            "- **Data:** data am ddigwyddiadau'r heddlu dros nos yn cael ei rannu bob bore; cofnod "
            "achos a rennir.\n"
            "- **Arian:** tua £190,000 y flwyddyn, wedi'i ariannu ar y cyd gan y cyngor, yr heddlu "
            "a'r Comisiynydd Heddlu a Throseddu.\n"
            "- **Llywodraethu:** cytundeb rhannu gwybodaeth a goruchwyliaeth gan y bwrdd "
            "rhanbarthol ar Drais yn erbyn Menywod, Cam-drin Domestig a Thrais Rhywiol."
        ),
        "lead": "north-wales-police",
        "partners": [
            ("flintshire-county-council", "joint_lead"),
            ("flintshire-local-voluntary-council", "community"),
        ],
        "service_areas": ["domestic-abuse", "family-support"],
        "areas": ["flintshire"],
        "prevention_tier": "secondary",
        "evidence_level": 3,
        "setup_cost": 20_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 140_000,
        "annual_non_cashable": 150_000,
        "non_cashable_note_en": "About 3,500 officer hours a year freed",
        "non_cashable_note_cy": "Tua 3,500 o oriau swyddogion y flwyddyn wedi'u rhyddhau",
        "start_date": "2020-09-01",
        "contact_name": "Domestic Abuse Early Help team",
        "contact_email": "da-early-help@example.org",
    },
    {
        "slug": "opt-out-smoking-cessation-support-for-hospital-inpatients",
        "title_en": "Opt-out smoking cessation support for hospital inpatients",
        "title_cy": "",
        "summary_en": (
            "Every inpatient who smokes is offered treatment to stop as a routine part of their "
            "care, unless they decline, with follow-up after they go home."
        ),
        "summary_cy": "",
        "problem_en": (
            "Smoking is the largest preventable cause of ill health, and a hospital stay is a good "
            "moment to quit. Yet most inpatients who smoked were never offered help, because "
            "referral depended on busy ward staff remembering to ask."
        ),
        "problem_cy": "",
        "approach_en": (
            "- Smoking status recorded for every patient on admission.\n"
            "- Nicotine replacement therapy offered on the ward within 24 hours.\n"
            "- Tobacco treatment advisers visit every smoker on the ward and follow up by phone "
            "after discharge.\n"
            "- Referral to community stop-smoking services for ongoing support."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- Quit rates at six months doubled compared with the previous opt-in referral "
            "service.\n"
            "- Results confirmed when the model was repeated independently in a second hospital.\n"
            "- An estimated 1,200 bed days a year avoided through fewer smoking-related "
            "readmissions.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** tobacco treatment advisers (about 8 for a large health board) and short "
            "training for ward staff.\n"
            "- **Data:** smoking status recorded in the admission record; follow-up outcomes at 4 "
            "and 26 weeks.\n"
            "- **Money:** about £300,000 a year for a large health board.\n"
            "- **Governance:** a hospital-wide smoke-free policy and board-level sponsorship."
        ),
        "adoption_needs_cy": "",
        "lead": "public-health-wales-nhs-trust",
        "partners": [
            ("cardiff-and-vale-university-health-board", "delivery"),
        ],
        "service_areas": ["healthy-lifestyles", "hospital-care"],
        "areas": ["cardiff", "vale-of-glamorgan"],
        "prevention_tier": "primary",
        "evidence_level": 4,
        "setup_cost": 30_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 0,
        "annual_non_cashable": 400_000,
        "non_cashable_note_en": "About 1,200 bed days a year avoided from fewer readmissions",
        "non_cashable_note_cy": "",
        "start_date": "2022-01-10",
        "contact_name": "Tobacco Control team",
        "contact_email": "tobacco-control@example.org",
    },
    {
        "slug": "emergency-card-and-back-up-plan-for-unpaid-carers",
        "title_en": "Emergency card and back-up plan for unpaid carers",
        "title_cy": "Cerdyn argyfwng a chynllun wrth gefn i ofalwyr di-dâl",
        "summary_en": (
            "Unpaid carers carry a card with a 24-hour number; if they are suddenly taken ill or "
            "injured, a back-up plan agreed in advance is put in place for the person they care "
            "for."
        ),
        "summary_cy": (
            "Mae gofalwyr di-dâl yn cario cerdyn gyda rhif 24 awr; os ydynt yn mynd yn sâl neu'n "
            "cael anaf yn sydyn, mae cynllun wrth gefn y cytunwyd arno ymlaen llaw yn cael ei roi "
            "ar waith ar gyfer y person y maent yn gofalu amdano."
        ),
        "problem_en": (
            "Carers told the council that their biggest worry was what would happen to the person "
            "they cared for if they suddenly could not carry on. When this happened, the person "
            "was often admitted to hospital or placed in a care home in an emergency, at high cost "
            "and with great distress."
        ),
        "problem_cy": (
            "Dywedodd gofalwyr wrth y cyngor mai eu pryder mwyaf oedd beth fyddai'n digwydd i'r "
            "person yr oeddent yn gofalu amdano pe na baent yn gallu parhau yn sydyn. Pan fyddai "
            "hyn yn digwydd, byddai'r person yn aml yn cael ei dderbyn i'r ysbyty neu'n cael ei "
            "roi mewn cartref gofal ar frys, ar gost uchel a chan achosi gofid mawr."
        ),
        "approach_en": (
            "- Carers' centre staff help each carer write a simple back-up plan: who to call, "
            "medication and daily routines.\n"
            "- Plans held by the council's 24-hour telecare response centre.\n"
            "- A wallet card and key fob showing the carer's reference number.\n"
            "- If the card is used, the response centre contacts named family members or arranges "
            "emergency care at home for up to 72 hours."
        ),
        "approach_cy": (
            "- Staff y ganolfan gofalwyr yn helpu pob gofalwr i ysgrifennu cynllun wrth gefn syml: "
            "pwy i'w ffonio, meddyginiaeth ac arferion dyddiol.\n"
            "- Y cynlluniau'n cael eu cadw gan ganolfan ymateb teleofal 24 awr y cyngor.\n"
            "- Cerdyn waled a ffob allweddi sy'n dangos rhif cyfeirnod y gofalwr.\n"
            "- Os defnyddir y cerdyn, mae'r ganolfan ymateb yn cysylltu ag aelodau o'r teulu a "
            "enwyd neu'n trefnu gofal brys yn y cartref am hyd at 72 awr."
        ),
        "outcomes_en": (
            "- 1,300 carers registered in two years; the card was used 74 times.\n"
            "- In 61 of those cases the person stayed at home rather than going into hospital or "
            "emergency residential care.\n"
            "- 89% of carers said they felt less anxious about the future.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": (
            "- Cofrestrodd 1,300 o ofalwyr mewn dwy flynedd; defnyddiwyd y cerdyn 74 o weithiau.\n"
            "- Mewn 61 o'r achosion hynny arhosodd y person gartref yn hytrach na mynd i'r ysbyty "
            "neu i ofal preswyl brys.\n"
            "- Dywedodd 89% o ofalwyr eu bod yn teimlo'n llai pryderus am y dyfodol.\n"
            "\n"
            "*Ffigurau enghreifftiol at ddibenion arddangos yn unig.*"
        ),
        "adoption_needs_en": (
            "- **Staff:** carers' support workers to write plans (about an hour for each carer); a "
            "24-hour response centre.\n"
            "- **Data:** a secure register of plans linked to the telecare system.\n"
            "- **Money:** about £12,000 set-up for cards and system changes; emergency care costs "
            "met from existing budgets.\n"
            "- **Governance:** consent from the carer and the person cared for; regular review of "
            "plans."
        ),
        "adoption_needs_cy": (
            "- **Staff:** gweithwyr cymorth i ofalwyr i ysgrifennu cynlluniau (tua awr i bob "
            "gofalwr); canolfan ymateb 24 awr.\n"
            "- **Data:** cofrestr ddiogel o gynlluniau sy'n gysylltiedig â'r system teleofal.\n"
            "- **Arian:** tua £12,000 o gostau sefydlu ar gyfer cardiau a newidiadau i'r system; "
            "costau gofal brys yn cael eu talu o gyllidebau presennol.\n"
            "- **Llywodraethu:** caniatâd gan y gofalwr a'r person sy'n derbyn gofal; adolygu "
            "cynlluniau'n rheolaidd."
        ),
        "lead": "wrexham-county-borough-council",
        "partners": [
            ("association-of-voluntary-organisations-in-wrexham", "delivery"),
        ],
        "service_areas": ["unpaid-carers"],
        "areas": None,
        "prevention_tier": "secondary",
        "evidence_level": 2,
        "setup_cost": 12_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 95_000,
        "annual_non_cashable": 40_000,
        "non_cashable_note_en": "About 160 emergency bed days a year avoided",
        "non_cashable_note_cy": "Tua 160 o ddiwrnodau gwely brys y flwyddyn wedi'u hosgoi",
        "start_date": "2017-02-01",
        "contact_name": "Carers Support service",
        "contact_email": "carers@example.org",
    },
    {
        "slug": "clinical-support-desk-for-remote-assessment-of-999-calls",
        "title_en": "Clinical support desk for remote assessment of 999 calls",
        "title_cy": "",
        "summary_en": (
            "Paramedics, nurses and mental health practitioners in the ambulance control room "
            "assess suitable 999 calls by phone and arrange a safe alternative to an ambulance "
            "where one exists."
        ),
        "summary_cy": "",
        "problem_en": (
            "Many 999 callers had urgent but not life-threatening needs, yet were sent an "
            "emergency ambulance and often taken to hospital. This left fewer ambulances for the "
            "most serious calls and added to emergency department crowding."
        ),
        "problem_cy": "",
        "approach_en": (
            "- A clinical team in each control room, covering all shifts.\n"
            "- A structured clinical assessment tool with clear safety netting.\n"
            "- Direct referral to GPs, community nursing, mental health crisis teams and falls "
            "services.\n"
            "- Regular audit of calls closed without an ambulance, repeated across all regions."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- 14% of 999 calls resolved without sending an ambulance.\n"
            "- About 40,000 ambulance hours a year freed for the most serious calls.\n"
            "- £2.4 million a year cashable savings from fewer conveyances and less overtime.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** about 60 whole-time-equivalent clinicians across all control rooms, with "
            "senior clinical leadership.\n"
            "- **Data:** a computer-aided clinical assessment system and links to community "
            "service directories.\n"
            "- **Money:** about £3 million a year running costs; £500,000 set-up.\n"
            "- **Governance:** clinical governance, audit of outcomes and agreement with the trade "
            "unions on new roles."
        ),
        "adoption_needs_cy": "",
        "lead": "welsh-ambulance-services-university-nhs-trust",
        "partners": [
            ("unison-cymru-wales", "workforce"),
            ("gmb-wales-and-south-west", "workforce"),
        ],
        "service_areas": ["emergency-response"],
        "areas": ["wales"],
        "prevention_tier": "acute",
        "evidence_level": 5,
        "setup_cost": 500_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 2_400_000,
        "annual_non_cashable": 1_600_000,
        "non_cashable_note_en": "About 40,000 ambulance hours a year freed",
        "non_cashable_note_cy": "",
        "start_date": "2016-04-04",
        "contact_name": "Clinical Contact Centre",
        "contact_email": "clinical-contact@example.org",
    },
    {
        "slug": "led-street-lighting-with-part-night-dimming",
        "title_en": "LED street lighting with part-night dimming",
        "title_cy": "Goleuadau stryd LED gyda pylu am ran o'r nos",
        "summary_en": (
            "The council replaced its street lights with remotely controlled LED units, dimming "
            "lights in residential streets in the early hours while keeping full lighting at "
            "junctions and crossings."
        ),
        "summary_cy": (
            "Disodlodd y cyngor ei oleuadau stryd ag unedau LED a reolir o bell, gan bylu "
            "goleuadau mewn strydoedd preswyl yn oriau mân y bore a chadw golau llawn wrth "
            "gyffyrdd a chroesfannau."
        ),
        "problem_en": (
            "Street lighting was one of the council's largest electricity costs and a major source "
            "of its carbon emissions. Old sodium lamps failed often, and repairs depended on "
            "residents reporting faults."
        ),
        "problem_cy": (
            "Roedd goleuadau stryd yn un o gostau trydan mwyaf y cyngor ac yn un o brif "
            "ffynonellau ei allyriadau carbon. Roedd hen lampau sodiwm yn methu'n aml, ac roedd "
            "atgyweiriadau'n dibynnu ar breswylwyr yn rhoi gwybod am ddiffygion."
        ),
        "approach_en": (
            "- 14,000 lanterns replaced with LED units over three years, funded by an "
            "interest-free energy efficiency loan.\n"
            "- A central management system dims lights to 50% between midnight and 5:30am in "
            "residential streets.\n"
            "- Each lantern reports its own faults automatically.\n"
            "- Consultation with the police and the community safety partnership on which streets "
            "to exclude."
        ),
        "approach_cy": (
            "- 14,000 o lusernau wedi'u disodli ag unedau LED dros dair blynedd, wedi'u hariannu "
            "gan fenthyciad effeithlonrwydd ynni di-log.\n"
            "- System reoli ganolog sy'n pylu goleuadau i 50% rhwng hanner nos a 5:30am mewn "
            "strydoedd preswyl.\n"
            "- Pob llusern yn rhoi gwybod am ei diffygion ei hun yn awtomatig.\n"
            "- Ymgynghori â'r heddlu a'r bartneriaeth diogelwch cymunedol ynghylch pa strydoedd "
            "i'w heithrio."
        ),
        "outcomes_en": (
            "- Electricity used for street lighting down 68%.\n"
            "- £420,000 a year cashable savings on energy and maintenance once the loan is "
            "repaid.\n"
            "- About 1,100 tonnes of CO2 a year avoided.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": (
            "- Gostyngodd y trydan a ddefnyddir ar gyfer goleuadau stryd 68%.\n"
            "- £420,000 y flwyddyn o arbedion arian parod ar ynni a chynnal a chadw ar ôl "
            "ad-dalu'r benthyciad.\n"
            "- Tua 1,100 tunnell o CO2 y flwyddyn wedi'i osgoi.\n"
            "\n"
            "*Ffigurau enghreifftiol at ddibenion arddangos yn unig.*"
        ),
        "adoption_needs_en": (
            "- **Staff:** a street lighting engineer to manage the programme; an installation "
            "contractor.\n"
            "- **Data:** an accurate inventory of lighting columns and an energy baseline.\n"
            "- **Money:** about £3.2 million capital, repaid from savings over about 7 years.\n"
            "- **Governance:** cabinet approval, an equality impact assessment and consultation "
            "with the police on dimming."
        ),
        "adoption_needs_cy": (
            "- **Staff:** peiriannydd goleuadau stryd i reoli'r rhaglen; contractwr gosod.\n"
            "- **Data:** rhestr gywir o golofnau goleuo a llinell sylfaen ynni.\n"
            "- **Arian:** tua £3.2 miliwn o gyfalaf, wedi'i ad-dalu o'r arbedion dros tua 7 "
            "mlynedd.\n"
            "- **Llywodraethu:** cymeradwyaeth y cabinet, asesiad o'r effaith ar gydraddoldeb ac "
            "ymgynghori â'r heddlu ar bylu."
        ),
        "lead": "vale-of-glamorgan-council",
        "partners": [],
        "service_areas": ["energy-efficiency", "transport-highways"],
        "areas": None,
        "prevention_tier": "primary",
        "evidence_level": 2,
        "setup_cost": 3_200_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 420_000,
        "annual_non_cashable": 0,
        "non_cashable_note_en": "",
        "non_cashable_note_cy": "",
        "start_date": "2014-06-02",
        "contact_name": "Highways and Street Lighting team",
        "contact_email": "street-lighting@example.org",
    },
    {
        "slug": "shared-fire-control-room-for-two-fire-and-rescue-services",
        "title_en": "Shared fire control room for two fire and rescue services",
        "title_cy": "",
        "summary_en": (
            "Two fire and rescue services answer 999 calls and mobilise crews from one joint "
            "control room, with shared systems and a single team of control staff."
        ),
        "summary_cy": "",
        "problem_en": (
            "Each service ran its own control room with its own mobilising system, both due for "
            "expensive replacement. Small control rooms struggled to staff every shift and had "
            "little resilience during major incidents."
        ),
        "problem_cy": "",
        "approach_en": (
            "- One control room on a single site, staffed by a combined team.\n"
            "- A shared mobilising system that sends the nearest appropriate appliance, regardless "
            "of service boundary.\n"
            "- A common set of call-handling procedures.\n"
            "- Workforce changes agreed through consultation with the Fire Brigades Union."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- £650,000 a year cashable savings from one system and combined staffing.\n"
            "- One-off saving of £1.8 million by avoiding a second mobilising system replacement.\n"
            "- Call answering within 7 seconds held at 98%.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** a joint project team for about two years; agreement with staff and the "
            "union on terms and shift patterns.\n"
            "- **Data:** shared gazetteer, risk and resource data for both service areas.\n"
            "- **Money:** about £2.2 million set-up for building works and the shared system.\n"
            "- **Governance:** a collaboration agreement between the two fire and rescue "
            "authorities and a joint management board."
        ),
        "adoption_needs_cy": "",
        "lead": "south-wales-fire-and-rescue-service",
        "partners": [
            ("mid-and-west-wales-fire-and-rescue-service", "joint_lead"),
            ("fire-brigades-union-wales", "workforce"),
        ],
        "service_areas": ["emergency-response", "procurement-assets"],
        "areas": None,
        "prevention_tier": "acute",
        "evidence_level": 2,
        "setup_cost": 2_200_000,
        "one_off_cashable": 1_800_000,
        "one_off_non_cashable": 0,
        "annual_cashable": 650_000,
        "annual_non_cashable": 0,
        "non_cashable_note_en": "",
        "non_cashable_note_cy": "",
        "start_date": "2012-06-01",
        "contact_name": "Joint Fire Control",
        "contact_email": "joint-control@example.org",
    },
    {
        "slug": "community-hubs-combining-libraries-and-council-customer-services",
        "title_en": "Community hubs combining libraries and council customer services",
        "title_cy": "Hybiau cymunedol sy'n cyfuno llyfrgelloedd a gwasanaethau cwsmeriaid y cyngor",
        "summary_en": (
            "Libraries and one-stop shops were brought together in town-centre community hubs with "
            "one staff team, longer opening hours and space for partners such as advice services "
            "and the health board."
        ),
        "summary_cy": (
            "Daethpwyd â llyfrgelloedd a siopau un stop at ei gilydd mewn hybiau cymunedol yng "
            "nghanol trefi, gydag un tîm staff, oriau agor hirach a lle i bartneriaid fel "
            "gwasanaethau cynghori a'r bwrdd iechyd."
        ),
        "problem_en": (
            "The council ran separate libraries and customer service offices in the same small "
            "towns, each with short opening hours and rising building costs. Library use was "
            "falling and closures were being considered."
        ),
        "problem_cy": (
            "Roedd y cyngor yn rhedeg llyfrgelloedd a swyddfeydd gwasanaethau cwsmeriaid ar wahân "
            "yn yr un trefi bach, pob un ag oriau agor byr a chostau adeiladau cynyddol. Roedd y "
            "defnydd o lyfrgelloedd yn gostwng ac roedd y cyngor yn ystyried eu cau."
        ),
        "approach_en": (
            "- Five hubs, each in the library building, with customer service desks moved in.\n"
            "- Staff trained for both roles through six weeks of blended learning.\n"
            "- Self-service kiosks for payments and library loans.\n"
            "- Rooms let at low cost to partners for advice sessions and clinics."
        ),
        "approach_cy": (
            "- Pum hyb, pob un yn adeilad y llyfrgell, gyda desgiau gwasanaethau cwsmeriaid wedi'u "
            "symud yno.\n"
            "- Staff wedi'u hyfforddi ar gyfer y ddwy rôl drwy chwe wythnos o ddysgu cyfunol.\n"
            "- Ciosgau hunanwasanaeth ar gyfer taliadau a benthyca llyfrau.\n"
            "- Ystafelloedd yn cael eu gosod am gost isel i bartneriaid ar gyfer sesiynau cyngor a "
            "chlinigau."
        ),
        "outcomes_en": (
            "- £265,000 a year cashable savings from releasing four buildings and combining "
            "teams.\n"
            "- Opening hours up by 22% on average.\n"
            "- Visits to the hubs up 30% in two years; library loans held steady.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": (
            "- £265,000 y flwyddyn o arbedion arian parod drwy ryddhau pedwar adeilad a chyfuno "
            "timau.\n"
            "- Cynyddodd oriau agor 22% ar gyfartaledd.\n"
            "- Cynyddodd nifer yr ymweliadau â'r hybiau 30% mewn dwy flynedd; arhosodd nifer y "
            "benthyciadau llyfrgell yn sefydlog.\n"
            "\n"
            "*Ffigurau enghreifftiol at ddibenion arddangos yn unig.*"
        ),
        "adoption_needs_en": (
            "- **Staff:** a change programme for staff, agreed with the trade unions, and a hub "
            "manager for each site.\n"
            "- **Data:** footfall and transaction data for each site to plan staffing.\n"
            "- **Money:** about £400,000 for building works and kiosks; capital receipts from "
            "released buildings.\n"
            "- **Governance:** public consultation, an equality impact assessment and cabinet "
            "approval."
        ),
        "adoption_needs_cy": (
            "- **Staff:** rhaglen newid i staff, y cytunwyd arni gyda'r undebau llafur, a rheolwr "
            "hyb ar gyfer pob safle.\n"
            "- **Data:** data am nifer yr ymwelwyr a thrafodion ar bob safle i gynllunio lefelau "
            "staffio.\n"
            "- **Arian:** tua £400,000 ar gyfer gwaith adeiladu a chiosgau; derbyniadau cyfalaf "
            "o'r adeiladau a ryddhawyd.\n"
            "- **Llywodraethu:** ymgynghoriad cyhoeddus, asesiad o'r effaith ar gydraddoldeb a "
            "chymeradwyaeth y cabinet."
        ),
        "lead": "monmouthshire-county-council",
        "partners": [
            ("unison-cymru-wales", "workforce"),
            ("gwent-association-of-voluntary-organisations", "community"),
        ],
        "service_areas": ["customer-services", "culture-leisure", "procurement-assets"],
        "areas": None,
        "prevention_tier": "primary",
        "evidence_level": 2,
        "setup_cost": 400_000,
        "one_off_cashable": 650_000,
        "one_off_non_cashable": 0,
        "annual_cashable": 265_000,
        "annual_non_cashable": 0,
        "non_cashable_note_en": "",
        "non_cashable_note_cy": "",
        "start_date": "2010-05-04",
        "contact_name": "Community Hubs service",
        "contact_email": "hubs@example.org",
    },
    {
        "slug": "youth-engagement-to-reduce-deliberate-grass-fires",
        "title_en": "Youth engagement to reduce deliberate grass fires",
        "title_cy": "",
        "summary_en": (
            "Firefighters and neighbourhood police officers run school sessions, youth club "
            "activities and a short fire-setter intervention for young people in areas with high "
            "numbers of deliberate grass fires."
        ),
        "summary_cy": "",
        "problem_en": (
            "Every spring, deliberate grass and rubbish fires in a few valley communities tied up "
            "crews, put property at risk and drew appliances away from other emergencies. Most "
            "were started by young people."
        ),
        "problem_cy": "",
        "approach_en": (
            "- School talks in the areas with most fires, timed before the Easter holidays.\n"
            "- Diversionary activities with youth services during school holidays.\n"
            "- A one-to-one intervention programme for young people caught setting fires.\n"
            "- Joint patrols by fire and police at known hot spots."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- Deliberate grass fires in the target areas down 45% over three years, against 15% "
            "elsewhere in the service area.\n"
            "- About 2,400 appliance hours a year freed for other emergencies.\n"
            "- 95% of young people completing the one-to-one programme not known to have set "
            "another fire within a year.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** a community safety team of about 4, and neighbourhood officers' time "
            "during the spring peak.\n"
            "- **Data:** incident mapping of deliberate fires by place, day and time to target "
            "schools and patrols.\n"
            "- **Money:** about £35,000 a year for youth activities and materials.\n"
            "- **Governance:** a joint plan through the community safety partnership, with "
            "information sharing for the one-to-one programme."
        ),
        "adoption_needs_cy": "",
        "lead": "south-wales-fire-and-rescue-service",
        "partners": [
            ("south-wales-police", "delivery"),
            ("rhondda-cynon-taf-county-borough-council", "delivery"),
            ("interlink-rct", "community"),
        ],
        "service_areas": ["community-safety", "fire-safety", "education-skills"],
        "areas": ["rhondda-cynon-taf", "merthyr-tydfil", "caerphilly"],
        "prevention_tier": "primary",
        "evidence_level": 2,
        "setup_cost": 10_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 0,
        "annual_non_cashable": 180_000,
        "non_cashable_note_en": "About 2,400 appliance hours a year freed",
        "non_cashable_note_cy": "",
        "start_date": "2015-02-02",
        "contact_name": "Arson Reduction team",
        "contact_email": "arson-reduction@example.org",
    },
    {
        "slug": "hospital-housing-coordinators-to-prevent-discharge-into-homelessness",
        "title_en": "Hospital housing coordinators to prevent discharge into homelessness",
        "title_cy": "Cydlynwyr tai mewn ysbytai i atal pobl rhag cael eu rhyddhau i ddigartrefedd",
        "summary_en": (
            "Council housing officers based in the hospital identify patients with nowhere safe to "
            "go when they are admitted, and arrange accommodation before they are medically ready "
            "to leave."
        ),
        "summary_cy": (
            "Mae swyddogion tai'r cyngor sydd wedi'u lleoli yn yr ysbyty yn nodi cleifion nad oes "
            "ganddynt unman diogel i fynd iddo pan gânt eu derbyn, ac yn trefnu llety cyn eu bod "
            "yn barod yn feddygol i adael."
        ),
        "problem_en": (
            "Patients who were homeless, or whose homes were unsuitable, stayed in hospital for "
            "weeks after they were ready to leave, or were discharged to the street and readmitted "
            "soon after. The housing service was usually contacted only on the day of discharge."
        ),
        "problem_cy": (
            "Roedd cleifion a oedd yn ddigartref, neu nad oedd eu cartrefi'n addas, yn aros yn yr "
            "ysbyty am wythnosau ar ôl iddynt fod yn barod i adael, neu'n cael eu rhyddhau i'r "
            "stryd ac yn cael eu derbyn eto yn fuan wedyn. Fel arfer, dim ond ar ddiwrnod y "
            "rhyddhau yr oedd y gwasanaeth tai yn cael gwybod."
        ),
        "approach_en": (
            "- Two housing coordinators based in the district general hospital, taking referrals "
            "from wards and the emergency department.\n"
            "- A housing question added to the admission checklist.\n"
            "- Access to a small number of step-down flats with floating support.\n"
            "- Links with the county voluntary council's befriending and furniture schemes."
        ),
        "approach_cy": (
            "- Dau gydlynydd tai wedi'u lleoli yn yr ysbyty cyffredinol dosbarth, yn derbyn "
            "atgyfeiriadau gan wardiau a'r adran achosion brys.\n"
            "- Cwestiwn am dai wedi'i ychwanegu at y rhestr wirio wrth dderbyn cleifion.\n"
            "- Mynediad at nifer fach o fflatiau camu i lawr gyda chymorth symudol.\n"
            "- Cysylltiadau â chynlluniau cyfeillio a dodrefn y cyngor gwirfoddol sirol."
        ),
        "outcomes_en": (
            "- 410 patients helped in the first year.\n"
            "- Delayed days for homeless patients fell from an average of 19 to 6.\n"
            "- Emergency readmissions within 30 days in this group halved.\n"
            "- About 5,300 bed days a year freed.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": (
            "- Cafodd 410 o gleifion help yn y flwyddyn gyntaf.\n"
            "- Gostyngodd nifer cyfartalog y diwrnodau o oedi i gleifion digartref o 19 i 6.\n"
            "- Haneriodd nifer yr aildderbyniadau brys o fewn 30 diwrnod yn y grŵp hwn.\n"
            "- Tua 5,300 o ddiwrnodau gwely y flwyddyn wedi'u rhyddhau.\n"
            "\n"
            "*Ffigurau enghreifftiol at ddibenion arddangos yn unig.*"
        ),
        "adoption_needs_en": (
            "- **Staff:** two housing officers, seconded from the council's housing options team.\n"
            "- **Data:** a flag on the patient administration system and a shared referral log.\n"
            "- **Money:** about £95,000 a year for staff and £60,000 a year for step-down support; "
            "housing support grant can contribute.\n"
            "- **Governance:** a joint protocol between the health board and the council's housing "
            "service; an information-sharing agreement."
        ),
        "adoption_needs_cy": (
            "- **Staff:** dau swyddog tai, wedi'u secondio o dîm opsiynau tai'r cyngor.\n"
            "- **Data:** baner ar y system gweinyddu cleifion a log atgyfeirio a rennir.\n"
            "- **Arian:** tua £95,000 y flwyddyn ar gyfer staff a £60,000 y flwyddyn ar gyfer "
            "cymorth camu i lawr; gall y grant cymorth tai gyfrannu.\n"
            "- **Llywodraethu:** protocol ar y cyd rhwng y bwrdd iechyd a gwasanaeth tai'r cyngor; "
            "cytundeb rhannu gwybodaeth."
        ),
        "lead": "cwm-taf-morgannwg-university-health-board",
        "partners": [
            ("rhondda-cynon-taf-county-borough-council", "joint_lead"),
            ("interlink-rct", "community"),
        ],
        "service_areas": ["homelessness", "hospital-discharge"],
        "areas": ["rhondda-cynon-taf"],
        "prevention_tier": "secondary",
        "evidence_level": 2,
        "setup_cost": 30_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 0,
        "annual_non_cashable": 1_800_000,
        "non_cashable_note_en": "About 5,300 bed days a year freed",
        "non_cashable_note_cy": "Tua 5,300 o ddiwrnodau gwely y flwyddyn wedi'u rhyddhau",
        "start_date": "2021-06-01",
        "contact_name": "Hospital Housing team",
        "contact_email": "hospital-housing@example.org",
    },
    {
        "slug": "shared-drone-capability-for-police-and-fire-searches",
        "title_en": "Shared drone capability for police and fire searches",
        "title_cy": "",
        "summary_en": (
            "The police force and the fire and rescue service share a fleet of drones and trained "
            "pilots for missing person searches, fires and road collisions."
        ),
        "summary_cy": "",
        "problem_en": (
            "Searching rural hills, forests and coastline for missing people took many officers "
            "and hours, and the national police helicopter was often unavailable or grounded by "
            "weather. The police force and the fire and rescue service were each planning to buy "
            "drones and train pilots separately."
        ),
        "problem_cy": "",
        "approach_en": (
            "- A single fleet of drones with thermal cameras, based at four stations across the "
            "area.\n"
            "- Pilots drawn from both services, trained together and on one call-out rota.\n"
            "- Common procedures for flight safety, image capture, retention and deletion.\n"
            "- Drones also used for fire investigation and to survey flooding and road collisions."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- Average search time for missing people in rural areas down by a third.\n"
            "- About 3,000 officer hours a year freed from search teams.\n"
            "- £70,000 a year cashable savings from avoiding duplicate equipment, maintenance and "
            "training.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** about 20 trained pilots across the two services, with refresher training "
            "twice a year.\n"
            "- **Data:** flight logs and a policy on retaining and deleting images.\n"
            "- **Money:** about £120,000 set-up for drones, cameras and training.\n"
            "- **Governance:** a memorandum of understanding, civil aviation permissions and a "
            "privacy impact assessment."
        ),
        "adoption_needs_cy": "",
        "lead": "dyfed-powys-police",
        "partners": [
            ("mid-and-west-wales-fire-and-rescue-service", "joint_lead"),
        ],
        "service_areas": ["emergency-response"],
        "areas": None,
        "prevention_tier": "acute",
        "evidence_level": 1,
        "setup_cost": 120_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 70_000,
        "annual_non_cashable": 110_000,
        "non_cashable_note_en": "About 3,000 officer hours a year freed from searches",
        "non_cashable_note_cy": "",
        "start_date": "2018-03-01",
        "contact_name": "Joint Drone Unit",
        "contact_email": "drone-unit@example.org",
    },
    {
        "slug": "part-time-nursing-degree-for-healthcare-support-workers-in-rural-areas",
        "title_en": "Part-time nursing degree for healthcare support workers in rural areas",
        "title_cy": "Gradd nyrsio ran-amser i weithwyr cymorth gofal iechyd mewn ardaloedd gwledig",
        "summary_en": (
            "Healthcare support workers study for a nursing degree part-time while keeping their "
            "salary and working in their local hospital or community team, filling posts that are "
            "hard to recruit to."
        ),
        "summary_cy": (
            "Mae gweithwyr cymorth gofal iechyd yn astudio ar gyfer gradd nyrsio'n rhan-amser gan "
            "gadw eu cyflog a pharhau i weithio yn eu hysbyty lleol neu eu tîm cymunedol, gan "
            "lenwi swyddi sy'n anodd recriwtio iddynt."
        ),
        "problem_en": (
            "Rural community hospitals and district nursing teams had vacancy rates above 15% and "
            "relied on agency nurses. Local people who wanted to train could not afford to give up "
            "work or to travel to a university campus."
        ),
        "problem_cy": (
            "Roedd cyfraddau swyddi gwag dros 15% mewn ysbytai cymunedol gwledig a thimau nyrsio "
            "ardal, ac roeddent yn dibynnu ar nyrsys asiantaeth. Nid oedd pobl leol a oedd am "
            "hyfforddi yn gallu fforddio rhoi'r gorau i'w gwaith na theithio i gampws prifysgol."
        ),
        "approach_en": (
            "- A four-year part-time degree delivered mostly online, with local placements.\n"
            "- Salary protected and backfill funded while students study.\n"
            "- Practice educators in each locality to support students on placement.\n"
            "- Students commit to working in the area for two years after qualifying.\n"
            "- The course designed with the Royal College of Nursing and local staff "
            "representatives."
        ),
        "approach_cy": (
            "- Gradd ran-amser pedair blynedd a ddarperir ar-lein yn bennaf, gyda lleoliadau "
            "lleol.\n"
            "- Cyflog wedi'i ddiogelu a chyllid ar gyfer staff llenwi tra bo myfyrwyr yn astudio.\n"
            "- Addysgwyr ymarfer ym mhob ardal leol i gefnogi myfyrwyr ar leoliad.\n"
            "- Myfyrwyr yn ymrwymo i weithio yn yr ardal am ddwy flynedd ar ôl cymhwyso.\n"
            "- Y cwrs wedi'i gynllunio gyda'r Coleg Nyrsio Brenhinol a chynrychiolwyr staff lleol."
        ),
        "outcomes_en": (
            "- 64 support workers enrolled in the first three intakes; 91% still on the course or "
            "qualified.\n"
            "- 38 registered nurses qualified and working locally.\n"
            "- Agency nursing spend in the participating areas down by £610,000 a year.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": (
            "- 64 o weithwyr cymorth wedi cofrestru yn y tair carfan gyntaf; 91% yn dal ar y cwrs "
            "neu wedi cymhwyso.\n"
            "- 38 o nyrsys cofrestredig wedi cymhwyso ac yn gweithio'n lleol.\n"
            "- Gwariant ar nyrsys asiantaeth yn yr ardaloedd sy'n cymryd rhan wedi gostwng "
            "£610,000 y flwyddyn.\n"
            "\n"
            "*Ffigurau enghreifftiol at ddibenion arddangos yn unig.*"
        ),
        "adoption_needs_en": (
            "- **Staff:** practice educators (about one for every 10 students) and managers "
            "willing to release staff for study.\n"
            "- **Data:** vacancy and agency-spend data by team, to target places.\n"
            "- **Money:** about £28,000 a year for each student for backfill and fees, largely "
            "offset by lower agency spend.\n"
            "- **Governance:** a learning agreement with each student, a partnership with a "
            "university, and workforce planning through the health board."
        ),
        "adoption_needs_cy": (
            "- **Staff:** addysgwyr ymarfer (tua un i bob 10 myfyriwr) a rheolwyr sy'n barod i "
            "ryddhau staff i astudio.\n"
            "- **Data:** data am swyddi gwag a gwariant ar staff asiantaeth fesul tîm, i dargedu "
            "lleoedd.\n"
            "- **Arian:** tua £28,000 y flwyddyn i bob myfyriwr ar gyfer staff llenwi a ffioedd, "
            "wedi'i wrthbwyso'n bennaf gan wariant is ar staff asiantaeth.\n"
            "- **Llywodraethu:** cytundeb dysgu gyda phob myfyriwr, partneriaeth gyda phrifysgol, "
            "a chynllunio'r gweithlu drwy'r bwrdd iechyd."
        ),
        "lead": "health-education-and-improvement-wales",
        "partners": [
            ("hywel-dda-university-health-board", "delivery"),
            ("powys-teaching-health-board", "delivery"),
            ("royal-college-of-nursing-wales", "workforce"),
        ],
        "service_areas": ["workforce", "district-nursing", "education-skills"],
        "areas": None,
        "prevention_tier": "primary",
        "evidence_level": 2,
        "setup_cost": 120_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 610_000,
        "annual_non_cashable": 0,
        "non_cashable_note_en": "",
        "non_cashable_note_cy": "",
        "start_date": "2019-09-02",
        "contact_name": "Nursing Workforce Development team",
        "contact_email": "nursing-workforce@example.org",
    },
    {
        "slug": "shared-blue-light-estate-for-police-fire-and-ambulance",
        "title_en": "Shared blue light estate for police, fire and ambulance",
        "title_cy": "",
        "summary_en": (
            "Police, fire and ambulance services share stations and training facilities, disposing "
            "of surplus buildings and reducing running costs."
        ),
        "summary_cy": "",
        "problem_en": (
            "The three emergency services each held ageing buildings in the same towns, many "
            "under-used and needing costly repairs. Each service planned its estate separately."
        ),
        "problem_cy": "",
        "approach_en": (
            "- A joint estate review covering every building held by the three services in the "
            "area.\n"
            "- Six co-located stations, with shared rest facilities, training rooms and vehicle "
            "maintenance.\n"
            "- Surplus buildings sold or transferred to community use.\n"
            "- A joint estates board to plan future investment together."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- £380,000 a year cashable savings in running costs.\n"
            "- £2.6 million one-off capital receipts from disposals.\n"
            "- Ambulance response cover improved by basing vehicles at better-placed fire "
            "stations.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** estates staff from each service and a programme manager.\n"
            "- **Data:** a shared register of buildings, condition and running costs.\n"
            "- **Money:** about £1.5 million for adaptations to shared sites.\n"
            "- **Governance:** a joint estates board and agreements for each shared building, "
            "signed by each body."
        ),
        "adoption_needs_cy": "",
        "lead": "gwent-police",
        "partners": [
            ("south-wales-fire-and-rescue-service", "joint_lead"),
            ("welsh-ambulance-services-university-nhs-trust", "delivery"),
        ],
        "service_areas": ["procurement-assets"],
        "areas": ["caerphilly", "blaenau-gwent", "torfaen", "monmouthshire", "newport"],
        "prevention_tier": "acute",
        "evidence_level": 2,
        "setup_cost": 1_500_000,
        "one_off_cashable": 2_600_000,
        "one_off_non_cashable": 0,
        "annual_cashable": 380_000,
        "annual_non_cashable": 0,
        "non_cashable_note_en": "",
        "non_cashable_note_cy": "",
        "start_date": "2013-11-01",
        "contact_name": "Joint Estates Board",
        "contact_email": "joint-estates@example.org",
    },
    {
        "slug": "read-only-access-to-the-shared-health-record-for-council-social-workers",
        "title_en": "Read-only access to the shared health record for council social workers",
        "title_cy": (
            "Mynediad darllen yn unig at y cofnod iechyd a rennir ar gyfer gweithwyr cymdeithasol "
            "y cyngor"
        ),
        "summary_en": (
            "Social workers in hospital and community teams can view relevant parts of a person's "
            "health record, such as recent discharges, medication and test results, without "
            "phoning ward staff."
        ),
        "summary_cy": (
            "Gall gweithwyr cymdeithasol mewn timau ysbyty a thimau cymunedol weld rhannau "
            "perthnasol o gofnod iechyd unigolyn, fel achosion diweddar o ryddhau o'r ysbyty, "
            "meddyginiaeth a chanlyniadau profion, heb ffonio staff y ward."
        ),
        "problem_en": (
            "Social workers planning care after a hospital stay spent hours phoning wards and GP "
            "surgeries for basic information, and sometimes planned care on out-of-date facts. "
            "Nurses were interrupted by calls from several agencies about the same patient."
        ),
        "problem_cy": (
            "Roedd gweithwyr cymdeithasol a oedd yn cynllunio gofal ar ôl arhosiad yn yr ysbyty yn "
            "treulio oriau'n ffonio wardiau a meddygfeydd am wybodaeth sylfaenol, ac weithiau'n "
            "cynllunio gofal ar sail ffeithiau a oedd wedi dyddio. Roedd nyrsys yn cael eu tarfu "
            "gan alwadau gan sawl asiantaeth am yr un claf."
        ),
        "approach_en": (
            "- A role-based view of the national clinical portal, limited to the information "
            "needed for care planning.\n"
            "- Access given only to trained staff with a legitimate relationship with the person.\n"
            "- Every access logged and audited monthly.\n"
            "- A pilot with two councils before wider roll-out."
        ),
        "approach_cy": (
            "- Golwg ar sail rôl ar y porth clinigol cenedlaethol, wedi'i chyfyngu i'r wybodaeth "
            "sydd ei hangen ar gyfer cynllunio gofal.\n"
            "- Mynediad yn cael ei roi dim ond i staff hyfforddedig sydd â pherthynas ddilys â'r "
            "unigolyn.\n"
            "- Pob mynediad yn cael ei gofnodi a'i archwilio bob mis.\n"
            "- Cynllun peilot gyda dau gyngor cyn ei gyflwyno'n ehangach."
        ),
        "outcomes_en": (
            "- Social workers saved an average of 2.5 hours on each hospital discharge case.\n"
            "- About 7,500 social worker hours a year freed across the two pilot councils.\n"
            "- No inappropriate access found in 12 monthly audits.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": (
            "- Arbedodd gweithwyr cymdeithasol 2.5 awr ar gyfartaledd ar bob achos o ryddhau o'r "
            "ysbyty.\n"
            "- Tua 7,500 o oriau gweithwyr cymdeithasol y flwyddyn wedi'u rhyddhau ar draws y ddau "
            "gyngor peilot.\n"
            "- Ni chanfuwyd unrhyw fynediad amhriodol mewn 12 archwiliad misol.\n"
            "\n"
            "*Ffigurau enghreifftiol at ddibenion arddangos yn unig.*"
        ),
        "adoption_needs_en": (
            "- **Staff:** an information governance lead in the council and half a day's training "
            "for each user.\n"
            "- **Data:** user accounts linked to the national identity service; an access audit "
            "report.\n"
            "- **Money:** about £35,000 per council for set-up and training; no licence cost.\n"
            "- **Governance:** an information-sharing protocol under the Wales Accord on the "
            "Sharing of Personal Information, and a data protection impact assessment."
        ),
        "adoption_needs_cy": (
            "- **Staff:** arweinydd llywodraethu gwybodaeth yn y cyngor a hanner diwrnod o "
            "hyfforddiant i bob defnyddiwr.\n"
            "- **Data:** cyfrifon defnyddwyr sy'n gysylltiedig â'r gwasanaeth hunaniaeth "
            "cenedlaethol; adroddiad archwilio mynediad.\n"
            "- **Arian:** tua £35,000 i bob cyngor ar gyfer sefydlu a hyfforddiant; dim cost "
            "trwydded.\n"
            "- **Llywodraethu:** protocol rhannu gwybodaeth o dan Gytundeb Cymru ar gyfer Rhannu "
            "Gwybodaeth Bersonol, ac asesiad o'r effaith ar ddiogelu data."
        ),
        "lead": "digital-health-and-care-wales",
        "partners": [
            ("swansea-council", "delivery"),
            ("neath-port-talbot-council", "delivery"),
            ("swansea-bay-university-health-board", "delivery"),
        ],
        "service_areas": ["digital-data", "hospital-discharge"],
        "areas": ["swansea", "neath-port-talbot"],
        "prevention_tier": "tertiary",
        "evidence_level": 2,
        "setup_cost": 70_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 0,
        "annual_non_cashable": 290_000,
        "non_cashable_note_en": "About 7,500 social worker hours a year freed",
        "non_cashable_note_cy": (
            "Tua 7,500 o oriau gweithwyr cymdeithasol y flwyddyn wedi'u rhyddhau"
        ),
        "start_date": "2023-03-01",
        "contact_name": "Social Care Digital team",
        "contact_email": "social-care-digital@example.org",
    },
    {
        "slug": "problem-solving-partnerships-in-neighbourhood-policing",
        "title_en": "Problem-solving partnerships in neighbourhood policing",
        "title_cy": "",
        "summary_en": (
            "Neighbourhood officers and council staff work together on the causes of repeat calls "
            "at particular places, using a structured problem-solving method rather than "
            "responding call by call."
        ),
        "summary_cy": "",
        "problem_en": (
            "A small number of locations, often town-centre streets and a few housing estates, "
            "generated a large share of calls about antisocial behaviour. Each call was handled "
            "separately, with little lasting change."
        ),
        "problem_cy": "",
        "approach_en": (
            "- Monthly analysis to identify the locations with the most repeat demand.\n"
            "- Joint problem-solving plans with council housing, environmental health and youth "
            "services.\n"
            "- Community meetings to agree priorities with residents.\n"
            "- Evaluation of each plan against a comparison area."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- Antisocial behaviour calls at target locations down 34%, compared with 8% at "
            "comparison locations.\n"
            "- About 5,000 officer hours a year freed.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** training in problem-solving for neighbourhood officers and council "
            "partners.\n"
            "- **Data:** call and incident data mapped by location.\n"
            "- **Money:** low set-up costs; small budget for environmental works.\n"
            "- **Governance:** oversight through the community safety partnership."
        ),
        "adoption_needs_cy": "",
        "lead": "north-wales-police",
        "partners": [
            ("conwy-county-borough-council", "delivery"),
            ("denbighshire-county-council", "delivery"),
        ],
        "service_areas": ["neighbourhood-policing"],
        "areas": ["conwy", "denbighshire"],
        "prevention_tier": "secondary",
        "evidence_level": 3,
        "setup_cost": 20_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 0,
        "annual_non_cashable": 200_000,
        "non_cashable_note_en": "About 5,000 officer hours a year freed",
        "non_cashable_note_cy": "",
        "start_date": "2019-04-01",
        "contact_name": "Neighbourhood Policing team",
        "contact_email": "neighbourhood-policing@example.org",
    },
    {
        "slug": "joint-wildfire-prevention-and-land-management-with-the-national-park",
        "title_en": "Joint wildfire prevention and land management with the national park",
        "title_cy": "Atal tanau gwyllt a rheoli tir ar y cyd gyda'r parc cenedlaethol",
        "summary_en": (
            "Fire crews, national park wardens and landowners plan controlled burning and "
            "firebreaks together, and share a seasonal wildfire risk map."
        ),
        "summary_cy": (
            "Mae criwiau tân, wardeiniaid y parc cenedlaethol a thirfeddianwyr yn cynllunio llosgi "
            "dan reolaeth a llinellau atal tân gyda'i gilydd, ac yn rhannu map tymhorol o risg "
            "tanau gwyllt."
        ),
        "problem_en": (
            "Large grass and heather fires in spring tied up crews for days, damaged peat and "
            "habitats, and put homes at risk. Some started from controlled burns that got out of "
            "hand, others from visitors."
        ),
        "problem_cy": (
            "Roedd tanau glaswellt a grug mawr yn y gwanwyn yn cadw criwiau'n brysur am ddyddiau, "
            "yn difrodi mawn a chynefinoedd, ac yn peryglu cartrefi. Roedd rhai wedi dechrau wrth "
            "i losgi dan reolaeth fynd allan o reolaeth, ac eraill wedi'u hachosi gan ymwelwyr."
        ),
        "approach_en": (
            "- A wildfire group of the fire service, the national park authority, landowners and "
            "natural resources staff.\n"
            "- Burn plans registered with the fire service, with crews attending higher-risk burns "
            "as training.\n"
            "- Firebreaks cut by volunteers and contractors at priority sites.\n"
            "- Seasonal messages to visitors in Welsh and English at car parks and online."
        ),
        "approach_cy": (
            "- Grŵp tanau gwyllt sy'n cynnwys y gwasanaeth tân, awdurdod y parc cenedlaethol, "
            "tirfeddianwyr a staff adnoddau naturiol.\n"
            "- Cynlluniau llosgi'n cael eu cofrestru gyda'r gwasanaeth tân, a chriwiau'n mynychu "
            "llosgiadau risg uwch fel hyfforddiant.\n"
            "- Llinellau atal tân yn cael eu torri gan wirfoddolwyr a chontractwyr mewn safleoedd "
            "blaenoriaeth.\n"
            "- Negeseuon tymhorol i ymwelwyr yn Gymraeg ac yn Saesneg mewn meysydd parcio ac "
            "ar-lein."
        ),
        "outcomes_en": (
            "- The area burned by wildfire fell by 60% over four seasons.\n"
            "- About 1,800 crew hours a year freed.\n"
            "- No uncontrolled fires from registered burn plans.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": (
            "- Gostyngodd yr arwynebedd a losgwyd gan danau gwyllt 60% dros bedwar tymor.\n"
            "- Tua 1,800 o oriau criw y flwyddyn wedi'u rhyddhau.\n"
            "- Dim tanau heb reolaeth o gynlluniau llosgi cofrestredig.\n"
            "\n"
            "*Ffigurau enghreifftiol at ddibenion arddangos yn unig.*"
        ),
        "adoption_needs_en": (
            "- **Staff:** a wildfire lead in the fire service and time from wardens and crews.\n"
            "- **Data:** a shared map of burn plans, fire history and vulnerable sites.\n"
            "- **Money:** about £25,000 a year for firebreak work and signs.\n"
            "- **Governance:** a memorandum of understanding between the partners and agreement "
            "with the Fire Brigades Union on crews attending planned burns."
        ),
        "adoption_needs_cy": (
            "- **Staff:** arweinydd tanau gwyllt yn y gwasanaeth tân ac amser gan wardeiniaid a "
            "chriwiau.\n"
            "- **Data:** map a rennir o gynlluniau llosgi, hanes tanau a safleoedd sy'n agored i "
            "niwed.\n"
            "- **Arian:** tua £25,000 y flwyddyn ar gyfer gwaith ar linellau atal tân ac "
            "arwyddion.\n"
            "- **Llywodraethu:** memorandwm cyd-ddealltwriaeth rhwng y partneriaid a chytundeb "
            "gydag Undeb y Brigadau Tân ynghylch criwiau'n mynychu llosgiadau wedi'u cynllunio."
        ),
        "lead": "north-wales-fire-and-rescue-service",
        "partners": [
            ("eryri-national-park-authority", "joint_lead"),
            ("fire-brigades-union-wales", "workforce"),
        ],
        "service_areas": ["fire-safety", "emergency-response", "environment-waste"],
        "areas": ["eryri", "gwynedd", "conwy"],
        "prevention_tier": "primary",
        "evidence_level": 2,
        "setup_cost": 8_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 0,
        "annual_non_cashable": 95_000,
        "non_cashable_note_en": "About 1,800 crew hours a year freed",
        "non_cashable_note_cy": "Tua 1,800 o oriau criw y flwyddyn wedi'u rhyddhau",
        "start_date": "2016-02-01",
        "contact_name": "Wildfire Reduction group",
        "contact_email": "wildfire@example.org",
    },
    {
        "slug": "green-social-prescribing-walks-in-the-national-park",
        "title_en": "Green social prescribing walks in the national park",
        "title_cy": "",
        "summary_en": (
            "GPs and community connectors refer people with low mood, loneliness or long-term "
            "conditions to weekly guided walks and conservation volunteering in the national park."
        ),
        "summary_cy": "",
        "problem_en": (
            "Many people in rural communities with low mood, loneliness or long-term conditions "
            "had little access to structured activity, even though they lived close to the "
            "national park. GPs had few options to offer between medication and a long wait for "
            "talking therapies."
        ),
        "problem_cy": "",
        "approach_en": (
            "- Weekly guided walks of graded difficulty from villages around the park, led by "
            "trained walk leaders.\n"
            "- Conservation volunteering, such as hedge-laying and tree planting, for those who "
            "want more.\n"
            "- Referral through GPs, community connectors and self-referral.\n"
            "- Transport for people who live away from bus routes, arranged with community "
            "transport schemes."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- About 400 people referred a year; 70% attended at least six walks.\n"
            "- 65% reported improved wellbeing after 12 weeks.\n"
            "- Participants reported visiting their GP less often; an estimated 1,000 GP "
            "appointments a year freed.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** a coordinator and about 15 volunteer walk leaders with first aid "
            "training.\n"
            "- **Data:** simple wellbeing measures at the start and after 12 weeks.\n"
            "- **Money:** about £40,000 a year, jointly funded by the park authority and the "
            "health board.\n"
            "- **Governance:** a referral agreement with the health board and a risk assessment "
            "for each route."
        ),
        "adoption_needs_cy": "",
        "lead": "bannau-brycheiniog-national-park-authority",
        "partners": [
            ("powys-association-of-voluntary-organisations", "delivery"),
            ("powys-teaching-health-board", "funder"),
        ],
        "service_areas": ["healthy-lifestyles", "mental-health", "culture-leisure"],
        "areas": ["bannau-brycheiniog", "powys"],
        "prevention_tier": "primary",
        "evidence_level": 2,
        "setup_cost": 10_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 0,
        "annual_non_cashable": 35_000,
        "non_cashable_note_en": "About 1,000 GP appointments a year freed",
        "non_cashable_note_cy": "",
        "start_date": "2021-05-04",
        "contact_name": "Health and Wellbeing team",
        "contact_email": "health-walks@example.org",
    },
    {
        "slug": "single-front-door-for-wellbeing-enquiries",
        "title_en": "Single front door for wellbeing enquiries",
        "title_cy": "Un drws ffrynt ar gyfer ymholiadau llesiant",
        "summary_en": (
            "One team answers all first contacts about the wellbeing of adults and children, "
            "resolves most with advice or a link to community support, and passes to social "
            "workers only those who need an assessment."
        ),
        "summary_cy": (
            "Mae un tîm yn ateb pob cyswllt cyntaf am lesiant oedolion a phlant, yn datrys y rhan "
            "fwyaf drwy roi cyngor neu gysylltu pobl â chymorth cymunedol, ac yn trosglwyddo i "
            "weithwyr cymdeithasol dim ond y rhai sydd angen asesiad."
        ),
        "problem_en": (
            "Separate duty teams for adults, children and early help each took calls, and many "
            "people were passed from one to another. Social workers spent much of their time on "
            "enquiries that needed only information or a referral to a local group."
        ),
        "problem_cy": (
            "Roedd timau dyletswydd ar wahân ar gyfer oedolion, plant a chymorth cynnar yn derbyn "
            "galwadau, ac roedd llawer o bobl yn cael eu trosglwyddo o un i'r llall. Roedd "
            "gweithwyr cymdeithasol yn treulio llawer o'u hamser ar ymholiadau nad oedd angen dim "
            "mwy na gwybodaeth neu atgyfeiriad at grŵp lleol."
        ),
        "approach_en": (
            "- One phone number, email address and online form, available in Welsh and English.\n"
            "- Wellbeing officers trained in 'what matters' conversations, with a social worker on "
            "every shift.\n"
            "- A directory of community support kept up to date with the county voluntary "
            "council.\n"
            "- A follow-up call after two weeks for people given advice only."
        ),
        "approach_cy": (
            "- Un rhif ffôn, un cyfeiriad e-bost ac un ffurflen ar-lein, ar gael yn Gymraeg ac yn "
            "Saesneg.\n"
            "- Swyddogion llesiant wedi'u hyfforddi i gynnal sgyrsiau 'beth sy'n bwysig', gyda "
            "gweithiwr cymdeithasol ar bob shifft.\n"
            "- Cyfeiriadur o gymorth cymunedol sy'n cael ei gadw'n gyfredol gyda'r cyngor "
            "gwirfoddol sirol.\n"
            "- Galwad ddilynol ar ôl pythefnos i bobl a gafodd gyngor yn unig."
        ),
        "outcomes_en": (
            "- 68% of contacts resolved at the first point of contact, up from 35%.\n"
            "- Referrals for statutory assessment down 29%.\n"
            "- About 4,000 social worker hours a year freed; £120,000 a year cashable savings from "
            "using fewer agency social workers.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": (
            "- 68% o gysylltiadau wedi'u datrys yn y pwynt cyswllt cyntaf, i fyny o 35%.\n"
            "- Gostyngodd atgyfeiriadau ar gyfer asesiad statudol 29%.\n"
            "- Tua 4,000 o oriau gweithwyr cymdeithasol y flwyddyn wedi'u rhyddhau; £120,000 y "
            "flwyddyn o arbedion arian parod drwy ddefnyddio llai o weithwyr cymdeithasol "
            "asiantaeth.\n"
            "\n"
            "*Ffigurau enghreifftiol at ddibenion arddangos yn unig.*"
        ),
        "adoption_needs_en": (
            "- **Staff:** about 10 wellbeing officers and a senior practitioner for a county of "
            "70,000 people; bilingual staff.\n"
            "- **Data:** one contact record shared across the adults' and children's systems; an "
            "up-to-date community directory.\n"
            "- **Money:** about £80,000 set-up for telephony and training.\n"
            "- **Governance:** agreement of the heads of adult and children's services, clear "
            "thresholds, and review by the regional partnership board."
        ),
        "adoption_needs_cy": (
            "- **Staff:** tua 10 swyddog llesiant ac uwch-ymarferydd ar gyfer sir o 70,000 o bobl; "
            "staff dwyieithog.\n"
            "- **Data:** un cofnod cyswllt a rennir ar draws systemau oedolion a phlant; "
            "cyfeiriadur cymunedol cyfredol.\n"
            "- **Arian:** tua £80,000 o gostau sefydlu ar gyfer teleffoni a hyfforddiant.\n"
            "- **Llywodraethu:** cytundeb penaethiaid y gwasanaethau oedolion a phlant, trothwyon "
            "clir, ac adolygiad gan y bwrdd partneriaeth rhanbarthol."
        ),
        "lead": "ceredigion-county-council",
        "partners": [
            ("ceredigion-association-of-voluntary-organisations", "community"),
            ("hywel-dda-university-health-board", "delivery"),
        ],
        "service_areas": ["customer-services", "family-support", "adult-social-care"],
        "areas": None,
        "prevention_tier": "primary",
        "evidence_level": 2,
        "setup_cost": 80_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 120_000,
        "annual_non_cashable": 160_000,
        "non_cashable_note_en": "About 4,000 social worker hours a year freed",
        "non_cashable_note_cy": (
            "Tua 4,000 o oriau gweithwyr cymdeithasol y flwyddyn wedi'u rhyddhau"
        ),
        "start_date": "2017-07-03",
        "contact_name": "Wellbeing Front Door team",
        "contact_email": "front-door@example.org",
    },
    {
        "slug": "national-recruitment-campaign-and-careers-portal-for-social-care",
        "title_en": "National recruitment campaign and careers portal for social care",
        "title_cy": "",
        "summary_en": (
            "Councils share one recruitment campaign and jobs portal for social care, with a "
            "common values-based application process."
        ),
        "summary_cy": "",
        "problem_en": (
            "Councils and care providers competed for the same small pool of care workers with "
            "separate, short-lived campaigns. Vacancy rates in home care were high, applicants "
            "found the process slow, and many new starters left in their first three months."
        ),
        "problem_cy": "",
        "approach_en": (
            "- One national campaign, in Welsh and English, showing real care workers and the "
            "difference the job makes.\n"
            "- A single jobs portal for council and independent care vacancies, searchable by "
            "area.\n"
            "- A common values-based application form and guaranteed interviews for applicants who "
            "meet the basic criteria.\n"
            "- A shared induction programme so that new starters can begin work sooner.\n"
            "- Trade unions involved in the campaign's messages on pay, training and career routes."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- 3,200 applications through the portal in the first year.\n"
            "- Average time to fill a care vacancy down from 9 weeks to 5.\n"
            "- Leavers in the first three months down from 31% to 22% among portal recruits.\n"
            "- About 12,000 hours a year of recruitment staff time freed across councils.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** a recruitment lead in each council and a small national campaign team.\n"
            "- **Data:** vacancy and turnover data from councils and providers.\n"
            "- **Money:** about £250,000 set-up for the campaign and portal; an annual "
            "subscription from councils.\n"
            "- **Governance:** a national steering group of councils, providers and trade unions."
        ),
        "adoption_needs_cy": "",
        "lead": "welsh-local-government-association",
        "partners": [
            ("gmb-wales-and-south-west", "workforce"),
            ("unison-cymru-wales", "workforce"),
        ],
        "service_areas": ["workforce", "adult-social-care"],
        "areas": ["wales"],
        "prevention_tier": "primary",
        "evidence_level": 1,
        "setup_cost": 250_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 0,
        "annual_non_cashable": 400_000,
        "non_cashable_note_en": "About 12,000 recruitment staff hours a year freed",
        "non_cashable_note_cy": "",
        "start_date": "2023-01-09",
        "contact_name": "Workforce team",
        "contact_email": "social-care-recruitment@example.org",
    },
    {
        "slug": "dementia-friendly-sessions-in-council-leisure-centres",
        "title_en": "Dementia-friendly sessions in council leisure centres",
        "title_cy": "Sesiynau sy'n deall dementia mewn canolfannau hamdden y cyngor",
        "summary_en": (
            "Weekly swimming, walking football and chair exercise sessions for people living with "
            "dementia and their carers, run in Welsh and English by trained leisure staff with "
            "volunteers."
        ),
        "summary_cy": (
            "Sesiynau wythnosol o nofio, pêl-droed cerdded ac ymarfer corff mewn cadair i bobl "
            "sy'n byw gyda dementia a'u gofalwyr, a gynhelir yn Gymraeg ac yn Saesneg gan staff "
            "hamdden hyfforddedig a gwirfoddolwyr."
        ),
        "problem_en": (
            "People living with dementia often stop being active soon after diagnosis, which "
            "speeds decline and adds to the strain on unpaid carers. Leisure centres felt noisy "
            "and confusing, and staff lacked the confidence to help."
        ),
        "problem_cy": (
            "Mae pobl sy'n byw gyda dementia yn aml yn rhoi'r gorau i fod yn egnïol yn fuan ar ôl "
            "cael diagnosis, sy'n cyflymu dirywiad ac yn ychwanegu at y straen ar ofalwyr di-dâl. "
            "Roedd canolfannau hamdden yn teimlo'n swnllyd ac yn ddryslyd, ac nid oedd gan staff "
            "yr hyder i helpu."
        ),
        "approach_en": (
            "- All leisure staff given dementia awareness training; session leaders given a "
            "further day's training.\n"
            "- Quiet sessions at set times, with clear signs and a familiar welcome.\n"
            "- Carers attend free and stay for a cuppa and peer support afterwards.\n"
            "- Referrals from memory clinics and GP practices."
        ),
        "approach_cy": (
            "- Pob aelod o staff hamdden wedi cael hyfforddiant ymwybyddiaeth dementia; arweinwyr "
            "sesiynau wedi cael diwrnod arall o hyfforddiant.\n"
            "- Sesiynau tawel ar adegau penodol, gydag arwyddion clir a chroeso cyfarwydd.\n"
            "- Gofalwyr yn mynychu am ddim ac yn aros am baned a chymorth gan gymheiriaid wedyn.\n"
            "- Atgyfeiriadau gan glinigau cof a meddygfeydd."
        ),
        "outcomes_en": (
            "- 11 weekly sessions across the county with about 150 regular participants.\n"
            "- 82% of carers said the sessions helped them to keep caring.\n"
            "- Costs covered by a small charge and existing staff time; savings are non-cashable "
            "and not yet measured.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": (
            "- 11 o sesiynau wythnosol ar draws y sir gyda thua 150 o gyfranogwyr rheolaidd.\n"
            "- Dywedodd 82% o ofalwyr fod y sesiynau wedi'u helpu i barhau i ofalu.\n"
            "- Mae'r costau'n cael eu talu gan ffi fach ac amser staff presennol; arbedion nad "
            "ydynt yn arian parod yw'r arbedion, ac nid ydynt wedi'u mesur eto.\n"
            "\n"
            "*Ffigurau enghreifftiol at ddibenion arddangos yn unig.*"
        ),
        "adoption_needs_en": (
            "- **Staff:** dementia awareness for all leisure staff; one extra day's training for "
            "session leaders.\n"
            "- **Data:** simple attendance records and a short carer questionnaire twice a year.\n"
            "- **Money:** about £4,000 for training and equipment.\n"
            "- **Governance:** a referral agreement with memory clinics; safeguarding procedures "
            "for adults at risk."
        ),
        "adoption_needs_cy": (
            "- **Staff:** ymwybyddiaeth dementia i bob aelod o staff hamdden; diwrnod ychwanegol o "
            "hyfforddiant i arweinwyr sesiynau.\n"
            "- **Data:** cofnodion presenoldeb syml a holiadur byr i ofalwyr ddwywaith y "
            "flwyddyn.\n"
            "- **Arian:** tua £4,000 ar gyfer hyfforddiant ac offer.\n"
            "- **Llywodraethu:** cytundeb atgyfeirio gyda chlinigau cof; gweithdrefnau diogelu ar "
            "gyfer oedolion sy'n wynebu risg."
        ),
        "lead": "gwynedd-council",
        "partners": [
            ("mantell-gwynedd", "community"),
            ("betsi-cadwaladr-university-health-board", "delivery"),
        ],
        "service_areas": ["culture-leisure", "healthy-lifestyles", "unpaid-carers"],
        "areas": None,
        "prevention_tier": "primary",
        "evidence_level": 1,
        "setup_cost": 4_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 0,
        "annual_non_cashable": 0,
        "non_cashable_note_en": "",
        "non_cashable_note_cy": "",
        "start_date": "2018-01-15",
        "contact_name": "Leisure and Wellbeing service",
        "contact_email": "leisure@example.org",
    },
    {
        "slug": "shared-payroll-and-hr-transactions-service-for-smaller-public-bodies",
        "title_en": "Shared payroll and HR transactions service for smaller public bodies",
        "title_cy": "",
        "summary_en": (
            "Smaller devolved public bodies buy payroll, pensions administration and HR "
            "transactions from one shared service instead of each running its own system and team."
        ),
        "summary_cy": "",
        "problem_en": (
            "Several small public bodies, each with a few hundred staff, ran their own payroll "
            "systems with one or two specialist staff. They were exposed when those staff were "
            "absent, faced rising licence costs and each had to keep up with pension and tax "
            "changes on their own."
        ),
        "problem_cy": "",
        "approach_en": (
            "A shared service hosted by one body, with others joining in waves.\n"
            "\n"
            "- A single payroll and HR system configured once, with each body's own pay scales and "
            "approvals.\n"
            "- Employee and manager self-service for payslips, expenses and absence.\n"
            "- A service level agreement with monthly performance reporting.\n"
            "- Staff affected offered roles in the shared service, after consultation with the "
            "trade unions."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- Seven bodies using the service by the end of the second year.\n"
            "- £220,000 a year cashable savings in licences and staffing across those bodies.\n"
            "- Payroll accuracy of 99.8% and no missed pay runs.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** a transition lead in each joining body for about six months; payroll "
            "staff to validate data.\n"
            "- **Data:** clean employee records, pay scales and pension data.\n"
            "- **Money:** an onboarding fee of about £25,000 for each body and an annual charge "
            "per payslip.\n"
            "- **Governance:** a service agreement, a customer board of the member bodies, and "
            "consultation with the trade unions."
        ),
        "adoption_needs_cy": "",
        "lead": "welsh-government",
        "partners": [
            ("health-education-and-improvement-wales", "delivery"),
            ("unite-wales", "workforce"),
        ],
        "service_areas": ["finance-back-office", "workforce"],
        "areas": ["wales"],
        "prevention_tier": "acute",
        "evidence_level": 1,
        "setup_cost": 600_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 220_000,
        "annual_non_cashable": 0,
        "non_cashable_note_en": "",
        "non_cashable_note_cy": "",
        "start_date": "2025-04-01",
        "contact_name": "Shared Services programme",
        "contact_email": "shared-services@example.org",
    },
    {
        "slug": "volunteer-passport-recognised-across-public-and-voluntary-bodies",
        "title_en": "Volunteer passport recognised across public and voluntary bodies",
        "title_cy": "",
        "summary_en": (
            "Volunteers complete checks and core training once and carry a digital passport that "
            "any participating public or voluntary body accepts, so they can help in hospitals, "
            "libraries or community groups without repeating the same steps."
        ),
        "summary_cy": "",
        "problem_en": (
            "People who wanted to volunteer with more than one organisation had to repeat criminal "
            "record checks, safeguarding training and references each time, which took weeks. Many "
            "gave up, and organisations duplicated the cost."
        ),
        "problem_cy": "",
        "approach_en": (
            "- An agreed core: identity check, references, safeguarding, data protection and "
            "health and safety training.\n"
            "- A digital passport held by the volunteer and checked online by host organisations.\n"
            "- Host organisations add only the role-specific training they need.\n"
            "- County voluntary councils act as the local point of contact for volunteers and "
            "small groups."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- 2,600 passports issued in the first year.\n"
            "- Average time from application to first volunteering shift down from 7 weeks to 2.\n"
            "- About 4,000 hours a year of volunteer coordinators' time freed across participating "
            "bodies.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** a volunteer coordinator in each host organisation trained in the "
            "passport process.\n"
            "- **Data:** a secure passport register and consent from volunteers to share their "
            "record.\n"
            "- **Money:** about £90,000 set-up for the platform; small annual subscription per "
            "organisation.\n"
            "- **Governance:** an agreement between the host organisations on the common standard "
            "and its review."
        ),
        "adoption_needs_cy": "",
        "lead": "wales-council-for-voluntary-action",
        "partners": [
            ("cardiff-and-vale-university-health-board", "delivery"),
            ("cardiff-third-sector-council", "community"),
            ("glamorgan-voluntary-services", "community"),
        ],
        "service_areas": ["workforce", "culture-leisure"],
        "areas": ["wales"],
        "prevention_tier": "primary",
        "evidence_level": 1,
        "setup_cost": 90_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 6_000,
        "annual_non_cashable": 100_000,
        "non_cashable_note_en": "About 4,000 volunteer coordinator hours a year freed",
        "non_cashable_note_cy": "",
        "start_date": "2024-09-02",
        "contact_name": "Volunteering team",
        "contact_email": "volunteering@example.org",
    },
    {
        "slug": "union-learning-representatives-building-digital-skills-among-care-workers",
        "title_en": "Union learning representatives building digital skills among care workers",
        "title_cy": "",
        "summary_en": (
            "Trade union learning representatives run short, informal digital skills sessions for "
            "home care and residential care workers, so that they can use electronic care records, "
            "rostering apps and online training."
        ),
        "summary_cy": "",
        "problem_en": (
            "Councils were introducing electronic care records and mobile rostering, but many "
            "experienced care workers lacked confidence with smartphones and tablets. Some left "
            "rather than face the change, and others made recording errors."
        ),
        "problem_cy": "",
        "approach_en": (
            "- Union learning representatives trained to deliver bite-sized sessions in work "
            "time.\n"
            "- Sessions held in care homes and home care offices at shift changeovers.\n"
            "- Loan tablets and free data for practice at home.\n"
            "- Progress recognised through a short accredited digital skills certificate."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- 540 care workers completed the sessions in 18 months.\n"
            "- Recording errors on the new care record down 60% among participants.\n"
            "- About 1,200 hours a year of supervisors' time freed from correcting records.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** trained union learning representatives with agreed facility time.\n"
            "- **Data:** training records and simple error rates from the care record system.\n"
            "- **Money:** about £8,000 for tablets and data; learning materials from the union's "
            "own programme.\n"
            "- **Governance:** a learning agreement between the employer and the union."
        ),
        "adoption_needs_cy": "",
        "lead": "unison-cymru-wales",
        "partners": [
            ("carmarthenshire-county-council", "delivery"),
            ("wales-tuc", "delivery"),
        ],
        "service_areas": ["workforce", "digital-data", "care-homes"],
        "areas": ["carmarthenshire"],
        "prevention_tier": "primary",
        "evidence_level": 1,
        "setup_cost": 8_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 0,
        "annual_non_cashable": 30_000,
        "non_cashable_note_en": "About 1,200 supervisor hours a year freed",
        "non_cashable_note_cy": "",
        "start_date": "2022-02-07",
        "contact_name": "Union Learning team",
        "contact_email": "union-learning@example.org",
    },
    {
        "slug": "home-from-hospital-befriending-and-practical-support",
        "title_en": "Home from hospital befriending and practical support",
        "title_cy": "",
        "summary_en": (
            "Trained volunteers and a small paid team help older people settle back at home after "
            "a hospital stay: a welcome-home visit, shopping, prescriptions and regular phone "
            "calls for six weeks."
        ),
        "summary_cy": "",
        "problem_en": (
            "Older people who lived alone were sometimes kept in hospital because nobody could "
            "check they were coping at home, or were readmitted soon after discharge because of "
            "small practical problems such as an empty fridge or a cold house."
        ),
        "problem_cy": "",
        "approach_en": (
            "- Referrals from ward staff and discharge teams, accepted seven days a week.\n"
            "- A home check and welcome-home visit on the day of discharge, with basic shopping.\n"
            "- Weekly befriending calls or visits for up to six weeks.\n"
            "- Links to community groups, benefits advice and the council's reablement team."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- 780 people supported a year.\n"
            "- 30-day emergency readmissions among people supported were 9%, against 15% for "
            "similar patients discharged before the service began.\n"
            "- About 1,300 bed days a year freed.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** a coordinator, two support workers and about 40 active volunteers.\n"
            "- **Data:** referral and outcome records shared with the discharge team with "
            "consent.\n"
            "- **Money:** about £130,000 a year, funded jointly by the health board and councils.\n"
            "- **Governance:** a service agreement with the health board; volunteer safeguarding "
            "and training."
        ),
        "adoption_needs_cy": "",
        "lead": "gwent-association-of-voluntary-organisations",
        "partners": [
            ("aneurin-bevan-university-health-board", "funder"),
            ("torfaen-county-borough-council", "funder"),
            ("torfaen-voluntary-alliance", "delivery"),
        ],
        "service_areas": ["hospital-discharge", "care-at-home"],
        "areas": ["torfaen", "blaenau-gwent", "newport"],
        "prevention_tier": "tertiary",
        "evidence_level": 2,
        "setup_cost": 15_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 0,
        "annual_non_cashable": 440_000,
        "non_cashable_note_en": "About 1,300 bed days a year freed",
        "non_cashable_note_cy": "",
        "start_date": "2018-11-05",
        "contact_name": "Home from Hospital service",
        "contact_email": "home-from-hospital@example.org",
    },
    {
        "slug": "community-food-pantries-with-advice-on-money-and-health",
        "title_en": "Community food pantries with advice on money and health",
        "title_cy": "",
        "summary_en": (
            "Membership food pantries in community centres offer low-cost groceries alongside "
            "money advice, cooking sessions and health checks, moving people away from emergency "
            "food parcels."
        ),
        "summary_cy": "",
        "problem_en": (
            "Demand for emergency food parcels had grown and many families returned again and "
            "again. Parcels did nothing about the underlying causes, such as debt or unclaimed "
            "benefits, and offered little choice or fresh food."
        ),
        "problem_cy": "",
        "approach_en": (
            "- Pantries run by community groups with support from the county voluntary council.\n"
            "- Members pay a small weekly fee for a basket of groceries including fresh fruit and "
            "vegetables.\n"
            "- Money advisers and health visitors attend on set days.\n"
            "- Surplus food from supermarkets and local growers, with council funding for running "
            "costs."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- 11 pantries with about 1,400 member households.\n"
            "- Members claimed about £620,000 a year in additional benefits after money advice.\n"
            "- Emergency food parcel requests in pantry areas down 28%.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** a coordinator and volunteers for each pantry; money advisers' time.\n"
            "- **Data:** simple membership and referral records.\n"
            "- **Money:** about £6,000 set-up for each pantry; small running grants.\n"
            "- **Governance:** a food safety plan, a partnership agreement with the council and "
            "links to the local food partnership."
        ),
        "adoption_needs_cy": "",
        "lead": "glamorgan-voluntary-services",
        "partners": [
            ("vale-of-glamorgan-council", "funder"),
            ("cardiff-and-vale-university-health-board", "delivery"),
        ],
        "service_areas": ["public-health-prevention", "family-support"],
        "areas": ["vale-of-glamorgan"],
        "prevention_tier": "primary",
        "evidence_level": 1,
        "setup_cost": 66_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 0,
        "annual_non_cashable": 8_000,
        "non_cashable_note_en": "About 500 hours a year of crisis support avoided",
        "non_cashable_note_cy": "",
        "start_date": "2023-02-01",
        "contact_name": "Food Pantry network",
        "contact_email": "pantries@example.org",
    },
    {
        "slug": "solar-panels-and-battery-storage-on-council-buildings",
        "title_en": "Solar panels and battery storage on council buildings",
        "title_cy": "",
        "summary_en": (
            "The council fitted solar panels and batteries to schools, depots and offices, using "
            "most of the electricity on site and cutting energy bills and carbon emissions."
        ),
        "summary_cy": "",
        "problem_en": (
            "Rising electricity prices were putting pressure on school and service budgets, and "
            "the council had committed to net zero carbon. Large roof areas on council buildings "
            "were unused."
        ),
        "problem_cy": "",
        "approach_en": (
            "- A survey of all council roofs to find the most suitable 120 sites.\n"
            "- Solar panels and batteries installed over three years, funded by prudential "
            "borrowing.\n"
            "- Smart metering to show each school its own generation and use, used in lessons.\n"
            "- Local contractors and apprentices used through community benefit clauses."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- About 4.8 GWh of electricity generated a year.\n"
            "- £620,000 a year cashable savings on electricity, net of loan repayments.\n"
            "- About 1,000 tonnes of CO2 a year avoided.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** an energy manager and a project engineer.\n"
            "- **Data:** half-hourly electricity data and structural surveys of roofs.\n"
            "- **Money:** about £5.5 million capital, repaid from savings in around 10 years.\n"
            "- **Governance:** cabinet approval, a business case reviewed by the section 151 "
            "officer, and planning checks for each site."
        ),
        "adoption_needs_cy": "",
        "lead": "cardiff-council",
        "partners": [],
        "service_areas": ["energy-efficiency", "procurement-assets"],
        "areas": None,
        "prevention_tier": "primary",
        "evidence_level": 2,
        "setup_cost": 5_500_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 620_000,
        "annual_non_cashable": 0,
        "non_cashable_note_en": "",
        "non_cashable_note_cy": "",
        "start_date": "2021-03-01",
        "contact_name": "Energy and Sustainability team",
        "contact_email": "energy@example.org",
    },
    {
        "slug": "early-years-speech-and-language-screening-in-nurseries",
        "title_en": "Early years speech and language screening in nurseries",
        "title_cy": "",
        "summary_en": (
            "Nursery staff use a short screening tool with every two-year-old and run small-group "
            "language sessions, with speech and language therapists supporting children who need "
            "more."
        ),
        "summary_cy": "",
        "problem_en": (
            "Many children started school with delayed speech and language, which affects learning "
            "and behaviour for years. Referrals to speech and language therapy were late and "
            "waiting lists long."
        ),
        "problem_cy": "",
        "approach_en": (
            "- Every two-year-old in funded childcare screened by trained nursery staff.\n"
            "- Ten-week small-group language sessions in the nursery for children at risk.\n"
            "- Speech and language therapists provide training, coaching and direct therapy for "
            "the most complex cases.\n"
            "- Parents given ideas and short videos to support talking at home."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- 2,900 children screened a year.\n"
            "- 68% of children who joined group sessions caught up with expected language levels, "
            "against 41% in a comparison cohort.\n"
            "- Specialist therapy referrals at school entry down 22%.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** one day's training for nursery staff; speech and language therapists' "
            "time for coaching.\n"
            "- **Data:** screening results recorded in a shared early years system.\n"
            "- **Money:** about £160,000 a year for a council area.\n"
            "- **Governance:** joint planning between the council's early years team and the "
            "health board."
        ),
        "adoption_needs_cy": "",
        "lead": "rhondda-cynon-taf-county-borough-council",
        "partners": [
            ("cwm-taf-morgannwg-university-health-board", "delivery"),
        ],
        "service_areas": ["early-years", "education-skills"],
        "areas": None,
        "prevention_tier": "primary",
        "evidence_level": 3,
        "setup_cost": 40_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 60_000,
        "annual_non_cashable": 140_000,
        "non_cashable_note_en": "About 2,500 therapist hours a year freed",
        "non_cashable_note_cy": "",
        "start_date": "2017-09-04",
        "contact_name": "Early Years team",
        "contact_email": "early-years@example.org",
    },
    {
        "slug": "home-to-school-transport-route-planning-with-optimisation-software",
        "title_en": "Home to school transport route planning with optimisation software",
        "title_cy": "",
        "summary_en": (
            "The council re-planned all home to school transport routes with routing software, "
            "combining routes, right-sizing vehicles and re-tendering contracts."
        ),
        "summary_cy": "",
        "problem_en": (
            "Home to school transport costs had risen faster than inflation for several years, "
            "driven by many single-pupil taxi contracts and routes that had not been reviewed "
            "since schools reorganised."
        ),
        "problem_cy": "",
        "approach_en": (
            "- Every route re-planned with routing software using pupil addresses and school "
            "times.\n"
            "- Single-occupancy taxis replaced with shared minibuses where suitable.\n"
            "- Contracts re-tendered in lots suited to local operators.\n"
            "- Parents and schools told of changes before the start of term, with an appeal route."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- 18% fewer vehicles used each school day.\n"
            "- £450,000 a year cashable savings.\n"
            "- No increase in the average journey time.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** a transport planner for about a year and procurement support for "
            "re-tendering.\n"
            "- **Data:** accurate pupil eligibility, address and school timetable data.\n"
            "- **Money:** about £50,000 for routing software and licences.\n"
            "- **Governance:** cabinet approval, a revised home to school transport policy and an "
            "appeals process for parents."
        ),
        "adoption_needs_cy": "",
        "lead": "carmarthenshire-county-council",
        "partners": [],
        "service_areas": ["transport-highways", "education-skills"],
        "areas": None,
        "prevention_tier": "acute",
        "evidence_level": 2,
        "setup_cost": 50_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 450_000,
        "annual_non_cashable": 0,
        "non_cashable_note_en": "",
        "non_cashable_note_cy": "",
        "start_date": "2016-07-01",
        "contact_name": "Passenger Transport unit",
        "contact_email": "school-transport@example.org",
    },
    {
        "slug": "care-home-in-reach-team",
        "title_en": "Care home in-reach team",
        "title_cy": "",
        "summary_en": (
            "A team of nurses, a pharmacist and an older people's specialist visits care homes to "
            "review residents, support staff and treat problems early, so fewer residents need to "
            "go to hospital."
        ),
        "summary_cy": "",
        "problem_en": (
            "Care home residents were often taken to the emergency department for problems that "
            "could have been managed in the home with the right support, such as infections, falls "
            "and dehydration. Admissions were distressing and residents often lost mobility in "
            "hospital."
        ),
        "problem_cy": "",
        "approach_en": (
            "- A named in-reach nurse for every care home, visiting weekly.\n"
            "- Medication reviews by a pharmacist for every resident each year.\n"
            "- Training for care home staff on spotting deterioration early.\n"
            "- A direct phone line for care homes to reach the team before calling 999."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- Emergency admissions from care homes down 24% in the first year.\n"
            "- About 3,400 bed days a year freed.\n"
            "- Fewer medicines prescribed per resident after reviews, saving about £120,000 a "
            "year.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** about 8 nurses, a pharmacist and sessions from a consultant in older "
            "people's medicine.\n"
            "- **Data:** admissions data by care home.\n"
            "- **Money:** about £550,000 a year.\n"
            "- **Governance:** agreements with care home providers and the council."
        ),
        "adoption_needs_cy": "",
        "lead": "swansea-bay-university-health-board",
        "partners": [
            ("neath-port-talbot-council", "delivery"),
        ],
        "service_areas": ["care-homes", "community-health"],
        "areas": ["swansea", "neath-port-talbot"],
        "prevention_tier": "secondary",
        "evidence_level": 2,
        "setup_cost": 40_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 120_000,
        "annual_non_cashable": 1_150_000,
        "non_cashable_note_en": "About 3,400 bed days a year freed",
        "non_cashable_note_cy": "",
        "start_date": "2018-06-04",
        "contact_name": "Care Home In-reach team",
        "contact_email": "care-home-inreach@example.org",
    },
    {
        "slug": "blood-stock-management-to-reduce-wasted-blood-components",
        "title_en": "Blood stock management to reduce wasted blood components",
        "title_cy": "",
        "summary_en": (
            "The blood service and hospital blood banks share stock levels daily and move units "
            "between hospitals before they expire, cutting the number of blood components wasted."
        ),
        "summary_cy": "",
        "problem_en": (
            "Hospitals held blood stock independently, and units near their expiry date were often "
            "discarded in one hospital while another ordered fresh supply. Platelets, with a shelf "
            "life of days, were especially wasted."
        ),
        "problem_cy": "",
        "approach_en": (
            "- A shared stock view of all hospital blood banks, updated daily.\n"
            "- Redistribution of units close to expiry to hospitals likely to use them.\n"
            "- Agreed minimum stock levels for each hospital, reviewed monthly."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- Wastage of red cells down from 2.8% to 1.1%, and of platelets from 12% to 5%.\n"
            "- £180,000 a year cashable savings.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** a stock management lead in the blood service and a named contact in each "
            "hospital blood bank.\n"
            "- **Data:** daily stock and expiry data from each hospital's laboratory system.\n"
            "- **Money:** about £35,000 set-up for the shared stock view; transport within "
            "existing routes.\n"
            "- **Governance:** an agreement with each health board's hospital transfusion "
            "committee and regular review of wastage."
        ),
        "adoption_needs_cy": "",
        "lead": "velindre-university-nhs-trust",
        "partners": [
            ("hywel-dda-university-health-board", "delivery"),
            ("swansea-bay-university-health-board", "delivery"),
            ("cwm-taf-morgannwg-university-health-board", "delivery"),
        ],
        "service_areas": ["hospital-care", "procurement-assets"],
        "areas": ["wales"],
        "prevention_tier": "acute",
        "evidence_level": 2,
        "setup_cost": 35_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 180_000,
        "annual_non_cashable": 0,
        "non_cashable_note_en": "",
        "non_cashable_note_cy": "",
        "start_date": "2014-01-06",
        "contact_name": "Blood Supply Chain team",
        "contact_email": "blood-stock@example.org",
    },
    {
        "slug": "community-agents-supporting-older-people-and-unpaid-carers",
        "title_en": "Community agents supporting older people and unpaid carers",
        "title_cy": "",
        "summary_en": (
            "Part-time community agents, employed by the county voluntary council and living in "
            "the communities they serve, help older people and unpaid carers find local support "
            "before a crisis."
        ),
        "summary_cy": "",
        "problem_en": (
            "Older people in villages and small towns often did not know about local support until "
            "a crisis brought them to social services. Unpaid carers in particular struggled alone."
        ),
        "problem_cy": "",
        "approach_en": (
            "- Community agents in each area, each working about 16 hours a week.\n"
            "- Agents visit people at home, run drop-ins in village halls and link people with "
            "groups, transport and advice.\n"
            "- Carers helped to register with their GP as carers and to ask for a carer's "
            "assessment.\n"
            "- Referrals from GPs, the council and self-referral."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- About 1,100 people supported a year, a third of them unpaid carers.\n"
            "- Contacts with social services from people supported fell by 21% in the following "
            "year.\n"
            "- About 1,500 social work hours a year freed.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** about 8 part-time community agents and a coordinator.\n"
            "- **Data:** simple contact and outcome records shared with consent.\n"
            "- **Money:** about £120,000 a year from the council and the health board.\n"
            "- **Governance:** a service agreement with the council and links to the local carers' "
            "partnership."
        ),
        "adoption_needs_cy": "",
        "lead": "conwy-voluntary-services-council",
        "partners": [
            ("conwy-county-borough-council", "funder"),
            ("betsi-cadwaladr-university-health-board", "funder"),
        ],
        "service_areas": ["unpaid-carers", "healthy-lifestyles"],
        "areas": ["conwy"],
        "prevention_tier": "primary",
        "evidence_level": 1,
        "setup_cost": 5_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 0,
        "annual_non_cashable": 60_000,
        "non_cashable_note_en": "About 1,500 social work hours a year freed",
        "non_cashable_note_cy": "",
        "start_date": "2012-09-03",
        "contact_name": "Community Agents team",
        "contact_email": "community-agents@example.org",
    },
    {
        "slug": "proactive-telecare-calls-for-people-waiting-for-home-care",
        "title_en": "Proactive telecare calls for people waiting for home care",
        "title_cy": "",
        "summary_en": (
            "People on the waiting list for home care get telecare equipment and regular proactive "
            "calls from the telecare centre, so that problems are spotted and dealt with while "
            "they wait."
        ),
        "summary_cy": "",
        "problem_en": (
            "When home care could not be found straight away, people waited at home with little "
            "contact, and some deteriorated, fell or were admitted to hospital before their care "
            "started."
        ),
        "problem_cy": "",
        "approach_en": (
            "- Telecare equipment fitted within 48 hours of a person joining the waiting list.\n"
            "- Scheduled wellbeing calls from the telecare centre, daily or weekly according to "
            "risk.\n"
            "- A clear escalation route to the community team or the GP if something changes.\n"
            "- A review when home care starts to decide whether telecare is still needed."
        ),
        "approach_cy": "",
        "outcomes_en": (
            "- 320 people supported in the first year.\n"
            "- Emergency admissions among people waiting for care down 19% compared with the year "
            "before.\n"
            "- About 700 bed days a year freed.\n"
            "\n"
            "*Illustrative figures for demonstration only.*"
        ),
        "outcomes_cy": "",
        "adoption_needs_en": (
            "- **Staff:** telecare call handlers (about 2 whole-time equivalents for a council of "
            "this size) and installers.\n"
            "- **Data:** the home care waiting list shared with the telecare centre.\n"
            "- **Money:** about £20,000 for equipment; £70,000 a year for calls.\n"
            "- **Governance:** a protocol for escalation agreed with the health board's community "
            "teams."
        ),
        "adoption_needs_cy": "",
        "lead": "blaenau-gwent-county-borough-council",
        "partners": [
            ("aneurin-bevan-university-health-board", "delivery"),
        ],
        "service_areas": ["care-at-home", "digital-data"],
        "areas": None,
        "prevention_tier": "secondary",
        "evidence_level": 2,
        "setup_cost": 20_000,
        "one_off_cashable": 0,
        "one_off_non_cashable": 0,
        "annual_cashable": 35_000,
        "annual_non_cashable": 240_000,
        "non_cashable_note_en": "About 700 bed days a year freed",
        "non_cashable_note_cy": "",
        "start_date": "2023-10-02",
        "contact_name": "Telecare service",
        "contact_email": "telecare@example.org",
    },
]
