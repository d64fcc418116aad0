import type { Db } from "../../store/db.ts";
import { keepFileUpload } from "../../store/outbox.ts";
import type { Notification } from "../../store/records.ts";
import { FileUpload, type ShareFilesOptions } from "../files.ts";

/**
 * What a notice's files are shared with: the upload an earlier attempt kept on it, and where to
 * keep this one's before Slack shares it, so a retry never shares them twice.
 */
export function fileUploadOf(
  n: Pick<Notification, "id" | "claimedBy" | "fileUpload">,
  options: { db: Db; fetch?: typeof fetch },
): ShareFilesOptions {
  const earlier = n.fileUpload ? FileUpload.safeParse(JSON.parse(n.fileUpload)) : null;
  return {
    earlier: earlier?.success ? earlier.data : null,
    keep: (upload) => keepFileUpload(options.db, n, upload),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  };
}
