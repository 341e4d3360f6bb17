"""Esporta le fatture del mese in CSV per il commercialista.

Uso: python esporta_fatture.py --mese 2026-11 --out fatture.csv
"""
import argparse
import csv
import sqlite3

QUERY = """
SELECT numero, data, cliente_ragione_sociale, cliente_partita_iva, imponibile, iva, totale
FROM fatture
WHERE strftime('%Y-%m', data) = ?
ORDER BY numero
"""


def esporta(db_path: str, mese: str, out: str) -> int:
    with sqlite3.connect(db_path) as db, open(out, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(["numero", "data", "cliente", "partita_iva", "imponibile", "iva", "totale"])
        righe = db.execute(QUERY, (mese,)).fetchall()
        writer.writerows(righe)
    return len(righe)


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--db", default="gestionale.sqlite")
    p.add_argument("--mese", required=True)
    p.add_argument("--out", default="fatture.csv")
    a = p.parse_args()
    print(f"{esporta(a.db, a.mese, a.out)} fatture esportate")
