-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "reservations" JSONB;

