import { lazyDateFormat } from '../../ui/lazy-date-format';

/** Formatting the figures shown around backups. */
const dateTime = lazyDateFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
export const formatDateTime = (date: Date): string => dateTime().format(date);

/** Bytes as megabytes, e.g. '3.2 MB'; under a tenth of one, as kilobytes ('14 KB') rather than '0 MB'. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / 2 ** 20;
  if (mb < 0.1) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${mb.toLocaleString(undefined, { maximumFractionDigits: mb < 10 ? 1 : 0 })} MB`;
}
