"""The one table of the register's names: every category we read, its simple fields and references by
their XSD element name, and the OData entity set and property each one is called in OData.

The SyncFeed speaks the XSD names (`tkData-v1-0-*.xsd`, unchanged since 2019); OData names are the
XSD names capitalised except where the table says otherwise. The 2026 OData version (`/OData/v5`)
renamed attributes nobody has documented where we can read it: a rename is a config override
(`[tweedekamer.odata_names]`, see `NameTable.with_overrides`), not a release.

Field types are the XSD's, and say what a value must look like (a wrongly typed value is reported by
field name, see `records.check_type`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

# XSD simple types as we check them: int (xs:int, xs:unsignedInt, intType, ...), bool, datetime, date.
TEXT, INT, BOOL, DATETIME, DATE = "text", "int", "bool", "datetime", "date"


@dataclass(frozen=True)
class Ref:
    """A reference element: in OData a navigation property `nav`; one (`nav`_Id holds the id) or many
    (expanded with `$select=Id`). `through` names the id properties of a link entity without an Id of
    its own (ToegezegdAan: Persoon_Id, Fractie_Id), which are the ids the reference stands for."""

    nav: str | None
    many: bool = False
    through: tuple[str, ...] = ()

    @property
    def id_property(self) -> str | None:
        return None if self.nav is None or self.many else f"{self.nav}_Id"


@dataclass(frozen=True)
class Entity:
    """One category: its OData entity set, simple fields (XSD name → (OData name, type)) and references
    (XSD name → Ref). A None OData name: the element exists only in the feed."""

    entity_set: str
    fields: Mapping[str, tuple[str | None, str]]
    refs: Mapping[str, Ref] = field(default_factory=dict)

    def type_of(self, name: str) -> str:
        found = self.fields.get(name)
        return found[1] if found else TEXT


def _fields(spec: str, **odata: str | None) -> dict[str, tuple[str | None, str]]:
    """'nummer volgnummer:int datum:datetime' → {'nummer': ('Nummer', text), ...}; keyword arguments
    give the OData names that are not the XSD name capitalised (None: not in OData)."""
    out: dict[str, tuple[str | None, str]] = {}
    for token in spec.split():
        name, _, kind = token.partition(":")
        default = name[:1].upper() + name[1:]
        out[name] = (odata.get(name, default), kind or TEXT)
    return out


def _one(nav: str) -> Ref:
    return Ref(nav)


def _many(nav: str) -> Ref:
    return Ref(nav, many=True)


_FEED_ONLY = Ref(None)

ENTITIES: dict[str, Entity] = {
    "toezegging": Entity(
        "Toezegging",
        _fields("aanmaakdatum:datetime nummer activiteitNummer naam achternaam initialen tussenvoegsel voornaam"
                " achtervoegsel titulatuur functie status datumNakoming:datetime kamerbriefNakoming ministerie"
                " tekst notities",
                # In OData KamerbriefNakoming is a list of Documents (a reference below), in the feed text.
                kamerbriefNakoming=None),
        {"activiteit": _many("Activiteit"),
         # The feed's old single references and the repeated one it sends now (ids of persons or
         # parties); OData has the link entity ToegezegdAan instead, which has no Id of its own.
         "toegezegdAanPersoon": _FEED_ONLY, "toegezegdAanFractie": _FEED_ONLY,
         "toegezegdAan": Ref("ToegezegdAan", many=True, through=("Persoon_Id", "Fractie_Id")),
         "kamerbriefNakoming": _many("KamerbriefNakoming"),
         "isHerhalingVan": _many("IsHerhalingVan"), "isAanvullingOp": _many("IsAanvullingOp"),
         "isWijzigingVan": _many("IsWijzigingVan"), "isAangevuldVanuit": _many("IsAangevuldVanuit"),
         "isHerhaaldDoor": _many("IsHerhaaldDoor"), "isGewijzigdDoor": _many("IsGewijzigdDoor")},
    ),
    "zaak": Entity(
        "Zaak",
        _fields("nummer soort onderwerp gestartOp:datetime organisatie titel citeertitel alias grondslagvoorhang"
                " termijn:datetime vergaderjaar volgnummer:int status huidigeBehandelstatus afgedaan:bool"
                " grootProject:bool kabinetsappreciatie"),
        {"kamerstukdossier": _many("Kamerstukdossier"), "activiteit": _many("Activiteit"),
         "agendapunt": _many("Agendapunt"), "gerelateerdVanuit": _many("GerelateerdVanuit"),
         "vervangenVanuit": _many("VervangenVanuit")},
    ),
    "zaakActor": Entity(
        "ZaakActor",
        _fields("actorNaam actorFractie actorAfkorting functie relatie sidActor"),
        {"zaak": _one("Zaak"), "persoon": _one("Persoon"), "fractie": _one("Fractie"),
         "commissie": _one("Commissie")},
    ),
    "besluit": Entity(
        "Besluit",
        _fields("stemmingsSoort besluitSoort besluitTekst opmerking status agendapuntZaakBesluitVolgorde:int"),
        {"agendapunt": _one("Agendapunt"), "zaak": _many("Zaak")},
    ),
    "stemming": Entity(
        "Stemming",
        _fields("soort fractieGrootte:int actorNaam actorFractie vergissing:bool sidActorLid sidActorFractie"),
        {"besluit": _one("Besluit"), "persoon": _one("Persoon"), "fractie": _one("Fractie")},
    ),
    "activiteit": Entity(
        "Activiteit",
        _fields("soort nummer onderwerp datumSoort datum:datetime aanvangstijd:datetime eindtijd:datetime locatie"
                " besloten:bool status vergaderjaar kamer noot vrsNummer sidVoortouw voortouwnaam"
                " voortouwafkorting voortouwkortenaam aanvraagdatum:datetime"
                " datumVerzoekEersteVerlenging:datetime datumMededelingEersteVerlenging:datetime"
                " datumVerzoekTweedeVerlenging:datetime datumMededelingTweedeVerlenging:datetime"
                " vervaldatum:datetime",
                vrsNummer="VRSNummer"),
        {"voortouwcommissie": _one("Voortouwcommissie"), "voortgezetVanuit": _many("VoortgezetVanuit"),
         "vervangenVanuit": _many("VervangenVanuit"), "vervangenDoor": _many("VervangenDoor"),
         "voortgezetIn": _many("VoortgezetIn")},
    ),
    "activiteitActor": Entity(
        "ActiviteitActor",
        _fields("actorNaam actorFractie relatie volgorde:int functie spreektijd sidActor"),
        {"activiteit": _one("Activiteit"), "persoon": _one("Persoon"), "fractie": _one("Fractie"),
         "commissie": _one("Commissie")},
    ),
    "agendapunt": Entity(
        "Agendapunt",
        _fields("nummer onderwerp aanvangstijd:datetime eindtijd:datetime volgorde:int rubriek noot status"),
        {"activiteit": _one("Activiteit")},
    ),
    "document": Entity(
        "Document",
        _fields("soort documentNummer titel onderwerp datum:datetime volgnummer:int vergaderjaar kamer:int"
                " citeertitel alias datumRegistratie:datetime datumOntvangst:datetime aanhangselnummer"
                " kenmerkAfzender organisatie contentType contentLength:int"),
        {"huidigeDocumentVersie": _one("HuidigeDocumentVersie"), "bronDocument": _many("BronDocument"),
         "activiteit": _many("Activiteit"), "agendapunt": _many("Agendapunt"), "zaak": _many("Zaak"),
         "kamerstukdossier": _many("Kamerstukdossier")},
    ),
    "kamerstukdossier": Entity(
        "Kamerstukdossier",
        _fields("titel citeertitel alias nummer:int toevoeging hoogsteVolgnummer:int afgesloten:bool kamer"),
    ),
    "persoon": Entity(
        "Persoon",
        _fields("nummer titels initialen tussenvoegsel achternaam voornamen roepnaam geslacht functie"
                " geboortedatum:date geboorteplaats geboorteland overlijdensdatum:date overlijdensplaats"
                " woonplaats land fractielabel contentType contentLength:int"),
    ),
    "fractie": Entity(
        "Fractie",
        _fields("nummer afkorting naamNl naamEn aantalZetels:int aantalStemmen:int datumActief:date"
                " datumInactief:date contentType contentLength:int",
                naamNl="NaamNL", naamEn="NaamEN"),
    ),
    # A party's seats and who sits in them: the route from a member to their party (not in the XSDs
    # beside us; names from the OData metadata, FractieZetel.FractieZetelPersoon documented missing).
    "fractieZetel": Entity("FractieZetel", _fields("gewicht:int"), {"fractie": _one("Fractie")}),
    "fractieZetelPersoon": Entity(
        "FractieZetelPersoon",
        _fields("functie van:datetime totEnMet:datetime"),
        {"fractieZetel": _one("FractieZetel"), "persoon": _one("Persoon")},
    ),
    # OData's link from a commitment to whom it was made; no Id, so never read as a category.
    "toegezegdAan": Entity(
        "ToegezegdAan", {},
        {"toezegging": _one("Toezegging"), "persoon": _one("Persoon"), "fractie": _one("Fractie")},
    ),
}

# Elements every entity carries, and their OData names.
ID, CHANGED, DELETED = "Id", "ApiGewijzigdOp", "Verwijderd"


def category_key(name: str) -> str | None:
    """The table's category for a name in any case ('Zaak', 'zaakactor', 'ZAAKACTOR'); None if unknown."""
    return _BY_FOLDED.get(name.casefold())


