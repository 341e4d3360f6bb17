-- V18__produtos_iniciais.sql (sintético)
INSERT INTO produtos (sku, nome, categoria, preco_eur, iva) VALUES
  ('CAF-500-TOR', 'Café torrado 500 g', 'mercearia', 6.49, 6),
  ('AZE-750-EXV', 'Azeite extra virgem 750 ml', 'mercearia', 8.99, 6),
  ('VIN-750-DOU', 'Vinho tinto Douro 750 ml', 'bebidas', 7.50, 23),
  ('BAC-1KG-NOR', 'Bacalhau seco Noruega 1 kg', 'peixaria', 14.90, 6);
UPDATE produtos SET ativo = true WHERE criado_em >= '2026-11-01';
