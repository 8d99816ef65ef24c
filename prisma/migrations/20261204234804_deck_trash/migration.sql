-- AlterTable
ALTER TABLE "Deck" ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "purgeReviews" BOOLEAN NOT NULL DEFAULT false;
