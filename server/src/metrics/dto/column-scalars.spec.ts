import { BooleanColumnScalar, FloatColumnScalar, IntColumnScalar } from './column-scalars';

describe('column scalars', () => {
  it('send a column as the same array, nulls included', () => {
    const column = [1.5, null, 0, -2];
    expect(FloatColumnScalar.serialize(column)).toBe(column);
    expect(IntColumnScalar.serialize([0, 3, null])).toEqual([0, 3, null]);
    expect(BooleanColumnScalar.serialize([true, null, false])).toEqual([true, null, false]);
  });

  it('take NaN in a float column for null, as JSON writes it', () => {
    const column = [1.5, Number.NaN, 2];
    expect(JSON.stringify(FloatColumnScalar.serialize(column))).toBe('[1.5,null,2]');
  });

  it('refuse what the list types would have refused, naming the item', () => {
    expect(() => FloatColumnScalar.serialize([1, -Infinity])).toThrow('FloatColumn cannot represent item 1: -Infinity is not a finite number');
    expect(() => FloatColumnScalar.serialize([Infinity])).toThrow(/item 0/);
    expect(() => FloatColumnScalar.serialize(['1'])).toThrow(/item 0/);
    expect(() => IntColumnScalar.serialize([1.5])).toThrow('IntColumn cannot represent item 0: 1.5 is not an integer');
    expect(() => BooleanColumnScalar.serialize([1])).toThrow(/not a boolean/);
    expect(() => FloatColumnScalar.serialize(3)).toThrow('FloatColumn cannot represent a non-list value: 3');
  });

  it('are output types only', () => {
    expect(() => FloatColumnScalar.parseValue([1])).toThrow('FloatColumn is an output type; it cannot be an argument');
  });
});
