"""Commitments (toezeggingen): a promise by the government, in a debate report, a letter or a register."""

from __future__ import annotations

import re

from kamertaak.core.actors import ExtractedActor, dedupe_actors, government_actor
from kamertaak.core.deadlines import FoundDeadline, resolve
from kamertaak.core.extract.cues import (
    GOVERNMENT_WORD,
    LETTER_IS_A_REPLY,
    NOT_GUARANTEED,
    PAST_MARKER,
    QUESTION,
    asked_to_promise,
)
from kamertaak.core.extract.due import nearest_deadline, strip_dates
from kamertaak.core.extract.model import Context, Draft, Trigger
from kamertaak.core.extract.people import (
    cabinet_members,
    has_government,
    last_government,
    letter_author,
    mentions_in,
    sentence_actors,
)
from kamertaak.core.extract.quick import quick

_I = re.IGNORECASE

# "zegt de Kamer toe", "zegde ... toe": the separable verb toezeggen around its object.
# "toe te" + a verb "toe" makes its own ("toe te passen", "toe te voegen") is not the promise's "toe"; "zegde toe te
# onderzoeken of ..." is
_NOT_TOE_TE = (r"(?!\s+te\s+(?:passen|voegen|kennen|staan|laten|lichten|wijzen|sturen|zenden|delen|dienen|treden|"
               r"spreken|schrijven|komen|nemen|geven|juichen|leggen|vertrouwen|zien|zeggen|rusten|gaan|werken|"
               r"eigenen|reiken|snellen|kijken|bedelen|bereiden|stemmen|voeren|wensen|horen|lopen|richten)\b)")
_ZEGT_TOE = re.compile(rf"\bzeg(?:t|gen|de|den)?\b.{{0,250}}?\btoe\b{_NOT_TOE_TE}", _I)

# The government, or a name (checked to be one of its members), as the subject opening a clause
_GOVERNMENT_SUBJECT = (
    r"(?:^|[,;:]\s*|\b(?:en|maar|want)\s+)(?:(?:[Dd]e|[Hh]et)\s+)?(?:[Mm]inister\w*|[Ss]taatssecretaris|[Pp]remier|"
    r"[Kk]abinet|[Rr]egering|[Bb]ewinds\w+|(?:[A-Z][\w'-]+\s+){0,2}[A-Z][\w'-]+)\s+"
)

# A word that opens a subordinate or relative clause: a verb after it is no main clause's
_SUBORDINATOR = (r"\b(?:dat|of|die|wat|waarop|waarmee|waardoor|waarin|als|omdat|wanneer|zodat|hoe|nu|toen|terwijl"
                 r"|voordat|nadat|zoals|indien|tenzij|zodra|totdat|te)\b")

# the future told by "gaan" as the main clause's verb (see its trigger below)
_GOING_TO = re.compile(
    rf"(?:^(?:(?!{_SUBORDINATOR})[^,;:.?]){{1,70}}?\s|,\s+(?=(?:gaat|gaan)\s+(?:de\s+|het\s+)?(?:minister|staatssecretaris"
    r"|premier|kabinet|regering|bewinds\w+|hij|zij|ze)\b))(?P<future>gaat|gaan)\s+(?![^.;?]*\b(?:niet|geen|nooit)\b)"
    r"(?!(?:in\s+op|over|om|door|naar|akkoord|ervan|uit|verder|weg|terug|mee|voor|tegen|samen|gepaard|nog)\b)"
    rf"(?:(?!{_SUBORDINATOR})\S+\s+){{1,14}}?(?<!\bde\s)(?<!\bhet\s)(?<!\been\s)"
    r"(?!(?:worden|gaan|zijn|hebben|komen|kunnen|moeten)\b)[a-z]\w+en(?=\s*[.;,]|\s*$)",
)


