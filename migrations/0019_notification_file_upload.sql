-- The files a notice uploads to Slack (a weekly digest's charts, a message's recording) and
-- where they were to be shared, kept before Slack is asked to share them: a retry after an
-- answer that never came asks Slack whether they are shared instead of sharing them again.

ALTER TABLE "Notification" ADD COLUMN "fileUpload" TEXT;
