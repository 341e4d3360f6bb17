-- Esquema da tabela de clientes (sem dados)
CREATE TABLE clientes (
  id            BIGSERIAL PRIMARY KEY,
  nome          VARCHAR(200) NOT NULL,
  email         VARCHAR(320) UNIQUE,
  telefone      VARCHAR(20),
  nif           CHAR(9),
  iban          VARCHAR(34),
  data_nasc     DATE,
  criado_em     TIMESTAMPTZ DEFAULT now()
);
CREATE INDEX clientes_email_idx ON clientes (email);