_COMMITMENT_TRIGGERS: tuple[Trigger, ...] = (
    Trigger("commitment", "open", _ZEGT_TOE, 0.9, needs=("toe",)),
    Trigger(
        "commitment", "open", re.compile(rf"\bzei(?:den)?\b.{{0,250}}?\btoe\b{_NOT_TOE_TE}", _I), 0.9, needs=("toe",)
    ),
    Trigger(
        "commitment",
        "open",
        re.compile(r"(?<!zoals )(?<!zoals eerder )\btoegezegd\b", _I),
        0.85,
        needs=("toegezegd",),
    ),
    # the verb unsplit: "hoorde de minister toezeggen dat ...", "dat de minister toezegt ..."
    Trigger(
        "commitment",
        "open",
        re.compile(r"\btoe(?:zeggen|zegt|zegde|zegden|zei|zeiden)\b", _I),
        0.85,
        needs=("toeze", "toezei"),
    ),
    Trigger(
        "commitment",
        "open",
        re.compile(r"\b(?:doet|deed|doen)\b.{0,30}\btoezegging\b", _I),
        0.85,
        needs=("toezegging",),
    ),
    # "heeft de minister verschillende toezeggingen gedaan, bijvoorbeeld om ..."
    Trigger(
        "commitment",
        "open",
        # with its finite verb (a title "Toezeggingen gedaan tijdens het commissiedebat ..." promises nothing)
        re.compile(
            r"(?:\b(?:heeft|hebben|had|hadden|is|zijn|werd|werden)\b[^.;:]{0,80}?\btoezegging(?:en)?\s+(?:\w+\s+){0,3}?"
            r"|\btoezegging(?:en)?\s+(?:\w+\s+){0,2}?(?:heeft|hebben|had|hadden|is|zijn|werd|werden)\s+(?:\w+\s+){0,2}?)"
            r"gedaan\b"
            # and what was promised: "zijn enkele toezeggingen gedaan." alone leads in to a list
            r"(?=[^.;]{0,40}?(?:\b(?:bijvoorbeeld|zoals|onder\s+meer|om|dat|over|namelijk)\b|:))",
            _I,
        ),
        0.85,
        needs=("gedaan",),
    ),
    # "Conform mijn toezegging in het debat zal de commissie zich nog buigen over ..."
    Trigger(
        "commitment",
        "open",
        re.compile(r"\b(?:conform|volgens|overeenkomstig)\s+(?:mijn|onze|de|zijn|haar)\s+toezegging\b", _I),
        0.8,
        needs=("toezegging",),
    ),
    Trigger(
        "commitment",
        "open",
        # also inverted: "Gelijktijdig met deze brief wordt de Kamer ook geïnformeerd over ..."
        re.compile(r"\bKamer\b.{0,80}?\b(?:wordt|worden|zal|zullen)\b.{0,160}?\bgeïnformeerd\b"
                   r"|\b(?:wordt|zal)\s+(?:de|uw)\s+Kamer\b.{0,160}?\bgeïnformeerd\b", _I),
        0.8,
        needs=("geïnformeerd",),
    ),
    Trigger(
        "commitment",
        "open",
        re.compile(
            r"\b(?:zal|zullen|ga|gaat|gaan)\b.{0,120}?\b(?:de|uw) Kamer\b.{0,160}?"
            r"\b(?:informeren|berichten|rapporteren|op de hoogte (?:stellen|houden))\b",
            _I,
        ),
        0.8,
        needs=("informeren", "berichten", "rapporteren", "hoogte"),
    ),
    Trigger(
        "commitment",
        "open",
        # a promise reported with "zal": "minister X heeft laten weten dat zij het verzoek zal voorleggen aan de
        # dialooggroep", "De staatssecretaris gaf aan dat het kabinet de regeling zal aanpassen"
        re.compile(
            r"\b(?:laten\s+weten|liet\s+weten|laat\s+weten|meegedeeld|medegedeeld|gaf\s+aan|geeft\s+aan|aangegeven|"
            r"verzekerd|verzekerde|beloofd|beloofde|belooft|antwoordt|antwoordde|bevestigt|bevestigde|zegt|zei)\b"
            r"[^.;]{0,40}?\bdat\s+(?:zij|hij|ze|ik|wij|we|het\s+kabinet|"
            r"de\s+regering|de\s+minister|de\s+staatssecretaris)\b[^.;]{0,150}?\b(?:zal|zullen)\b[^.;]{0,150}?\b\w+en\b",
            _I,
        ),
        0.7,
        needs_government=True,
        needs=("weten", "meegedeeld", "medegedeeld", "aan", "aangegeven", "verzeker", "belo", "antwoord", "bevestig",
               "zegt", "zei"),
    ),
    Trigger(
        "commitment",
        "open",
        # told in a clause with its verb last, in the present: "De staatssecretaris meldde dat zij voor de zomer met
        # een plan komt", "Minister X zegt dat hij de Kamer voor 1 juni informeert", "liet weten dat hij ... stuurt"
        re.compile(
            r"\b(?:zegt|zei|meldt|meldde|laat\s+weten|liet\s+weten|geeft\s+aan|gaf\s+aan|belooft|beloofde|verzekert|verzekerde"
            r"|bevestigt|bevestigde|antwoordt|antwoordde|schrijft|schreef)\b[^.;]{0,40}?\bdat\s+(?:hij|zij|ze|het\s+kabinet"
            r"|de\s+regering|de\s+minister|de\s+staatssecretaris)\b(?![^.;]*\b(?:niet|geen)\b)[^.;?]{0,150}?"
            r"\b(?:informeert|stuurt|toestuurt|zendt|toezendt|presenteert|publiceert|indient|voorlegt|aanbiedt|uitwerkt"
            r"|onderzoekt|laat\s+onderzoeken|in\s+kaart\s+brengt|terugkomt|met\s+(?:een|het|de|nieuwe)\b[^.;?]{0,80}?\bkomt)\b",
            _I,
        ),
        0.7,
        needs_government=True,
        needs=("zegt", "zei", "meldt", "meldde", "weten", "aan", "belo", "verzeker", "bevestig", "antwoord", "schr"),
    ),
    Trigger(
        "commitment",
        "open",
        # said with "zal" and attributed: "Indien extra budget nodig is, zal het kabinet daarin voorzien, aldus de
        # minister"
        re.compile(
            r"\b(?:zal|zullen)\s+(?:het\s+kabinet|de\s+regering|de\s+minister|de\s+staatssecretaris|zij|hij|ze)\b[^.;]{0,120}"
            r",\s*(?:aldus|zei|zegt)\s+(?:de\s+)?(?:minister|staatssecretaris|premier|bewinds\w+)\b",
            _I,
        ),
        0.7,
        needs_government=True,
        needs=("aldus", "zei", "zegt"),
    ),
    Trigger(
        "commitment",
        "open",
        # a stated intention with its date: "De minister wil de Kamer in de loop van volgende week informeren"
        re.compile(
            r"\b(?:wil|willen)\b.{0,120}?\b(?:de|uw) Kamer\b.{0,160}?\b(?:informeren|berichten|rapporteren)\b", _I
        ),
        0.7,
        needs_government=True,
        needs_future=True,
        needs=("informeren", "berichten", "rapporteren"),
    ),
    Trigger(
        "commitment",
        "open",
        # a letter or a list of commitments: "Uw Kamer ontvangt voor 1 juli de voortgangsrapportage"
        re.compile(
            r"\b(?:de|uw) Kamer\s+(?:ontvangt|krijgt|zal\b.{0,80}?\b(?:ontvangen|krijgen)|wordt\b.{0,80}?"
            r"\b(?:toegestuurd|toegezonden|gestuurd))\b",
            _I,
        ),
        0.75,
        needs_future=True,
        needs=("kamer",),
    ),
    Trigger(
        "commitment",
        "open",
        # told, the verb last: "De minister zegt dat de Kamer voor 1 april een brief krijgt"
        re.compile(r"\bdat\s+(?:de|uw)\s+Kamer\b[^.;?]{0,100}?\b(?:ontvangt|krijgt|(?:toegestuurd|toegezonden)\s+krijgt)\b",
                   _I),
        0.75,
        needs_government=True,
        needs_future=True,
        needs=("kamer",),
    ),
    Trigger(
        "commitment",
        "open",
        # inverted, the object first: "De evaluatie van de wet ontvangt de Kamer in het derde kwartaal."
        re.compile(
            r"^(?!(?:wanneer|waarom|hoe|wat|welke|of)\b)[^?]*?\b(?:ontvangt|krijgt)\s+(?:de|uw)\s+Kamer\b"
            r"(?![^?]*\?)",
            _I,
        ),
        0.75,
        needs_government=True,
        needs_future=True,
        speaker_promises=True,
        needs=("ontvangt", "krijgt"),
    ),
    Trigger(
        "commitment",
        "open",
        re.compile(r"\b(?:informeert|informeer|informeren)\b\s+(?:\w+\s+){0,2}(?:(?:de|uw) Kamer|u)\b", _I),
        0.75,
        needs_government=True,
        needs_future=True,
        needs=("informe",),
    ),
    Trigger(
        "commitment",
        "open",
        re.compile(
            r"\b(?:stuurt|stuur|sturen|zendt|zend|zenden|zal .{0,80}?(?:sturen|toesturen|toezenden|"
            r"zenden|versturen)|zullen .{0,80}?(?:sturen|toesturen|toezenden|zenden))\b.{0,150}?"
            r"\b(?:brief|rapport|rapportage|reactie|kabinetsreactie|beleidsreactie|nota|overzicht|"
            r"evaluatie|voortgangsrapportage|analyse|plan|visie|wetsvoorstel|uitwerking|notitie|monitor|verslag|"
            r"update|onderzoek|advies|verkenning|stand van zaken)\b",
            _I,
        ),
        0.75,
        needs_government=True,
        needs=("stuur", "zend", "sturen"),
    ),
    Trigger(
        "commitment",
        "open",
        re.compile(
            r"\bkom(?:t|en)?\b.{0,120}?\b(?:(?:hier|daar|er)(?:\s*op|\s+[^.;]{0,40}?\bop)\s+(?:\w+\s+)?terug|terug\s+op)\b"
            r"|\b(?:hier|daar|er)op\b.{0,60}\bterug\s*te\s*komen\b|\bterug(?:komen|te komen)\s+op\b"
            # the verb last in a clause: "dat hij hierop in de voortgangsbrief terugkomt"
            r"|\b(?:hier|daar|er)op\b[^.;]{0,80}?\bterug(?:komt|komen)\b"
            # split: "Ik wil daar in het voorjaar op terugkomen", "dat zij hier na de zomer op terugkomt"
            r"|\b(?:hier|daar|er)\s+[^.;]{0,40}?\bop\s+terug(?:komt|komen|\s+te\s+komen)\b"
            # fronted, the verb second: "Daar kom ik voor de zomer op terug", "Hier komt de minister schriftelijk op
            # terug"
            r"|\b(?:hier|daar)\s+kom(?:t|en)?\b[^.;]{0,80}?\bop\s+terug\b"
            # back to the Kamer, the verb split or whole: "Daarna komt hij op korte termijn bij de Kamer terug", "zal
            # na de zomer bij de Kamer terugkomen", "komt met een voorstel terug naar de Kamer"
            r"|\bkom(?:t|en)?\b[^.;]{0,80}?\b(?:bij\s+(?:de|uw)\s+Kamer|naar\s+(?:de|uw)\s+Kamer|bij\s+u)\s+terug\b"
            r"|\bkom(?:t|en)?\b[^.;]{0,80}?\bterug\s+(?:bij|naar)\s+(?:de|uw)\s+Kamer\b"
            r"|\bbij\s+(?:de|uw)\s+Kamer\s+terug(?:komt|komen|\s+te\s+komen)\b"
            # what it is about put first, the verb second: "Op de vraag van mevrouw X over Y kom ik terug in een brief",
            # "Op de uitkomsten komt de minister in het voorjaar terug"
            r"|^(?P<fronted>Op\s+(?P<topic>[^.;]{3,140}?))\s+kom(?:t|en)?\s+(?:ik|wij|we|hij|zij|ze|het\s+kabinet"
            r"|de\s+(?:minister|staatssecretaris|bewindspersoon)(?:\s+\w+)?)\b[^.;]{0,60}?\bterug\b",
            _I,
        ),
        0.75,
        needs_government=True,
        needs=("terug",),
    ),
    Trigger(
        "commitment",
        "open",
        # a letter's own plans: "Ik verwacht uw Kamer voor het einde van dit jaar de evaluatie toe te sturen",
        # "Ik streef ernaar het wetsvoorstel in het tweede kwartaal van 2027 bij uw Kamer in te dienen"
        re.compile(
            r"\b(?:verwacht\w*|stre(?:ef|ven)\w*|voornemens|zal|zullen|ga|gaan|wil|willen)\b.{0,150}?"
            r"\b(?:(?:uw|de) Kamer|u)\b.{0,150}?\b(?:toe\s+te\s+(?:sturen|zenden)|te\s+(?:kunnen\s+)?(?:sturen|"
            r"informeren|zenden|berichten|doen\s+toekomen)|in\s+te\s+dienen|aan\s+te\s+bieden|voor\s+te\s+leggen)\b",
            _I,
        ),
        0.75,
        needs_government=True,
        needs_future=True,
        needs=("kamer", "u "),
    ),
    Trigger(
        "commitment",
        "open",
        # the writer's or speaker's own plan with its date: "Ik streef ernaar de vragen medio februari te
        # beantwoorden", "Wij zijn voornemens de nota in het voorjaar te publiceren"
        re.compile(
            r"\b(?:(?:ik|wij|we)\s+(?:verwacht\w*|stre(?:ef|ven)\w*|(?:ben|zijn)\s+voornemens)|(?:verwacht|streef|streven)"
            r"\s+(?:ik|wij|we))\b.{0,200}?\b(?:toe\s+te\s+(?:sturen|zenden)|te\s+(?:kunnen\s+)?(?:sturen|informeren|zenden|berichten|"
            r"beantwoorden|publiceren|presenteren|doen\s+toekomen)|in\s+te\s+dienen|aan\s+te\s+bieden|voor\s+te\s+leggen)\b",
            _I,
        ),
        0.75,
        needs_government=True,
        needs_future=True,
        needs=("ik", "wij", "we"),
    ),
    Trigger(
        "commitment",
        "open",
        # a member of government's own plan with its date, the government the subject: "De staatssecretaris hoopt
        # voor de zomer de regeling gereed te hebben", "Het kabinet is van plan in het najaar een wetsvoorstel in te
        # dienen", "Minister X wil eind dit jaar een besluit nemen" (not "hoopt dat eind 2026 alle bezwaren zijn
        # behandeld": what others do is a goal to watch)
        re.compile(
            rf"{_GOVERNMENT_SUBJECT}(?:\w+\s+)?(?:(?:hoopt|hopen|streeft|streven|verwacht|verwachten)\s+(?:er\s*naar\s+)?"
            r"|(?:is|zijn)\s+(?:van\s+plan|voornemens)\s+)(?:om\s+)?(?:(?!\bdat\b)[^.;?])*?"
            r"\bte\s+(?!ontvangen\b|krijgen\b|horen\b|zien\b)\w+en\b"
            rf"|{_GOVERNMENT_SUBJECT}(?:wil|willen)\s+(?:(?!\bdat\b)[^.;?,]){{3,120}}?\b(?:nemen|sturen|indienen|"
            r"presenteren|publiceren|afronden|voorleggen|invoeren|aanpassen|regelen|aanbieden|uitwerken|besluiten)\b"
        ),
        0.7,
        needs_government=True,
        needs_future=True,
        needs=("hoop", "hope", "stre", "verwacht", "plan", "voornemens", "wil"),
    ),
    Trigger(
        "commitment",
        "open",
        # the object first, the verb last: "Deze zal ik uiterlijk voor het einde van het zomerreces aan uw Kamer
        # zenden", "Die rapportage zullen wij in het voorjaar aanbieden"
        re.compile(
            r"\b(?:zal|zullen)\s+(?:ik|wij|we)\b.{0,150}?\b(?:toesturen|toezenden|zenden|sturen|versturen|aanbieden|"
            r"doen\s+toekomen|voorleggen|publiceren|presenteren)\b",
            _I,
        ),
        0.75,
        needs_government=True,
        needs_future=True,
        needs=("zal", "zullen"),
    ),
    Trigger(
        "commitment",
        "open",
        # a letter says when it comes: "U kunt de brief in januari tegemoet zien", "U ontvangt de voortgangsbrief
        # voor het zomerreces"
        re.compile(
            r"\b(?:(?:kunt|kan)\s+u|u\s+(?:kunt|kan))\b.{0,100}?\btegemoet\s+zien\b|^U\s+(?:ontvangt|krijgt)\b"
            # inverted after the time: "In het eerste kwartaal van 2026 ontvangt u de evaluatie"
            r"|^(?!(?:wanneer|waarom|hoe|wat|welke|of)\b)[^?]*?\b(?:ontvangt|krijgt)\s+u\b(?![^?]*\?)", _I
        ),
        0.75,
        needs_government=True,
        needs_future=True,
        needs=("tegemoet", "u "),
    ),
    Trigger(
        "commitment",
        "open",
        # a promise reported: "heeft uw Kamer laten weten u eind van het jaar te informeren", "heb ik u meegedeeld
        # dat ik de informatie in september zou doen toekomen"
        re.compile(
            r"\b(?:laten\s+weten|liet\s+weten|meegedeeld|medegedeeld|gemeld|bericht|gezegd)\b.{0,150}?\b(?:te\s+(?:informeren|"
            r"berichten|sturen|zenden)|toe\s+te\s+(?:sturen|zenden)|zou(?:den)?\s+(?:doen\s+toekomen|sturen|toesturen|"
            r"zenden|informeren))\b",
            _I,
        ),
        0.7,
        needs_government=True,
        needs_future=True,
        needs=("weten", "meegedeeld", "medegedeeld", "gemeld", "bericht", "gezegd"),
    ),
    Trigger(
        "commitment",
        "open",
        # said by the government, reported: "Een brief gaat op korte termijn naar de gemeenten, aldus de
        # staatssecretaris", "Volgens de minister komt het plan voor de zomer"
        re.compile(
            r"(?:,\s*|\b)(?:aldus|zegt|zei|belooft|beloofde|verzekert|verzekerde)\s+(?:de\s+|het\s+)?(?:minister|"
            r"staatssecretaris|premier|kabinet|bewinds\w+)\b|^(?:Volgens|Aldus)\s+(?:de\s+)?(?:minister|staatssecretaris|"
            r"premier)\b",
            _I,
        ),
        0.7,
        needs_government=True,
        needs_future=True,
        needs=("aldus", "zegt", "zei", "belo", "verzeker", "volgens"),
    ),
    Trigger(
        "commitment",
        "open",
        # announced or promised with a date to watch: "Het kabinet heeft aangekondigd in september een pakket te
        # presenteren", "De minister belooft de Kamer voor de Voorjaarsnota een voorstel", "kondigde aan dat ..."
        re.compile(
            r"\b(?:kondig(?:t|en|de|den)\b.{0,200}?\baan\b|aangekondigd|belo(?:ofden|ofde|ofd|oft|ven)\b)", _I
        ),
        0.7,
        needs_government=True,
        needs_future=True,
        needs=("kondig", "belo"),
    ),
    Trigger(
        "commitment",
        "open",
        # a promise of something to deliver, dated or not: "Staatssecretaris X belooft de Kamer een brief over de
        # wachtlijsten", "De minister beloofde een onderzoek naar de kosten"
        re.compile(
            r"\bbelo(?:ofden|ofde|ofd|oft|ven)\b\s+(?:(?:de|uw)\s+Kamer\s+|(?:nog\s+)?(?:ook\s+)?)(?:een|het|de|nog\s+een)\s+"
            r"(?:\w+\s+){0,2}?(?:brief|rapport|rapportage|reactie|kabinetsreactie|nota|overzicht|evaluatie|analyse|plan|"
            r"visie|wetsvoorstel|voorstel|notitie|onderzoek|verkenning|actieplan|uitwerking)\b",
            _I,
        ),
        0.75,
        needs_government=True,
        needs=("belo",),
    ),
    Trigger(
        "commitment",
        "open",
        # what the government is told to go and look into, dated or not: "Minister X gaat onderzoeken of de regeling
        # kan worden verlengd", "De staatssecretaris gaat met de provincies in gesprek", "gaat de minister na of ..."
        re.compile(
            r"\b(?:gaat|gaan)\s+(?![^.;?]*\b(?:niet|geen)\b)(?:(?:de\s+)?(?:minister|staatssecretaris|premier|bewinds\w+)\s+|(?:het\s+kabinet|de\s+regering)"
            r"\s+)?(?:[^.;?,]{0,60}?\s)?(?:(?:laten\s+)?onderzoeken|uitzoeken|in\s+kaart\s+brengen|in\s+gesprek|in\s+overleg"
            r"|overleggen|uitwerken|nagaan|na\b|verkennen|bezien)\b",
            _I,
        ),
        0.7,
        needs_government=True,
        needs=("gaat", "gaan"),
    ),
    Trigger(
        "commitment",
        "open",
        # what a member of government wants looked into, or has looked into, dated or not: "Minister X wil laten
        # onderzoeken of boeren sneller kunnen worden uitgekocht", "X wil bekijken hoe knelpunten kunnen worden
        # weggenomen", "De staatssecretaris laat uitzoeken wat het kost" (not "wil dat ...": a wish for someone else)
        re.compile(
            rf"{_GOVERNMENT_SUBJECT}(?:\w+\s+)?(?:wil|willen|laat|laten)\s+(?![^.;?]*\b(?:niet|geen)\b)"
            r"(?:(?!\b(?:dat|of|die|wat|hoe)\b)[^.;?,]){0,80}?\b(?:laten\s+)?(?:onderzoeken|uitzoeken|bekijken|nagaan|verkennen"
            r"|bezien|in\s+kaart\s+(?:laten\s+)?brengen|kijken\s+(?:of|hoe|naar|welke|wat|waar))\b"
        ),
        0.7,
        needs_government=True,
        needs=("wil", "laat", "laten"),
    ),
    Trigger(
        "commitment",
        "open",
        # agreed in the debate, with its term: "Afgesproken is verder dat minister X uiterlijk vrijdag in een brief
        # nader uitleg geeft", "De afspraak is dat het kabinet voor de zomer met een voorstel komt"
        re.compile(r"\b(?:[Aa]fgesproken|[Aa]fspraak\s+is)\b[^.;?]{0,40}?\bdat\b"),
        0.7,
        needs_government=True,
        needs_future=True,
        needs=("afgesproken", "afspraak"),
    ),
    Trigger(
        "commitment",
        "open",
        # the government's work told with when it comes to the Kamer: "Het kabinet werkt aan een nieuwe wet, die na de
        # zomer naar de Kamer gaat", "De minister werkt aan een plan dat in het voorjaar verschijnt"
        re.compile(
            rf"{_GOVERNMENT_SUBJECT}(?:\w+\s+)?(?:werkt|werken)\s+(?:nu\s+|nog\s+)?aan\s+[^.;?]{{3,120}}?,?\s+(?:die|dat|wat)\s+"
            r"[^.;?]{0,80}?\b(?:naar\s+(?:de|uw)\s+Kamer\s+(?:gaat|komt|wordt\s+gestuurd)|verschijnt|komt|klaar\s+is"
            r"|gereed\s+is|(?:wordt|worden)\s+(?:gepresenteerd|gepubliceerd|ingediend|verwacht|aangeboden))\b"
        ),
        0.7,
        needs_government=True,
        needs_future=True,
        needs=("werkt", "werken"),
    ),
    Trigger(
        "commitment",
        "open",
        # the future told by "gaan" as the main clause's finite verb, second in its clause (after the subject, or
        # before it when something else opens the sentence), with an infinitive that ends the clause and words between:
        # "Minister X gaat de regeling aanpassen", "Na drie jaar gaat minister X de wet toch intrekken", "Ruim een
        # jaar nadat ..., gaat het kabinet de wet intrekken". Not in a subordinate clause ("of ze de motie gaat
        # uitvoeren"), not "gaat over/om/in op ...", not negated; the government as its subject is checked after.
        _GOING_TO,
        0.7,
        needs_government=True,
        needs=("gaat", "gaan"),
    ),
    Trigger(
        "commitment",
        "open",
        # a promise recalled as still open: "De minister zou nog een reactie geven op het promotieonderzoek", "Ook zou
        # het kabinet nog met een voorstel komen" ("nog": not the conditional, "zou dat kunnen"; not negated)
        re.compile(
            rf"(?:{_GOVERNMENT_SUBJECT}|\b[Zz]ou(?:den)?\s+(?:de\s+(?:minister|staatssecretaris|premier|bewinds\w+)"
            r"|het\s+kabinet|de\s+regering|hij|zij|ze)\s+)(?:[Zz]ou(?:den)?\s+)?(?:\w+\s+){0,2}?nog\s+"
            r"(?:(?!\b(?:niet|geen|nooit|kunnen|willen|moeten)\b)[^.;?]){0,150}?\b(?:geven|sturen|toesturen|zenden|toezenden|informeren"
            r"|komen|terugkomen|reageren|beantwoorden|publiceren|aanbieden|voorleggen|toekomen)\b"
        ),
        0.7,
        needs_government=True,
        needs=("zou",),
    ),
    Trigger(
        "commitment",
        "open",
        # a member's request taken over: "De minister nam het verzoek van mevrouw X over om de regels te
        # vereenvoudigen", "neemt de suggestie van de ChristenUnie over" (a motion taken over is the motions' to read)
        re.compile(
            r"\b(?:neemt|nam|namen|nemen)\s+(?![^.;?]*\b(?:niet|geen)\b)(?:\w+\s+){0,2}?(?:de|het|die|dat|deze|dit)\s+(?:suggestie|verzoek|voorstel|idee"
            r"|oproep|wens)\b[^.;]{0,80}?\bover\b"
            r"|\b(?:suggestie|verzoek|voorstel|idee|oproep|wens)\b[^.;]{0,80}?\b(?:is|werd|wordt)\b[^.;]{0,40}?\bovergenomen\b",
            _I,
        ),
        0.75,
        needs_government=True,
        needs=("over",),
    ),
    Trigger(
        "commitment",
        "open",
        # the government's intention with its date: "Het is volgens het ministerie de bedoeling dat de stukken zo snel
        # mogelijk gepubliceerd worden", "Het voornemen van de staatssecretaris is om de regeling in mei aan te passen"
        re.compile(r"\b(?:de\s+bedoeling|het\s+voornemen)\b[^.;]{0,60}?\b(?:dat|om)\b", _I),
        0.7,
        needs_government=True,
        needs_future=True,
        needs=("bedoeling", "voornemen"),
    ),
    Trigger(
        "commitment",
        "open",
        # "komt dit voorjaar met een pakket maatregelen", "het plan waar de minister in mei mee komt"
        re.compile(r"\bkom(?:t|en)\b.{0,60}?\bmet\s+(?:een|het|de|zijn|haar|nieuwe)\b|\bmee\s+kom(?:t|en)\b", _I),
        0.65,
        needs_government=True,
        needs_future=True,
        needs=("kom",),
    ),
    Trigger(
        "commitment",
        "open",
        re.compile(r"\b(?:geeft|gaf|gegeven)\b.{0,150}?\baan\s*,?\s+dat\b.{0,250}?\b(?:zal|zullen)\b", _I),
        0.6,
        needs_government=True,
        needs=("zal", "zullen"),
    ),
    Trigger(
        "commitment",
        "open",
        re.compile(
            # (not a request told in the passive: "De minister zal worden verzocht de vragen te beantwoorden")
            r"\b(?:zal|zullen)\b(?!\s+(?:\w+\s+){0,2}?worden\s+(?:verzocht|gevraagd|uitgenodigd|opgeroepen)\b)"
            r".{0,150}?\b(?:komen met|met\b.{0,80}\bkomen|presenteren|publiceren|"
            r"uitwerken|opstellen|indienen|aanbieden|voorleggen|sturen|in overleg treden|in gesprek gaan|overleggen|"
            r"(?:laten )?onderzoeken|uitzoeken|bekijken|nagaan|verkennen|evalueren|agenderen|meenemen|betrekken|"
            # the government's answer to come: "zal in het najaar op de verkenning reageren", "zal de vragen
            # beantwoorden"
            r"opnemen|reageren|beantwoorden|terugkomen|toesturen|toezenden)\b",
            _I,
        ),
        0.55,
        needs_government=True,
        needs_future=True,
        needs=("zal", "zullen"),
    ),
)


