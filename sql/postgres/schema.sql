-- Rapportering: PostgreSQL schema (the test suite runs it against PostgreSQL 15).
-- Tables are our own storage; the rap_* views are the
-- contract (DESIGN.md, "The view contract"). Dates are DATE, amounts NUMERIC.
-- Registration tables have no keys on purpose: they keep raw rows, duplicates included,
-- so the data-quality checks can see what broke the contract.

CREATE TABLE kommune (
    kommune_kode INTEGER NOT NULL PRIMARY KEY,
    navn         TEXT    NOT NULL
);

CREATE TABLE befolkning (
    kommune_kode INTEGER NOT NULL,
    dato         DATE    NOT NULL,
    alder        INTEGER NOT NULL,
    antal        INTEGER NOT NULL
);
CREATE INDEX ix_befolkning_kommune ON befolkning (kommune_kode);

CREATE TABLE person (
    person_id    TEXT NOT NULL,
    foedselsdato DATE NULL
);
CREATE INDEX ix_person_id ON person (person_id);

CREATE TABLE indsats (
    indsats_id   TEXT    NOT NULL,
    person_id    TEXT    NOT NULL,
    kommune_kode INTEGER NOT NULL,
    indsatstype  TEXT    NOT NULL,
    lovgrundlag  TEXT    NULL,
    bevilget_af  TEXT    NULL,
    startdato    DATE    NOT NULL,
    slutdato     DATE    NULL
);
CREATE INDEX ix_indsats_kommune ON indsats (kommune_kode);

CREATE TABLE undersoegelse (
    person_id       TEXT    NOT NULL,
    kommune_kode    INTEGER NOT NULL,
    afgoerelsesdato DATE    NOT NULL
);
CREATE INDEX ix_undersoegelse_kommune ON undersoegelse (kommune_kode);

CREATE TABLE regnskab (
    kommune_kode  INTEGER NOT NULL,
    aar           INTEGER NOT NULL,
    regnskabstype TEXT    NOT NULL,
    funktion      TEXT    NOT NULL,
    gruppering    TEXT    NULL,
    dranst        INTEGER NOT NULL,
    beloeb_1000kr NUMERIC(14,2) NOT NULL
);
CREATE INDEX ix_regnskab_kommune ON regnskab (kommune_kode);

CREATE TABLE pl_indeks (
    aar    INTEGER NOT NULL PRIMARY KEY,
    indeks NUMERIC(10,4) NOT NULL
);

CREATE TABLE skoletrivsel (
    kommune_kode INTEGER NOT NULL,
    skoleaar     TEXT    NOT NULL,
    gruppe       TEXT    NOT NULL,
    indikator    TEXT    NOT NULL,
    gennemsnit   NUMERIC(8,4) NULL,
    antal        INTEGER NULL
);
CREATE INDEX ix_skoletrivsel_kommune ON skoletrivsel (kommune_kode);

CREATE VIEW rap_kommune AS
    SELECT kommune_kode, navn FROM kommune;
CREATE VIEW rap_befolkning AS
    SELECT kommune_kode, dato, alder, antal FROM befolkning;
CREATE VIEW rap_person AS
    SELECT person_id, foedselsdato FROM person;
CREATE VIEW rap_indsats AS
    SELECT indsats_id, person_id, kommune_kode, indsatstype, lovgrundlag, bevilget_af, startdato, slutdato FROM indsats;
CREATE VIEW rap_undersoegelse AS
    SELECT person_id, kommune_kode, afgoerelsesdato FROM undersoegelse;
CREATE VIEW rap_regnskab AS
    SELECT kommune_kode, aar, regnskabstype, funktion, gruppering, dranst, beloeb_1000kr FROM regnskab;
CREATE VIEW rap_pl_indeks AS
    SELECT aar, indeks FROM pl_indeks;
CREATE VIEW rap_skoletrivsel AS
    SELECT kommune_kode, skoleaar, gruppe, indikator, gennemsnit, antal FROM skoletrivsel;
