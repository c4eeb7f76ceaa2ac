"""Templates and default data in resources/."""

from __future__ import annotations

from dialogkarta import defaults
from dialogkarta.model.values import COLLABORATION_LEVELS, NEEDS_FACETS
from dialogkarta.templates import available_templates, load_template


def test_kuf_map_has_its_four_areas_in_order():
    kuf = load_template("kuf")
    assert kuf.question_keys == ("conditions", "current_work", "needs", "collaboration")
    assert [q.label for q in kuf.questions] == ["Förutsättningar", "Pågående KUF-arbete", "Behov av KUF", "Samverkan"]
    assert kuf.hub == "KUF"
    assert kuf.question("needs").facet_keys == NEEDS_FACETS
    assert kuf.question("collaboration").facet_keys == COLLABORATION_LEVELS
    assert kuf.question("conditions").facets == ()
    assert 165 <= kuf.total_minutes <= 195, "about three hours"
    assert all(q.prompt for q in kuf.questions)


def test_other_maps_exist():
    templates = available_templates()
    assert {"kuf", "municipal_visit", "quality_network"} <= set(templates)
    quality = templates["quality_network"]
    assert len(quality.questions) == 4
    # The network's answers are sorted into four kinds; how they came in is the note's channel.
    assert all(q.facet_keys == ("specific", "cross_cutting", "change", "network") for q in quality.questions)
    assert [q.prompt for q in quality.questions] == [
        "Behöver vi förbättra kvaliteten inom något område? Inom vilka områden?",
        "Behöver vi fördjupa vår kunskap för att kunna jobba bättre med kvalitets- och förbättringsarbete? "
        "Ge exempel på vad som behövs?",
        "Vilka utmaningar/behov har vi i vår kommun?",
        "Annat som kan vara relevant att arbeta med i ett kvalitetsnätverk?",
    ]


def test_default_counties_roles_and_vocabulary():
    counties = {c.name: c for c in defaults.counties()}
    assert len(counties["Norrbottens län"].municipalities) == 14
    assert len(counties["Västerbottens län"].municipalities) == 15
    assert defaults.population_of("Umeå") > defaults.population_of("Bjurholm") > 0
    assert defaults.roles()[0] == "socialchef" and "FoU-ombud" in defaults.roles()
    vocabulary = defaults.vocabulary()
    assert vocabulary[0] == "kompetensförsörjning" and vocabulary[-1] == "ny socialtjänstlag"
    assert len(vocabulary) == len(set(vocabulary)) == 40