# The Kamer of a municipality, a province or a water board: "de raad", "uw raad", "de gemeenteraad", "(Provinciale)
# Staten", "het algemeen bestuur" (not "de Raad van State", "de raad van bestuur", "de Raad voor ...", the Europese Raad
# as "de Raad").
_COUNCIL = (r"(?:(?:de|uw)\s+(?-i:(?:gemeente)?raad)\b(?!\s+(?:van|voor)\b)|(?:de|uw)\s+Staten\b|Provinciale\s+Staten\b"
            r"|het\s+algemeen\s+bestuur\b)")
# The Kamer as a trigger addresses it: "(?:de|uw) Kamer", "(?:de|uw)\s+Kamer", "(?:uw|de) Kamer"
_KAMER_ADDRESSED = re.compile(r"\(\?:(?:de\|uw|uw\|de)\)(?: |\\s\+)Kamer(?:\\b)?")


def _told_to_council(trig: Trigger) -> Trigger | None:
    """A trigger that promises the Kamer something, promising it the council instead ("zal het college voor de zomer
    de raad informeren", "Gedeputeerde Staten zullen Provinciale Staten op de hoogte houden"): said by who governs there
    (needs_government, which has_government reads for the wethouder, the college, Gedeputeerde Staten ...)."""
    if not _KAMER_ADDRESSED.search(trig.pattern.pattern):
        return None
    pattern = re.compile(_KAMER_ADDRESSED.sub(lambda _: _COUNCIL, trig.pattern.pattern), trig.pattern.flags)
    needs = tuple(sorted({w for w in trig.needs if w != "kamer"} | ({"raad", "staten", "bestuur"} if "kamer" in
                                                                       trig.needs else set())))
    return Trigger(trig.kind, trig.status, pattern, trig.confidence, needs_government=True,
                   needs_future=trig.needs_future, speaker_promises=trig.speaker_promises, needs=needs)


_COMMITMENT_TRIGGERS += tuple(t for t in map(_told_to_council, _COMMITMENT_TRIGGERS) if t is not None)


# what opens the promise asked for: "(de minister) (kan) toezeggen dat", "toe te zeggen om"
_PROMISE_ASKED_FOR = re.compile(r"^.*?\b(?:toezeggen|toe\s+te\s+zeggen)\s+(?:dat\s+|om\s+)?", _I)


# A list of commitments closing a committee report: "Toezeggingen", "De minister heeft de volgende
# toezeggingen gedaan:", "Toezeggingen:".
_COMMITMENT_LIST_HEAD = re.compile(
    r"^(?:toezeggingen|overzicht (?:van )?(?:de )?toezeggingen)\s*:?$|\bvolgende toezeggingen\b.{0,40}:$", _I
)
_ITEM_START = re.compile(r"\n(?:[-•–▪*]|\d{1,2}[.)])\s")
# A promise the text itself keeps: "Met deze brief doe ik deze toezegging gestand."
_FULFILLED = re.compile(
    r"\bgestand\b|\bmet (?:deze|onderhavige) brief\b|\bhierbij (?:informeer|stuur|bied|zend)\b|"
    r"\bhiermee (?:kom ik|voldoe|geef)\b|\bis (?:hiermee|daarmee) (?:voldaan|afgedaan)\b",
    _I,
)
_ASKS = re.compile(
    r"\b(?:vraagt|vroeg|vragen|vroegen|wil(?:de)? weten|informeert naar|verzoekt|verzocht)\b"
    r"|\bdr(?:ong|ongen|ingt|ingen)\s+(?:er\s*op\s+)?aan\b",
    _I,
)


def commitment_lists(ctx: Context) -> list[tuple[int, int]]:
    """Clean-text spans of the list items under a "Toezeggingen" heading."""
    out: list[tuple[int, int]] = []
    for s in ctx.sentences:
        if _COMMITMENT_LIST_HEAD.search(s.text) and (end := _items_end(ctx.clean.text, s.end)) > s.end:
            out.append((s.end, end))
    return out


def _items_end(text: str, pos: int) -> int:
    """Where the bulleted or numbered items that start at pos end (pos itself when none start there)."""
    end = pos
    while True:
        item = _ITEM_START.match(text, pos) or (re.match(r"(?:[-•–▪*]|\d{1,2}[.)])\s", text[pos:].lstrip(" ")))
        if not item:
            return end
        nxt = text.find("\n", pos + 1)
        end = pos = len(text) if nxt < 0 else nxt


# A letter that answers now what it lists: "In deze brief ga ik in op ... de volgende terreinen:", "Hierbij informeer
# ik u over de volgende punten:", "Met deze brief kom ik tegemoet aan:"
_ANSWERS_NOW = re.compile(
    r"\b(?:in|met)\s+(?:deze|onderhavige)\s+brief\b|\bhierbij\b|\bhiermee\b"
    r"|\b(?:ga|gaan|kom|komen)\s+(?:ik|wij|we)\b[^.;]{0,60}?\b(?:in\s+op|terug\s+op|tegemoet)\b",
    _I,
)
# What the listed items are: promises made or requests of the Kamer ("zijn enkele toezeggingen gedaan", "het
# informatieverzoek van uw Kamer", "is mij gevraagd")
_OWED = re.compile(r"\btoezegging\w*|\bverzoek\w*|\w+verzoek\w*|\bgevraagd\b|\bvragen\s+van\b", _I)


def kept_lists(ctx: Context) -> list[tuple[int, int]]:
    """Clean-text spans of the items a letter lists as what it answers now: a lead-in ending in ":" that says this
    letter goes into them, about promises or requests named there or in the two sentences before it. Each item is
    kept by the letter itself."""
    if not ctx.letter:
        return []
    out: list[tuple[int, int]] = []
    for n, s in enumerate(ctx.sentences):
        if not s.text.rstrip().endswith(":") or not _ANSWERS_NOW.search(s.text):
            continue
        if not any(_OWED.search(ctx.sentences[k].text) for k in range(max(0, n - 2), n + 1)):
            continue
        if (end := _items_end(ctx.clean.text, s.end)) > s.end:
            out.append((s.end, end))
    return out


# Every word a trigger needs (Trigger.needs): a sentence is searched for each once, not once per trigger.
_TRIGGER_WORDS = tuple(sorted({w for trig in _COMMITMENT_TRIGGERS for w in trig.needs}))


def _triggers_for(sentence: str) -> list[Trigger]:
    """The commitment triggers, in order, but those none of whose needed words the sentence has (each word looked for
    once in its lower case)."""
    lowered = sentence.lower()
    present = set(filter(lowered.__contains__, _TRIGGER_WORDS))
    return [trig for trig in _COMMITMENT_TRIGGERS if not trig.needs or not present.isdisjoint(trig.needs)]

# A promise refused: "niet toezeggen", "zegt dat niet toe", "geen toezegging gedaan"
_REFUSED = re.compile(
    r"\b(?:niet|geen|nooit)\s+(?:\w+\s+){0,2}?(?:toe(?:zeggen|gezegd|zegt|zegde|zegden)|toe(?!\s+te\b)|toezegging\w*\s+"
    r"(?:\w+\s+)?gedaan)\b",
    _I,
)

# coming back to it later in the debate itself: "Daar kom ik zo meteen op terug", "straks", "in het volgende blokje",
# "in mijn beantwoording" (not "zo snel mogelijk", "zo spoedig mogelijk": a promise)
_BACK_IN_DEBATE = re.compile(
    r"\b(?:zo\s*meteen|zodadelijk|dadelijk|straks|zo(?!\s+(?:snel|spoedig|gauw|mogelijk|nodig|kort)\b)"
    r"|later\s+in\s+(?:dit|het|mijn)\s+(?:debat|betoog|beantwoording)|in\s+(?:mijn|de)\s+beantwoording"
    r"|in\s+(?:het|een|mijn)\s+(?:volgende\s+)?blok(?:je)?)\b",
    _I,
)

_YET = re.compile(r"\bmaar\b[^.;]*\btoch\b", _I)

# a new motion announced ("kondigde aan dat de fractie een motie indient"): the motions stage reads it
_ANNOUNCES_A_MOTION = re.compile(r"\b(?:kondig\w*|aangekondigd)\b.{0,200}?\been\s+motie", _I)


def commitment_drafts(ctx: Context, i: int) -> list[Draft]:
    s = ctx.sentences[i]
    kept_list = ctx.in_spans(ctx.kept_lists, s.start)
    if kept_list and s.item:
        return [_kept_item(ctx, i)]
    # a line glued after a list's last item ("... dekkingsmiddel. Wachtlijsten") is none of its items
    listed = not kept_list and ctx.in_spans(ctx.commitment_lists, s.start)
    if _COMMITMENT_LIST_HEAD.search(s.text):
        return []  # "De minister heeft de volgende toezeggingen gedaan:" introduces them
    if not listed and _WISH.search(s.text):
        return []  # "wij willen dat de minister voor het debat een brief stuurt": asked for, not promised
    if not listed and _DOCUMENT_REF.match(s.text):
        # "de brief van de minister d.d. 5 juli inzake toezegging gebruik huurtoeslag": a promise its letter answered
        return [kept] if (kept := _answered_by_letter(ctx, i)) else []
    if ctx.letter and LETTER_IS_A_REPLY.search(s.text) and not _PROMISED.search(s.text):
        return []  # "Hierbij ontvangt u, mede namens ..., een reactie op het verzoek van ...": the letter itself
    if ctx.letter and _INFORMS_NOW.search(s.text) and not _OWED_BEFORE.search(s.text):
        return []  # "Met deze brief informeer ik uw Kamer over de stand van zaken ...": the letter itself, owed to none
    if kept := _kept_in_letter(ctx, i):
        return [kept]
    if not listed and s.text.rstrip().endswith("?"):
        return []  # "Kan de minister toezeggen dat ...?": asked for, not promised
    if not listed and _told_again(ctx, i):
        return []  # "Knops deed die toezegging tijdens een overleg ...": the promise the sentence before told
    if _BARE_YES.match(s.text) and (i == 0 or ctx.sentences[i - 1].text.rstrip().endswith(":")):
        return []  # "Minister X: Dat zeg ik toe. Ik stuur ...": the next sentence says what
    if within := _asked_within_government(ctx, i):
        return [within]
    for trig in _triggers_for(s.text):
        m = trig.pattern.search(s.text)
        if not m:
            continue
        if _REFUSED.search(s.text, max(0, m.start() - 40), m.end()) and not _YET.search(s.text, m.end()):
            continue  # "Dat kon de minister niet toezeggen" (unless "..., maar gaf toch toe"): refused, not promised
        if not listed and (request := asked_to_promise(s.text)) and m.start() >= request.start():
            continue  # "Van der Werf vraagt of de staatssecretaris kan toezeggen dat ...": asked for, not promised
        if trig.confidence < 0.6 and _OBLIGED.search(s.text):
            continue  # "De regering zal bij de Commissie moeten aandringen op ...": what she must do, no promise
        if trig.confidence < 0.6 and not _GOVERNMENT_WILL.search(s.text):
            continue  # "Ik verwacht dat gemeenten de regeling zullen evalueren": someone else will
        if "terug" in m.group().lower() and (_ANSWERED_IN_DEBATE.search(s.text) or _BACK_IN_DEBATE.search(s.text)):
            continue  # "Ik kom daar in de tweede termijn op terug", "Daar kom ik zo meteen op terug": in the debate
        if trig.confidence < 0.85 and _ANNOUNCES_A_MOTION.search(s.text):
            continue  # "Hij kondigde aan dat de SP een motie overweegt om de regering ...": a motion, no promise
        verb_at = m.start("future") if "future" in m.re.groupindex else m.start()  # the main verb of "gaat" cues
        if verb_at != m.start() and _member_after_verb(ctx, i, m.end("future")):
            continue  # "Na het debat gaat Kamerlid X de minister bevragen": a member, after the verb
        verb = m.group().rsplit(None, 1)[-1].lower()
        if "future" in m.re.groupindex and any(_going_to(ctx.sentences[k].text) == verb
                                               for k in range(max(0, i - 2), i)):
            continue  # a headline or lead told it, the body tells it again: one promise
        if trig.confidence < 0.85 and _member_subject(ctx, i, verb_at):
            continue  # "Van der Werf stuurt uiterlijk 4 december een brief aan de minister": a member's letter
        actors = sentence_actors(ctx, i, i)
        speaker = ctx.speakers.get(i)
        if trig.speaker_promises and speaker and speaker.role in ("minister", "state_secretary"):
            actors = list(dedupe_actors([speaker, *actors]))
        weak = trig.confidence < 0.7 and not listed
        if trig.needs_government and not (listed or has_government(ctx, i, actors) or _government_pronoun(ctx, i)
                                          or _MINISTRY_SAYS.search(s.text)):
            continue
        if (
            weak
            and QUESTION.search(s.text[: m.start()] + s.text[m.end() :])
            and not GOVERNMENT_WORD.search(s.text[: m.start()])
        ):
            continue
        if PAST_MARKER.search(s.text) and weak:
            continue
        # a long cue ending in its verb ("verwacht ... en streef ernaar uw Kamer ... te informeren") takes the date
        # nearest that verb
        anchor = s.start + (m.end() - 30 if m.end() - m.start() > 80 and _ENDS_IN_VERB.search(m.group()) else m.start())
        due = nearest_deadline(ctx, anchor, s.start + m.end(), s.start, s.end)
        later = _said_next(ctx, i) if due is None else None
        due = due or later  # "... toezeggen dat X ter beschikking komt. Dat gaat pas medio volgend jaar gebeuren."
        undated = due is None or due.resolution.due is None
        # delivered with the letter: no date to wait for; "Ik stuur u tevens het rapport van X" without a term too
        sends_now = ctx.letter and (_SENDS_NOW.search(s.text) or (
            due is None and _SENDS_PRESENT.match(s.text) and not _LATER_WORD.search(s.text)))
        if ((trig.needs_future and not listed and not sends_now) or weak) and undated:
            continue
        if _fulfilled(ctx, i, m, due):
            continue
        clause = _commitment_clause(s.text, m)
        if listed:
            actors = _with_holder(ctx, s.start, actors)
        draft = _commitment_draft(ctx, i, anchor - s.start, m.end(), trig.confidence, due, actors, clause)
        if "future" in m.re.groupindex and (again := [k for k in range(i + 1, min(i + 3, len(ctx.sentences)))
                                                      if _going_to(ctx.sentences[k].text) == verb]):
            draft.last = again[-1]  # told again just after (lead, then body): one promise, both its sentences
        back = _THAT_WAS_PROMISED.match(s.text) or _BARE_YES.match(s.text)
        then_back = _AFTER_THAT.match(s.text) and "terug" in m.group().lower() and not _tail_after(s.text, m)
        if i > 0 and (back or then_back or _BARE_OBJECT.fullmatch(strip_dates(ctx, clause))):
            # "X gaat ingrijpen bij gemeenten. Dat heeft de staatssecretaris toegezegd.", "Deze zal ik voor de zomer
            # aan uw Kamer zenden", "Hij wil eerst met de sector overleggen. Daarna komt hij bij de Kamer terug.": what
            # is promised is the sentence before (what a member asked for, when it is a request)
            b = _told_before(ctx, i)
            asked = _ASKED_IF.sub("", ctx.sentences[b].text) if _BARE_YES.match(s.text) else ""
            if not asked and back and (to := _ASKED_TO.match(ctx.sentences[b].text)):
                asked = ctx.sentences[b].text[to.end() :]
            if then_back:  # "Blok wil eerst berekeningen maken": what he does first
                asked = _FIRST_DOES.sub("", ctx.sentences[b].text, count=1)
            asked = re.sub(r"^(.*?)\s+(?:kan|kunnen|wil|zou)\s+(\w+en)\b", r"\1 \2", asked)
            # the promise asked for is what follows "toezeggen dat": "vroeg of de minister kon toezeggen dat X"
            asked = _PROMISE_ASKED_FOR.sub("", asked, count=1)
            draft.first, draft.clause = b, asked or ctx.sentences[b].text
        if later is not None:
            draft.last, draft.due_override = i + 1, later.resolution
        if sends_now:
            draft.status, draft.due_zone = "done", (s.start, s.start)  # "Hierbij stuur ik uw Kamer het rapport"
        return [draft]
    if not listed and (named := _named_promise(ctx, i) or _written_answers(ctx, i) or _own_turn_promise(ctx, i)):
        return [named]
    if not listed and ctx.letter and (offered := _offered_now(ctx, i)):
        return [offered]
    if listed and not QUESTION.search(s.text):
        # every item of a "Toezeggingen" list is a commitment, whatever its verb; one the list reports as sent
        # ("Op 30 september jl. heb ik uw Kamer de evaluatie toegezonden") is done
        if sent := _SENT_BEFORE.search(s.text):
            actors = _with_holder(ctx, s.start, sentence_actors(ctx, i, i))
            draft = _commitment_draft(ctx, i, 0, len(s.text), 0.75, None, actors, sent.group("what"))
            draft.status, draft.due_zone = "done", (s.start, s.start)
            return [draft]
        due = nearest_deadline(ctx, s.start, s.end, s.start, s.end)
        actors = sentence_actors(ctx, i, i)
        actors = _with_holder(ctx, s.start, actors)
        subject = _LIST_SUBJECT.match(s.text)
        clause = s.text[subject.end() :] if subject else s.text
        return [_commitment_draft(ctx, i, 0, len(s.text), 0.7, due, actors, clause)]
    return []


