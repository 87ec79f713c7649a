-- Public figures from Danmarks Statistik's Statistikbanken (docs/offentlige-tal.md).
-- One row per published cell the template selects; vaerdi NULL with ikke_oplyst = 1 is a
-- discretion-suppressed cell (".."), never 0. Created by `rapportering offentlige-tal indlaes`.
CREATE TABLE IF NOT EXISTS offentligt_tal (
    tabel        TEXT    NOT NULL,
    serie        TEXT    NOT NULL,
    kommune_kode INTEGER NOT NULL,
    periode      TEXT    NOT NULL,
    noegle       TEXT    NOT NULL,
    vaerdi       NUMERIC NULL,
    ikke_oplyst  INTEGER NOT NULL,
    PRIMARY KEY (tabel, serie, kommune_kode, periode, noegle)
);
