-- AlterTable
ALTER TABLE "Deck" ADD COLUMN     "presetId" TEXT;

-- CreateTable
CREATE TABLE "DeckPreset" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "desiredRetention" DOUBLE PRECISION NOT NULL DEFAULT 0.9,
    "maximumInterval" INTEGER NOT NULL DEFAULT 36500,
    "learningSteps" TEXT[] DEFAULT ARRAY['1m', '10m']::TEXT[],
    "relearningSteps" TEXT[] DEFAULT ARRAY['10m']::TEXT[],
    "newPerDay" INTEGER NOT NULL DEFAULT 20,
    "reviewsPerDay" INTEGER NOT NULL DEFAULT 200,
    "leechThreshold" INTEGER NOT NULL DEFAULT 8,
    "leechAction" "LeechAction" NOT NULL DEFAULT 'SUSPEND',
    "loadBalance" BOOLEAN NOT NULL DEFAULT false,
    "easyDays" DOUBLE PRECISION[] DEFAULT ARRAY[1, 1, 1, 1, 1, 1, 1]::DOUBLE PRECISION[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeckPreset_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DeckPreset_ownerId_idx" ON "DeckPreset"("ownerId");

-- CreateIndex
CREATE INDEX "Deck_presetId_idx" ON "Deck"("presetId");

-- AddForeignKey
ALTER TABLE "Deck" ADD CONSTRAINT "Deck_presetId_fkey" FOREIGN KEY ("presetId") REFERENCES "DeckPreset"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeckPreset" ADD CONSTRAINT "DeckPreset_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing decks: each gets its own preset, named after it, holding its current options.
INSERT INTO "DeckPreset" (id, "ownerId", name, "desiredRetention", "maximumInterval", "learningSteps", "relearningSteps",
  "newPerDay", "reviewsPerDay", "leechThreshold", "leechAction", "updatedAt")
SELECT 'preset_' || d.id, d."ownerId", d.title, d."desiredRetention", d."maximumInterval", d."learningSteps", d."relearningSteps",
  d."newPerDay", d."reviewsPerDay", d."leechThreshold", d."leechAction", now()
FROM "Deck" d;
UPDATE "Deck" SET "presetId" = 'preset_' || id;