# A member of government's own act to come, said in their own turn of a debate (the speaker line "Minister X:",
# "Staatssecretaris Y:"), in the first person: "Ik zal eerst een verkenning doen naar de regionale inkoop", "Ik ga met
# de gemeenten in gesprek over de tarieven", "Wij zullen kijken of de regeling kan worden verlengd", "Dat neem ik mee in
# de voortgangsbrief". Dated or not: in a reply turn the act is the promise itself. An act of the debate itself ("Ik zal
# beginnen met ...", "Ik ga nu in op ...") names none of these verbs.
_I_SHALL = (r"(?:\b(?:ik|wij|we)\s+(?:\w+\s+){0,2}?(?:zal|zullen|ga|gaan)\b"
            r"|\b(?:zal|zullen|ga|gaan)\s+(?:ik|wij|we)\b)")
_OWN_ACT = (
    r"(?:(?:een|de|het|nog\s+een|eerst\s+een)\s+(?:\w+\s+)?(?:verkenning|onderzoek|inventarisatie|analyse|evaluatie"
    r"|rondgang|uitvraag|quickscan|peiling)\b[^.;?]{0,80}?\b(?:doen|uitvoeren|starten|laten\s+(?:doen|uitvoeren|maken)"
    r"|instellen|maken|uitzetten)"
    r"|(?:laten\s+)?(?:onderzoeken|uitzoeken|verkennen|nagaan|bekijken|bezien|inventariseren|uitwerken|navragen"
    r"|uitvragen|checken)"
    r"|kijken\s+(?:of|naar|hoe|welke|wat|waar|wanneer)|in\s+(?:gesprek|overleg|contact)|overleggen|contact\s+opnemen"
    r"|meenemen|mee\s+nemen|oppakken|aankaarten|agenderen|bespreken\s+met|aan\s+de\s+orde\s+stellen"
    r"|terugkomen|terug\s+komen|laten\s+weten|rapporteren|(?:toe)?sturen|toezenden|informeren)\b"
)
# what may come before "ik zal" in a main clause: no condition ("Als de Kamer dat wil, zal ik ..."), no subordinate
# clause
_NO_CONDITION = r"^(?:(?!\b(?:als|indien|wanneer|mits|tenzij|zodra)\b|(?<=\s)(?:of|dat)\b)[^.;?:])*?"
_OWN_TURN_ACT = re.compile(
    rf"{_NO_CONDITION}{_I_SHALL}(?:(?!{_SUBORDINATOR})[^.;?:]){{0,120}}?\b{_OWN_ACT}"
    # present: "Ik neem dat mee in de voortgangsbrief", "Dat neem ik mee naar Brussel"
    rf"|{_NO_CONDITION}(?:\b(?:ik|wij|we)\s+(?:neem|nemen)\b[^.;?:]{{0,80}}?\bmee\b"
    r"|\b(?:neem|nemen)\s+(?:ik|wij|we)\b[^.;?:]{0,80}?\bmee\b)(?!\s*(?:eens|terug)\b)",
    _I,
)


def _own_turn_promise(ctx: Context, i: int) -> Draft | None:
    """A member of government's act to come in the first person in their own turn (_OWN_TURN_ACT), with the speaker
    as its actor; not asked, negated, a possibility, nor an answer in the debate itself (not_a_promise)."""
    speaker = ctx.speakers.get(i)
    if speaker is None or speaker.role not in ("minister", "state_secretary"):
        return None
    s = ctx.sentences[i]
    m = _OWN_TURN_ACT.search(s.text)
    if m is None or QUESTION.search(s.text) or not_a_promise(ctx, i) is not None:
        return None
    due = nearest_deadline(ctx, s.start + m.start(), s.start + m.end(), s.start, s.end)
    actors = list(dedupe_actors([speaker, *sentence_actors(ctx, i, i)]))
    # what is promised: the words after "ik zal", "ga ik" ("eerst een verkenning doen naar de regionale inkoop")
    what = _SHALL_FIRST.sub("", s.text.rstrip(" ."), count=1)
    return _commitment_draft(ctx, i, m.start(), m.end(), 0.7, due, actors, what)


_SHALL_FIRST = re.compile(r"^.*?\b(?:(?:ik|wij|we)\s+(?:zal|zullen|ga|gaan)|(?:zal|zullen|ga|gaan)\s+(?:ik|wij|we))\s+"
                          r"(?:(?:eerst|ook|dan|nu|nog|zeker|graag)\s+)*", _I)


# A turn's courtesy or its speaker line, which a promise pointing back ("Daar kom ik op terug") does not point to:
# "Dank u wel, voorzitter.", "Voorzitter.", "Minister X:"
_COURTESY = re.compile(r"^(?:(?:Dank\s+(?:u|je)\s*(?:wel|zeer)?|Hartelijk\s+dank|Voorzitter)\b[^.?!:]{0,30}[.!]?"
                       r"|(?:De heer|Mevrouw|Minister|Staatssecretaris|De minister|De staatssecretaris|De voorzitter)"
                       r"\b[^.?!:]{0,80}:)\s*$", _I)


def _told_before(ctx: Context, i: int) -> int:
    """The sentence a promise pointing back points to: the one before, past a turn's courtesy and speaker line (up to
    three sentences back)."""
    k = i - 1
    while k > 0 and k > i - 4 and _COURTESY.match(ctx.sentences[k].text.strip()):
        k -= 1
    return k


# A motion's text that names a promise of the government, open beside the motion: a paper announced or promised
# ("verzoekt de regering in de aangekondigde januaribrief in te gaan op ...", "de toegezegde evaluatie van de wet")
# or a promise with its term ("overwegende dat de minister heeft toegezegd voor de zomer een brief te sturen";
# without a term, "heeft toegezegd de mestregels te herzien" is what the motion weighs). The motion asks something
# of that promise; the promise is the government's own follow-up, not the motion.
_PROMISED_PAPER = (r"(?:\w+-)?(?:\w*(?:brief|notitie|nota|rapportage|evaluatie|onderzoek|plan|wetsvoorstel|reactie"
                   r"|visie|verkenning|analyse|monitor|agenda|aanpak|voorstel|uitwerking|overzicht|update))")
_PROMISE_IN_MOTION = re.compile(
    r"\b(?:de|het)\s+(?:door\s+(?:de|het)\s+(?:minister|staatssecretaris|kabinet|regering)\s+)?(?:eerder\s+)?"
    rf"(?:aangekondigde|toegezegde|beloofde)\s+(?P<paper>(?:\w+\s+){{0,2}}?{_PROMISED_PAPER})\b"
    r"(?P<about>\s+(?:over|van|inzake|naar|met|op|voor)\s+[^,;:]{3,80}?(?=\s*(?:[,;:]|\s+(?:in\s+te|te|op\s+te|mee\s+te)"
    r"\s+\w+\b|$)))?"
    r"|\b(?:de|het)\s+(?:minister|staatssecretaris|kabinet|regering)\b[^;:]{0,40}?\b(?:heeft|hebben|had|hadden)\s+"
    r"(?:\w+\s+){0,4}?toegezegd\s+(?P<what>[^;:]{3,160}?\bte\s+\w+(?:en|n)\b)"
    # the promise named: "verzoekt de regering de toezegging om voor de zomer een brief te sturen na te komen"
    r"|\bde\s+(?:eerdere\s+|gedane\s+)?toezegging\s+(?:van\s+de\s+(?:minister|staatssecretaris)\s+)?om\s+"
    r"(?P<named>[^;:]{3,160}?\bte\s+\w+(?:en|n)\b)",
    _I,
)
# a motion's own text: its considerations and its dictum
_MOTION_TEXT = re.compile(r"\b(?:overwegende|constaterende|gehoord\s+de\s+beraadslaging|verzoekt\s+(?:de\s+regering|het"
                          r"\s+kabinet|de\s+minister|de\s+staatssecretaris))\b", _I)
_MONTH_PAPER = re.compile(r"^(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
                          r"(?:brief|nota|notitie|rapportage)\b", _I)


def promised_in_motion(ctx: Context, i: int) -> list[Draft]:
    """The government's promise a motion's text names (_PROMISE_IN_MOTION), a commitment beside the motion, with its
    term ("voor de zomer", a "januaribrief") and the government's member the text names last, or the office."""
    s = ctx.sentences[i]
    low = s.text.lower()
    if "toegezegd" not in low and "aangekondigd" not in low and "beloofd" not in low and "toezegging" not in low:
        return []
    if not _MOTION_TEXT.search(s.text):
        return []  # the motion's own words, not news about a motion ("een motie over de aangekondigde brief")
    m = _PROMISE_IN_MOTION.search(s.text)  # one promise per motion: its considerations and its dictum name one
    if m is None:
        return []
    if m.group("paper"):
        what = m.group("paper") + (m.group("about") or "")
    else:  # "voor de zomer een brief te sturen over de uitvoering": a letter on the uitvoering
        told = m.group("what") or m.group("named")
        what = _comes_with(told) or re.sub(
            r"\s+te\s+(?:sturen|zenden|versturen|toesturen|toezenden|publiceren|presenteren)\b", "", told, flags=_I)
    zone = (s.start + m.start(), s.start + m.end())
    due = nearest_deadline(ctx, zone[0], zone[1], zone[0], zone[1])
    if not m.group("paper") and (due is None or due.resolution.due is None):
        return []  # "constaterende dat de minister heeft toegezegd de mestregels te herzien": what the motion weighs
    years = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", s.text[max(0, m.start() - 80) : m.end()])}
    if due is not None and due.resolution.due is not None and years and due.resolution.due.year not in years:
        # "dat het kabinet in april 2016 heeft toegezegd nog voor de zomer van dat jaar ...": that summer, not this one
        due, zone = None, (zone[0], zone[0])
    holder = last_government(ctx, zone[0], None)
    role = re.search(r"\b(minister|staatssecretaris)\b", m.group(), _I)
    actors = [holder] if holder else [government_actor(role.group(1).lower() if role else "minister", None)]
    draft = Draft("commitment", "open", 0.7, i, i, (s.start + m.start(), s.start + m.end()), clause=what.strip(),
                  actors=actors, due_zone=zone)
    month = _MONTH_PAPER.match(m.group("paper") or "")
    if due is None and month:
        draft.due_override = resolve("in " + month.group(1).lower(), ctx.ref)  # "de aangekondigde januaribrief"
    return [draft]


# The promise named as a noun with what it holds: "blij met de toezegging van de minister om voor de zomer een plan te
# sturen", "haar toezeggingen om snel met een uitgebreid werkplan te komen", "de toezegging over de monitor dat die
# jaarlijks naar de Kamer wordt gestuurd"
_PROMISE_NOUN = re.compile(
    r"\btoezegging(?:en)?\b(?:\s+(?:van|over|aan)\s+(?:de\s+|het\s+)?[\w' -]{2,50}?)?\s*,?\s+(?P<what>(?:om|dat)\s+"
    r"[^.;?]{3,250}?\b(?:te\s+\w+|zal|zullen|komt|komen|gaat|gaan|blijft|blijven|krijgt|krijgen|wordt|worden)\b[^.;?]*)",
    _I,
)
# A promise asked for, refused or hoped for, not given: "vraagt de minister om een toezegging dat ...", "wil graag de
# toezegging", "geen toezegging", "zonder de toezegging"
_PROMISE_NOT_GIVEN = re.compile(
    r"\b(?:vraag\w*|vroeg\w*|verzoek\w*|verzocht|wil\w*|wens\w*|hoop\w*|graag|krijgen|geen|zonder|eis\w*|afdwingen)\b"
    r"[^.;]{0,40}?$",
    _I,
)


def _named_promise(ctx: Context, i: int) -> Draft | None:
    """A promise the sentence names as a noun with what it holds, said to have been given: open, no date needed."""
    s = ctx.sentences[i]
    if "toezegging" not in s.text.lower() or QUESTION.search(s.text):
        return None
    m = _PROMISE_NOUN.search(s.text)
    if m is None or _PROMISE_NOT_GIVEN.search(s.text, 0, m.start()) or _fulfilled(ctx, i, m, None):
        return None
    due = nearest_deadline(ctx, s.start + m.start(), s.start + m.end(), s.start, s.end)
    what = re.sub(r"^(?:om|dat)\s+", "", m.group("what"), flags=_I)
    what = _comes_with(what) or what  # "om snel met een uitgebreid werkplan te komen" → "een uitgebreid werkplan"
    return _commitment_draft(ctx, i, m.start(), m.end(), 0.8, due, sentence_actors(ctx, i, i), what)


