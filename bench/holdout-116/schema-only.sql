-- PostgreSQL schema for the booking service (no data)
CREATE TABLE customers (
  id          bigserial PRIMARY KEY,
  first_name  text NOT NULL,
  last_name   text NOT NULL,
  email       text NOT NULL UNIQUE,
  phone       text,
  birth_date  date,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE bookings (
  id          bigserial PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customers(id),
  room        text NOT NULL,
  starts_at   timestamptz NOT NULL,
  ends_at     timestamptz NOT NULL
);

CREATE INDEX bookings_customer_idx ON bookings (customer_id);
