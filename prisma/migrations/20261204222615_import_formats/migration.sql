-- CreateTable
CREATE TABLE "SourceUpload" (
    "sourceId" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SourceUpload_pkey" PRIMARY KEY ("sourceId")
);

-- CreateTable
CREATE TABLE "SourceOcrPage" (
    "sourceId" TEXT NOT NULL,
    "page" INTEGER NOT NULL,
    "words" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceOcrPage_pkey" PRIMARY KEY ("sourceId","page")
);

-- AddForeignKey
ALTER TABLE "SourceUpload" ADD CONSTRAINT "SourceUpload_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceOcrPage" ADD CONSTRAINT "SourceOcrPage_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
