-- dump of table customers, 2026-11-30
CREATE TABLE customers (id INT PRIMARY KEY, first_name VARCHAR(60), last_name VARCHAR(80), email VARCHAR(120), city VARCHAR(60));
INSERT INTO customers VALUES (1041, 'Łukasz', 'Zieliński', 'l.zielinski@poczta.example.pl', 'Gdańsk');
INSERT INTO customers VALUES (1042, 'Aoife', 'Brennan', 'aoife.brennan@mail.example.ie', 'Galway');
INSERT INTO customers VALUES (1043, 'Matteo', 'Ricci', 'matteo.ricci@posta.example.it', 'Torino');
