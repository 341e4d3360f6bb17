INSERT INTO clienti (id, nome, cognome, email, citta) VALUES
(1041, 'Chiara', 'Moretti', 'chiara.moretti@example.it', 'Bologna'),
(1042, 'Luca', 'Galli', 'l.galli@example.it', 'Parma'),
(1043, 'Elena', 'Conti', 'elena.conti@example.it', 'Modena');
