-- Customer schema, v12
CREATE TABLE customers (
  id            BIGSERIAL PRIMARY KEY,
  first_name    VARCHAR(80)  NOT NULL,
  last_name     VARCHAR(80)  NOT NULL,
  email         VARCHAR(254) UNIQUE,
  date_of_birth DATE,
  iban          VARCHAR(34),
  created_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX customers_last_name_idx ON customers (last_name);
