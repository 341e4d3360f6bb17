-- Schema für die Kundendatenbank
CREATE TABLE kunden (
  id SERIAL PRIMARY KEY,
  vorname VARCHAR(80) NOT NULL,
  nachname VARCHAR(80) NOT NULL,
  email VARCHAR(200) UNIQUE,
  geburtsdatum DATE
);
CREATE INDEX idx_kunden_nachname ON kunden (nachname);
