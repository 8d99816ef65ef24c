-- AlterTable
ALTER TABLE "FsrsParams" ADD COLUMN     "desiredRetention" DOUBLE PRECISION;
