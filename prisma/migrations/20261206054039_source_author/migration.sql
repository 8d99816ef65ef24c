-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "author" TEXT;
