-- CreateTable
CREATE TABLE "AnkiNoteLink" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "noteId" TEXT NOT NULL,
    "mod" INTEGER NOT NULL,

    CONSTRAINT "AnkiNoteLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeckMedia" (
    "deckId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "contentType" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeckMedia_pkey" PRIMARY KEY ("deckId","name")
);

-- CreateIndex
CREATE UNIQUE INDEX "AnkiNoteLink_noteId_key" ON "AnkiNoteLink"("noteId");

-- CreateIndex
CREATE UNIQUE INDEX "AnkiNoteLink_userId_key_key" ON "AnkiNoteLink"("userId", "key");

-- CreateIndex
CREATE INDEX "DeckMedia_sha256_idx" ON "DeckMedia"("sha256");
