// The current collection schema (version 18) as rslib/src/storage creates it, for writing
// `collection.anki21b`. Text columns use Anki's `unicase` collation; sql.js cannot register it, so
// the tables are created with NOCASE and the schema text is switched to unicase before export.
export const SCHEMA_18 = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null,
  dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null,
  tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null,
  usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null,
  reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null,
  flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null,
  lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (oid integer not null, type integer not null, usn integer not null, primary key (oid, type)) without rowid;
CREATE TABLE deck_config (id integer primary key not null, name text not null collate nocase, mtime_secs integer not null,
  usn integer not null, config blob not null);
CREATE TABLE config (KEY text not null primary key, usn integer not null, mtime_secs integer not null, val blob not null) without rowid;
CREATE TABLE fields (ntid integer not null, ord integer not null, name text not null collate nocase, config blob not null,
  primary key (ntid, ord)) without rowid;
CREATE TABLE templates (ntid integer not null, ord integer not null, name text not null collate nocase, mtime_secs integer not null,
  usn integer not null, config blob not null, primary key (ntid, ord)) without rowid;
CREATE TABLE notetypes (id integer not null primary key, name text not null collate nocase, mtime_secs integer not null,
  usn integer not null, config blob not null);
CREATE TABLE decks (id integer primary key not null, name text not null collate nocase, mtime_secs integer not null,
  usn integer not null, common blob not null, kind blob not null);
CREATE TABLE tags (tag text not null primary key collate nocase, usn integer not null, collapsed boolean not null, config blob null) without rowid;
CREATE UNIQUE INDEX idx_fields_name_ntid ON fields (name, ntid);
CREATE UNIQUE INDEX idx_templates_name_ntid ON templates (name, ntid);
CREATE INDEX idx_templates_usn ON templates (usn);
CREATE UNIQUE INDEX idx_notetypes_name ON notetypes (name);
CREATE INDEX idx_notetypes_usn ON notetypes (usn);
CREATE UNIQUE INDEX idx_decks_name ON decks (name);
CREATE INDEX idx_notes_mid ON notes (mid);
CREATE INDEX idx_cards_odid ON cards (odid) WHERE odid != 0;
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);`;

export const TO_UNICASE = "PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = replace(sql, 'collate nocase', 'collate unicase') WHERE sql LIKE '%collate nocase%'; PRAGMA writable_schema = OFF;";
