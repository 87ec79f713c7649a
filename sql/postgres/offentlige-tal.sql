-- Public figures from Danmarks Statistik's Statistikbanken (docs/offentlige-tal.md).
-- One row per published cell the template selects; vaerdi NULL with ikke_oplyst = true is a
-- discretion-suppressed cell (".."), never 0. Created by `rapportering offentlige-tal indlaes`.
CREATE TABLE IF NOT EXISTS offentligt_tal (
    tabel        text    NOT NULL,
    serie        text    NOT NULL,
    kommune_kode integer NOT NULL,
    periode      text    NOT NULL,
    noegle       text    NOT NULL,
    vaerdi       numeric NULL,
    ikke_oplyst  boolean NOT NULL,
    PRIMARY KEY (tabel, serie, kommune_kode, periode, noegle)
);
