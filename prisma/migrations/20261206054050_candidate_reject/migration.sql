-- AlterTable
ALTER TABLE "CardCandidate" ADD COLUMN     "reject" DOUBLE PRECISION,
ADD COLUMN     "rejectWhy" TEXT[] DEFAULT ARRAY[]::TEXT[];
