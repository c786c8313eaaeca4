-- Matching of names across agencies (trigram, phonetic, accent folding) and cryptographic helpers.
create extension if not exists pg_trgm;
create extension if not exists fuzzystrmatch;
create extension if not exists unaccent;
create extension if not exists pgcrypto;
