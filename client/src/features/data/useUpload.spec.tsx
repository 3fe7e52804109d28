import { act, renderHook } from '@testing-library/react';
import { fakeResponse } from '../../test/graphqlMock';
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

  it('posts the file to the import API with the CSRF header, and reports progress, processing and the result', async () => {
    document.cookie = 'cxlens_csrf=csrf-1';
    const finished = jest.fn();
    const { result } = renderHook(() => useUpload(finished));
    const file = new File(['site,csat\nMNL,5\n'], 'week 45.csv', { type: 'text/csv' });
    act(() => {
      void result.current.start(file, { kind: 'surveys', mode: 'partial', dryRun: false });
    });
    const request = FakeRequest.last;
    expect([request.method, request.url, request.headers['Content-Type'], request.headers['x-csrf-token']]).toEqual([
      'POST',
      '/api/imports/surveys?mode=partial&fileName=week+45.csv',
      'text/csv',
      'csrf-1',
    ]);
    expect(request.body).toBe(file);

    act(() => request.upload.onprogress?.({ loaded: 8, total: 16, lengthComputable: true }));
    expect(result.current.state).toEqual({ phase: 'uploading', loaded: 8, total: 16 });
    act(() => request.upload.onload?.());
    expect(result.current.state.phase).toBe('processing');

    request.status = 200;
    request.responseText = JSON.stringify({ job: { id: '9', status: 'PARTIAL', rowsRead: 1 }, rejections: [], createdSites: [], createdPrograms: [], rejectionsUrl: '/api/imports/9/rejections.csv' });
    await act(async () => request.onload?.());
    expect(result.current.state).toMatchObject({ phase: 'done', result: { job: { id: '9', status: 'PARTIAL' } } });
    expect(finished).toHaveBeenCalledTimes(1);
  });

  it("shows the server's reason when it refuses the request", async () => {
    const { result } = renderHook(() => useUpload());
    act(() => {
      void result.current.start(new File(['x'], 'x.csv'), { kind: 'kpis', mode: 'strict', dryRun: true });
    });
    expect(FakeRequest.last.url).toBe('/api/imports/kpis?mode=strict&fileName=x.csv&dryRun=true');
    FakeRequest.last.status = 400;
    FakeRequest.last.responseText = '{"error":"missing column interval_start"}';
    await act(async () => FakeRequest.last.onload?.());
    expect(result.current.state).toEqual({ phase: 'failed', error: 'missing column interval_start' });
  });

  it('renews an expired session once and sends the file again, with the new CSRF value', async () => {
    document.cookie = 'cxlens_csrf=old';
    const refresh = jest.fn(async () => {
      document.cookie = 'cxlens_csrf=new';
      return fakeResponse({ body: { user: { id: '1', email: 'a@x.example', name: 'A', role: 'ADMIN', organization: 'demo', siteIds: [] } } });
    });
    globalThis.fetch = refresh as unknown as typeof fetch;
    const { result } = renderHook(() => useUpload());
    const file = new File(['x'], 'x.csv');
    act(() => {
      void result.current.start(file, { kind: 'surveys', mode: 'partial', dryRun: false });
    });
    const first = FakeRequest.last;
    first.status = 401;
    first.responseText = '{"statusCode":401,"message":"Sign in first"}';
    await act(async () => first.onload?.());
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(refresh.mock.calls[0]).toMatchObject(['/api/auth/refresh', { method: 'POST' }]);
    const second = FakeRequest.last;
    expect(second).not.toBe(first);
    expect([second.body, second.headers['x-csrf-token']]).toEqual([file, 'new']);
    second.status = 200;
    second.responseText = JSON.stringify({ job: { id: '10', status: 'SUCCEEDED' }, rejections: [], createdSites: [], createdPrograms: [], rejectionsUrl: '' });
    await act(async () => second.onload?.());
    expect(result.current.state).toMatchObject({ phase: 'done', result: { job: { id: '10' } } });
  });
});
