-- Dump of table customers (partial)
INSERT INTO customers (id, first_name, last_name, email, date_of_birth) VALUES
  (1041, 'Chiara', 'Bianchi', 'chiara.bianchi@tiscali.example', '1987-05-14'),
  (1042, 'Mathieu', 'Lefèvre', 'mathieu.lefevre@free.example', '1979-11-02'),
  (1043, 'Zofia', 'Wróbel', 'zofia.wrobel@onet.example', '1993-02-27');
