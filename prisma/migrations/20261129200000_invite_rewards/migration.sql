-- AlterEnum
ALTER TYPE "PointsReason" ADD VALUE 'INVITE';

-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "note" TEXT;

