-- "ReviewDay" kept in step with "ReviewLog" once per statement instead of once per row: the
-- statement's inserted (or deleted) rows are grouped by user, deck and study day and each group is
-- one upsert. Same figures as the row trigger it replaces; a bulk insert (an Anki import of a
-- million answers, a backup restore) costs one grouped upsert per statement instead of a user
-- lookup and an upsert per answer. Hand-written: a trigger is not part of the Prisma schema.
DROP TRIGGER "ReviewLog_review_day" ON "ReviewLog";
DROP FUNCTION lectern_review_day();

-- One function for both triggers: each exposes its rows as the transition table "changed_rows"
-- (visible only to statements written in the trigger function itself, hence inline).
CREATE FUNCTION lectern_review_day_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  k integer := CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END;
BEGIN
  INSERT INTO "ReviewDay" ("userId", "deckId", day, reviews, ms, again, "rTotal", "rPassed", "mTotal", "mPassed")
  SELECT r."userId", r."deckId", ((r.review AT TIME ZONE 'UTC' AT TIME ZONE u."timeZone") - make_interval(hours => u."dayStartHour"))::date,
    k * count(*), k * coalesce(sum(r."durationMs"), 0), k * count(*) FILTER (WHERE r.rating = 1),
    k * count(*) FILTER (WHERE r.state = 2), k * count(*) FILTER (WHERE r.state = 2 AND r.rating > 1),
    k * count(*) FILTER (WHERE r.state = 2 AND r."scheduledDays" >= 21), k * count(*) FILTER (WHERE r.state = 2 AND r."scheduledDays" >= 21 AND r.rating > 1)
  FROM changed_rows r
  JOIN "User" u ON u.id = r."userId" -- a user being deleted has no row: their rollup rows cascade away
  WHERE r.rating > 0 -- manual resets are not answers
  GROUP BY 1, 2, 3
  ON CONFLICT ("userId", "deckId", day) DO UPDATE SET
    reviews = "ReviewDay".reviews + EXCLUDED.reviews, ms = "ReviewDay".ms + EXCLUDED.ms, again = "ReviewDay".again + EXCLUDED.again,
    "rTotal" = "ReviewDay"."rTotal" + EXCLUDED."rTotal", "rPassed" = "ReviewDay"."rPassed" + EXCLUDED."rPassed",
    "mTotal" = "ReviewDay"."mTotal" + EXCLUDED."mTotal", "mPassed" = "ReviewDay"."mPassed" + EXCLUDED."mPassed";
  RETURN NULL;
END $$;

CREATE TRIGGER "ReviewLog_review_day_insert" AFTER INSERT ON "ReviewLog"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION lectern_review_day_rows();
CREATE TRIGGER "ReviewLog_review_day_delete" AFTER DELETE ON "ReviewLog"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION lectern_review_day_rows();
