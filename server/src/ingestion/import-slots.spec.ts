import { ImportSlots } from './import-slots';

describe('ImportSlots', () => {
  it('lets `size` imports run and queues the rest in order', async () => {
    const slots = new ImportSlots(2);
    const order: string[] = [];
    const a = await slots.acquire();
    const b = await slots.acquire();
    const c = slots.acquire().then((release) => (order.push('c'), release));
    const d = slots.acquire().then((release) => (order.push('d'), release));
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual([]);
    a();
    a(); // releasing twice frees one slot only
    (await c)();
    b();
    (await d)();
    expect(order).toEqual(['c', 'd']);
    const e = await slots.acquire();
    const f = await slots.acquire();
    e();
    f();
  });
});
