import { readUploadAnswer, uploadContentType, uploadUrl } from './upload';

describe('upload helpers', () => {
  it('builds the import URL with mode, file name and dry run', () => {
    expect(uploadUrl({ name: 'nps week 3.csv' }, { kind: 'surveys', mode: 'partial', dryRun: true })).toBe(
      '/api/imports/surveys?mode=partial&fileName=nps+week+3.csv&dryRun=true',
    );
    expect(uploadUrl({ name: 'a.ndjson' }, { kind: 'kpis', mode: 'strict', dryRun: false })).toBe('/api/imports/kpis?mode=strict&fileName=a.ndjson');
  });

  it('sends CSV or NDJSON by type or name', () => {
    expect(uploadContentType({ name: 'x.CSV', type: '' })).toBe('text/csv');
    expect(uploadContentType({ name: 'x.jsonl', type: '' })).toBe('application/x-ndjson');
    expect(uploadContentType({ name: 'x', type: 'application/vnd.ms-excel' })).toBe('application/vnd.ms-excel');
  });

  it("reads the job from the answer, or the server's error", () => {
    expect(readUploadAnswer(400, '{"error":"unknown import kind \\"x\\""}')).toEqual({ error: 'unknown import kind "x"' });
    expect(readUploadAnswer(502, '<html>')).toEqual({ error: 'HTTP 502' });
    expect(readUploadAnswer(200, '{"job":{"id":"1"},"rejections":[]}').result?.job.id).toBe('1');
    expect(readUploadAnswer(403, '{"statusCode":403,"message":"Your role (ANALYST) may not data write.","error":"Forbidden"}')).toEqual({ error: 'Your role (ANALYST) may not data write.' });
    expect(readUploadAnswer(403, '{"errors":[{"message":"Missing or wrong x-csrf-token header"}]}')).toEqual({ error: 'Missing or wrong x-csrf-token header' });
  });
});
