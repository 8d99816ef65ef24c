-- AlterTable
ALTER TABLE "CardCandidate" ADD COLUMN     "features" JSONB,
ADD COLUMN     "why" TEXT;
