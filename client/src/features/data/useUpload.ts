import { useCallback, useRef, useState } from 'react';
import { clearQueryCache } from '../../api/queryCache';
import { csrfHeaders } from '../../api/session';
import { documentCookies, sessionGuard } from '../../api/sessionClient';
import { readUploadAnswer, uploadContentType, uploadUrl, type UploadOptions, type UploadResult } from './upload';

export type UploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; loaded: number; total: number }
  | { phase: 'processing' }
  | { phase: 'done'; result: UploadResult }
  | { phase: 'failed'; error: string };

type Sent = { status: number; body: string } | { status: 'network' | 'aborted'; body?: undefined };

/**
 * Streams a file to POST /api/imports/{kind} with XMLHttpRequest, whose upload events give the
 * progress bar (fetch has none). Once the bytes are sent the server validates and merges; its
 * answer comes when the import has finished. Sent within the session: with the CSRF header, and
 * once more after renewing an expired session. A finished import clears the cached numbers.
 */
export function useUpload(onFinished?: () => void) {
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const request = useRef<XMLHttpRequest | null>(null);

  const send = useCallback(
    (file: File, options: UploadOptions) =>
      new Promise<Sent>((resolve) => {
        const xhr = new XMLHttpRequest();
        request.current = xhr;
        xhr.open('POST', uploadUrl(file, options));
        xhr.setRequestHeader('Content-Type', uploadContentType(file));
        for (const [name, value] of Object.entries(csrfHeaders('POST', documentCookies()))) xhr.setRequestHeader(name, value);
        xhr.upload.onprogress = (event) => setState({ phase: 'uploading', loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
        xhr.upload.onload = () => setState({ phase: 'processing' });
        xhr.onload = () => resolve({ status: xhr.status, body: xhr.responseText });
        xhr.onerror = () => resolve({ status: 'network' });
        xhr.onabort = () => resolve({ status: 'aborted' });
        setState({ phase: 'uploading', loaded: 0, total: file.size });
        xhr.send(file);
      }),
    [],
  );

  const start = useCallback(
    async (file: File, options: UploadOptions) => {
      let sent: Sent;
      try {
        sent = await sessionGuard.run(() => send(file, options), (answer) => answer.status === 401);
      } catch {
        sent = { status: 'network' };
      }
      if (sent.status === 'aborted') return setState({ phase: 'idle' });
      if (sent.status === 'network') return setState({ phase: 'failed', error: 'network' });
      const answer = readUploadAnswer(sent.status, sent.body ?? '');
      if (answer.result) {
        clearQueryCache();
        setState({ phase: 'done', result: answer.result });
      } else setState({ phase: 'failed', error: answer.error ?? `HTTP ${sent.status}` });
      onFinished?.();
    },
    [onFinished, send],
  );

  const cancel = useCallback(() => request.current?.abort(), []);
  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, start, cancel, reset };
}
