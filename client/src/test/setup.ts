/**
 * jsdom under jest lacks TextEncoder/TextDecoder, which react-router reads when it loads, and
 * ResizeObserver, which recharts' ResponsiveContainer uses. Loaded by the root jest config's
 * `setupFiles` for the client project.
 */
import { TextDecoder, TextEncoder } from 'node:util';

if (typeof globalThis.TextEncoder === 'undefined') {
  Object.assign(globalThis, { TextEncoder, TextDecoder });
}

if (typeof globalThis.ResizeObserver === 'undefined') {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(globalThis, { ResizeObserver: ResizeObserverStub });
}