_BY_FOLDED = {name.casefold(): name for name in ENTITIES}


@dataclass(frozen=True)
class NameTable:
    """The table in use: the defaults with the user's overrides (config [tweedekamer.odata_names])."""

    entities: Mapping[str, Entity] = field(default_factory=lambda: ENTITIES)
    changed: str = CHANGED

    def entity(self, category: str) -> Entity:
        key = category_key(category)
        if key is None or key not in self.entities:
            raise KeyError(category)
        return self.entities[key]

    def with_overrides(self, overrides: Mapping[str, str]) -> NameTable:
        """`{"zaak": "Zaken"}` renames an entity set, `{"zaak.onderwerp": "Omschrijving"}` a property or
        reference (a reference's `_Id` follows its name), `{"*.changed": "..."}` the change-time
        property. Unknown categories or fields raise ValueError naming them (a typo is no silent no-op)."""
        entities = dict(self.entities)
        changed = self.changed
        for key, value in overrides.items():
            category, _, prop = key.partition(".")
            if category == "*" and prop == "changed":
                changed = value
                continue
            found = category_key(category)
            if found is None:
                raise ValueError(f"odata_names: onbekende categorie '{category}'")
            entity = entities[found]
            if not prop:
                entities[found] = Entity(value, entity.fields, entity.refs)
            elif prop in entity.fields:
                entities[found] = Entity(entity.entity_set, {**entity.fields, prop: (value, entity.type_of(prop))},
                                         entity.refs)
            elif prop in entity.refs:
                ref = entity.refs[prop]
                entities[found] = Entity(entity.entity_set, entity.fields,
                                         {**entity.refs, prop: Ref(value, ref.many, ref.through)})
            else:
                raise ValueError(f"odata_names: '{found}' heeft geen veld '{prop}'")
        return NameTable(entities, changed)
