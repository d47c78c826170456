/**
 * Saving and naming backup files. A Blob URL and a temporary <a download>: no server, nothing leaves
 * the browser. The URL is revoked a little later, since revoking it in the same task can cancel the
 * download in some browsers.
 */
export function downloadText(fileName: string, parts: BlobPart[], type: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** 'yyyy-mm-dd' of `now` in the learner's time zone, for file names. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
export const formatDateTime = (date: Date): string => dateTime.format(date);

/** Bytes as megabytes, e.g. '3.2 MB'; under a tenth of one, as kilobytes ('14 KB') rather than '0 MB'. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / 2 ** 20;
  if (mb < 0.1) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${mb.toLocaleString(undefined, { maximumFractionDigits: mb < 10 ? 1 : 0 })} MB`;
}

export const plural = (n: number, word: string): string => `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;
