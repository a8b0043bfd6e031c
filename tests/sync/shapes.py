"""Register data as the Kamer holds it, put into a stand-in World in the XSD's own element names (every
name is checked against the schemas by World.put). Texts are made up; numbers, names and vocabulary
follow the published examples and the facts in ../shared/research/tk-opendata/README.md."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from tests.sync.standin import World

MINISTER = ("Wiersma, F.M.", "Minister van Landbouw, Visserij, Voedselzekerheid en Natuur")
LVVN = "Landbouw, Visserij, Voedselzekerheid en Natuur"


def activity(world: World, nummer: str = "2025A00793", *, datum: str = "2025-03-19T10:00:00+01:00",
             changed: str = "2025-03-01T10:00:00Z", soort: str = "Commissiedebat",
             onderwerp: str = "Stikstof", committee: str = LVVN, ident: str | None = None) -> str:
    return world.put("activiteit", ident, changed=changed, nummer=nummer, soort=soort, onderwerp=onderwerp,
                     datum=datum, status="Uitgevoerd", voortouwnaam=committee, voortouwafkorting="LVVN")


def commitment(world: World, nummer: str, *, status: str = "Openstaand", changed: str = "2025-04-01T10:00:00+02:00",
               source_changed: str | None = None, due: str | None = "0001-01-01T00:00:00",
               tekst: str | None = None, minister: tuple[str, str] = MINISTER, ministerie: str = LVVN,
               activiteit: str | None = None, to: Sequence[str] = (), letters: Sequence[str] = (),
               ident: str | None = None) -> str:
    """A Toezegging with the name parts the live rows carry (fact 22) and its links."""
    naam, functie = minister
    values: dict[str, object] = {
        "nummer": nummer, "aanmaakdatum": "2025-03-19T17:42:13.69+01:00", "activiteitNummer": "2025A00793",
        "naam": naam, "achternaam": naam.split(",")[0], "initialen": naam.split(", ")[-1], "functie": functie,
        "ministerie": ministerie, "status": status, "datumNakoming": due,
        "tekst": tekst or f"De bewindspersoon stuurt de Kamer een brief over {nummer}."}
    if activiteit:
        values["activiteit"] = activiteit
    if to:
        values["toegezegdAan"] = list(to)
    if letters:
        values["kamerbriefNakoming"] = list(letters)
    return world.put("toezegging", ident, changed=changed, source_changed=source_changed, **values)


def member(world: World, achternaam: str, party: str, *, roepnaam: str = "", seats: int = 3,
           changed: str = "2024-01-01T10:00:00Z") -> tuple[str, str]:
    """A Tweede Kamer member (Fractielabel empty, fact 7) seated for their party; (persoon, fractie)."""
    persoon = world.put("persoon", changed=changed, achternaam=achternaam, roepnaam=roepnaam or None,
                        initialen="A.B.", fractielabel=None)
    fractie = party_id(world, party, seats)
    zetel = world.put("fractieZetel", changed=changed, gewicht="1", fractie=fractie)
    world.put("fractieZetelPersoon", changed=changed, fractieZetel=zetel, persoon=persoon, functie="Lid",
              van="2023-12-06T00:00:00", totEnMet=None)
    return persoon, fractie


def party_id(world: World, afkorting: str, seats: int = 3) -> str:
    for v in world.versions:
        if v.category == "fractie" and v.fields.get("afkorting") == afkorting:
            return v.id
    return world.put("fractie", changed="2024-01-01T10:00:00Z", afkorting=afkorting, naamNl=afkorting,
                     aantalZetels=str(seats))


def document(world: World, nummer: str, *, soort: str = "Brief regering", changed: str = "2025-04-01T10:00:00Z",
             zaak: str | None = None, volgnummer: int | None = None, dossier: str | None = None,
             datum: str = "2025-04-01T00:00:00") -> str:
    values: dict[str, object] = {"documentNummer": nummer, "soort": soort, "datum": datum}
    if zaak:
        values["zaak"] = zaak
    if volgnummer is not None:
        values["volgnummer"] = str(volgnummer)
    if dossier:
        values["kamerstukdossier"] = dossier
    return world.put("document", changed=changed, **values)


@dataclass
class Motion:
    zaak: str
    dossier: str
    decisions: list[str] = field(default_factory=list)


def motion(world: World, nummer: str, *, changed: str = "2025-03-19T15:23:43.3870000+01:00",
           indieners: Sequence[tuple[str, str]] = (("Neijenhuis", "VVD"),),
           dossier: tuple[str, str | None] = ("21501", "20"),
           volgnummer: int = 2333, appreciatie: str = "Oordeel Kamer", onderwerp: str | None = None,
           ident: str | None = None) -> Motion:
    """A Zaak of Soort Motie with its dossier, submitters (ZaakActor), the committee and the motion
    document that carries the Kamerstuk volgnummer; decisions and votes come with `decide`."""
    dossier_id = world.put("kamerstukdossier", changed=changed, nummer=dossier[0], toevoeging=dossier[1],
                           titel="Europese Raad")
    zaak = world.put("zaak", ident, changed=changed, nummer=nummer, soort="Motie",
                     onderwerp=onderwerp or f"Motie van het lid {indieners[0][0]} over informatiedeling in Europa",
                     titel="Europese Raad", gestartOp="2025-03-19T00:00:00+01:00", vergaderjaar="2024-2025",
                     kabinetsappreciatie=appreciatie, status="Vrijgegeven", afgedaan="false",
                     kamerstukdossier=dossier_id)
    for n, (name, party) in enumerate(indieners):
        world.put("zaakActor", changed=changed, zaak=zaak, actorNaam=name, actorFractie=party,
                  relatie="Indiener" if n == 0 else "Medeindiener", functie="Tweede Kamerlid")
    world.put("zaakActor", changed=changed, zaak=zaak, actorNaam="vaste commissie voor Europese Zaken",
              relatie="Voortouwcommissie")
    document(world, f"{nummer[:4]}D99999", soort="Motie", changed=changed, zaak=zaak, volgnummer=volgnummer,
             dossier=dossier_id)
    return Motion(zaak, dossier_id)


def decide(world: World, motion: Motion, soort: str, *, meeting: str, changed: str, status: str = "Besluit",
           stemmingssoort: str | None = "Met handopsteken", order: int = 1,
           votes: Sequence[tuple[str, str, int]] = (), members: Sequence[tuple[str, str, str]] = ()) -> str:
    """A decision about the motion, on an agenda item of an activity on `meeting` (the order decisions
    have), with its vote rows: (party, soort, seats) per party and (name, party, soort) per member."""
    act = world.put("activiteit", changed=changed, nummer=f"2025A{len(world.versions):05d}", soort="Stemmingen",
                    onderwerp="Stemmingen", datum=meeting, status="Uitgevoerd")
    punt = world.put("agendapunt", changed=changed, activiteit=act, onderwerp="Stemmingen over moties",
                     volgorde="1")
    besluit = world.put("besluit", changed=changed, agendapunt=punt, zaak=motion.zaak, besluitSoort=soort,
                        besluitTekst=soort.split(" - ")[-1].capitalize() + ".", status=status,
                        stemmingsSoort=stemmingssoort, agendapuntZaakBesluitVolgorde=str(order))
    for party, choice, seats in votes:
        world.put("stemming", changed=changed, besluit=besluit, soort=choice, actorFractie=party,
                  actorNaam=party, fractieGrootte=str(seats), vergissing="false", fractie=party_id(world, party))
    for name, party, choice in members:
        persoon = world.put("persoon", changed=changed, achternaam=name)
        world.put("stemming", changed=changed, besluit=besluit, soort=choice, actorFractie=party, actorNaam=name,
                  fractieGrootte=str(_seats(votes, party)), vergissing="false", persoon=persoon,
                  fractie=party_id(world, party))
    motion.decisions.append(besluit)
    return besluit


def _seats(votes: Sequence[tuple[str, str, int]], party: str) -> int:
    return next((n for p, _, n in votes if p == party), 1)
