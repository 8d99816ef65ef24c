-- CreateTable
CREATE TABLE "ReviewDay" (
    "userId" TEXT NOT NULL,
    "deckId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "reviews" INTEGER NOT NULL DEFAULT 0,
    "ms" INTEGER NOT NULL DEFAULT 0,
    "again" INTEGER NOT NULL DEFAULT 0,
    "rTotal" INTEGER NOT NULL DEFAULT 0,
    "rPassed" INTEGER NOT NULL DEFAULT 0,
    "mTotal" INTEGER NOT NULL DEFAULT 0,
    "mPassed" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReviewDay_pkey" PRIMARY KEY ("userId","deckId","day")
);

-- CreateIndex
CREATE INDEX "ReviewDay_deckId_day_idx" ON "ReviewDay"("deckId", "day");

-- AddForeignKey
ALTER TABLE "ReviewDay" ADD CONSTRAINT "ReviewDay_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Keep "ReviewDay" in step with "ReviewLog" inside the same transaction as every insert or delete.
CREATE FUNCTION lectern_review_day() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r "ReviewLog"%ROWTYPE;
  k integer;
  d date;
BEGIN
  IF TG_OP = 'INSERT' THEN r := NEW; k := 1; ELSE r := OLD; k := -1; END IF;
  IF r.rating <= 0 THEN RETURN NULL; END IF; -- manual resets are not answers
  SELECT ((r.review AT TIME ZONE 'UTC' AT TIME ZONE u."timeZone") - make_interval(hours => u."dayStartHour"))::date
    INTO d FROM "User" u WHERE u.id = r."userId";
  IF d IS NULL THEN RETURN NULL; END IF; -- the user is being deleted; their rollup rows cascade away
  INSERT INTO "ReviewDay" ("userId", "deckId", day, reviews, ms, again, "rTotal", "rPassed", "mTotal", "mPassed")
  VALUES (r."userId", r."deckId", d, k, k * r."durationMs", k * (r.rating = 1)::int,
          k * (r.state = 2)::int, k * (r.state = 2 AND r.rating > 1)::int,
          k * (r.state = 2 AND r."scheduledDays" >= 21)::int, k * (r.state = 2 AND r."scheduledDays" >= 21 AND r.rating > 1)::int)
  ON CONFLICT ("userId", "deckId", day) DO UPDATE SET
    reviews = "ReviewDay".reviews + EXCLUDED.reviews, ms = "ReviewDay".ms + EXCLUDED.ms, again = "ReviewDay".again + EXCLUDED.again,
    "rTotal" = "ReviewDay"."rTotal" + EXCLUDED."rTotal", "rPassed" = "ReviewDay"."rPassed" + EXCLUDED."rPassed",
    "mTotal" = "ReviewDay"."mTotal" + EXCLUDED."mTotal", "mPassed" = "ReviewDay"."mPassed" + EXCLUDED."mPassed";
  RETURN NULL;
END $$;

CREATE TRIGGER "ReviewLog_review_day" AFTER INSERT OR DELETE ON "ReviewLog"
  FOR EACH ROW EXECUTE FUNCTION lectern_review_day();

-- Backfill from existing history.
INSERT INTO "ReviewDay" ("userId", "deckId", day, reviews, ms, again, "rTotal", "rPassed", "mTotal", "mPassed")
SELECT l."userId", l."deckId", ((l.review AT TIME ZONE 'UTC' AT TIME ZONE u."timeZone") - make_interval(hours => u."dayStartHour"))::date,
  count(*), coalesce(sum(l."durationMs"), 0), count(*) FILTER (WHERE l.rating = 1),
  count(*) FILTER (WHERE l.state = 2), count(*) FILTER (WHERE l.state = 2 AND l.rating > 1),
  count(*) FILTER (WHERE l.state = 2 AND l."scheduledDays" >= 21), count(*) FILTER (WHERE l.state = 2 AND l."scheduledDays" >= 21 AND l.rating > 1)
FROM "ReviewLog" l JOIN "User" u ON u.id = l."userId"
WHERE l.rating > 0
GROUP BY 1, 2, 3;
