# invoice_export.py
# Author: Pieter de Vries <p.devries@boekhouding-noord.example>
# Exports paid invoices to the accounting system as CSV.

import csv
from datetime import date


def export(invoices, path):
    with open(path, "w", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(["number", "date", "net", "vat", "gross"])
        for inv in invoices:
            if inv.paid_on and inv.paid_on <= date.today():
                writer.writerow([inv.number, inv.paid_on.isoformat(), inv.net, inv.vat, inv.gross])
