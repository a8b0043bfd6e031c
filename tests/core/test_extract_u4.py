"""What a new user (u4) found on real texts, each with text of our own in the same shape: a member's party is read
also when text extraction glued the name to its title ("De heerUlenbelt (SP)")."""

from __future__ import annotations

import datetime as dt

from kamertaak.core.extract import extract

D = dt.date

GLUED = (
    "De heerVan Dijk (SP):\n"
    "Voorzitter. Ik dien de volgende motie in.\n\n"
    "Motie\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering, de huren te bevriezen,\n\n"
    "en gaat over tot de orde van de dag.\n\n"
    "De voorzitter: Deze motie is voorgesteld door het lid Van Dijk. Zij krijgt nr. 12 (32847).\n\n"
    "MevrouwBikker (ChristenUnie):\nIk vraag de minister om voor de zomer een brief over de huurtoeslag.\n"
)


def test_a_member_glued_to_the_title_keeps_the_party() -> None:
    found = extract(GLUED, D(2024, 3, 12))
    members = {a.name: a.party for a in found.actors if a.role == "member"}
    assert members == {"Van Dijk": "SP", "Bikker": "ChristenUnie"}
    [motion] = [c for c in found.candidates if c.kind == "motion"]
    assert [(a.name, a.party) for a in motion.actors] == [("Van Dijk", "SP")]


def test_a_word_glued_to_a_title_is_still_no_member() -> None:
    """Only a capital right after the title starts a name: "heerlijk" or "mevrouwen" are words."""
    found = extract("Het was een heerlijk debat (SP) met de mevrouwen (CDA) van de commissie.", D(2024, 3, 12))
    assert not [a for a in found.actors if a.role == "member"]