# Answers promised in writing: "de overige vragen worden schriftelijk beantwoord", "er komen morgenochtend een aantal
# antwoorden schriftelijk", "Ik zal de vragen over de kosten schriftelijk beantwoorden", "De schriftelijke antwoorden
# volgen voor het commissiedebat"
_IN_WRITING = re.compile(
    r"\b(?:vragen|antwoorden|antwoord|beantwoording)\b[^.;?]{0,80}?\bschriftelijk\b[^.;?]{0,60}?\b(?:beantwoord|komen|"
    r"komt|volgen|volgt|gegeven|geven|gestuurd|sturen|toegestuurd|toekomen)\b"
    r"|\bschriftelijk\s+(?:\w+\s+){0,3}?(?:beantwoorden|beantwoord|antwoorden|reageren)\b"
    r"|\bschriftelijke\s+(?:antwoorden|beantwoording|reactie|antwoord)\b[^.;?]{0,60}?\b(?:komen|komt|volgen|volgt|"
    r"sturen|stuurt|ontvangt|krijgt)\b"
    r"|\b(?:komen|komt|volgen|volgt)\b[^.;?]{0,60}?\b(?:schriftelijke\s+antwoorden|antwoorden\b[^.;?]{0,20}?\bschriftelijk)\b",
    _I,
)
# Answered already: "zijn schriftelijk beantwoord", "heeft de vragen schriftelijk beantwoord"
_ANSWERED = re.compile(
    r"\b(?:is|zijn|werd|werden|was|waren|heeft|hebben|had|hadden)\b[^.;]{0,80}?\bschriftelijk\s+(?:\w+\s+){0,2}?"
    r"beantwoord\b|\bbeantwoordde\w*\b",
    _I,
)


def _written_answers(ctx: Context, i: int) -> Draft | None:
    """Answers the government says it gives in writing: a promise the Kamer waits for, with its day if told."""
    s = ctx.sentences[i]
    if "schriftelijk" not in s.text.lower():
        return None
    m = _IN_WRITING.search(s.text)
    if m is None or QUESTION.search(s.text) or _ASKS.search(s.text, 0, m.start()) or _ANSWERED.search(s.text):
        return None
    if PAST_MARKER.search(s.text) or _fulfilled(ctx, i, m, None):
        return None
    due = nearest_deadline(ctx, s.start + m.start(), s.start + m.end(), s.start, s.end)
    return _commitment_draft(ctx, i, m.start(), m.end(), 0.75, due, sentence_actors(ctx, i, i),
                             "Schriftelijke beantwoording van " + _asked_about(s.text))


_QUESTIONS_ABOUT = re.compile(r"\bvragen\s+(?P<about>(?:over|van|op|rond)\s+[^,.;]{3,80}?)(?=\s+(?:worden|zal|zullen|"
                              r"schriftelijk|komen|volgen)\b|[,.;]|$)", _I)


def _asked_about(sentence: str) -> str:
    """What the written answers are about: "de vragen over de kosten" → "vragen over de kosten"."""
    about = _QUESTIONS_ABOUT.search(sentence)
    return f"vragen {about.group('about')}" if about else "de vragen"


# ... told in the present tense by its writer, without a term: "Ik stuur u tevens het rapport van TNO over X", "Wij
# bieden u daarnaast de evaluatie aan" (not "Ik stuur u voor de zomer ...": a term; not "Ik stuur u binnenkort ...")
_SENDS_PRESENT = re.compile(
    r"^(?:(?:Mede\s+namens|Samen\s+met)\s+[^,.;]{3,150}?,?\s+)?(?:(?:Ik|Wij|We)\s+(?:stuur|sturen|zend|zenden|bied|bieden)"
    r"|(?:Hierbij|Tevens|Daarnaast|Ook|Bijgaand)\s+(?:stuur|sturen|zend|zenden|bied|bieden)\s+(?:ik|wij|we))"
    r"\s+(?:u|uw\s+Kamer)\b", _I)
_LATER_WORD = re.compile(r"\b(?:binnenkort|later|spoedig|z\.s\.m|zodra|na\s+afloop|zal|zullen|straks)\b", _I)
# A letter delivering now what it names: "Hierbij stuur ik uw Kamer het rapport ...", "Bijgaand zend ik u ..."
_SENDS_NOW = re.compile(
    r"\b(?:hierbij|bijgaand|hiermee|met\s+deze\s+brief)\s+(?:stuur|zend|bied|doe)\s+(?:ik|wij|we)\b"
    r"|\b(?:stuur|zend|bied)\s+(?:ik|wij|we)\s+(?:u|uw\s+Kamer)\b[^.;]{0,150}?\b(?:hierbij|bijgaand)\b"
    # "Met deze brief ontvangt u ...", "Gelijktijdig met deze brief ontvangt uw Kamer de voortgangsrapportage"
    # (not the letter itself: "Hierbij ontvangt uw Kamer de gevraagde brief.")
    r"|\b(?:hierbij|bijgaand|hiermee|met\s+deze\s+brief)\s+(?:ontvangt|krijgt)\s+(?:u|uw\s+Kamer)\b"
    r"(?!\s+(?:de|deze)\s+(?:gevraagde\s+)?brief\s*[.,;])"
    r"|\b(?:gelijktijdig|tegelijk(?:ertijd)?|samen)\s+met\s+deze\s+brief\b",
    _I,
)


# The letter's writer hands the Kamer a paper with it, in the present tense of a verb of offering with a word of "now"
# (hierbij, bijgaand, met deze brief, bij deze), as the main clause's act: "Met deze brief bied ik u de onderzoeken
# aan", "De eindevaluatie bied ik u met deze brief aan", "Graag maak ik van de gelegenheid gebruik om u een aantal
# stukken aan te bieden". Delivered: a promise kept by the letter. (Not a paper a relative clause offers aside: "Dit
# alles is vastgelegd in het deelakkoord dat ik u hierbij aanbied" tells what the deelakkoord holds.)
_NOW_WORD = r"(?:hierbij|bijgaand|hiermee|bij\s+deze|met\s+deze\s+brief)"
_OFFERS_NOW = re.compile(
    # the word of now first: "Hierbij bied ik u X aan", "Met deze brief stuur ik uw Kamer X"
    rf"\b{_NOW_WORD}\s+(?:bied|bieden|stuur|sturen|zend|zenden)\s+(?:ik|wij|we)\s+(?:u|uw\s+Kamer)\s+"
    r"(?P<after>[^;,]{5,})"
    # the paper first: "De eindevaluatie bied ik u met deze brief aan"
    rf"|^(?P<before>[^,;]{{5,150}}?)\s+(?:bied|bieden|stuur|sturen|zend|zenden)\s+(?:ik|wij|we)\s+(?:u|uw\s+Kamer)\s+"
    rf"(?:{_NOW_WORD})\b"
    # the letter's own occasion: "Graag maak ik van de gelegenheid gebruik om u ... aan te bieden"
    r"|\b(?:maak|maken)\s+(?:ik|wij|we)\b[^.;]{0,40}?\bgelegenheid\b[^.;]{0,20}?\bom\s+(?:u|uw\s+Kamer)\s+"
    r"(?P<occasion>[^;]{5,}?)\s+(?:aan\s+te\s+bieden|toe\s+te\s+(?:sturen|zenden)|te\s+(?:sturen|zenden))\b",
    _I,
)
# what the letter itself is or holds is no paper of its own: "Deze brief bevat de kabinetsreactie, die ik u hiermee
# aanbied", "Hierbij stuur ik u de gevraagde brief"
_THE_LETTER_ITSELF = re.compile(
    r"\b(?:deze|onderhavige)\s+brief\s+(?:bevat|is|geeft)\b|^(?:de|deze)\s+(?:gevraagde\s+)?brief\b", _I)
_A_MOTION = re.compile(r"\bmoties?\b", _I)
_TRAILING_AAN = re.compile(r"\s+(?:aan|toe)\d*\s*[.!]?\d*\s*$|\d*\s*[.!]\d*\s*$", _I)


def _offered_now(ctx: Context, i: int) -> Draft | None:
    """A paper the letter's writer offers the Kamer with it ("Hierbij bied ik u X aan"): done, its title the paper."""
    s = ctx.sentences[i]
    m = _OFFERS_NOW.search(s.text)
    if m is None or QUESTION.search(s.text) or _THE_LETTER_ITSELF.search(s.text) or _A_MOTION.search(s.text):
        return None  # (a paper that carries out a motion: "Dit onderzoek bied ik u aan en daarmee heb ik de motie
        # uitgevoerd" is the motion's, executed)
    what = m.group("after") or m.group("before") or m.group("occasion") or ""
    what = _TRAILING_AAN.sub("", what).strip(" ,")
    what = re.sub(r"\s+aan(?=\s+(?:op|over|van|bij|ter|in)\b)", "", what, count=1, flags=_I)  # "X aan op de vragen"
    if _THE_LETTER_ITSELF.search(what) or len(what) < 5:
        return None
    draft = _commitment_draft(ctx, i, m.start(), m.end(), 0.7, None, sentence_actors(ctx, i, i), what)
    draft.status, draft.due_zone = "done", (s.start, s.start)
    return draft


# The government asks one of its own to act: "De premier vraagt aan de minister van Financiën om er naar te kijken",
# "De minister heeft de staatssecretaris gevraagd om de regeling te herzien"
_GOVERNMENT_ASKS = re.compile(
    r"^(?:De\s+|Ook\s+de\s+)?(?P<who>premier|minister-president|minister|staatssecretaris|bewindsman|bewindsvrouw)\b"
    r"[^.;?]{0,60}?\b(?:vraagt|vroeg|verzoekt|verzocht|(?:heeft|had)\s+(?:\w+\s+){0,6}?gevraagd|(?:heeft|had)\s+"
    r"(?:\w+\s+){0,6}?verzocht)\s+(?:(?:aan|van)\s+)?(?:de|zijn|haar)\s+(?:collega\s+)?(?:(?:van|voor)\s+\w+\s+)?"
    r"(?:minister|staatssecretaris)\b[^.;?]{0,80}?\bom\s+(?P<what>[^.;?]+?\s+te\s+\w+)\b",
    _I,
)
_POINTS_TO_BEFORE = re.compile(r"^(?:er|daar|hier)\s*(?:naar|aan|op|over)\b|^(?:dat|dit|het)\s+te\b", _I)
_TO_DO = re.compile(r"\bom\s+(?P<what>[^.;?]+?)\s+te\s+(?P<verb>\w+)\b", _I)


def _asked_within_government(ctx: Context, i: int) -> Draft | None:
    """A minister asked by the premier or a colleague to act: the government's own follow-up, no date needed. What
    "er naar kijken" points to is what the sentence before names ("... om de bezuiniging terug te draaien")."""
    s = ctx.sentences[i]
    m = _GOVERNMENT_ASKS.search(s.text)
    if m is None or QUESTION.search(s.text):
        return None
    what = m.group("what")
    if _POINTS_TO_BEFORE.match(what) and i > 0:
        prev = ctx.sentences[i - 1].text
        todo = _TO_DO.search(prev)
        what = f"{todo.group('what')} {todo.group('verb')}" if todo else prev
    asker = last_government(ctx, s.start + m.start("who"), m.group("who").lower() == "staatssecretaris")
    actors = [a for a in sentence_actors(ctx, i, i) if a != asker]
    draft = Draft("commitment", "open", 0.7, i, i, (s.start + m.start(), s.start + m.end()), clause=what.strip(),
                  actors=list(dedupe_actors([*([asker] if asker else []), *actors])))
    return draft


# The promise told just before, named again: "deed die toezegging", "Deze toezegging herhaalde hij"
_THAT_PROMISE = re.compile(r"\b(?:die|deze|dezelfde|die\s+laatste)\s+toezegging\b", _I)
_PROMISE_CUE = re.compile(r"\btoe\b|\btoegezegd\b|\btoezeg|\bbelo(?:ofde|ofd|oft|ven)\b", _I)


def _told_again(ctx: Context, i: int) -> bool:
    """Whether the sentence names a promise one of the two before it told, and adds no date of its own."""
    s = ctx.sentences[i]
    before = range(max(0, i - 2), i)
    if not _THAT_PROMISE.search(s.text) or not any(_PROMISE_CUE.search(ctx.sentences[k].text) for k in before):
        return False
    own = nearest_deadline(ctx, s.start, s.end, s.start, s.end)
    return own is None or own.resolution.due is None


# A ministry says it: "volgens het landbouwministerie", "meldt het ministerie van Financiën" (its minister is the one
# the text named last)
_MINISTRY_SAYS = re.compile(r"\b(?:volgens|aldus|meldt|meldde|zegt|zei)\s+(?:het\s+)?\w*ministerie\b", _I)

# "Daarna komt hij ...", "Ook zij wil ...", "Later in het voorjaar komt hij ...": a pronoun subject among the
# sentence's first words (after the finite verb, which follows the first phrase however long: "Voor de zomer")
_PRONOUN_SUBJECT = re.compile(r"^(?:\S+\s+){0,5}?(?:hij|zij|ze)\b"
                              # ... or of a clause of its own telling what is to come: ", waar hij ... op zal reageren"
                              r"|\b(?:waar|waarop|waarover|en|dat|die)\s+(?:hij|zij)\s+(?:\w+\s+){0,5}?zal\b", _I)


def _government_pronoun(ctx: Context, i: int) -> bool:
    """Whether the sentence's subject is "hij" or "zij" standing for a member of government: going back at most four
    sentences, the last person the first one naming anyone names is one, or a sentence before that names nobody speaks
    of the government ("..., stelde de minister.")."""
    if i == 0 or not _PRONOUN_SUBJECT.search(ctx.sentences[i].text):
        return False
    for k in range(i - 1, max(-1, i - 5), -1):
        prev = ctx.sentences[k]
        people = [m.actor for m in mentions_in(ctx, prev.start, prev.end) if m.actor.role != "organisation"]
        if people:
            return people[-1].role in ("minister", "state_secretary")
        if GOVERNMENT_WORD.search(prev.text):
            return True
    return False


def _member_subject(ctx: Context, i: int, before: int) -> bool:
    """Whether the sentence opens with a member, a party or a body as the subject of the verb at `before` and names
    no government before it."""
    s = ctx.sentences[i]
    if GOVERNMENT_WORD.search(s.text, 0, before):
        return False
    opening = [
        x for x in ctx.mentions_between(s.start, s.start + before)
        if x.start - s.start <= 16 and not _NOT_SUBJECT.search(ctx.clean.text, s.start, x.start)
    ]
    return any(x.actor.role in ("member", "organisation") for x in opening)


def _going_to(text: str) -> str | None:
    """The infinitive of the government's "gaat ... VERB" in the sentence, if it has one."""
    m = _GOING_TO.search(text) if re.search(r"\bga(?:at|an)\b", text, _I) else None
    return m.group().rsplit(None, 1)[-1].lower() if m else None


def _member_after_verb(ctx: Context, i: int, verb_end: int) -> bool:
    """Whether a member, a party or a body is the subject right after the finite verb (Dutch inversion): "gaat
    Kamerlid X ...", "gaat de SP ..."."""
    s = ctx.sentences[i]
    after = s.start + verb_end
    return any(x.actor.role in ("member", "organisation") and x.start - after <= 12
               for x in ctx.mentions_between(after, after + 60))


# A name after a preposition is no subject: "Op vragen van Kamerlid X", "Namens X"
_NOT_SUBJECT = re.compile(r"\b(?:van|door|aan|met|namens|volgens|voor)\s+(?:(?:het\s+)?(?:Kamer)?lid\s+)?$", _I)


_ENDS_IN_VERB = re.compile(r"\bte\s+(?:kunnen\s+)?\w+en$|\b(?:zenden|sturen|aanbieden|informeren|doen\s+toekomen)$", _I)


