-- Public figures from Danmarks Statistik's Statistikbanken (docs/offentlige-tal.md).
-- NOT TESTED: no SQL Server runs on these machines; kept in step with postgres/ by hand.
IF OBJECT_ID(N'offentligt_tal', N'U') IS NULL
CREATE TABLE offentligt_tal (
    tabel        nvarchar(40)   NOT NULL,
    serie        nvarchar(80)   NOT NULL,
    kommune_kode int            NOT NULL,
    periode      nvarchar(10)   NOT NULL,
    noegle       nvarchar(80)   NOT NULL,
    vaerdi       decimal(28, 6) NULL,
    ikke_oplyst  bit            NOT NULL,
    CONSTRAINT pk_offentligt_tal PRIMARY KEY (tabel, serie, kommune_kode, periode, noegle)
);
GO
