import { HEAP_LIMIT_MB, hasHeapLimit, heapLimitArgs } from './heap-limit';

describe('heap limit', () => {
  it('starts the server with the cap on the node command line', () => {
    expect(heapLimitArgs()).toEqual([`--max-old-space-size=${HEAP_LIMIT_MB}`]);
    expect(hasHeapLimit(heapLimitArgs(), '')).toBe(true);
  });

  it('keeps a limit the operator gave, on the command line or in NODE_OPTIONS, in any spelling node accepts', () => {
    expect(hasHeapLimit(['--max_old_space_size=1024'], '')).toBe(true);
    expect(hasHeapLimit(['--max-heap-size=512'], '')).toBe(true);
    expect(hasHeapLimit([], '--enable-source-maps --max-old-space-size=384')).toBe(true);
    expect(hasHeapLimit(['--enable-source-maps'], '--max-semi-space-size=16')).toBe(false);
    expect(hasHeapLimit([], '')).toBe(false);
  });
});