# A document named in an agenda or a list of letters: "de brief van de minister d.d. 4 oktober 2024 inzake ..."
_DOCUMENT_REF = re.compile(
    r"^[-–—•]?\s*(?:de|het)\s+(?:brief|nota|notitie|verslag|rapport|memorie)\s+van\b[^;]{0,200}?\b(?:d\.d\.|inzake)\s",
    _I,
)
# What a listed letter is about, when that is a promise: "inzake toezegging oneigenlijk gebruik huurtoeslag",
# "houdende de toezeggingen tijdens het algemeen overleg Ondernemen", "over de toezegging inzake de monitor"
_ABOUT_A_PROMISE = re.compile(
    r"\b(?:inzake|houdende|over|betreffende|met\s+betrekking\s+tot)\s+(?:de\s+|het\s+)?(?:(?:uitvoering|afdoening|"
    r"nakoming)\s+van\s+(?:de\s+)?)?(?P<what>toezegging(?:en)?\b[^;()]{3,160})",
    _I,
)


def _answered_by_letter(ctx: Context, i: int) -> Draft | None:
    """A letter named in a report's list of documents (dated, sent already) about a promise: that promise, done."""
    s = ctx.sentences[i]
    m = _ABOUT_A_PROMISE.search(s.text)
    if m is None:
        return None
    what = m.group("what").strip(" ,.;")
    actors = [a for a in sentence_actors(ctx, i, i) if a.role in ("minister", "state_secretary")]
    draft = Draft("commitment", "done", 0.7, i, i, (s.start + m.start(), s.start + m.end()), clause=what,
                  actors=actors)
    draft.due_zone = (s.start, s.start)
    return draft


# The subject of "zal"/"zullen" is the government or the writer: "De minister zal ...", "Ik zal ...", "zal het kabinet"
_GOVERNMENT_WILL = re.compile(
    r"\b(?:minister\w*|staatssecretaris\w*|kabinet|regering|bewindspersoon|ik|wij|we)\s+(?:\w+\s+){0,4}?(?:zal|zullen)\b"
    r"|\b(?:zal|zullen)\s+(?:ik|wij|we|de\s+minister|de\s+staatssecretaris|het\s+kabinet|de\s+regering)\b"
    r"|^(?:Hij|Zij|Ze)\s+(?:zal|zullen)\b"
    # the pronoun as the subject of a clause of its own: "..., waar hij in het najaar op zal reageren"
    r"|\b(?:waar|waarop|waarover|en|dat|die)\s+(?:hij|zij)\s+(?:\w+\s+){0,5}?zal\b",
    _I,
)
# What is promised is a pronoun only: "Deze", "aan uw Kamer zenden" with "Deze" before it
_BARE_OBJECT = re.compile(
    r"\s*(?:(?:deze|die|dit|dat|het)\b\s*)?(?:(?:aan|naar)\s+(?:uw|de)\s+Kamer\s*)?(?:\w+en)?\s*", _I
)
# A wish that the government does something: "wij willen dat de minister ...", "ik zou graag zien dat ..."
_WISH = re.compile(
    r"\b(?:wil|willen|wilde|wilden)\s+(?:graag\s+|wel\s+|eigenlijk\s+)?dat\b|\bzou(?:den)?\s+(?:\w+\s+){0,2}?(?:willen|zien)\s+dat\b",
    _I,
)
# An obligation, not a promise: "zal ... moeten", "zullen ... moeten"
_OBLIGED = re.compile(r"\b(?:zal|zullen)\b[^.;]{0,80}?\bmoeten\b", _I)


_HE_OR_SHE = re.compile(r"\b(?:hij|zij|ze)\b", _I)
_CABINET = re.compile(r"\b(?:het\s+kabinet|de\s+regering)\b", _I)
_LIST_SUBJECT = re.compile(r"^(?:de|het)\s+(?:minister|staatssecretaris|kabinet|regering)\b[^,]*?\s(?=[a-z]+t\b)", _I)


def _with_holder(ctx: Context, at: int, actors: list[ExtractedActor]) -> list[ExtractedActor]:
    """A listed commitment without its office-holder ("De Kamer ontvangt ...") is the list's: the one last named."""
    if any(a.role in ("minister", "state_secretary") for a in actors):
        return actors
    holder = last_government(ctx, at, None)
    return [holder, *actors] if holder else actors


# "Dat heeft de staatssecretaris gisteren toegezegd": what was promised is the sentence before.
# "Ik ga met de sector in gesprek en kom ...": the act "daar" points back to
_DO_THEN_RETURN = re.compile(r"\b(?:ga|gaan|zal|zullen)\s+(?P<what>[^,;]{6,120}?)\s+en\s*$", _I)
# "Dat zeg ik toe.": the promise is in the sentence next to it
_BARE_YES = re.compile(
    r"^(?:Dat|Dit)\s+(?:zeg|zegt|zeggen)\s+(?:ik|wij|we|hij|zij|de\s+\w+)\s+(?:u\s+|de\s+Kamer\s+)?(?:graag\s+)?toe\W*$",
    _I,
)
# The request a bare "Dat zeg ik toe" grants: "Mevrouw X vroeg of ik de Kamer kan informeren over Y"
_ASKED_IF = re.compile(
    r"^.*?\b(?:vroeg|vraagt|vroegen|verzocht|verzoekt)\s+(?:of|om)\s+(?:ik|wij|we|de\s+minister)?\s*", _I
)
# the same with a modal or the verb split: "Dat kon de minister toezeggen", "Dit zegde zij toe" (not "Dat kan ik niet
# toezeggen": refused)
_THAT_WAS_PROMISED = re.compile(
    r"^(?:Dat|Dit|Die|Deze)\s+(?![^.;]*\b(?:niet|geen|nooit)\b)(?:(?:heeft|hebben|is|zijn|werd)\b[^.;]{0,80}?\btoegezegd"
    r"|(?:kon|kan|konden|kunnen|wilde|wil|wilden|willen)\b[^.;]{0,80}?\btoezeggen|(?:zegde|zegden|zei|zeiden)\b[^.;]{0,80}?"
    r"\btoe)\b",
    _I,
)


# What a member asked of the government, the asking left out: "X vroeg de minister om bij de evaluatie ...", "Y drong
# erop aan bij de uitwerking ..."
_ASKED_TO = re.compile(
    r"^.*?\b(?:vroeg|vraagt|vroegen|vragen|verzocht|verzoekt|verzochten)\s+(?:(?:de|het)\s+(?:minister|staatssecretaris|"
    r"kabinet|regering|bewindspersoon)\s+)?(?:of|om)\s+(?:(?:hij|zij|ze|de\s+minister|de\s+staatssecretaris)\s+)?"
    r"|^.*?\bdr(?:ong|ongen|ingt|ingen)\s+(?:er\s*op\s+)?aan\s+(?:om\s+|dat\s+)?",
    _I,
)
# "Daarna komt hij bij de Kamer terug": back after what the sentence before says he does first
_AFTER_THAT = re.compile(r"^(?:Daarna|Vervolgens|Dan|Nadien|Na\s+afloop(?:\s+daarvan)?)\b", _I)
_FIRST_DOES = re.compile(r"^[^,.;]{0,60}?\b(?:wil|wilde|gaat|ging|zal|laat)\s+(?:eerst\s+)?", _I)


def _tail_after(sentence: str, m: re.Match[str]) -> str:
    """What the sentence says after the cue, its full stop left out."""
    return sentence[m.end() :].strip(" .")


# A sentence after a promise that says when it happens: "Dat gaat pas medio volgend jaar gebeuren."
_POINTS_BACK = re.compile(r"^(?:[^.;]{0,40}?\b)?(?:dat|dit|die|het|deze)\b", _I)


# a sentence that promises itself by its verb: "zegde ... toe", "toegezegd", "belooft" (not "deze toezegging", which
# points back)
_OWN_PROMISE = re.compile(r"\bzeg(?:t|de|den|gen)?\b[^.;]{0,60}?\btoe\b|\btoe(?:zeg|zegt|zegde|zegden|gezegd)\b"
                          r"|\bbelo(?:ofde|oft|ven|ofden)\b", _I)


def _said_next(ctx: Context, i: int) -> FoundDeadline | None:
    """A future date the next sentence gives the promise, when it points back to it."""
    if i + 1 >= len(ctx.sentences):
        return None
    nxt = ctx.sentences[i + 1]
    if not _POINTS_BACK.match(nxt.text) or QUESTION.search(nxt.text):
        return None
    if _OWN_PROMISE.search(nxt.text):
        return None  # "De minister zegde X toe dat hij binnen zes weken ...": a promise of its own, with its own term
    found = nearest_deadline(ctx, nxt.start, nxt.start, nxt.start, nxt.end)
    return found if found is not None and found.resolution.due is not None else None


# A letter keeps a promise now: "Met deze brief doe ik deze toezegging gestand", "Ten slotte ga ik in op X,
# zoals toegezegd aan uw Kamer", "Hierbij stuur ik u ..., zoals toegezegd", "Op 3 maart jl. heb ik ... gestuurd".
_PROMISED = re.compile(r"\btoegezegd\b|\btoezegging\b", _I)
_KEEPS_NOW = re.compile(
    r"\b(?:ga|kom)\s+ik\b[^.;]{0,80}?\b(?:in\s+op|terug\s+op|na)\b|\b(?:informeer|stuur|zend|bied|doe|geef)\s+ik\b"
    r"|\bhierbij\b|\bhiermee\b|\b(?:met|in)\s+(?:deze|onderhavige)\s+brief\b|\bgestand\b"
    r"|\bik\s+(?:informeer|stuur|zend|bied)\s+(?:u|uw\s+Kamer)\b"
    # what was done before, not what was promised ("heb ik toegezegd de kosten te laten onderzoeken")
    # (a dot before a small letter or a number ends no sentence: "op 24 april jl. toegestuurd")
    r"|\bheb\s+ik\b(?:(?!toegezegd)(?:[^.;]|\.(?=\s*[a-z0-9(]))){0,160}?\b(?:gestuurd|toegestuurd|toegezonden|verzonden|geïnformeerd"
    r"|aangeboden|(?<!te\s)laten\s+(?:uitvoeren|onderzoeken|opstellen|evalueren|doen)|uitgevoerd|opgesteld)\b",
    _I,
)


# A letter telling what it does itself, now: "Met deze brief informeer ik uw Kamer over ...", "Hierbij informeer ik u
# over ...", "informeer ik uw Kamer in deze brief graag over ..."
_THIS_LETTER_NOW = r"(?:(?:in|met|middels|via)\s+(?:deze|onderhavige)\s+brief|hierbij|hiermee)"
_INFORMS_NOW = re.compile(
    rf"\b{_THIS_LETTER_NOW}\s+(?:informeer|informeren|bericht|berichten)\s+(?:ik|wij|we)\b"
    rf"|\b(?:informeer|informeren)\s+(?:ik|wij|we)\s+(?:u|uw\s+Kamer)\s+(?:\w+\s+)?{_THIS_LETTER_NOW}\b",
    _I,
)
# ... unless it says what it answers: a promise, a motion, a request ("zoals toegezegd", "naar aanleiding van het
# verzoek van de commissie", "de motie van het lid X"), or what it still will do
_OWED_BEFORE = re.compile(
    r"\btoe(?:gezegd|zegging\w*|zeggen)\b|\bmoties?\b|\bverzo(?:ek|cht)\w*|\bgevraagd\b|\bvragen\b|\bbeloofd\b"
    r"|\baangekondigd\b|\bzoals\s+(?:\w+\s+)?(?:afgesproken|aangegeven|gemeld)\b|\b(?:zal|zullen)\b",
    _I,
)


def _kept_in_letter(ctx: Context, i: int) -> Draft | None:
    """A commitment a letter to the Kamer reports as kept, now or before: done."""
    s = ctx.sentences[i]
    if not ctx.letter or not _PROMISED.search(s.text) or QUESTION.search(s.text):
        return None
    back = re.search(r"\b(?:deze|die|dit)\s+toezegging\b", s.text, _I)
    if back and i > 0 and _PROMISED.search(ctx.sentences[i - 1].text):
        return None  # "Met deze brief doe ik deze toezegging gestand": the promise the sentence before named
    here = _KEEPS_NOW.search(s.text)
    after = i + 1 < len(ctx.sentences) and _KEEPS_NOW.search(ctx.sentences[i + 1].text)
    if not (here or after) or re.search(r"\b(?:zal|zullen)\b", s.text, _I):
        return None
    clause = s.text
    if here and (topic := re.search(r"\b(?:in\s+op|terug\s+op)\s+(?P<what>[^,;]+)", s.text, _I)):
        clause = topic.group("what")  # "ga ik in op de tariefontwikkeling van TenneT, zoals toegezegd ..."
    elif promised := re.search(r"\btoegezegd\s+(?P<what>.+)", s.text, _I):
        clause = promised.group("what")  # "heb ik toegezegd uw Kamer te informeren over X"
    actors = sentence_actors(ctx, i, i)
    if not any(a.role in ("minister", "state_secretary") for a in actors) and (author := letter_author(ctx)):
        actors.insert(0, author)
    draft = Draft("commitment", "done", 0.8, i, i, (s.start, s.end), clause=_commitment_clause_text(clause),
                  actors=list(dedupe_actors(actors)))
    draft.due_zone = (s.start, s.start)
    return draft


def _kept_item(ctx: Context, i: int) -> Draft:
    """An item of a letter's list of what it answers now ("• De uitleg over de overheveling van X."): done."""
    s = ctx.sentences[i]
    actors = sentence_actors(ctx, i, i)
    if not any(a.role in ("minister", "state_secretary") for a in actors) and (author := letter_author(ctx)):
        actors.insert(0, author)
    draft = Draft("commitment", "done", 0.75, i, i, (s.start, s.start), clause=s.text.rstrip(" ;.,"),
                  actors=list(dedupe_actors(actors)))
    draft.due_zone = (s.start, s.start)
    return draft


def _commitment_clause_text(clause: str) -> str:
    """ "uw Kamer te informeren over X" → "Kamer informeren over X"."""
    return re.sub(r"^(?:uw|de)\s+Kamer\s+te\s+informeren\b", "Kamer informeren", clause.strip(), flags=_I)


def _fulfilled(ctx: Context, i: int, m: re.Match[str], due: FoundDeadline | None) -> bool:
    """ "heb ik toegezegd ... Met deze brief doe ik deze toezegging gestand": kept, not open. A negated
    promise ("zal ... niet onderzoeken", "zegt niet toe") is none."""
    if re.search(r"\b(?:niet|nooit)\b", m.group(), _I):
        return True
    if not re.search(r"toegezegd|toezegging", m.group(), _I):
        return False
    texts = [ctx.sentences[k].text for k in range(i, min(i + 2, len(ctx.sentences)))]
    if any(_SENT_ALREADY.search(t) for t in texts):
        return True
    return not (due is not None and due.resolution.due) and any(_FULFILLED.search(t) for t in texts)


# "heb ik uw Kamer de evaluatie van de Wmo toegezonden", "is de Kamer de monitor toegestuurd"
_SENT_BEFORE = re.compile(
    r"\b(?:heb(?:ben)?\s+(?:ik|wij|we)|(?:is|zijn)\s+(?:aan\s+)?(?:uw|de)\s+Kamer)\s+(?:(?:uw|de)\s+Kamer\s+)?"
    r"(?P<what>.+?)\s+(?:toegezonden|toegestuurd|gestuurd|verzonden|aangeboden)\b",
    _I,
)


