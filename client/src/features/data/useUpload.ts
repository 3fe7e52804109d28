import { useCallback, useRef, useState } from 'react';
import { clearQueryCache } from '../../api/queryCache';
import { readUploadAnswer, uploadContentType, uploadUrl, type UploadOptions, type UploadResult } from './upload';

export type UploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; loaded: number; total: number }
  | { phase: 'processing' }
  | { phase: 'done'; result: UploadResult }
  | { phase: 'failed'; error: string };

/**
 * Streams a file to POST /api/imports/{kind} with XMLHttpRequest, whose upload events give the
 * progress bar (fetch has none). Once the bytes are sent the server validates and merges; its
 * answer comes when the import has finished. A finished import clears the cached numbers.
 */
export function useUpload(onFinished?: () => void) {
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const request = useRef<XMLHttpRequest | null>(null);

  const start = useCallback(
    (file: File, options: UploadOptions) => {
      const xhr = new XMLHttpRequest();
      request.current = xhr;
      xhr.open('POST', uploadUrl(file, options));
      xhr.setRequestHeader('Content-Type', uploadContentType(file));
      xhr.upload.onprogress = (event) => setState({ phase: 'uploading', loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
      xhr.upload.onload = () => setState({ phase: 'processing' });
      xhr.onload = () => {
        const answer = readUploadAnswer(xhr.status, xhr.responseText);
        if (answer.result) {
          clearQueryCache();
          setState({ phase: 'done', result: answer.result });
        } else setState({ phase: 'failed', error: answer.error ?? `HTTP ${xhr.status}` });
        onFinished?.();
      };
      xhr.onerror = () => setState({ phase: 'failed', error: 'network' });
      xhr.onabort = () => setState({ phase: 'idle' });
      setState({ phase: 'uploading', loaded: 0, total: file.size });
      xhr.send(file);
    },
    [onFinished],
  );

  const cancel = useCallback(() => request.current?.abort(), []);
  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, start, cancel, reset };
}
