import { useState, type RefObject } from 'react';
import { downloadCsv } from '../export/download';
import type { CsvTable } from '../export/csv';
import { exportChartPng, type PngOptions } from '../export/png';
import { useT } from '../i18n';
import { Icon } from './Icon';

export interface PngExport extends Omit<PngOptions, 'fileName'> {
  target: RefObject<HTMLElement | null>;
  fileName: string;
}

/** CSV of the data behind a card, and PNG of its chart. */
export function ExportActions({ title, csv, png }: { title: string; csv?: () => CsvTable; png?: () => PngExport }) {
  const t = useT();
  const [failure, setFailure] = useState<string | null>(null);
  const exportPng = async () => {
    if (!png) return;
    const { target, ...options } = png();
    try {
      setFailure(null);
      if (!target.current) throw new Error(t('export.noChart'));
      await exportChartPng(target.current, options);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <div className="export-actions">
      {csv ? (
        <button type="button" className="button button--ghost button--small" onClick={() => downloadCsv(csv())} aria-label={t('export.csvOf', { title })}>
          <Icon name="download" size={14} />
          CSV
        </button>
      ) : null}
      {png ? (
        <button type="button" className="button button--ghost button--small" onClick={exportPng} aria-label={t('export.pngOf', { title })}>
          <Icon name="image" size={14} />
          PNG
        </button>
      ) : null}
      {failure ? (
        <span role="alert" className="export-actions__error">
          {failure}
        </span>
      ) : null}
    </div>
  );
}