# "die brief is op 3 maart jl. verstuurd", "daarmee is de toezegging voldaan"
_SENT_ALREADY = re.compile(
    r"\b(?:is|zijn|werd|werden)\b[^;]{0,40}?\b(?:verstuurd|verzonden|toegestuurd|toegezonden|gestuurd|voldaan|"
    r"afgedaan|nagekomen)\b|\bgestand\b",
    _I,
)


# What a promise to come with something brings: "dat ik voor de zomer met een plan kom", "om snel met een werkplan te
# komen" → "een plan", "een werkplan"
_COMES_WITH = re.compile(
    r"^\s*(?:dat\s+(?:ik|wij|we|hij|zij|ze|het\s+kabinet|de\s+regering)\s+)?(?:[^,;]*?\s)?met\s+(?P<x>(?:een|het|de|nieuwe|"
    r"zijn|haar)\b[^,;]+?)\s+(?:te\s+)?kom(?:t|en)?\b",
    _I,
)


def _comes_with(clause: str) -> str | None:
    m = _COMES_WITH.match(clause)
    return m.group("x") if m else None


# The members who asked for it: "Op vragen van Kröger en Van der Werf", "op verzoek van Bontenbal", "naar aanleiding
# van vragen van het lid Bikker"
_NAME = (
    r"(?:(?:[Vv]an|[Dd]e|[Tt]er|[Tt]en|[Ii]n\s+'t)\s+(?:(?:de|der|den|het|'t)\s+)?)?"
    r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?"
)
_ASKED_BY = re.compile(
    r"\b(?:[Oo]p|[Nn]aar\s+aanleiding\s+van)\s+(?:de\s+)?(?:vragen|vraag|verzoek|verzoeken)\s+van\s+(?:het\s+lid\s+|de\s+leden\s+|"
    rf"Kamerlid\s+|de\s+Kamerleden\s+)?(?P<names>{_NAME}(?:\s*(?:,|\ben\b)\s*{_NAME})*)"
)
_NOT_A_MEMBER = frozenset(["Kamer", "Commissie", "Raad", "Rekenkamer", "Staten", "Senaat", "Tweede", "Eerste"])


# ... or the member the promise was made to, after a subject that is the government: "De minister zegde Bontenbal
# toe dat ...", "Hij zegt het lid Kröger toe ..." (not "Ook zegde Schouten toe": there the name is who promised)
_PROMISED_TO = re.compile(
    r"\b(?:minister(?:-president)?|staatssecretaris|premier|hij|zij|ze|kabinet|bewinds(?:man|vrouw|persoon))\s+"
    r"(?:zegt|zegde|zegden|zeggen|heeft|had)\s+(?:het\s+lid\s+|Kamerlid\s+|de\s+heer\s+|mevrouw\s+)?"
    rf"(?P<names>{_NAME}(?:\s*(?:,|\ben\b)\s*{_NAME})*)\s+(?:toe\b|toegezegd\b)", _I)


def _askers(sentence: str) -> list[ExtractedActor]:
    m = _ASKED_BY.search(sentence)
    promised_to = m is None
    if promised_to:
        m = _PROMISED_TO.search(sentence)
    if m is None:
        return []
    names = [n.strip() for n in re.split(r"\s*(?:,|\ben\b)\s*", m.group("names")) if n.strip()]
    if promised_to:
        # the pattern ignores case, a name does not: "Zij zegde ook toe" names nobody
        names = [n for n in names if n[:1].isupper()]
    return [ExtractedActor(n[:1].upper() + n[1:], None, "member") for n in names if n.split()[-1] not in _NOT_A_MEMBER]


def _commitment_draft(
    ctx: Context,
    i: int,
    t_start: int,
    t_end: int,
    confidence: float,
    due: FoundDeadline | None,
    actors: list[ExtractedActor],
    clause: str,
) -> Draft:
    s = ctx.sentences[i]
    actors = list(actors)
    writer = re.search(r"\buw Kamer\b", s.text, _I) or (ctx.letter and _WRITER_OR_READER.search(s.text))
    if not any(a.role in ("minister", "state_secretary") for a in actors) and writer:
        author = letter_author(ctx)
        if author:
            actors.insert(0, author)
    if not any(a.role in ("minister", "state_secretary") for a in actors) and _CABINET.search(s.text):
        actors.extend(cabinet_members(ctx))  # "Het kabinet heeft aangekondigd ...": its ministers the text names
    holder = last_government(ctx, s.start, None) if _HE_OR_SHE.search(s.text) or _MINISTRY_SAYS.search(s.text) else None
    if holder is not None and not any(a.role in ("minister", "state_secretary") for a in actors):
        actors.insert(0, holder)  # "Ook zegde ze toe ...": the office-holder the text named last
    speaker = ctx.speakers.get(i)
    if speaker is not None and speaker.role == "member":
        actors.append(speaker)  # a member recalling a promise in a debate follows it up
    asked_by = _askers(s.text)
    if not any(a.role == "member" for a in actors) and not asked_by and i > 0 and _ASKS.search(
            ctx.sentences[i - 1].text):
        # (not when the sentence names who asked: "Op verzoek van Bontenbal zegde de minister toe ..." after a promise
        # "op vragen van Kröger" is Bontenbal's alone)
        # "Mevrouw Vedder (CDA) vraagt of ... De minister zegt toe ...": the promise answers her
        prev = ctx.sentences[i - 1]
        actors.extend(m.actor for m in mentions_in(ctx, prev.start, prev.end) if m.actor.role == "member")
    named = {a.name.split()[-1].lower() for a in actors}
    actors.extend(a for a in asked_by if a.name.split()[-1].lower() not in named)  # who asked for it
    government_first = sorted(dedupe_actors(actors), key=lambda a: a.role not in ("minister", "state_secretary"))
    conf = confidence + (0.05 if due else 0) + (0.03 if government_first else 0)
    return Draft(
        "commitment",
        "open",
        min(conf, 0.99),
        i,
        i,
        (s.start + t_start, s.start + t_end),
        clause=clause,
        actors=list(government_first),
    )


# In a letter to the Kamer "ik", "wij" and "u" are its writer and its reader
_WRITER_OR_READER = re.compile(r"\b(?:ik|wij|we|u)\b", _I)


_SENT_THING = re.compile(
    r"\b(?:brief|rapport|rapportage|kabinetsreactie|beleidsreactie|reactie|nota|overzicht|evaluatie|"
    r"voortgangsrapportage|analyse|plan|visie|uitwerking|notitie|monitor|verslag|update|onderzoek|advies|verkenning"
    r"|stand van zaken)\b.*",
    _I,
)


# "Ik zal in gesprek gaan met de VNG over X en de Kamer daarover informeren": what "daarover" is
_INFORM_ABOUT_THAT = re.compile(
    r"\b(?:zal|zullen|ga|gaat|gaan)\s+(?:ook\s+|eerst\s+|nog\s+)*(?P<what>[^,;]{8,160}?)\s+en\s+(?:zal\s+|zullen\s+)?"
    r"(?:de|uw)\s+Kamer\s+(?:\w+\s+){0,2}(?:daar|hier|er)over\b",
    _I,
)


def _action_noun(what: str) -> str:
    """ "in gesprek gaan met de VNG over de inkoop" → "gesprek met VNG over inkoop"."""
    what = re.sub(r"^in\s+(gesprek|overleg)\s+(?:gaan|treden)\s+", r"\1 ", what, flags=_I)
    what = re.sub(
        r"^(met\s+.+?)\s+(?:overleggen|praten|spreken|in gesprek gaan|in overleg treden)\b",
        r"overleg \1",
        what,
        flags=_I,
    )
    what = re.sub(r"\s+(?:gaan|treden|voeren)$", "", what)
    verb = re.search(r"\s+(?:laten\s+)?(onderzoeken|uitzoeken|evalueren|uitwerken)$", what)
    if verb:  # "de cijfers laten onderzoeken" → "onderzoek naar cijfers"
        noun = {"onderzoeken": "onderzoek naar", "uitzoeken": "onderzoek naar", "evalueren": "evaluatie van"}
        what = f"{noun.get(verb.group(1), 'uitwerking van')} {what[: verb.start()]}"
    return re.sub(r"\b(?:de|het|een)\s+", "", what).strip()


# A letter's plan: "verwacht uw Kamer ... de evaluatie van de wet toe te sturen" → "evaluatie van de wet"
_LETTER_PLAN = re.compile(
    r"^(?:(?:ik|wij|we)\s+)?(?:verwacht\w*|stre(?:ef|ven)\w*|(?:(?:ben|zijn)\s+)?voornemens|zal|zullen|ga|gaan|wil|willen)\s+"
    r"(?:ik\s+|wij\s+|we\s+)?(?:er\s*naar\s+)?(?:om\s+)?(?:(?:uw|de)\s+Kamer\s+|u\s+)?(?P<what>.+?)\s+"
    r"(?:(?:bij|aan)\s+(?:uw|de)\s+Kamer\s+)?(?:toe\s+te\s+(?:sturen|zenden)|te\s+(?:sturen|zenden|doen\s+toekomen)"
    r"|in\s+te\s+dienen|aan\s+te\s+bieden|voor\s+te\s+leggen|te\s+(?P<verb>beantwoorden|publiceren|presenteren))\b",
    _I,
)


def promise_clause(sentence: str) -> str:
    """What a sentence promises, by the first commitment cue in it; the sentence itself without one."""
    for trig in _triggers_for(sentence):
        if m := trig.pattern.search(sentence):
            return _commitment_clause(sentence, m)
    return sentence


# Who said it, in a report: ", aldus de staatssecretaris", "Volgens de minister"
_ATTRIBUTION = re.compile(
    r",?\s*\b(?:aldus|zegt|zei|belooft|beloofde|verzekert|verzekerde)\s+(?:de\s+|het\s+)?(?:minister|staatssecretaris|"
    r"premier|kabinet|bewinds\w+)\b[^,.;]*|^(?:Volgens|Aldus)\s+(?:de\s+)?(?:minister|staatssecretaris|premier)\b"
    # who, by office and name ("Volgens minister X van Financiën"), not what follows without a comma ("Volgens de
    # minister wordt het besluit na de zomer gepubliceerd")
    r"(?:\s+(?:van|voor)\s+(?-i:[A-Z])[\w'’-]+)?(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}(?:\s+(?:van|voor)\s+(?-i:[A-Z])[\w'’-]+)?"
    r"\s*,?",
    _I,
)
_QUOTED = re.compile(r"(?:,,|[„“\"])([^„“”\"]{8,300})[”\"]")
_DELIVERY_VERB = re.compile(r"\s+(?:gaat|gaan|komt|komen|wordt|worden|zal|zullen)\b(?=\s)", _I)
# The thing a "waar ... mee komt" clause is about: "een nieuw pakket klimaatmaatregelen waar ..."
_THING_BEFORE_WHERE = re.compile(r"\b(?:een|het|de)\s+(?P<what>[^,.;]{3,80}?)\s+waar\b[^,.;]*$", _I)


def _commitment_clause(sentence: str, m: re.Match[str]) -> str:
    """The words that say what is promised, without the quote's attribution ('een brief", zei de minister')."""
    return _SAID_BY.sub("", _promised_words(sentence, m))


# the end of a quote and who said it: '", zei de minister.', '", aldus Hermans'
_SAID_BY = re.compile(r"[\"'”’]+\s*,?\s*(?:zei|zegt|aldus|stelt|stelde|benadrukte|benadrukt|liet)\b.*$", _I)


# What a clause with its verb last delivers: "met een plan komt", "(de Kamer) een voorstel stuurt"
_VERB_LAST = re.compile(
    r"\bmet\s+(?P<x>(?:een|het|de|nieuwe)\b[^.;?]*?)\s+komt$"
    r"|\b(?P<y>(?:een|het|de)\s+(?!Kamer\b)(?:(?!\b(?:een|het|de)\s)[^.;?,])+?)\s+(?:stuurt|toestuurt|zendt|toezendt|presenteert|publiceert|indient"
    r"|voorlegt|aanbiedt|uitwerkt)$",
    _I,
)


_FUTURE_SUBJECT = re.compile(
    r"^(?:gaat|gaan)\s+(?:(?:de\s+|het\s+)?(?:minister\w*|staatssecretaris|premier|kabinet|regering|bewinds\w+)"
    r"(?:\s+(?:van\s+|de\s+|der\s+)?(?-i:[A-Z])[\w'’-]+){0,3}\s+|(?:hij|zij|ze)\s+)?", re.IGNORECASE)


