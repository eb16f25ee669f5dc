-- AlterTable
ALTER TABLE "OutboxMessage" ALTER COLUMN "view" SET DATA TYPE JSON;
