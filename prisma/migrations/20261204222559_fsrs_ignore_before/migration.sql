-- AlterTable
ALTER TABLE "FsrsParams" ADD COLUMN     "ignoreBefore" TIMESTAMP(3);