def _promised_words(sentence: str, m: re.Match[str]) -> str:
    """The words that say what is promised: after "zegt ... toe", "aan dat", "geïnformeerd" ..."""
    matched = m.group()
    low = matched.lower()
    tail = sentence[m.end() :]
    if "future" in m.re.groupindex:
        # "gaat minister X de wet intrekken": what comes after the verb and its subject
        return _FUTURE_SUBJECT.sub("", sentence[m.start("future") : m.end()])
    if re.search(r"\btoe$", low):
        return _comes_with(tail) or tail
    if re.search(r"\bover$|\bovergenomen$", low):
        # "nam het verzoek van X over om de regels te vereenvoudigen", "neemt de suggestie over en laat onderzoeken"
        then = re.match(r"\s*,?\s*(?:en|om)\s+(?P<x>[^.;]{6,})", tail, _I)
        noun = re.search(r"\b(?P<x>(?:suggestie|verzoek|voorstel|idee|oproep|wens)\b.*?)\s+(?:over|is|werd|wordt)\b",
                         matched, _I)
        return then.group("x") if then else (noun.group("x") + " overnemen" if noun else tail)
    if " dat " in low and (last := _VERB_LAST.search(matched)):
        # "meldde dat zij voor de zomer met een plan komt": a plan; "dat hij de Kamer een voorstel stuurt": a voorstel
        return last.group("x") or last.group("y") or tail
    if re.match(r"(?:de\s+bedoeling|het\s+voornemen)\b", low):
        return tail.split(",")[0]  # "de bedoeling dat deze stukken snel gepubliceerd worden, vermoedelijk ..."
    told = re.match(r"dat\s+(?:de|uw)\s+Kamer\s+(?P<x>.+?)\s+(?:(?:toegestuurd|toegezonden)\s+)?(?:ontvangt|krijgt)$",
                    matched, _I)
    if told:
        return told.group("x")  # "dat de Kamer voor 1 april een brief krijgt": a letter
    if promised := re.match(r"belo\w+\s+(?:(?:de|uw)\s+Kamer\s+)?(?P<x>.+)$", matched + tail, _I):
        return promised.group("x")  # "belooft de Kamer een brief over de wachtlijsten"
    if reported := re.match(r"(?:laten\s+weten|liet\s+weten|meegedeeld|medegedeeld|gemeld|bericht"
                            # "Het kabinet zei dat ze ... zullen werken met ...", "bevestigde dat hij ... zal sturen"
                            r"|(?:zegt|zei|bevestigt|bevestigde|verzekerd|verzekerde|antwoordt|antwoordde)(?=[^.;]{0,40}?\bdat\b))\b",
                            low):
        # "heeft laten weten u eind van het jaar te informeren over X", "meegedeeld dat ik de informatie zou doen
        # toekomen"
        said = re.sub(r"^[^.;]{0,40}?(?=\bdat\b)", "", sentence[m.start() + reported.end() :], flags=_I) if re.match(
            r"(?:zegt|zei|bevest|verzeker|antwoord)", low) else sentence[m.start() + reported.end() :]
        said = re.sub(r"^\s*(?:dat\s+(?:ik|wij|we|hij|zij|ze|het\s+kabinet)\s+|(?:uw|de)\s+Kamer\s+|u\s+)*", "", said,
                      flags=_I)
        said = re.sub(r"\s+(?:zal|zullen)\b(?=\s)", "", said, flags=_I)  # "... de regeling zal aanpassen"
        said = re.sub(r"\s+(?:aan\s+(?:uw|de)\s+Kamer\s+)?zou(?:den)?\s+(?:doen\s+toekomen|sturen|toesturen|zenden)\b",
                      "", said, flags=_I)
        return re.sub(r"^(?:u|(?:uw|de)\s+Kamer)\s+", "", said, flags=_I)
    if awaited := re.match(r"(?:(?:kunt|kan)\s+u|u\s+(?:kunt|kan))\s+(?P<what>.+?)\s+tegemoet\b", matched, _I):
        return awaited.group("what")  # "kunt u de brief in januari tegemoet zien"
    if re.match(r"(?:zal|zullen)\s+(?:ik|wij|we)\b", low) and m.start() > 0:
        return sentence[: m.start()]  # "Die rapportage zullen wij in het voorjaar aanbieden": the object first
    if re.search(r"\b(?:aan|aangekondigd|belo\w+)$", low) and re.match(r"kondig|aangekondigd|belo", low):
        # "heeft aangekondigd in september een pakket te presenteren", "belooft de Kamer een voorstel"
        return re.sub(r"^\s*(?:,\s*)?(?:dat|om)?\s*(?:(?:de|uw)\s+Kamer\s+)?(?:zelf\s+)?", "", tail, flags=_I)
    attributed = _ATTRIBUTION.search(sentence)
    if attributed and re.search(r",\s*(?:aldus|zei|zegt)\s", matched, _I):
        # "Indien extra budget nodig is, zal het kabinet daarin voorzien, aldus de minister": what she said
        return (sentence[: attributed.start()] + " " + sentence[attributed.end() :]).strip(" ,.")
    if attributed and attributed.start() <= m.start() < attributed.end() + 1:
        if quoted := _QUOTED.search(sentence):
            return quoted.group(1)  # ",,Ik stuur de Kamer in mei een brief", zei de minister': what she said
        # "Een brief gaat op korte termijn naar de gemeenten, aldus de staatssecretaris": what is said
        said = (sentence[: attributed.start()] + " " + sentence[attributed.end() :]).strip(" ,.")
        return _DELIVERY_VERB.sub(" ", said)
    if re.search(r"\bmee\s+kom(?:t|en)$", low) and (before := _THING_BEFORE_WHERE.search(sentence, 0, m.start())):
        return before.group("what")  # "een nieuw pakket klimaatmaatregelen waar Jetten dit voorjaar mee komt"
    with_what = re.search(r"\bmet\s+(?P<what>(?:een|het|de|zijn|haar|nieuwe)\b.*)$", matched + tail, _I)
    if with_what and re.match(r"kom", low):
        return with_what.group("what")  # "komt dit voorjaar met een pakket maatregelen"
    if re.search(r"\btoe(?:zeggen|zegt|zegde|zegden|zei|zeiden)$", low):
        return re.sub(r"^\s*(?:dat|om)\s+", "", tail)  # "hoorde de minister toezeggen dat X"
    example = re.search(r"\b(?:bijvoorbeeld|zoals|onder meer)\s+(?:om\s+)?(.+)", tail)
    if re.search(r"\bgedaan$", low) and example:
        return example.group(1)  # "toezeggingen gedaan, bijvoorbeeld om naar Alphen te gaan"
    if inverted := re.search(r"\b(?:ontvangt|krijgt)\s+(?:de|uw)\s+Kamer$", matched, _I):
        return matched[: inverted.start()]  # "De evaluatie van de wet ontvangt de Kamer ..." → the object
    if re.search(r"\b(?:ontvangt|krijgt|ontvangen|krijgen|toegestuurd|toegezonden|gestuurd)$", low):
        return tail
    plan = _LETTER_PLAN.match(sentence[m.start() :])
    if plan and re.search(r"\bkamer\b|\b(?:ik|wij|we|u)\b", low):
        return plan.group("what") + (f" {plan.group('verb')}" if plan.group("verb") else "")
    if "geïnformeerd" in low or "informe" in low or "berichten" in low:
        if about := _INFORM_ABOUT_THAT.search(sentence):
            return "Kamer informeren over " + _action_noun(about.group("what"))
        about = re.search(
            r"\bover\s+(?P<x>[^,.;]+?)\s+(?=(?:hiervan|daarvan|nog|voor|vóór|in|na|binnen|uiterlijk|te)\b)", matched, _I
        )
        if about and not tail.strip(" ."):
            return "Kamer informeren over " + about.group("x")  # "uw Kamer over de uitkomsten ... te informeren"
        return "Kamer informeren " + tail
    sent = _SENT_THING.search(sentence, m.start()) if re.match(r"\b(?:stuur|zend|zal|zull)", low) else None
    if sent:
        return sent.group()
    if last := re.search(r"op\b\s*(?P<how>[^.;]*?)\s*\bterug(?:komt|komen)$", low):
        # "dat hij hierop in de voortgangsbrief terugkomt"
        return f"Terugkomen {last.group('how')}".strip()
    inside = re.search(r"\b(?:in|per|met)\s+(?:een|de|het)\s+(\w*(?:brief|rapportage|nota)\b[^,;]*?)\s+op\s+terug$",
                       matched, _I)
    if inside:
        return f"Terugkomen in {inside.group(1)}"  # "kom daar voor de zomer in een brief op terug"
    if "fronted" in m.re.groupindex and m.group("fronted"):
        # "Op de vraag van mevrouw X over Y kom ik terug in een brief voor ...": back on what it put first
        topic = re.sub(r"^(?:de|het)\s+(?:vraag|vragen)\s+van\s+[^,;]*?\s+over\s+", "", m.group("topic"), flags=_I)
        return "Terugkomen op " + topic
    if "terug" in low:
        in_letter = re.match(r"^\s*(?:in\s+een|per|met\s+een)\s+(brief\b.*)$", tail, _I)
        if in_letter:  # "komt erop terug in een brief voor het wetgevingsoverleg"; not the quote's ", zei ze"
            return in_letter.group(1)
        if not tail.strip(" .") and (first := _DO_THEN_RETURN.search(sentence[: m.start()])):
            # "Ik ga met de sector in gesprek en kom daar voor de zomer op terug": what "daar" is
            what = re.sub(r"^(met\s+.+?)\s+in\s+(gesprek|overleg)$", r"\2 \1", first.group("what"), flags=_I)
            return "Terugkomen op " + _action_noun(what)
        return "Terugkomen op " + re.sub(r"^\s*(?:op\s+)?", "", tail) if tail.strip() else sentence
    if re.search(r"\baan\s*,?\s+dat\b", low):
        inner = re.split(r"\baan\s*,?\s+dat\b", sentence, maxsplit=1, flags=_I)
        return inner[1] if len(inner) > 1 else tail
    if "toegezegd" in low or "toezegging" in low:
        after = re.split(r"\btoegezegd\b|\btoezegging\b", sentence, maxsplit=1, flags=_I)
        if len(after) > 1:  # inverted: "Toegezegd is dat de Kamer ... ontvangt", "Toegezegd werd om ..."
            after[1] = re.sub(r"^\s*(?:is|werd|wordt|was|zijn|werden)\s+(?:dat|om)\s+", "", after[1], flags=_I)
        return after[1] if len(after) > 1 and len(after[1].strip()) > 10 else sentence
    return sentence[m.start() :]


# Asked only about sentences with one of their words in them (quick.py: the same answers, sooner).
(
    _COMMITMENT_LIST_HEAD, _THAT_PROMISE, _DOCUMENT_REF, _GOVERNMENT_ASKS, _BARE_YES, _WISH, _OWN_TURN_ACT,
) = map(
    quick,
    (
        _COMMITMENT_LIST_HEAD, _THAT_PROMISE, _DOCUMENT_REF, _GOVERNMENT_ASKS, _BARE_YES, _WISH, _OWN_TURN_ACT,
    ),
)


# A hope or expectation of the government about what someone else does: "De staatssecretaris hoopt dat gemeenten voor
# de zomer alle aanvragen hebben behandeld", "Ik verwacht dat gemeenten de regeling zullen evalueren". The act after
# "dat" is the subject's own only when the subject is the government, the writer or a pronoun for either.
_HOPES_THAT_OTHERS = re.compile(
    r"\b(?:hoop\w*|verwacht\w*|rekent\s+erop|reken\s+erop|gaat\s+ervan\s+uit|ga\s+ervan\s+uit)\s+dat\s+"
    r"(?!(?:ik|wij|we|hij|zij|ze|u|het\s+kabinet|de\s+regering|(?:de|het)\s+(?:minister|staatssecretaris|ministerie)\w*"
    r"|(?:de\s+)?(?:minister|staatssecretaris)\w*)\b)",
    _I,
)
# "..., maar zij heeft een onderzoek aangekondigd": a clause of its own after the hope
_BUT = re.compile(r",\s+maar\b", _I)
# The government's intention or hope for its own act, the government the subject: "Het kabinet wil ...", "De minister
# hoopt ... te ...", "is van plan": the rules take it for a promise only with its date (the plan's trigger needs one)
_INTENTION = re.compile(
    r"\b(?:(?:de|het)\s+)?(?:minister\w*|staatssecretaris|premier|kabinet|regering|bewinds\w+)\s+(?:\w+\s+)?"
    r"(?:wil|willen|hoopt|hopen|streeft|streven|besloten|(?:is|zijn)\s+(?:van\s+plan|voornemens))\b",
    _I,
)
# An answer given in the debate itself, no follow-up to come: "De minister geeft daar schriftelijk antwoord op",
# "Ik kom daar in de tweede termijn op terug", "Daar ga ik in mijn tweede termijn op in"
_ANSWERED_IN_DEBATE = re.compile(
    r"\b(?:geeft|geef|geven)\s+(?:daar|hier|daarop|hierop)\s+(?:\w+\s+){0,2}?antwoord\s+op\b"
    r"|\b(?:in|bij)\s+(?:de|mijn|zijn|haar|onze)\s+(?:tweede|derde)\s+termijn\b",
    _I,
)
# A general intention, an attitude and not an act: "Bij nieuwe wetgeving zullen we letten op de gevolgen voor
# boeren", "dat het kabinet in het vervolg anders zal omgaan met de informatievoorziening", "rekening houden met";
# without a date it asks nothing of anyone by any day
_ATTITUDE = re.compile(
    r"\b(?:letten|let)\s+op\b|\brekening\s+(?:\w+\s+){0,2}?(?:houden|houdt)\s+met\b"
    r"|\banders\s+(?:\w+\s+){0,2}?(?:omgaan|omgaat)\s+met\b|\bin\s+de\s+gaten\s+(?:houden|houdt)\b",
    _I,
)
# The government's own act told as done, in the first person's perfect tense: "Onlangs heb ik u geïnformeerd over
# ...", "Ik heb gemeenten aangeboden ..."; not a promise told so ("heb ik toegezegd", "hebben we aangekondigd")
_DONE_BY_ME = re.compile(r"\b(?:(?:ik|wij|we)\s+(?:heb|hebben)|(?:heb|hebben)\s+(?:ik|wij|we))\b", _I)
_PROMISE_TOLD = re.compile(
    r"\b(?:toegezegd|beloofd|aangekondigd|aangegeven|laten\s+weten|gezegd|verzekerd|bevestigd|me(?:de)?gedeeld"
    r"|voorgenomen|afgesproken)\b|\b(?:zal|zullen|ga|gaan|gaat|kom|komen|komt|wil|willen)\b",
    _I,
)
# A possibility, no promise: "De minister zou dat nog kunnen overwegen", "zou ... kunnen sturen"
_MIGHT = re.compile(r"\bzou(?:den)?\b[^.;]{0,80}?\bkunnen\b", _I)
# The act negated in the main clause: "De minister zal voor de zomer niet onderzoeken of ...", "zou nog geen brief
# sturen", "gaat de regeling niet aanpassen" (not "niet later dan", "niet alleen ... maar ook")
_NEGATED = re.compile(
    rf"\b(?:zal|zullen|zou|zouden|gaat|gaan|wil|willen|wilde|wilden|komt|komen)\b(?:(?!{_SUBORDINATOR})[^,;.?:]){{0,80}}?"
    r"\b(?:niet|geen|nooit)\b(?!\s+(?:later|eerder|alleen|pas)\b)",
    _I,
)


# Someone pleads for an act: "pleitte de FNV voor acute maatregelen", "pleiten voor"
_PLEADS = re.compile(r"\bpleit(?:te|ten|en)?\b[^.;]{0,60}?\bvoor\b", _I)


def not_a_promise(ctx: Context, i: int) -> str | None:
    """Why sentence i, whatever reads it (the learned classifier), is no promise of the government, by the rules' own
    reasons: asked for (a question, a request or wish, a toezegging asked for or not given), refused or negated, a
    possibility or an obligation, or someone else's act (a member or a party as the subject, what the government hopes
    others do). None when none of these holds."""
    s = ctx.sentences[i]
    text = s.text
    if ctx.in_spans(ctx.commitment_lists, s.start) or ctx.in_spans(ctx.kept_lists, s.start):
        return None  # every item of a list of toezeggingen is one, whatever its words
    if text.rstrip().endswith("?"):
        return "question"  # "Kan de minister toezeggen dat ...?"
    if _WISH.search(text):
        return "wish"  # "wij willen dat de minister voor het debat een brief stuurt"
    if (plea := _PLEADS.search(text)) and not GOVERNMENT_WORD.search(text, 0, plea.start()):
        return "wish"  # "Al op 15 september pleitte de FNV voor maatregelen van het kabinet om ... in 2017"
    lowered = text.lower()
    if "toezegging" in lowered and (m := _PROMISE_NOUN.search(text)) and _PROMISE_NOT_GIVEN.search(text, 0, m.start()):
        return "asked for"  # "Ik vraag de staatssecretaris om een toezegging dat ...", "geen toezegging om ..."
    if asked_to_promise(text):
        return "asked for"  # "De heer Krul vraagt de minister toe te zeggen dat ...", "Kan de minister mij toezeggen"
    if (refused := _REFUSED.search(text)) and not _YET.search(text, refused.end()):
        return "refused"  # "De minister wilde geen nieuwe evaluatie toezeggen"
    if _NEGATED.search(text) and not NOT_GUARANTEED.search(text):
        return "negated"  # (a day not guaranteed is read apart: the letter, without that day)
    if _MIGHT.search(text) or _OBLIGED.search(text):
        return "possibility"
    if _HOPES_THAT_OTHERS.search(text) and not _BUT.search(text):
        return "someone else's"
    if _ANSWERED_IN_DEBATE.search(text):
        return "answered in the debate"
    why = ("an intention" if _INTENTION.search(text) else "an attitude" if _ATTITUDE.search(text)
           else "told as done" if _DONE_BY_ME.search(text) and not _PROMISE_TOLD.search(text) else None)
    if why and ((due := nearest_deadline(ctx, s.start, s.end, s.start, s.end)) is None or due.resolution.due is None):
        return why + " without its date"  # "De minister wil jaarlijks bekijken of dat werkt"
    first_government = GOVERNMENT_WORD.search(text)
    if _member_subject(ctx, i, first_government.start() if first_government else len(text)):
        return "a member's"  # "Kamerlid Pietersen (SP) gaat de minister hierover schriftelijk bevragen"
    verb = re.search(r"\b(?:gaat|gaan|zal|zullen|wil|willen|komt|komen)\b", text, _I)
    if verb and not GOVERNMENT_WORD.search(text, 0, verb.start()) and _member_after_verb(ctx, i, verb.end()):
        return "a member's"  # "Na het debat gaat Kamerlid Pietersen de minister hierover schriftelijk bevragen"
    return None
