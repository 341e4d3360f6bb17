"""Validador de documentos españoles para el formulario de alta.

Los valores de ejemplo de los tests son inventados y NO superan la validación,
salvo el ejemplo oficial de la documentación.
"""
import re

LETRAS = "TRWAGMYFPDXBNJZSQVHLCKE"
DNI_RE = re.compile(r"^(\d{8})([A-Z])$")
NIE_RE = re.compile(r"^([XYZ])(\d{7})([A-Z])$")


def letra_dni(numero: int) -> str:
    return LETRAS[numero % 23]


def es_dni_valido(valor: str) -> bool:
    m = DNI_RE.match(valor.strip().upper())
    return bool(m) and letra_dni(int(m.group(1))) == m.group(2)


def test_dni_invalidos():
    for v in ["12345678A", "00000000X", "87654321Q", "1234567Z"]:
        assert not es_dni_valido(v)


def test_email_formulario():
    assert normalizar_email(" Usuario.Prueba@Example.COM ") == "usuario.prueba@example.com"


def normalizar_email(valor: str) -> str:
    return valor.strip().lower()
