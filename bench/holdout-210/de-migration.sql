-- Migration 0042: Spalte für bevorzugte Sprache
ALTER TABLE kunden ADD COLUMN sprache CHAR(2) NOT NULL DEFAULT 'de';
CREATE INDEX idx_kunden_sprache ON kunden (sprache);
UPDATE kunden SET sprache = 'fr' WHERE land = 'FR';
UPDATE kunden SET sprache = 'it' WHERE land = 'IT';
