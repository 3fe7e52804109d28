import { toCsv, type CsvTable } from './csv';

/** Hands a file to the browser's download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled: some browsers read the URL asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads a table as UTF-8 CSV; the byte-order mark makes Excel read it as UTF-8 (Chinese names, accents). */
export function downloadCsv(table: CsvTable): void {
  const blob = new Blob(['\uFEFF', toCsv(table.header, table.rows)], { type: 'text/csv;charset=utf-8' });
  downloadBlob(blob, `${table.name}.csv`);
}
