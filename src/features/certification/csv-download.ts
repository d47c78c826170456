import { downloadText } from '../../ui/download-file';

/** Saves CSV text as a file. A byte-order mark makes Excel read it as UTF-8; other spreadsheets ignore it. */
export function downloadCsv(fileName: string, csv: string): void {
  downloadText(fileName, ['\uFEFF', csv], 'text/csv;charset=utf-8');
}
