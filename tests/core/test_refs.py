"""Actor labels: one spelling for every face and report."""

from __future__ import annotations

from kamertaak.core.actors import ExtractedActor
from kamertaak.core.refs import actors_label


def test_actors_label_from_views_and_from_the_extractor() -> None:
    stored = [{"name": "Van Nispen", "party": "SP", "role": "member", "ministry": "", "relation": ""},
              {"name": "staatssecretaris van J&V", "party": "", "role": "state_secretary", "ministry": "J&V"}]
    assert actors_label(stored) == "Van Nispen (SP), staatssecretaris van J&V"
    assert actors_label(stored, "; ") == "Van Nispen (SP); staatssecretaris van J&V"
    extracted = [ExtractedActor("Van Weel", None, "minister", "J&V"), ExtractedActor("Valente", role="organisation")]
    assert actors_label(a.to_json() for a in extracted) == "Van Weel (J&V), Valente"
    assert actors_label([]) == ""


def test_an_office_written_out_is_that_office_holder_with_the_ministry() -> None:
    from kamertaak.core.refs import ActorRef

    assert ActorRef.parse("minister van Klimaat en Groene Groei") == ActorRef("minister van KGG", role="minister",
                                                                            ministry="KGG")
    assert ActorRef.parse("De staatssecretaris van Financiën") == ActorRef("staatssecretaris van Financiën",
                                                                          role="state_secretary", ministry="Fin")
    assert ActorRef.parse("minister Hermans van Klimaat en Groene Groei") == ActorRef("Hermans", role="minister",
                                                                                    ministry="KGG")
    assert ActorRef.parse("De Graaf (CDA)") == ActorRef("De Graaf", party="CDA")


def test_an_office_is_named_as_dutch_names_it_and_read_back_the_same() -> None:
    """ "minister van OCW", "staatssecretaris van SZW", a minister for a portfolio "minister voor BVOM" (not "minister
    OCW", which reads as a minister named OCW); what was written before ("minister OCW") still means that office."""
    from kamertaak.core.refs import ActorRef

    assert ActorRef.parse("minister OCW") == ActorRef("minister van OCW", role="minister", ministry="OCW")
    bvom = ActorRef.parse("minister voor Basis- en Voortgezet Onderwijs en Media")
    assert bvom == ActorRef("minister voor BVOM", role="minister", ministry="OCW")
    rb = ActorRef.parse("minister voor Rechtsbescherming")
    assert rb == ActorRef("minister voor Rechtsbescherming", role="minister", ministry="J&V")
    for ref in (bvom, rb, ActorRef.parse("staatssecretaris van SZW"), ActorRef.parse("minister (KGG)")):
        assert ActorRef.parse(ref.label()) == ref
    assert rb.label() == "minister voor Rechtsbescherming"
    assert ActorRef.parse("minister (KGG)").label() == "minister (KGG)"


def test_the_extractor_names_offices_as_dutch_does() -> None:
    from kamertaak.core.actors import find_actors

    def names(text: str) -> list[str]:
        return [m.actor.name for m in find_actors(text)]

    assert names("Verslag van een schriftelijk overleg met de staatssecretaris van SZW over") == [
        "staatssecretaris van SZW"]
    assert names("de brief van de minister voor Basis- en Voortgezet Onderwijs en Media van 23 november") == [
        "minister voor BVOM"]
    assert names("De Minister van Onderwijs, Cultuur en Wetenschap zegde toe") == ["minister van OCW"]
    assert names("De minister van Financiën") == ["minister van Financiën"]


def test_a_sentence_typed_as_an_actor_is_refused_a_name_of_any_shape_is_not() -> None:
    """uf: the edit form stored 'Ik vind dat de minister ...' as an actor's name without a word. A sentence (a
    word no name has, a question, more words than any name) is refused with what to write instead; names with
    particles, offices, organisations and a capitalised surname that is also a verb stay names."""
    import pytest

    from kamertaak.core.kinds import DomainError
    from kamertaak.core.refs import ActorRef

    for sentence in ("Ik vind dat de minister dit beter moet regelen voor de zomer",
                     "de minister zegt dat hij het plan voor de zomer stuurt",
                     "Waarom komt de brief over de opvang zo laat?",
                     "Kamerleden van de commissie Justitie en Veiligheid tijdens het debat over de opvang van vorige"
                     " week dinsdag"):
        with pytest.raises(DomainError, match="lijkt een zin, geen naam"):
            ActorRef.parse(sentence)
    for name in ("Van Nispen (SP)", "Van 't Wout (VVD)", "Kan (D66)", "Ter Haar", "College voor de Rechten van de Mens",
                 "Raad voor de rechtspraak", "minister voor Rechtsbescherming", "organisatie VNG",
                 "Blanksma-van den Heuvel", "Marjolein Faber-Van de Klashorst"):
        ActorRef.parse(name)
