// The current collection schema (version 18) as rslib/src/storage creates it, for writing
// `collection.anki21b`. Text columns use Anki's `unicase` collation; sql.js cannot register it, so
// the tables are created with NOCASE and the schema text is switched to unicase before export.
import { CORE_INDEXES, CORE_TABLES } from "../exchange/anki-schema";

export const SCHEMA_18 = `
${CORE_TABLES}CREATE TABLE graves (oid integer not null, type integer not null, usn integer not null, primary key (oid, type)) without rowid;
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
${CORE_INDEXES}`;

export const TO_UNICASE = "PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = replace(sql, 'collate nocase', 'collate unicase') WHERE sql LIKE '%collate nocase%'; PRAGMA writable_schema = OFF;";
