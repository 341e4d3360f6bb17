-- Migrazione 0047: tabella dei comuni e delle aliquote IMU
BEGIN;

CREATE TABLE IF NOT EXISTS comuni (
  codice_catastale CHAR(4) PRIMARY KEY,
  denominazione     VARCHAR(120) NOT NULL,
  provincia         CHAR(2) NOT NULL,
  cap               CHAR(5)
);

INSERT INTO comuni (codice_catastale, denominazione, provincia, cap) VALUES
  ('F205', 'Milano', 'MI', '20121'),
  ('H501', 'Roma', 'RM', '00118'),
  ('L219', 'Torino', 'TO', '10121'),
  ('A944', 'Bologna', 'BO', '40121'),
  ('G273', 'Palermo', 'PA', '90121');

ALTER TABLE contribuenti ADD COLUMN codice_catastale CHAR(4) REFERENCES comuni(codice_catastale);
CREATE INDEX idx_contribuenti_comune ON contribuenti (codice_catastale);

COMMIT;
