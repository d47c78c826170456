/**
 * Saves text as a file through a Blob URL and a temporary <a download>: no server, and nothing
 * leaves the browser. The URL is revoked a little later, since revoking it in the same task can
 * cancel the download in some browsers.
 */
export function downloadText(fileName: string, parts: BlobPart[], type: string): void {
  downloadBlob(fileName, new Blob(parts, { type }));
}

export function downloadBlob(fileName: string, file: Blob): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
