"""Register records in the documented OData v4 shapes (Toezegging, Zaak with Besluit and Stemming).
Texts are made up; numbers, names and vocabulary follow the published examples."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any


def guid() -> str:
    return str(uuid.uuid4())


def toezegging(nummer: str, *, status: str = "Openstaand", changed: str = "2025-04-01T10:00:00+02:00",
               due: str = "0001-01-01T00:00:00Z", tekst: str | None = None, naam: str = "Wiersma, F.M.",
               functie: str = "Minister van Landbouw, Visserij, Voedselzekerheid en Natuur",
               ministerie: str = "Landbouw, Visserij, Voedselzekerheid en Natuur", ident: str | None = None,
               committee: str = "Landbouw, Visserij, Voedselzekerheid en Natuur", deleted: bool = False,
               ) -> dict[str, Any]:
    if deleted:
        # A deleted row comes back with its content nulled.
        return {"Id": ident or guid(), "Nummer": None, "Tekst": None, "Status": None, "DatumNakoming": None,
                "GewijzigdOp": changed, "ApiGewijzigdOp": changed, "Verwijderd": True}
    return {
        "Id": ident or guid(), "Nummer": nummer, "Aanmaakdatum": "2025-03-19T17:42:13.69+01:00",
        "ActiviteitNummer": "2025A00793", "Naam": naam, "Functie": functie, "Ministerie": ministerie,
        "Status": status, "DatumNakoming": due, "KamerbriefNakoming": None,
        "Tekst": tekst or f"De bewindspersoon stuurt de Kamer een brief over {nummer}.",
        "GewijzigdOp": changed, "ApiGewijzigdOp": changed, "Verwijderd": False,
        "Activiteit": {"Nummer": "2025A00793", "Soort": "Commissiedebat", "Onderwerp": "Stikstof",
                       "Datum": "2025-03-19T00:00:00+01:00", "Voortouwnaam": committee, "Voortouwafkorting": "LVVN"},
    }


def besluit(soort: str, *, changed: str, status: str = "Besluit", order: int = 1,
            votes: Sequence[tuple[str, str, int]] = ()) -> dict[str, Any]:
    return {"Id": guid(), "BesluitSoort": soort, "BesluitTekst": soort.split(" - ")[-1].capitalize() + ".",
            "Status": status, "GewijzigdOp": changed, "AgendapuntZaakBesluitVolgorde": order, "Verwijderd": False,
            "StemmingsSoort": "Met handopsteken",
            "Stemming": [{"Soort": s, "ActorFractie": p, "FractieGrootte": n, "Vergissing": False}
                         for p, s, n in votes]}


def motie(nummer: str, *, besluiten: Sequence[dict[str, Any]] = (), changed: str = "2025-11-25T15:23:43.387+01:00",
          indieners: Sequence[tuple[str, str]] = (("Neijenhuis", "VVD"),),
          dossier: tuple[str, str | None] = ("21501", "20"),
          volgnummer: int = 2333, appreciatie: str = "Oordeel Kamer", onderwerp: str | None = None,
          ident: str | None = None) -> dict[str, Any]:
    actors = [{"Relatie": "Indiener" if n == 0 else "Medeindiener", "ActorNaam": name, "ActorFractie": party,
               "Verwijderd": False} for n, (name, party) in enumerate(indieners)]
    actors.append({"Relatie": "Voortouwcommissie", "ActorNaam": "vaste commissie voor Europese Zaken",
                   "ActorFractie": None, "Verwijderd": False})
    return {
        "Id": ident or guid(), "Nummer": nummer, "Soort": "Motie", "Afgedaan": bool(besluiten),
        "Onderwerp": onderwerp or f"Motie van het lid {indieners[0][0]} over informatiedeling in Europa",
        "Titel": "Europese Raad", "GestartOp": "2025-11-19T00:00:00+01:00", "Vergaderjaar": "2025-2026",
        "Volgnummer": volgnummer, "Kabinetsappreciatie": appreciatie, "Status": "Vrijgegeven",
        "GewijzigdOp": changed, "Verwijderd": False, "ZaakActor": actors, "Besluit": list(besluiten),
        "Kamerstukdossier": {"Nummer": int(dossier[0]), "Toevoeging": dossier[1]},
    }
