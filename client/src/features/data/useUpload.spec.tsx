import { act, renderHook } from '@testing-library/react';
import { useUpload } from './useUpload';

/** A stand-in for XMLHttpRequest the test drives by hand. */
class FakeRequest {
  static last: FakeRequest;
  upload: { onprogress?: (e: Partial<ProgressEvent>) => void; onload?: () => void } = {};
  onload?: () => void;
  onerror?: () => void;
  onabort?: () => void;
  status = 0;
  responseText = '';
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  constructor() {
    FakeRequest.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  abort() {
    this.onabort?.();
  }
}

describe('useUpload', () => {
  beforeEach(() => {
    globalThis.XMLHttpRequest = FakeRequest as unknown as typeof XMLHttpRequest;
  });

  it('posts the file to the import API and reports progress, processing and the result', () => {
    const finished = jest.fn();
    const { result } = renderHook(() => useUpload(finished));
    const file = new File(['site,csat\nMNL,5\n'], 'week 45.csv', { type: 'text/csv' });
    act(() => result.current.start(file, { kind: 'surveys', mode: 'partial', dryRun: false }));
    const request = FakeRequest.last;
    expect([request.method, request.url, request.headers['Content-Type']]).toEqual(['POST', '/api/imports/surveys?mode=partial&fileName=week+45.csv', 'text/csv']);
    expect(request.body).toBe(file);

    act(() => request.upload.onprogress?.({ loaded: 8, total: 16, lengthComputable: true }));
    expect(result.current.state).toEqual({ phase: 'uploading', loaded: 8, total: 16 });
    act(() => request.upload.onload?.());
    expect(result.current.state.phase).toBe('processing');

    request.status = 200;
    request.responseText = JSON.stringify({ job: { id: '9', status: 'PARTIAL', rowsRead: 1 }, rejections: [], createdSites: [], createdPrograms: [], rejectionsUrl: '/api/imports/9/rejections.csv' });
    act(() => request.onload?.());
    expect(result.current.state).toMatchObject({ phase: 'done', result: { job: { id: '9', status: 'PARTIAL' } } });
    expect(finished).toHaveBeenCalledTimes(1);
  });

  it("shows the server's reason when it refuses the request", () => {
    const { result } = renderHook(() => useUpload());
    act(() => result.current.start(new File(['x'], 'x.csv'), { kind: 'kpis', mode: 'strict', dryRun: true }));
    expect(FakeRequest.last.url).toBe('/api/imports/kpis?mode=strict&fileName=x.csv&dryRun=true');
    FakeRequest.last.status = 400;
    FakeRequest.last.responseText = '{"error":"missing column interval_start"}';
    act(() => FakeRequest.last.onload?.());
    expect(result.current.state).toEqual({ phase: 'failed', error: 'missing column interval_start' });
  });
});
