-- AlterTable
ALTER TABLE "InboundDelivery" ADD COLUMN     "answer" JSONB,
ADD COLUMN     "answeredAt" TIMESTAMPTZ(3),
ADD COLUMN     "repliedAt" TIMESTAMPTZ(3),
ADD COLUMN     "request" JSONB;
