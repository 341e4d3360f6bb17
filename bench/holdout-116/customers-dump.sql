-- MySQL dump 10.13  Distrib 8.0.36
-- Host: localhost    Database: shop
CREATE TABLE `customers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `first_name` varchar(80) NOT NULL,
  `last_name` varchar(80) NOT NULL,
  `email` varchar(190) NOT NULL,
  `city` varchar(80) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO `customers` VALUES (1,'Lena','Hartmann','lena.hartmann@web.de','Leipzig'),(2,'Jonas','Krämer','j.kraemer@gmx.net','Dresden'),(3,'Sofia','Esposito','sofia.esposito@libero.it','Napoli');
