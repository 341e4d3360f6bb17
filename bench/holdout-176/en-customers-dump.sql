-- Dump of table `customers` (shop_prod), 2026-11-28 02:00:01
INSERT INTO `customers` (`id`, `first_name`, `last_name`, `email`, `phone`, `city`, `created_at`) VALUES
(10481, 'Niamh', 'Gallagher', 'niamh.gallagher@inbox.example', '+353 87 412 9931', 'Galway', '2026-03-14 10:22:51'),
(10482, 'Oliver', 'Pritchard', 'olly.p@mailbox.example', '07912 448 190', 'Swansea', '2026-03-14 11:05:09'),
(10483, 'Hannah', 'Lindqvist', 'h.lindqvist@post.example', '+46 70 123 45 67', 'Malmö', '2026-03-15 08:47:30'),
(10484, 'Tomasz', 'Wróblewski', 'tomasz.wroblewski@poczta.example', '+48 601 224 987', 'Gdańsk', '2026-03-15 19:12:44');
