-- CreateTable
CREATE TABLE "CustomStudyAnswer" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "durationMs" INTEGER NOT NULL DEFAULT 0,
    "answeredAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CustomStudyAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CustomStudyAnswer_userId_answeredAt_idx" ON "CustomStudyAnswer"("userId", "answeredAt");

-- CreateIndex
CREATE INDEX "CustomStudyAnswer_cardId_idx" ON "CustomStudyAnswer"("cardId");

-- AddForeignKey
ALTER TABLE "CustomStudyAnswer" ADD CONSTRAINT "CustomStudyAnswer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomStudyAnswer" ADD CONSTRAINT "CustomStudyAnswer_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card"("id") ON DELETE CASCADE ON UPDATE CASCADE;
