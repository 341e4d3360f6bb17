INSERT INTO reservations (id, client_nom, client_tel, arrivee, nuits, chambre) VALUES
  (9912, 'Lucie Marchand', '06 48 22 19 73', '2026-12-19', 3, '12'),
  (9913, 'Hervé Collin', '07 81 34 55 20', '2026-12-20', 2, '7');
