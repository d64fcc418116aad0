import { ErrorCode, type WebClient } from "@slack/web-api";
import { z } from "zod";

// Files shared in Slack at most once. An upload is three steps (files.getUploadURLExternal, the
// bytes to the URL it gives, files.completeUploadExternal); only the last shares the files, and
// when its answer is lost Slack may have shared them all the same. So the files' ids are kept
// before that step, and a retry asks Slack (files.info) whether they are shared before it asks
// again: the SDK's filesUploadV2 would upload and share a second copy.

/** A file to share: its bytes, its name and the title Slack shows. */
export interface FileToShare {
  bytes: Uint8Array;
  filename: string;
  title: string;
}

/** Where files are shared: a channel, or a thread in it. */
export interface ShareTarget {
  channel: string;
  threadTs?: string;
}

/** Files uploaded and about to be shared (or shared) at `target`: what a retry looks up. */
export const FileUpload = z.object({
  channel: z.string(),
  threadTs: z.string().optional(),
  files: z.array(z.object({ id: z.string(), title: z.string() })).min(1),
});
export type FileUpload = z.infer<typeof FileUpload>;

export interface ShareFilesOptions {
  /** The upload an earlier attempt kept, if any. */
  earlier?: FileUpload | null;
  /** Keeps an upload before Slack is asked to share it; throws to stop short of sharing. */
  keep?: (upload: FileUpload) => Promise<void>;
  /** For the bytes to the upload URL; the platform's fetch by default. */
  fetch?: typeof fetch;
}

/**
 * Shares the files `draw` gives at `target`, unless an earlier attempt's are already shared.
 * False when there was nothing to share. `client` must not retry by itself (createSlackClient):
 * its own retry of a completion would be a second share. Slack's refusals are thrown.
 */
export async function shareFiles(
  client: WebClient,
  target: ShareTarget,
  draw: () => Promise<FileToShare[] | null>,
  options: ShareFilesOptions = {},
): Promise<boolean> {
  const earlier = options.earlier;
  // An earlier upload for somewhere else (a post made again) is no share of this one.
  if (earlier && earlier.channel === target.channel && earlier.threadTs === target.threadTs) {
    const shared = await sharedAt(client, earlier);
    // Shared, or not known and so not to be risked twice.
    if (shared !== false) return true;
    try {
      await complete(client, earlier);
      return true;
    } catch (error) {
      // Uploads Slack no longer holds (never finished, or expired): start again.
      if (!isRefusal(error)) throw error;
    }
  }
  const files = await draw();
  if (!files || files.length === 0) return false;
  const uploaded: FileUpload["files"] = [];
  for (const file of files) {
    const url = await client.files.getUploadURLExternal({
      filename: file.filename,
      length: file.bytes.length,
    });
    if (!url.upload_url || !url.file_id) throw new Error("Slack gave no upload URL");
    const res = await (options.fetch ?? fetch)(url.upload_url, {
      method: "POST",
      headers: { "content-type": "application/octet-stream" },
      body: new Uint8Array(file.bytes),
    });
    await res.body?.cancel();
    if (res.status !== 200)
      throw new Error(`the upload of ${file.filename} got HTTP ${res.status}`);
    uploaded.push({ id: url.file_id, title: file.title });
  }
  const upload: FileUpload = {
    channel: target.channel,
    ...(target.threadTs ? { threadTs: target.threadTs } : {}),
    files: uploaded,
  };
  await options.keep?.(upload);
  try {
    await complete(client, upload);
  } catch (error) {
    // No answer: Slack may have shared them. If it says so, they are.
    if (isRefusal(error) || (await sharedAt(client, upload).catch(() => null)) !== true) {
      throw error;
    }
  }
  return true;
}

async function complete(client: WebClient, upload: FileUpload): Promise<void> {
  await client.files.completeUploadExternal({
    files: upload.files as [{ id: string; title: string }],
    channel_id: upload.channel,
    ...(upload.threadTs ? { thread_ts: upload.threadTs } : {}),
  });
}

/** Slack answered and refused: nothing was done. */
function isRefusal(error: unknown): boolean {
  return (error as { code?: string }).code === ErrorCode.PlatformError;
}

/** A file's shares in each channel (public or private), each in a thread or not. */
const SharesByChannel = z.record(
  z.string(),
  z.array(z.object({ thread_ts: z.string().optional() })),
);

/** The shares of a file, by channel, as files.info gives them. */
const FileShares = z.object({
  file: z.object({
    channels: z.array(z.string()).optional(),
    groups: z.array(z.string()).optional(),
    ims: z.array(z.string()).optional(),
    shares: z
      .object({
        public: SharesByChannel.optional(),
        private: SharesByChannel.optional(),
      })
      .optional(),
  }),
});

/**
 * Whether an upload's files are shared where it was going: true, false, or null when Slack will
 * not say (an app installed before it asked for files:read). One shared means all were: they
 * are shared in one completion.
 */
async function sharedAt(client: WebClient, upload: FileUpload): Promise<boolean | null> {
  for (const { id } of upload.files) {
    let info: z.infer<typeof FileShares>;
    try {
      info = FileShares.parse(await client.files.info({ file: id }));
    } catch (error) {
      const code = (error as { data?: { error?: string } }).data?.error;
      // An upload never completed is no file yet, or one Slack has let go of.
      if (code === "file_not_found" || code === "file_deleted") continue;
      if (isRefusal(error)) return null;
      throw error;
    }
    const { shares, channels, groups, ims } = info.file;
    const there = [
      ...(shares?.public?.[upload.channel] ?? []),
      ...(shares?.private?.[upload.channel] ?? []),
    ];
    if (upload.threadTs ? there.some((s) => s.thread_ts === upload.threadTs) : there.length > 0) {
      return true;
    }
    // Without the shares' detail, the lists of where it is say as much for a channel.
    if (
      !upload.threadTs &&
      !shares &&
      [...(channels ?? []), ...(groups ?? []), ...(ims ?? [])].includes(upload.channel)
    ) {
      return true;
    }
  }
  return false;
}
