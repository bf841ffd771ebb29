"""Name keys used by the catalog: transliteration skeletons, first names, person splitting."""

from __future__ import annotations

import pytest

from transforms.names import first_names_compatible, name_skeleton, split_person


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Yevgeny", "Evgeny", True),
        ("Zhadanov", "Jadanov", True),  # zh / j
        ("Zhadanov", "Gadanov", False),
        ("Ponomaryev", "Ponomarjov", True),  # -yev / -jov
        ("Ponomaryev", "Ponomarev", True),
        ("Aleksandr", "Alexander", True),
        ("Sergeyev", "Sergeev", True),
        ("Lukashenko", "Lukashenka", True),
        ("Borzhin", "Borgine", True),  # -zhin / -gine
        ("Petrov", "Pavlov", False),
        ("Smith", "Schmidt", False),
    ],
)
def test_name_skeleton(a, b, same):
    assert (name_skeleton(a) == name_skeleton(b)) is same


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        ("Yevgeny", "Evgeny", True),
        ("J.", "John", True),
        ("J.", "Mary", False),
        ("Alex", "Alexander", True),
        ("Anna", "Lars", False),
        ("Ivan", "Igor", False),
    ],
)
def test_first_names_compatible(a, b, ok):
    assert first_names_compatible(a, b) is ok


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ann Lee", ("Ann", "Lee")),
        ("Lee", (None, "Lee")),
        ("Martin Luther King Jr.", ("Martin", "King")),
        ("J. Lee", ("J.", "Lee")),
    ],
)
def test_split_person(name, expected):
    assert split_person(name) == expected
