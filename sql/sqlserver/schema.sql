-- Rapportering: SQL Server schema. UNTESTED HERE: no SQL Server runs on the build machines.
-- Kept in step by hand with sql/sqlite/schema.sql and sql/postgres/schema.sql.
-- Batches are separated by lines holding only GO (CREATE VIEW must start its own batch);
-- the library splits on those lines itself, so the file also runs in sqlcmd/SSMS.
-- Tables are our own storage; the rap_* views are the contract (DESIGN.md). A kommune's data
-- warehouse implements the same views over its own tables instead.

CREATE TABLE kommune (
    kommune_kode INT           NOT NULL PRIMARY KEY,
    navn         NVARCHAR(100) NOT NULL
);

CREATE TABLE befolkning (
    kommune_kode INT  NOT NULL,
    dato         DATE NOT NULL,
    alder        INT  NOT NULL,
    antal        INT  NOT NULL
);
CREATE INDEX ix_befolkning_kommune ON befolkning (kommune_kode);

CREATE TABLE person (
    person_id    NVARCHAR(64) NOT NULL,
    foedselsdato DATE         NULL
);
CREATE INDEX ix_person_id ON person (person_id);

CREATE TABLE indsats (
    indsats_id   NVARCHAR(64)  NOT NULL,
    person_id    NVARCHAR(64)  NOT NULL,
    kommune_kode INT           NOT NULL,
    indsatstype  NVARCHAR(64)  NOT NULL,
    lovgrundlag  NVARCHAR(100) NULL,
    bevilget_af  NVARCHAR(20)  NULL,
    startdato    DATE          NOT NULL,
    slutdato     DATE          NULL
);
CREATE INDEX ix_indsats_kommune ON indsats (kommune_kode);

CREATE TABLE undersoegelse (
    person_id       NVARCHAR(64) NOT NULL,
    kommune_kode    INT          NOT NULL,
    afgoerelsesdato DATE         NOT NULL
);
CREATE INDEX ix_undersoegelse_kommune ON undersoegelse (kommune_kode);

CREATE TABLE regnskab (
    kommune_kode  INT            NOT NULL,
    aar           INT            NOT NULL,
    regnskabstype NVARCHAR(20)   NOT NULL,
    funktion      NVARCHAR(20)   NOT NULL,
    gruppering    NVARCHAR(20)   NULL,
    dranst        INT            NOT NULL,
    beloeb_1000kr DECIMAL(14, 2) NOT NULL
);
CREATE INDEX ix_regnskab_kommune ON regnskab (kommune_kode);

CREATE TABLE pl_indeks (
    aar    INT            NOT NULL PRIMARY KEY,
    indeks DECIMAL(10, 4) NOT NULL
);

CREATE TABLE skoletrivsel (
    kommune_kode INT          NOT NULL,
    skoleaar     NVARCHAR(7)  NOT NULL,
    gruppe       NVARCHAR(20) NOT NULL,
    indikator    NVARCHAR(40) NOT NULL,
    gennemsnit   DECIMAL(8, 4) NULL,
    antal        INT          NULL
);
CREATE INDEX ix_skoletrivsel_kommune ON skoletrivsel (kommune_kode);
GO

CREATE VIEW rap_kommune AS
    SELECT kommune_kode, navn FROM kommune;
GO
CREATE VIEW rap_befolkning AS
    SELECT kommune_kode, dato, alder, antal FROM befolkning;
GO
CREATE VIEW rap_person AS
    SELECT person_id, foedselsdato FROM person;
GO
CREATE VIEW rap_indsats AS
    SELECT indsats_id, person_id, kommune_kode, indsatstype, lovgrundlag, bevilget_af, startdato, slutdato FROM indsats;
GO
CREATE VIEW rap_undersoegelse AS
    SELECT person_id, kommune_kode, afgoerelsesdato FROM undersoegelse;
GO
CREATE VIEW rap_regnskab AS
    SELECT kommune_kode, aar, regnskabstype, funktion, gruppering, dranst, beloeb_1000kr FROM regnskab;
GO
CREATE VIEW rap_pl_indeks AS
    SELECT aar, indeks FROM pl_indeks;
GO
CREATE VIEW rap_skoletrivsel AS
    SELECT kommune_kode, skoleaar, gruppe, indikator, gennemsnit, antal FROM skoletrivsel;
GO
