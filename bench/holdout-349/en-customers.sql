-- dump of table customers, 2026-11-30
INSERT INTO customers (id, first_name, last_name, email, city) VALUES
(1041, 'Olivia', 'Brennan', 'olivia.brennan@mailbox.example', 'Cork'),
(1042, 'Tomás', 'Ó Súilleabháin', 'tomas.os@mailbox.example', 'Galway'),
(1043, 'Aoife', 'Keane', 'aoife.k@mailbox.example', 'Limerick');
