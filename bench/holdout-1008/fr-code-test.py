# Tests du module de validation (synthétique)
import pytest
from validation import valider_iban, valider_nir

def test_iban_invalide():
    assert not valider_iban("FR76 0000 0000 0000 0000 0000 000")

def test_nir_longueur():
    with pytest.raises(ValueError):
        valider_nir("12345")
