"""Actor labels: one spelling for every face and report."""

from __future__ import annotations

from kamertaak.core.actors import ExtractedActor
from kamertaak.core.refs import actors_label


def test_actors_label_from_views_and_from_the_extractor() -> None:
    stored = [{"name": "Van Nispen", "party": "SP", "role": "member", "ministry": "", "relation": ""},
              {"name": "staatssecretaris J&V", "party": "", "role": "state_secretary", "ministry": "J&V"}]
    assert actors_label(stored) == "Van Nispen (SP), staatssecretaris J&V"
    assert actors_label(stored, "; ") == "Van Nispen (SP); staatssecretaris J&V"
    extracted = [ExtractedActor("Van Weel", None, "minister", "J&V"), ExtractedActor("Valente", role="organisation")]
    assert actors_label(a.to_json() for a in extracted) == "Van Weel (J&V), Valente"
    assert actors_label([]) == ""


def test_an_office_written_out_is_that_office_holder_with_the_ministry() -> None:
    from kamertaak.core.refs import ActorRef

    assert ActorRef.parse("minister van Klimaat en Groene Groei") == ActorRef("minister KGG", role="minister",
                                                                            ministry="KGG")
    assert ActorRef.parse("De staatssecretaris van Financiën") == ActorRef("staatssecretaris Fin",
                                                                          role="state_secretary", ministry="Fin")
    assert ActorRef.parse("minister Hermans van Klimaat en Groene Groei") == ActorRef("Hermans", role="minister",
                                                                                    ministry="KGG")
    assert ActorRef.parse("De Graaf (CDA)") == ActorRef("De Graaf", party="CDA")
