-- AlterTable
ALTER TABLE "CardCandidate" ADD COLUMN     "context" TEXT;

-- AlterTable
ALTER TABLE "Note" ADD COLUMN     "context" TEXT;
